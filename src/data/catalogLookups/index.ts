export * from './catalogLookups';
export { SpCatalogLookups } from './SpCatalogLookups';
