import { Errors, OComplex, SpError } from '../http/odata-json';
import type { RouteTable } from '../http/router';
import { ISpContext, okCollection, resolveList } from './context';
import { FieldKind, IField, IList } from './lists';
import { isoSeconds } from './site';

interface IFormValue { FieldName: string; FieldValue: string | null }

/**
 * `items(n)/validateupdatelistitem` (PnPjs items/types.ts): form-string values, per-field results, nothing saved when
 * any value is invalid; `bNewDocumentUpdate: true` saves without a new version. String formats follow the classic
 * form conventions (user `[{"Key":login}]`, lookup `id;#text`, multi-choice `;#`-joined) [UNVERIFIED details].
 */
export function registerValidateUpdateRoutes(t: RouteTable<ISpContext>): void {
  t.add('POST', 'web/lists()/items()/validateupdatelistitem', async (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    const item = ctx.items.get(list, Number(p.items.value));
    if (!item || !ctx.items.canRead(list, item, ctx.actor)) throw Errors.itemNotFound();
    if (!ctx.items.canWrite(list, item, ctx.actor)) throw Errors.accessDenied();
    const body = await ctx.json<{ formValues?: IFormValue[]; bNewDocumentUpdate?: boolean }>();
    const fields = ctx.lists.fields(list);
    const results: OComplex[] = [];
    const values: Record<string, unknown> = {};
    let failed = false;
    let leaf: string | undefined;
    for (const fv of body.formValues ?? []) {
      const f = fields.find(x => x.internal_name.toLowerCase() === String(fv.FieldName).toLowerCase());
      let error: string | null = null;
      try {
        if (!f) throw new Error(`Column '${fv.FieldName}' does not exist. It may have been deleted by another user.`);
        if (f.internal_name === 'FileLeafRef') leaf = String(fv.FieldValue ?? '');
        else values[f.internal_name] = fromFormString(ctx, f, fv.FieldValue);
      } catch (e) {
        error = (e as Error).message;
        failed = true;
      }
      results.push(new OComplex('SP.ListItemFormUpdateValue', {
        ErrorCode: error ? -2146233088 : 0, ErrorMessage: error, FieldName: fv.FieldName, FieldValue: fv.FieldValue, HasException: error !== null, ItemId: item.id,
      }));
    }
    if (!failed) {
      const data = { ...item.data, ...values };
      refuseUnrecorded(ctx, list, item.id, item.data, values);
      const now = isoSeconds(ctx.site.now());
      if (body.bNewDocumentUpdate) {
        ctx.site.db.prepare('UPDATE items SET data=?, version=version+1, editor_id=?, modified=?, leaf=COALESCE(?, leaf) WHERE list_id=? AND id=?')
          .run(JSON.stringify(data), ctx.actor.userId, now, leaf ?? null, list.id, item.id);
        ctx.site.db.prepare('UPDATE item_versions SET data=? WHERE list_id=? AND item_id=? AND ui_version=?').run(JSON.stringify(data), list.id, item.id, item.ui_version);
        ctx.items.logChange(list.id, item.id, 2, 'Item', item.uid);
      } else {
        const epnBody: Record<string, unknown> = {};
        for (const f of fields) if (f.internal_name in values) epnBody[f.kind === FieldKind.User || f.kind === FieldKind.Lookup ? `${f.epn}Id` : f.epn] = values[f.internal_name];
        ctx.items.update(list, item, epnBody, ctx.actor);
        if (leaf) ctx.site.db.prepare('UPDATE items SET leaf=? WHERE list_id=? AND id=?').run(leaf, list.id, item.id);
      }
    }
    return okCollection(ctx, results, 'Collection(SP.ListItemFormUpdateValue)');
  });
}

/**
 * What validateUpdateListItem answers for a value over a text column's 255 characters or a duplicate in a unique
 * column (per-field results or an error response) has no recorded SPO source: the sandbox answers 501 rather than
 * guess, and writes nothing (items add/MERGE have recorded answers: Errors.invalidText, Errors.duplicateValues).
 */
function refuseUnrecorded(ctx: ISpContext, list: IList, id: number, before: Record<string, unknown>, values: Record<string, unknown>): void {
  for (const f of ctx.lists.fields(list)) {
    const v = values[f.internal_name];
    if (f.kind === FieldKind.Text && typeof v === 'string' && v.length > 255) throw Errors.notEmulated('validateUpdateListItem with a text value over 255 characters');
  }
  try {
    ctx.items.checkUnique(list, { ...before, ...values }, id, f => f.internal_name in values && values[f.internal_name] !== before[f.internal_name]);
  } catch (e) {
    if (e instanceof SpError && /SPDuplicateValuesFoundException/.test(e.code)) throw Errors.notEmulated('validateUpdateListItem with a duplicate value in a unique column');
    throw e;
  }
}

function fromFormString(ctx: ISpContext, f: IField, raw: string | null): unknown {
  if (raw === null || raw === '') return f.multi || f.kind === FieldKind.MultiChoice ? [] : null;
  switch (f.kind) {
    case FieldKind.Number: case FieldKind.Currency: case FieldKind.Integer: {
      const n = Number(raw.replace(/,/g, ''));
      if (Number.isNaN(n)) throw new Error('Invalid number value. A number field contains invalid data. Please check the value and try again.');
      return n;
    }
    case FieldKind.Boolean: return /^(1|true|yes|はい)$/i.test(raw);
    case FieldKind.MultiChoice: return raw.split(';#').filter(Boolean);
    case FieldKind.DateTime: {
      // [UNVERIFIED] form dates are read in the site's time zone; the sandbox site is in JST (UTC+9)
      const m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(raw.trim());
      const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0) - 9, +(m[5] ?? 0))) : new Date(raw);
      if (Number.isNaN(d.getTime())) throw new Error('Invalid date/time value');
      return isoSeconds(d);
    }
    case FieldKind.User: {
      let keys: { Key: string }[];
      try {
        keys = JSON.parse(raw) as { Key: string }[];
      } catch {
        throw new Error('The user does not exist or is not unique.');
      }
      const ids = keys.map(k => {
        const u = ctx.site.ensureByLogin(k.Key);
        if (!u) throw new Error('The user does not exist or is not unique.');
        return u.id;
      });
      return f.multi ? ids : ids[0] ?? null;
    }
    case FieldKind.Lookup: {
      const ids = raw.split(';#').map(x => x.trim()).filter(x => /^\d+$/.test(x)).map(Number);
      return f.multi ? ids : ids[0] ?? null;
    }
    default: return raw;
  }
}
