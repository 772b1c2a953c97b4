export * from './inquiryTransitions';
export * from './applyInquiryAction';
