export * from './result';
export * from './actor';
