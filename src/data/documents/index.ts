export * from './documentMapping';
export * from './DocumentRegisterRepository';
export * from './documentMaintenance';
