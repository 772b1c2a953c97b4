export * from './validationResult';
export * from './validateNewIssue';
export * from './validateNewInquiry';
export * from './validateProposal';
export * from './validateServiceEdit';
