/**
 * The tenant directory (Entra ID users) the sandbox knows, and how a request is mapped to one of them:
 * a dev cookie `sandbox-user=<key|UPN>` (SPFx sends cookies, no Authorization) or
 * `Authorization: Bearer <unsigned JWT>` whose payload carries `upn` or `appid`.
 */

export interface IDirectoryUser {
  key: string;
  /** Entra object id (Graph `id`) */
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  userPrincipalName: string;
  mail: string;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  guest: boolean;
  siteAdmin: boolean;
}

export const TENANT = 'midoriku.onmicrosoft.com';
export const TENANT_ID = '3b1f5e2c-7a41-4d8e-9c0f-6d2a1b4e5f70';
export const APP_PRINCIPAL_ID = '6f1d3c1e-0b5a-4e2b-9a57-0a5d0c0ffee1';

function u(
  key: string, n: number, surname: string, givenName: string, mail: string, guest: boolean,
  jobTitle: string | null, department: string | null, extra: Partial<IDirectoryUser> = {},
): IDirectoryUser {
  const upn = guest ? `${mail.replace('@', '_')}#EXT#@${TENANT}` : mail;
  return {
    key,
    id: `0b7c${n.toString(16).padStart(4, '0')}-1d2e-4f3a-8b9c-${(0xa0d0e0f00000 + n).toString(16)}`,
    displayName: surname && givenName ? `${surname} ${givenName}` : givenName,
    givenName,
    surname,
    userPrincipalName: upn,
    mail,
    jobTitle,
    department,
    officeLocation: null,
    guest,
    siteAdmin: false,
    ...extra,
  };
}

/** The demo directory of .work/CONTRACTS.md. */
export const DIRECTORY: IDirectoryUser[] = [
  u('admin', 1, '', 'opsdesk 管理者', 'opsdesk-admin@midoriku.example', false, 'サイト管理者', 'ICTセンター', { siteAdmin: true, displayName: 'opsdesk 管理者', surname: '' }),
  u('ict', 2, '佐藤', '花子', 'sato.hanako@midoriku.example', false, '主任', 'ICTセンター'),
  u('ict2', 3, '山本', '健', 'yamamoto.ken@midoriku.example', false, '主事', 'ICTセンター'),
  u('staffA', 4, '鈴木', '一郎', 'suzuki.ichiro@midoriku.example', false, '主事', '住民課'),
  u('staffB', 5, '高橋', '美咲', 'takahashi.misaki@midoriku.example', false, '主事', '税務課'),
  u('vendorA', 6, '田中', '翔', 'tanaka.sho@midori-systems.example', true, null, 'みどりシステムズ株式会社'),
  u('vendorA2', 7, '中村', '大輔', 'nakamura.daisuke@midori-systems.example', true, null, 'みどりシステムズ株式会社'),
  u('vendorB', 8, '伊藤', '陽子', 'ito.yoko@sakura-its.example', true, null, 'さくらITサービス株式会社'),
  u('csp', 9, '渡辺', '誠', 'watanabe.makoto@cloud-partner.example', true, null, 'CSP'),
];

export function loginNameOf(user: IDirectoryUser): string {
  return `i:0#.f|membership|${user.userPrincipalName.toLowerCase()}`;
}

/** The "Everyone except external users" claim of this tenant. */
export const EVERYONE_EXCEPT_EXTERNAL = `c:0-.f|rolemanager|spo-grid-all-users/${TENANT_ID}`;

export function findDirectoryUser(keyOrUpnOrLogin: string): IDirectoryUser | undefined {
  const raw = keyOrUpnOrLogin.trim();
  const s = raw.toLowerCase().replace(/^i:0#\.f\|membership\|/, '');
  return DIRECTORY.find(d => d.key.toLowerCase() === s || d.userPrincipalName.toLowerCase() === s || d.mail.toLowerCase() === s || d.id === s);
}

/** What a request is authenticated as. */
export type Caller =
  | { kind: 'user'; user: IDirectoryUser; via: 'cookie' | 'bearer' }
  | { kind: 'app'; appId: string }
  | { kind: 'anonymous' }
  | { kind: 'invalid'; reason: string };

/** Identity accepted by the in-process behaviors: a directory key, a UPN, `{ user }` or `{ app: true }`. */
export type SandboxIdentity = string | { user: string } | { app: true; appId?: string };

function b64url(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** Mints the unsigned JWT-shaped bearer token the sandbox accepts for an identity. */
export function sandboxToken(identity: SandboxIdentity): string {
  const header = b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
  let payload: Record<string, unknown>;
  if (typeof identity === 'object' && 'app' in identity) {
    payload = { appid: identity.appId ?? APP_PRINCIPAL_ID, tid: TENANT_ID, roles: ['Sites.Selected', 'Mail.Send', 'User.Read.All'] };
  } else {
    const key = typeof identity === 'string' ? identity : identity.user;
    const user = findDirectoryUser(key);
    if (!user) throw new Error(`sandboxToken: unknown user '${key}'`);
    payload = { upn: user.userPrincipalName, oid: user.id, tid: TENANT_ID, name: user.displayName };
  }
  return `${header}.${b64url(JSON.stringify(payload))}.`;
}

export function parseCookies(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

export function callerFromHeaders(headers: Headers): Caller {
  const auth = headers.get('authorization');
  if (auth) {
    const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
    if (!m) return { kind: 'invalid', reason: 'Unsupported authorization scheme' };
    const parts = m[1].split('.');
    if (parts.length < 2) return { kind: 'invalid', reason: 'Invalid JWT token. The token is not in JWS Compact Serialization Format.' };
    try {
      const payload = JSON.parse(Buffer.from(parts[1].replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8')) as Record<string, string>;
      if (payload.upn) {
        const user = findDirectoryUser(payload.upn);
        return user ? { kind: 'user', user, via: 'bearer' } : { kind: 'invalid', reason: 'Invalid JWT token. The user is not known.' };
      }
      if (payload.appid) return { kind: 'app', appId: payload.appid };
      return { kind: 'invalid', reason: 'Invalid JWT token. No upn or appid claim.' };
    } catch {
      return { kind: 'invalid', reason: 'Invalid JWT token. The token is not in JWS Compact Serialization Format.' };
    }
  }
  const cookie = parseCookies(headers.get('cookie'))['sandbox-user'];
  if (cookie) {
    const user = findDirectoryUser(cookie);
    return user ? { kind: 'user', user, via: 'cookie' } : { kind: 'anonymous' };
  }
  return { kind: 'anonymous' };
}

/** Headers that carry an identity on the wire (cookie for users, bearer for the app). */
export function identityHeaders(identity: SandboxIdentity, mode: 'cookie' | 'bearer' = 'cookie'): Record<string, string> {
  if (typeof identity === 'object' && 'app' in identity) return { Authorization: `Bearer ${sandboxToken(identity)}` };
  const key = typeof identity === 'string' ? identity : identity.user;
  if (mode === 'bearer') return { Authorization: `Bearer ${sandboxToken(key)}` };
  return { Cookie: `sandbox-user=${encodeURIComponent(key)}` };
}
