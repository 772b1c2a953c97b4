import { randomUUID } from 'crypto';
import type { Db } from '../store/db';
import { DIRECTORY, IDirectoryUser, callerFromHeaders, findDirectoryUser } from '../identity';
import { parseQuery, safeDecode } from '../http/path';

/**
 * The Microsoft Graph subset the notifier uses (sharepoint-rest.md §13.3): users by id/UPN, sendMail (202, no body)
 * and the resulting mail readable where Graph puts it (recipient inbox, sender's Sent Items). Errors use Graph's
 * shape `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}`.
 */
export class GraphService {
  public constructor(private readonly db: Db, private readonly origin: string, private readonly now: () => Date) {}

  private error(req: Request | null, status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
    const requestId = randomUUID();
    const body = { error: { code, message, innerError: {
      date: this.now().toISOString().replace(/\.\d{3}Z$/, ''), 'request-id': requestId, 'client-request-id': req?.headers.get('client-request-id') ?? requestId,
    } } };
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', 'request-id': requestId, ...headers } });
  }

  public throttled(status: number, retryAfter: number): Response {
    return status === 503
      ? this.error(null, 503, 'serviceNotAvailable', 'The service is temporarily unavailable. Please retry after the time specified in the Retry-After header.', { 'Retry-After': String(retryAfter) })
      : this.error(null, 429, 'TooManyRequests', 'Too many requests. Please retry after the time specified in the Retry-After header.', { 'Retry-After': String(retryAfter) });
  }

  private json(body: unknown, status = 200): Response {
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8' } });
  }

