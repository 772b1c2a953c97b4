// Feature boundary of the pure domain core: no SharePoint, React or Node imports below this folder.
export * from './vocabulary';
export * from './entities';
export * from './common';
export * from './time';
export * from './sla';
export * from './roles';
export * from './routing';
export * from './issues';
export * from './inquiries';
export * from './validation';
