import { IBusinessCalendar } from '../time/businessCalendar';
import { addBusinessMinutes } from '../time/businessClock';
import { DEFAULT_REMINDER_LEAD_MINUTES } from './slaTarget';

/**
 * When to remind before a due time: `leadMinutes` business minutes earlier in the receiver's calendar, so
 * a reminder for a Monday 9:15 due lands on the previous business day at 17:30, not at 3 a.m. on Monday.
 */
export function reminderTime(due: Date, receiverCalendar: IBusinessCalendar, leadMinutes: number = DEFAULT_REMINDER_LEAD_MINUTES): Date {
  if (leadMinutes < 0) {
    throw new RangeError('leadMinutes must not be negative');
  }
  return leadMinutes === 0 ? due : addBusinessMinutes(receiverCalendar, due, -leadMinutes);
}
