/**
 * apply: read → plan → write, in rounds, until the plan is empty. Re-reading the site before every round is
 * also how an interrupted run resumes: whatever a killed run left behind (a list with its ASCII title, a field
 * without its Japanese title, a list whose inheritance is broken but not yet reconciled) is just drift that the
 * next plan sees and finishes. Writes go out in `$batch` requests in waves, because some writes address
 * what an earlier one created (a view by its file name, a field by its internal name).
 */
import type { IFieldDef, IListDef, IViewDef } from '../../src/schema';
import { CREATE_ONLY_PROPS, KIND_SPECS, desiredFieldProps } from './fieldSpec';
import { roleDefFor } from './levels';
import { fieldXml } from './export/common';
import { findView, listSettingsDesired, listUrlName, phaseOf, plan } from './plan';
import type { SPFI } from './pnp';
import { MAX_BATCH, readSite } from './readSite';
import type {
  IActualList, IActualSite, IApplyResult, IDesiredSite, IPlan, IProgress, IStepResult, Notice, RoleScope, Step
} from './types';

export class ProvisioningError extends Error {
  public constructor(message: string, public readonly result?: IApplyResult, public readonly unresolved?: ReadonlyArray<string>) {
    super(message);
    this.name = 'ProvisioningError';
  }
}

export interface IApplyOptions {
  onProgress?: (p: IProgress) => void;
  /** Upper bound on read → plan → write rounds (default 6; a fresh site needs 2). */
  maxRounds?: number;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Action = (b: SPFI) => Promise<unknown>;

/** A step as up to three waves of batched calls; wave n+1 goes out after wave n has been answered. */
type Waves = [Action[], Action[], Action[]];

function loginOf(upn: string): string {
  return `i:0#.f|membership|${upn.toLowerCase()}`;
}

interface IContext {
  desired: IDesiredSite;
  actual: IActualSite;
}

function listDef(ctx: IContext, key: string): IListDef {
  const l = ctx.desired.lists.find((x) => x.key === key);
  if (!l) throw new Error(`unknown list key ${key}`);
  return l;
}

function actualList(ctx: IContext, key: string): IActualList {
  const l = ctx.actual.lists[key];
  if (!l) throw new Error(`list ${listDef(ctx, key).url} does not exist yet`);
  return l;
}

function groupId(ctx: IContext, key: string): number {
  const def = ctx.desired.groups.find((g) => g.key === key);
  const g = def && ctx.actual.groups.find((x) => x.title.toLowerCase() === def.title.toLowerCase());
  if (!g) throw new Error(`group ${def?.title ?? key} does not exist yet`);
  return g.id;
}

function listRef(b: SPFI, ctx: IContext, key: string): ReturnType<SPFI['web']['lists']['getById']> {
  return b.web.lists.getById(actualList(ctx, key).id);
}

function securable(b: SPFI, ctx: IContext, scope: RoleScope): { roleAssignments: ReturnType<SPFI['web']['lists']['getById']>['roleAssignments'] } {
  return scope.kind === 'web' ? b.web : listRef(b, ctx, scope.listKey);
}

function changed(step: Step): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of step.changes ?? []) out[c.property] = c.to;
  return out;
}

/**
 * Columns created from CAML rather than a typed add* call: rich text (RichTextMode=FullHtml exists only in the
 * field XML) and hidden columns (SharePoint only lets Hidden change on a column whose XML allows it).
 */
export function createdFromXml(def: IFieldDef): boolean {
  return def.kind === 'richText' || def.hidden === true;
}

/** The creating call: ASCII internal name as the title (so the internal name is exactly it), type-defining properties only. */
function createFieldAction(def: IFieldDef, ctx: IContext, listKey: string): Action {
  const n = def.internalName;
  if (createdFromXml(def)) {
    const list = listDef(ctx, listKey);
    const lookup = (_t: unknown, key: string): string => `{${ctx.actual.lists[key]?.id ?? ''}}`;
    // AddFieldInternalNameHint (8): Name is the internal name; AddToDefaultContentType (1)
    const xml = fieldXml(list, def, lookup, { displayName: n });
    return (b) => listRef(b, ctx, listKey).fields.createFieldAsXml({ SchemaXml: xml, Options: 9 } as never);
  }
  return (b) => {
    const fields = listRef(b, ctx, listKey).fields;
    switch (def.kind) {
      case 'text':
        return fields.addText(n, { MaxLength: def.maxLength ?? 255 });
      case 'note':
        return fields.addMultilineText(n, { RichText: false, NumberOfLines: 6 });
      case 'choice':
        return fields.addChoice(n, { Choices: (def.choices ?? []).map((c) => c.value), FillInChoice: false });
      case 'multiChoice':
        return fields.addMultiChoice(n, { Choices: (def.choices ?? []).map((c) => c.value), FillInChoice: false });
      case 'number':
        return fields.addNumber(n, {});
      case 'boolean':
        return fields.addBoolean(n);
      case 'dateTime':
      case 'dateOnly':
        return fields.addDateTime(n, { DisplayFormat: def.kind === 'dateOnly' ? 0 : 1 } as never);
      case 'user':
      case 'userMulti':
        return fields.addUser(n, { SelectionMode: 0 });
      case 'lookup':
      case 'lookupMulti': {
        const target = ctx.actual.lists[def.lookupList ?? ''];
        if (!target) throw new Error(`lookup ${n}: target list '${def.lookupList}' does not exist`);
        return fields.addLookup(n, { LookupListId: target.id, LookupFieldName: 'Title' });
      }
      case 'url':
        return fields.addUrl(n);
      default:
        throw new Error(`no field kind ${String(def.kind)}`);
    }
  };
}

