export * from './IInquiryRepository';
export { toInquiryRecord, newInquiryValues, inquiryChanges, faqDraftValues, parsePauses } from './inquiryMapper';
export { queueOData, monthRange, jstMonthOf, OPEN_INQUIRY_STATUSES, ALL_INQUIRY_STATUSES, queueScopes, openingQuery } from './inquiryQueries';
export type { IQueueOData } from './inquiryQueries';
export { SpInquiryRepository } from './SpInquiryRepository';
export type { ISpInquiryRepositoryOptions } from './SpInquiryRepository';
export { SpInquiryQueueStart } from './SpInquiryQueueStart';
export type { IInquiryQueueStart, IInquiryQueueStartLoader } from './SpInquiryQueueStart';
