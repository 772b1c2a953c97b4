export * from './jst';
export * from './businessCalendar';
export * from './calendarPresets';
export * from './japaneseHolidays';
export * from './nonBusinessReason';
export * from './daySchedule';
export * from './businessClock';
export * from './explainSpan';