function fieldUpdate(def: IFieldDef, ctx: IContext, listKey: string, props: Record<string, unknown>): Action {
  const body = { ...props };
  for (const p of CREATE_ONLY_PROPS) delete body[p];
  return (b) => listRef(b, ctx, listKey).fields.getByInternalNameOrTitle(def.internalName).update(body, KIND_SPECS[def.kind].spType);
}

type ViewRef = (b: SPFI) => ReturnType<ReturnType<SPFI['web']['lists']['getById']>['views']['getById']>;

/** Sets a view's columns in order: appends when the current columns are a prefix of the wanted ones, else rewrites them. */
export function viewFieldActions(view: ViewRef, current: ReadonlyArray<string>, wanted: ReadonlyArray<string>): Action[] {
  const prefix = current.length <= wanted.length && current.every((f, i) => f.toLowerCase() === wanted[i].toLowerCase());
  const add = (f: string): Action => (b) => view(b).fields.add(f);
  return prefix ? wanted.slice(current.length).map(add) : [(b) => view(b).fields.removeAll(), ...wanted.map(add)];
}

/** Columns a view gets when SharePoint creates it: the title link (lists) or icon and name (libraries). */
function newViewFields(list: IListDef): string[] {
  return list.template === 101 ? ['DocIcon', 'LinkFilename'] : ['LinkTitle'];
}

function viewDef(list: IListDef, key: string): IViewDef {
  const v = list.views.find((x) => x.key === key);
  if (!v) throw new Error(`unknown view ${list.key}/${key}`);
  return v;
}

