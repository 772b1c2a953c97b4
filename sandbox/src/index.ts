/**
 * opsdesk sandbox: a local SharePoint Online + Microsoft Graph (subset) that the real PnPjs and Graph clients talk to.
 * See sandbox/README.md.
 */
export { createSandbox, Sandbox, DEFAULT_SITE_URL } from './sandbox';
export type { ISandbox, ISandboxOptions, IThrottleOptions } from './sandbox';
export type { IWebhookOptions } from './webhooks';
export { SandboxSend, SandboxGraph, sandboxGraphFetch, sandboxGraphMiddleware } from './clients';
export { sandboxToken, DIRECTORY, APP_PRINCIPAL_ID, TENANT, TENANT_ID, loginNameOf, findDirectoryUser } from './identity';
export type { SandboxIdentity, IDirectoryUser } from './identity';
export { startSandboxServer } from './server';
export type { ISandboxServer, ISandboxServerOptions } from './server';
