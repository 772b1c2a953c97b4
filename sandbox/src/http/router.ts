import type { ArgValue, ISegment } from './path';

/**
 * Route table over canonical segments. Addressing variants are folded first, so that
 * `lists/getByTitle('X')`, `lists('g')`, `Lists(guid'g')`, `lists/getById('g')` and `getList('/u')`
 * all become one `lists(...)` segment carrying `{ by, value }`.
 */
export interface ICanonicalSegment {
  key: string;
  name: string;
  by?: 'key' | 'id' | 'title' | 'name' | 'url' | 'email' | 'login' | 'type' | 'internalNameOrTitle';
  value?: ArgValue;
  args?: ISegment['args'];
}

const COLLECTIONS = new Set([
  'lists', 'items', 'fields', 'views', 'sitegroups', 'siteusers', 'users', 'roledefinitions', 'roleassignments',
  'subscriptions', 'folders', 'files', 'versions', 'viewfields', 'attachmentfiles',
]);

const SELECTORS: Record<string, ICanonicalSegment['by']> = {
  getbyid: 'id', getbytitle: 'title', getbyname: 'name', getbyinternalnameortitle: 'internalNameOrTitle',
  getbyemail: 'email', getbyloginname: 'login', getbytype: 'type', getbyurl: 'url', getbyprincipalid: 'id',
};

export function canonicalize(segs: ISegment[]): ICanonicalSegment[] {
  const out: ICanonicalSegment[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const next = segs[i + 1];
    if (COLLECTIONS.has(s.key) && !s.args && next?.args && SELECTORS[next.key] && next.args.positional.length) {
      out.push({ key: s.key, name: s.name, by: SELECTORS[next.key], value: next.args.positional[0] });
      i++;
      continue;
    }
    if (COLLECTIONS.has(s.key) && s.args) {
      const v = s.args.positional[0] ?? Object.values(s.args.named)[0] ?? null;
      out.push({ key: s.key, name: s.name, by: 'key', value: v });
      continue;
    }
    if (s.key === 'getlist' && s.args) { out.push({ key: 'lists', name: s.name, by: 'url', value: s.args.positional[0] }); continue; }
    if (s.key === 'getitembyid' && s.args) { out.push({ key: 'items', name: s.name, by: 'id', value: s.args.positional[0] }); continue; }
    if (s.key === 'getuserbyid' && s.args) { out.push({ key: 'siteusers', name: s.name, by: 'id', value: s.args.positional[0] }); continue; }
    out.push({ key: s.key, name: s.name, args: s.args });
  }
  return out;
}

export type RouteParams = Record<string, ICanonicalSegment>;

export interface IRoute<C> {
  methods: string[];
  tokens: { key: string; withArgs: boolean }[];
  handler: (ctx: C, params: RouteParams) => Promise<Response> | Response;
}

export class RouteTable<C> {
  private readonly routes: IRoute<C>[] = [];

  /** `pattern`: `web/lists()/items()` — `name()` requires an addressed/with-arguments segment, `name` requires none. */
  public add(methods: string | string[], pattern: string, handler: IRoute<C>['handler']): this {
    const tokens = pattern.split('/').filter(Boolean).map(t => ({
      key: t.replace(/\(\)$/, '').toLowerCase(),
      withArgs: t.endsWith('()'),
    }));
    this.routes.push({ methods: (Array.isArray(methods) ? methods : [methods]).map(m => m.toUpperCase()), tokens, handler });
    return this;
  }

  public match(method: string, segs: ICanonicalSegment[]): { route: IRoute<C>; params: RouteParams } | null {
    for (const route of this.routes) {
      if (!route.methods.includes(method) && !route.methods.includes('*')) continue;
      if (route.tokens.length !== segs.length) continue;
      const params: RouteParams = {};
      let ok = true;
      for (let i = 0; i < segs.length; i++) {
        const t = route.tokens[i];
        const s = segs[i];
        const hasArgs = s.by !== undefined || s.args !== undefined;
        if (t.key !== s.key || t.withArgs !== hasArgs) { ok = false; break; }
        params[t.key] = s;
      }
      if (ok) return { route, params };
    }
    return null;
  }
}
