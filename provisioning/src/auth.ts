/**
 * Authentication for SharePoint Online from Node with @azure/identity. SharePoint REST accepts app-only Entra
 * tokens only when the app proves itself with a certificate (client secrets are refused for SharePoint since
 * the ACS retirement), so the choices are a certificate (CI, unattended) or the device-code flow (a person).
 * The token is requested for `https://<tenant>.sharepoint.com/.default` and cached until shortly before expiry.
 */
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { ClientCertificateCredential, DeviceCodeCredential } from '@azure/identity';
import type { AccessToken, TokenCredential } from '@azure/identity';

export type AuthMode = 'certificate' | 'device-code';

export interface IAuthOptions {
  mode: AuthMode;
  tenantId: string;
  clientId: string;
  /** PEM file holding the private key and the certificate (certificate mode). */
  certificatePath?: string;
  certificatePassword?: string;
  /** Where the device-code instructions go (default stderr). */
  prompt?: (message: string) => void;
}

export function createCredential(o: IAuthOptions): TokenCredential {
  if (o.mode === 'certificate') {
    if (!o.certificatePath) throw new Error('certificate authentication needs --cert-path (or AZURE_CLIENT_CERTIFICATE_PATH): a PEM with the private key and certificate');
    return new ClientCertificateCredential(o.tenantId, o.clientId, { certificatePath: o.certificatePath, certificatePassword: o.certificatePassword });
  }
  return new DeviceCodeCredential({
    tenantId: o.tenantId,
    clientId: o.clientId,
    userPromptCallback: (info) => (o.prompt ?? ((m: string) => process.stderr.write(`${m}\n`)))(info.message)
  });
}

/** The resource scope of a site's tenant: `https://contoso.sharepoint.com/.default`. */
export function sharePointScope(siteUrl: string): string {
  return `${new URL(siteUrl).origin}/.default`;
}

/**
 * PnPjs behavior that adds `Authorization: Bearer …` from a TokenCredential. It runs at the auth moment before
 * the request-digest behavior looks, so bearer calls skip the digest round trip as SharePoint allows.
 */
export function AzureIdentityBearer(credential: TokenCredential, scope: string): TimelinePipe<Queryable> {
  let cached: AccessToken | null = null;
  return (instance: Queryable) => {
    instance.on.auth(async function (url: URL, init: RequestInit) {
      if (!cached || cached.expiresOnTimestamp - Date.now() < 5 * 60 * 1000) {
        cached = await credential.getToken(scope);
        if (!cached) throw new Error(`No token for ${scope}`);
      }
      init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${cached.token}` };
      return [url, init];
    });
    return instance;
  };
}

/** A fixed bearer token (the local sandbox's dev identity). */
export function StaticBearer(token: string): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.auth(async function (url: URL, init: RequestInit) {
      init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` };
      return [url, init];
    });
    return instance;
  };
}
