export * from './currentUser';
export { SpCurrentUserRepository } from './SpCurrentUserRepository';
