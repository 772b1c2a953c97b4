// Feature boundary of the issue register's data access: the repository, its mapping and the pure pieces
// (history, meeting delta, reminders, import/export rows) the web part and the notifier share.
export * from './issueMapping';
export * from './issueHistory';
export * from './sinceLastMeeting';
export * from './issueImport';
export * from './issueExport';
export * from './IssueRepository';
export * from './applyIssueUpdates';
export * from './currentActor';
