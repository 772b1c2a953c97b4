/**
 * The tenant property (app catalog storage entity) that holds the opsdesk site URL. A Teams personal app runs on
 * the tenant's root site, so "my work" reads the site from here; `deploy/` sets it with `m365 spo storageentity set`.
 */
export const OPSDESK_SITE_URL_KEY = 'opsdeskSiteUrl';
