export * from './serviceMapping';
export * from './ServiceCatalogRepository';
