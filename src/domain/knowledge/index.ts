// Knowledge / FAQ rules (§18): review schedule and auto-unpublish, feedback folding, search, inquiry promotion.
export * from './reviewSchedule';
export * from './feedbackFold';
export * from './search';
export * from './promoteInquiry';