/** Turns a step into its waves of calls, resolving ids against the state read at the start of the round. */
export function wavesFor(step: Step, ctx: IContext): Waves {
  const w: Waves = [[], [], []];
  switch (step.kind) {
    case 'createGroup': {
      const g = ctx.desired.groups.find((x) => x.key === step.groupKey)!;
      w[0].push((b) => b.web.siteGroups.add({ Title: g.title, Description: g.description }));
      break;
    }
    case 'updateGroup':
      w[0].push((b) => b.web.siteGroups.getById(groupId(ctx, step.groupKey)).update(changed(step)));
      break;
    case 'setGroupOwner':
      w[0].push((b) => b.web.siteGroups.getById(groupId(ctx, step.groupKey)).setUserAsOwner(groupId(ctx, step.ownerGroupKey)));
      break;
    case 'addMember':
      w[0].push((b) => b.web.siteGroups.getById(groupId(ctx, step.groupKey)).users.add(loginOf(step.upn)));
      break;
    case 'removeMember':
      w[0].push((b) => b.web.siteGroups.getById(groupId(ctx, step.groupKey)).users.removeById(step.userId));
      break;
    case 'createList': {
      const list = listDef(ctx, step.listKey);
      const settings = listSettingsDesired(list);
      const { Title, Description, ...rest } = settings;
      const url = `${ctx.actual.serverRelativeUrl}/${list.url}`;
      // Created under its ASCII URL name (the title SharePoint derives the URL from), then given its Japanese title.
      w[0].push((b) => b.web.lists.add(listUrlName(list), String(Description), list.template, false, rest));
      w[1].push((b) => b.web.getList(url).update({ Title: String(Title) }));
      break;
    }
    case 'updateList':
      w[0].push((b) => listRef(b, ctx, step.listKey).update(changed(step)));
      break;
    case 'updateTitleField':
      w[0].push((b) => listRef(b, ctx, step.listKey).fields.getByInternalNameOrTitle('Title').update(changed(step), 'SP.FieldText'));
      break;
    case 'createField': {
      const def = listDef(ctx, step.listKey).fields[step.fieldKey];
      w[0].push(createFieldAction(def, ctx, step.listKey));
      const props = desiredFieldProps(def);
      if (createdFromXml(def)) {
        w[1].push(fieldUpdate(def, ctx, step.listKey, props));
        break;
      }
      if (def.kind === 'text') delete props.MaxLength;
      if (def.kind === 'choice' || def.kind === 'multiChoice') delete props.Choices;
      if (def.kind === 'note') delete props.RichText;
      if (def.kind === 'dateOnly' || def.kind === 'dateTime') delete props.DisplayFormat;
      if (def.kind === 'user' || def.kind === 'userMulti') delete props.SelectionMode;
      if (props.AllowMultipleValues === false) delete props.AllowMultipleValues;
      w[1].push(fieldUpdate(def, ctx, step.listKey, props));
      break;
    }
    case 'updateField': {
      const def = listDef(ctx, step.listKey).fields[step.fieldKey];
      w[0].push(fieldUpdate(def, ctx, step.listKey, changed(step)));
      break;
    }
    case 'createView': {
      const list = listDef(ctx, step.listKey);
      const view = viewDef(list, step.viewKey);
      const byFile: ViewRef = (b) => listRef(b, ctx, step.listKey).views.getByTitle(view.fileName);
      w[0].push((b) => listRef(b, ctx, step.listKey).views.add(view.fileName, false, { ViewQuery: view.query, RowLimit: view.rowLimit }));
      w[1].push(...viewFieldActions(byFile, newViewFields(list), view.fields));
      w[2].push((b) => listRef(b, ctx, step.listKey).views.getByTitle(view.fileName).update({ Title: view.title.ja, ...(view.default ? { DefaultView: true } : {}) }));
      break;
    }
    case 'updateView': {
      const list = listDef(ctx, step.listKey);
      const view = viewDef(list, step.viewKey);
      const existing = findView(actualList(ctx, step.listKey).views, view)!;
      const props = changed(step);
      const byId: ViewRef = (b) => listRef(b, ctx, step.listKey).views.getById(existing.id);
      if (props.ViewFields) w[0].push(...viewFieldActions(byId, existing.fields, view.fields));
      delete props.ViewFields;
      if (Object.keys(props).length) w[1].push((b) => listRef(b, ctx, step.listKey).views.getById(existing.id).update(props));
      break;
    }
    case 'breakInheritance':
      // Copy the inherited assignments (so nobody loses access mid-run) and never clear item-level scopes.
      w[0].push((b) => listRef(b, ctx, step.listKey).breakRoleInheritance(true, false));
      break;
    case 'removeRoleAssignment':
      w[1].push((b) => securable(b, ctx, step.scope).roleAssignments.remove(step.principalId, step.roleDefId));
      break;
    case 'addRoleAssignment': {
      const def = roleDefFor(step.level, ctx.actual.roleDefinitions);
      if (!def) throw new Error(`no role definition for permission level ${step.level}`);
      w[1].push((b) => securable(b, ctx, step.scope).roleAssignments.add(groupId(ctx, step.groupKey), def.id));
      break;
    }
    default:
      break;
  }
  return w;
}

interface IRun {
  step: Step;
  waves: Waves;
  error?: string;
}

async function runWaves(sp: SPFI, runs: IRun[], onDone: (run: IRun) => void): Promise<void> {
  for (let wave = 0; wave < 3; wave++) {
    const active = runs.filter((r) => !r.error && r.waves[wave].length > 0);
    if (!active.length) continue;
    const [b, execute] = sp.batched({ maxRequests: MAX_BATCH });
    const pending = active.map((run) =>
      Promise.all(
        run.waves[wave].map((action) => {
          try {
            return action(b).then(() => undefined, (e: Error) => { run.error = run.error ?? errorText(e); });
          } catch (e) {
            run.error = run.error ?? errorText(e as Error);
            return Promise.resolve(undefined);
          }
        })
      )
    );
    await execute();
    await Promise.all(pending);
    for (const run of active) {
      const last = [0, 1, 2].filter((i) => run.waves[i].length > 0).pop();
      if (run.error || last === wave) onDone(run);
    }
  }
}

function errorText(e: Error & { status?: number }): string {
  const message = e?.message ?? String(e);
  const body = /::> (.*)$/s.exec(message);
  if (body) {
    try {
      const j = JSON.parse(body[1]) as Json;
      const m = j['odata.error']?.message?.value ?? j.error?.message?.value ?? j.error?.message;
      if (m) return `${e.status ?? ''} ${m}`.trim();
    } catch {
      // not JSON: keep the whole message
    }
  }
  return message;
}

