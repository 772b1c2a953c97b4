export * from './roleMatrix';
