// Document register rules (§7): requirements from changes/incidents, the completion gate, owner reminders.
export * from './requirements';
export * from './documentReminders';