/** Resolves every UPN the plan adds before anything is written, so a missing guest fails the run cleanly. */
async function resolveMembers(sp: SPFI, steps: ReadonlyArray<Step>): Promise<void> {
  const upns: string[] = [];
  for (const s of steps) {
    if (s.kind === 'addMember' && !upns.some((u) => u.toLowerCase() === s.upn.toLowerCase())) upns.push(s.upn);
  }
  if (!upns.length) return;
  const [b, execute] = sp.batched({ maxRequests: MAX_BATCH });
  const checks = upns.map((upn) => b.web.ensureUser(loginOf(upn)).then(() => null, (e: Error) => ({ upn, error: errorText(e) })));
  await execute();
  const failed = (await Promise.all(checks)).filter((x): x is { upn: string; error: string } => x !== null);
  if (!failed.length) return;
  const lines = failed.map((f) => {
    const guest = /#ext#/i.test(f.upn);
    const hint = guest
      ? 'external (guest) user: invite them to the tenant (Entra ID B2B) first, and allow external sharing for this site'
      : 'not found in the directory: check the spelling in the roster';
    return `  - ${f.upn}: ${hint} (SharePoint: ${f.error})`;
  });
  throw new ProvisioningError(`Cannot resolve ${failed.length} roster user(s); nothing was added:\n${lines.join('\n')}`, undefined, failed.map((f) => f.upn));
}

function planKey(p: IPlan): string {
  return JSON.stringify(p.steps);
}

/**
 * Makes the site match the desired state. Returns every executed step; throws ProvisioningError when a step
 * fails (the error carries the result so far — run again to resume).
 */
export async function applySite(sp: SPFI, desired: IDesiredSite, options: IApplyOptions = {}): Promise<IApplyResult> {
  const maxRounds = options.maxRounds ?? 6;
  const results: IStepResult[] = [];
  let notices: ReadonlyArray<Notice> = [];
  let previous = '';
  for (let round = 1; ; round++) {
    options.onProgress?.({ round, done: 0, total: 0, phase: 'read' });
    const actual = await readSite(sp, desired);
    const current = plan(desired, actual);
    notices = current.notices;
    const blocked = current.notices.filter((n) => n.kind === 'roleDefinitionMissing');
    if (blocked.length) {
      throw new ProvisioningError(`The site lacks permission levels the schema grants: ${blocked.map((n) => (n as { level: string }).level).join(', ')}`);
    }
    const finished = (): IApplyResult => ({ results, written: results.filter((r) => r.status === 'done').length, rounds: round, remaining: current, notices });
    if (!current.steps.length || round > maxRounds || planKey(current) === previous) {
      options.onProgress?.({ round, done: 0, total: 0, phase: 'done' });
      return finished();
    }
    previous = planKey(current);
    if (round === 1) await resolveMembers(sp, current.steps);
    const phase = Math.min(...current.steps.map((s) => phaseOf(s.kind)));
    const steps = current.steps.filter((s) => phaseOf(s.kind) === phase);
    const ctx: IContext = { desired, actual };
    const runs: IRun[] = steps.map((step) => {
      try {
        return { step, waves: wavesFor(step, ctx) };
      } catch (e) {
        return { step, waves: [[], [], []] as Waves, error: (e as Error).message };
      }
    });
    let done = 0;
    const record = (run: IRun): void => {
      done++;
      results.push({ step: run.step, status: run.error ? 'failed' : 'done', error: run.error });
      options.onProgress?.({ round, done, total: runs.length, step: run.step, phase: 'write' });
    };
    for (const run of runs) if (run.error) record(run);
    await runWaves(sp, runs, record);
    const failures = runs.filter((r) => r.error);
    if (failures.length) {
      const lines = failures.slice(0, 20).map((f) => `  - ${describeStep(f.step)}: ${f.error}`);
      throw new ProvisioningError(
        `${failures.length} of ${runs.length} step(s) failed in round ${round}; run apply again to resume:\n${lines.join('\n')}`,
        finished()
      );
    }
  }
}

export function describeStep(s: Step): string {
  const parts: string[] = [s.kind];
  const rec = s as unknown as Record<string, unknown>;
  for (const k of ['listKey', 'fieldKey', 'viewKey', 'groupKey', 'level', 'upn', 'roleName']) if (rec[k] !== undefined) parts.push(`${k}=${String(rec[k])}`);
  if ('scope' in s) parts.push(s.scope.kind === 'web' ? 'scope=web' : `scope=${s.scope.listKey}`);
  return parts.join(' ');
}