  public async handle(req: Request, rawPath: string, rawQuery: string): Promise<Response> {
    const caller = callerFromHeaders(new Headers(req.headers.get('authorization') ? { authorization: req.headers.get('authorization') as string } : {}));
    if (caller.kind === 'anonymous') return this.error(req, 401, 'InvalidAuthenticationToken', 'Access token is empty.');
    if (caller.kind === 'invalid') return this.error(req, 401, 'InvalidAuthenticationToken', 'IDX14100: JWT is not well formed.');
    const segs = rawPath.split('/').filter(Boolean).map(safeDecode);
    segs.shift(); // v1.0
    const query = parseQuery(rawQuery);
    const method = req.method.toUpperCase();

    // resolve the user addressed by /me or /users/{id|upn}
    let user: IDirectoryUser | undefined;
    let rest: string[];
    if (segs[0]?.toLowerCase() === 'me') {
      if (caller.kind !== 'user') return this.error(req, 400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
      user = caller.user;
      rest = segs.slice(1);
    } else if (segs[0]?.toLowerCase() === 'users' && segs.length >= 2) {
      const key = segs[1].replace(/^\('(.*)'\)$/, '$1');
      user = DIRECTORY.find(d => d.id === key || d.userPrincipalName.toLowerCase() === key.toLowerCase());
      if (!user) return this.error(req, 404, 'Request_ResourceNotFound', `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`);
      rest = segs.slice(2);
    } else if (segs[0]?.toLowerCase() === 'users' && segs.length === 1 && method === 'GET') {
      return this.json({ '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users`, value: DIRECTORY.map(d => this.userBody(d, undefined)) });
    } else {
      return notImplemented(req);
    }
    const path = rest.map(s => s.toLowerCase()).join('/');
    const self = caller.kind === 'user' && caller.user.id === user.id;

    if (path === '' && method === 'GET') {
      const select = query.get('$select')?.split(',').map(s => s.trim()).filter(Boolean);
      const ctx = select ? `users(${select.join(',')})/$entity` : 'users/$entity';
      return this.json({ '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#${ctx}`, ...this.userBody(user, select) });
    }
    if (path === 'sendmail' && method === 'POST') {
      if (!self && caller.kind === 'user') return this.error(req, 403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
      let body: { message?: Record<string, unknown>; saveToSentItems?: boolean };
      try {
        body = JSON.parse(await req.text()) as typeof body;
      } catch {
        return this.error(req, 400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
      }
      const message = body.message;
      const to = (message?.toRecipients as unknown[] | undefined) ?? [];
      if (!message || to.length + ((message.ccRecipients as unknown[]) ?? []).length + ((message.bccRecipients as unknown[]) ?? []).length === 0) {
        // [UNVERIFIED] exact Graph code/message for a message without recipients
        return this.error(req, 400, 'ErrorInvalidRecipients', 'At least one recipient is not valid., A message can\'t be sent because it contains no recipients.');
      }
      this.store(user, message, body.saveToSentItems !== false);
      // real Graph: 202 Accepted with no body and no JSON content type (§13.2)
      return new Response(null, { status: 202, statusText: 'Accepted', headers: { 'request-id': randomUUID() } });
    }
    if (path === 'teamwork/sendactivitynotification' && method === 'POST') {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(await req.text()) as Record<string, unknown>;
      } catch {
        return this.error(req, 400, 'BadRequest', 'Unable to read JSON request payload.');
      }
      const topic = body.topic as { source?: string; value?: string; webUrl?: string } | undefined;
      if (!topic?.source || !topic.value || (topic.source === 'text' && !topic.webUrl) || !body.activityType || !body.previewText) {
        // [UNVERIFIED] Graph's exact message for an invalid activity notification
        return this.error(req, 400, 'BadRequest', 'Invalid activity notification: topic, activityType and previewText are required (topic.webUrl for text topics).');
      }
      this.db.prepare('INSERT INTO activity(id,user_id,body,created) VALUES(?,?,?,?)').run(randomUUID(), user.id, JSON.stringify(body), this.now().toISOString());
      return new Response(null, { status: 204, statusText: 'No Content' });
    }
    const folder = path === 'messages' ? null : /^mailfolders\/(inbox|sentitems)\/messages$/.exec(path)?.[1];
    if ((path === 'messages' || folder) && method === 'GET') {
      if (caller.kind === 'user' && !self) return this.error(req, 403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
      const rows = (folder
        ? this.db.prepare('SELECT * FROM mail WHERE mailbox=? AND folder=? ORDER BY created DESC, rowid DESC').all(user.userPrincipalName, folder)
        : this.db.prepare('SELECT * FROM mail WHERE mailbox=? ORDER BY created DESC, rowid DESC').all(user.userPrincipalName)) as { message: string }[];
      const top = Number(query.get('$top') ?? 10);
      let messages = rows.map(r => JSON.parse(r.message) as Record<string, unknown>);
      const filter = query.get('$filter');
      if (filter) {
        const clauses = filter.split(/\s+and\s+/i).map(c => /^\s*(sentDateTime|receivedDateTime|createdDateTime|lastModifiedDateTime|isRead|subject)\s+(eq|ne|ge|gt|le|lt)\s+(.+?)\s*$/i.exec(c));
        if (clauses.some(c => !c)) return this.error(req, 400, 'BadRequest', 'Invalid filter clause'); // [UNVERIFIED] Graph's code/message
        messages = messages.filter(m => clauses.every(c => compareGraph(m[Object.keys(m).find(k => k.toLowerCase() === c![1].toLowerCase()) ?? c![1]], c![2].toLowerCase(), c![3])));
      }
      const select = query.get('$select')?.split(',').map(x => x.trim()).filter(Boolean);
      const value = messages.slice(0, top).map(m => {
        if (!select) return m;
        const out: Record<string, unknown> = { '@odata.etag': `W/"${String(m.id).slice(0, 16)}"`, id: m.id };
        for (const k of select) {
          const key = Object.keys(m).find(x => x.toLowerCase() === k.toLowerCase());
          if (key) out[key] = m[key];
        }
        return out;
      });
      return this.json({ '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users('${user.id}')/${folder ? `mailFolders('${folder}')/` : ''}messages${select ? `(${select.join(',')})` : ''}`, value });
    }
    return notImplemented(req);
  }

  private userBody(d: IDirectoryUser, select: string[] | undefined): Record<string, unknown> {
    const full: Record<string, unknown> = {
      businessPhones: [], displayName: d.displayName, givenName: d.givenName || null, jobTitle: d.jobTitle, mail: d.mail, mobilePhone: null,
      officeLocation: d.officeLocation, preferredLanguage: d.guest ? null : 'ja-JP', surname: d.surname || null, userPrincipalName: d.userPrincipalName, id: d.id,
      department: d.department, userType: d.guest ? 'Guest' : 'Member', accountEnabled: true,
    };
    const defaults = ['businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id'];
    const keys = select ?? defaults;
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const key = Object.keys(full).find(x => x.toLowerCase() === k.toLowerCase());
      if (key) out[key] = full[key];
    }
    return out;
  }

  private store(sender: IDirectoryUser, message: Record<string, unknown>, saveToSentItems: boolean): void {
    const now = this.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const body = (message.body as { contentType?: string; content?: string } | undefined) ?? { contentType: 'Text', content: '' };
    const recipients = (k: string): { emailAddress: { address: string; name?: string } }[] =>
      ((message[k] as { emailAddress: { address: string; name?: string } }[] | undefined) ?? []).map(r => {
        const d = findDirectoryUser(r.emailAddress.address);
        return { emailAddress: { name: r.emailAddress.name ?? d?.displayName ?? r.emailAddress.address, address: r.emailAddress.address } };
      });
    const base = {
      createdDateTime: now, lastModifiedDateTime: now, receivedDateTime: now, sentDateTime: now,
      hasAttachments: Array.isArray(message.attachments) && (message.attachments as unknown[]).length > 0,
      subject: message.subject ?? '', bodyPreview: String(body.content ?? '').replace(/<[^>]+>/g, '').slice(0, 255),
      importance: message.importance ?? 'normal', isRead: false, isDraft: false,
      body: { contentType: String(body.contentType ?? 'Text').toLowerCase() === 'html' ? 'html' : 'text', content: body.content ?? '' },
      sender: { emailAddress: { name: sender.displayName, address: sender.mail } },
      from: { emailAddress: { name: sender.displayName, address: sender.mail } },
      toRecipients: recipients('toRecipients'), ccRecipients: recipients('ccRecipients'), bccRecipients: recipients('bccRecipients'),
      replyTo: [], conversationId: randomUUID(),
    };
    const insert = this.db.prepare('INSERT INTO mail(id,mailbox,folder,message,created) VALUES(?,?,?,?,?)');
    const put = (mailbox: string, folder: string, extra: Record<string, unknown>): void => {
      const id = Buffer.from(randomUUID()).toString('base64');
      insert.run(id, mailbox, folder, JSON.stringify({ id, ...base, ...extra }), now);
    };
    this.db.transaction(() => {
      if (saveToSentItems) put(sender.userPrincipalName, 'sentitems', { isRead: true });
      for (const r of [...base.toRecipients, ...base.ccRecipients, ...base.bccRecipients]) {
        const d = findDirectoryUser(r.emailAddress.address);
        if (d) put(d.userPrincipalName, 'inbox', {});
      }
      put(`outbox:${sender.userPrincipalName}`, 'outbox', {});
    })();
  }

  /** Teams activity notifications sent through the sandbox (`/_sandbox/activity`). */
  public activity(): unknown[] {
    return (this.db.prepare('SELECT user_id, body, created FROM activity ORDER BY created DESC, rowid DESC').all() as { user_id: string; body: string; created: string }[])
      .map(r => ({ userId: r.user_id, created: r.created, ...(JSON.parse(r.body) as object) }));
  }

  /** Every message sent through the sandbox, newest first (`/_sandbox/outbox`). */
  public outbox(): unknown[] {
    return (this.db.prepare("SELECT message FROM mail WHERE folder='outbox' ORDER BY created DESC, rowid DESC").all() as { message: string }[])
      .map(r => JSON.parse(r.message) as unknown);
  }
}

/** Graph `$filter` comparisons on message properties (DateTimeOffset literals are unquoted, strings quoted). */
function compareGraph(value: unknown, op: string, rawLiteral: string): boolean {
  const lit = rawLiteral.replace(/^'(.*)'$/, '$1');
  let a: number | string | boolean = value as string;
  let b: number | string | boolean = lit;
  if (/^\d{4}-\d{2}-\d{2}T/.test(lit)) { a = Date.parse(String(value)); b = Date.parse(lit); }
  else if (/^(true|false)$/i.test(lit)) { a = value === true; b = lit.toLowerCase() === 'true'; }
  switch (op) {
    case 'eq': return a === b;
    case 'ne': return a !== b;
    case 'ge': return a >= b;
    case 'gt': return a > b;
    case 'le': return a <= b;
    default: return a < b;
  }
}

function notImplemented(req: Request): Response {
  return new Response(JSON.stringify({ error: 'Not implemented by the sandbox', method: req.method, url: req.url }), {
    status: 501, statusText: 'Not Implemented', headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
