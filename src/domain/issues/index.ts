export * from './issueTransitions';
export * from './applyIssueTransition';
export * from './proposals';
