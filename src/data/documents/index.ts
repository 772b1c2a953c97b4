export * from './documentMapping';
export * from './DocumentRegisterRepository';
