/**
 * plan(desired, actual): the steps that make the site match the schema, each with its reason. Pure: no I/O,
 * no clock, same input → same steps in the same order (the order apply runs them in).
 */
import { fieldsOf } from '../../src/schema';
import type { IFieldDef, IListDef, IViewDef } from '../../src/schema';
import {
  CREATE_ONLY_PROPS, KIND_SPECS, actualFieldProps, actualViewProps, desiredFieldProps, desiredViewProps, normalizeCaml, sameValue
} from './fieldSpec';
import { ROLE_TYPE_KIND, isSystemRole, levelOf, roleDefFor } from './levels';
import type {
  IActualAssignment, IActualField, IActualGroup, IActualList, IActualSite, IActualView, IDesiredGroup, IDesiredSite, IGrant, IPlan,
  IPropertyChange, Notice, PermissionLevel, RoleScope, Step, StepKind
} from './types';

/** Execution order; apply runs `phase 1` kinds first and re-reads the site before the rest (ids must exist). */
export const STEP_ORDER: ReadonlyArray<StepKind> = [
  'createGroup', 'createList',
  'updateGroup', 'updateList', 'updateTitleField', 'createField', 'updateField', 'createView', 'updateView',
  'breakInheritance', 'removeRoleAssignment', 'addRoleAssignment', 'setGroupOwner', 'removeMember', 'addMember'
];

export function phaseOf(kind: StepKind): 1 | 2 {
  return kind === 'createGroup' || kind === 'createList' ? 1 : 2;
}

/** The web-relative URL's last segment: the ASCII name a list is created with so its URL never depends on the title. */
export function listUrlName(list: IListDef): string {
  const parts = list.url.split('/');
  return parts[parts.length - 1];
}

function titleFieldDesired(list: IListDef): Record<string, unknown> {
  const p: Record<string, unknown> = { Title: list.titleField.ja };
  if (list.titleRequired !== undefined) p.Required = list.titleRequired;
  else if (list.template === 100) p.Required = true;
  return p;
}

function diff(desired: Record<string, unknown>, actual: Record<string, unknown>, skip: ReadonlyArray<string> = []): IPropertyChange[] {
  const changes: IPropertyChange[] = [];
  for (const property of Object.keys(desired)) {
    if (skip.indexOf(property) >= 0) continue;
    const to = desired[property];
    const from = actual[property];
    // A property SharePoint did not report cannot be verified; it is set at creation and left alone.
    if (from === undefined && CREATE_ONLY_PROPS.indexOf(property) >= 0) continue;
    const same = property === 'ViewQuery' ? normalizeCaml(String(to ?? '')) === normalizeCaml(String(from ?? '')) : sameValue(to, from);
    if (!same) changes.push({ property, from: from === undefined ? null : from, to });
  }
  return changes;
}

function listSettingsDesired(list: IListDef): Record<string, unknown> {
  const p: Record<string, unknown> = {
    Title: list.title.ja,
    Description: list.description.ja,
    EnableVersioning: list.versioning
  };
  if (list.contentApproval !== undefined) p.EnableModeration = list.contentApproval;
  if (list.readSecurity !== undefined) p.ReadSecurity = list.readSecurity;
  if (list.writeSecurity !== undefined) p.WriteSecurity = list.writeSecurity;
  return p;
}

function listSettingsActual(list: IActualList): Record<string, unknown> {
  return {
    Title: list.title,
    Description: list.description,
    EnableVersioning: list.enableVersioning,
    EnableModeration: list.enableModeration,
    ReadSecurity: list.readSecurity,
    WriteSecurity: list.writeSecurity
  };
}

/** What a list looks like right after apply creates it: settings applied, a Title column, the default view, inherited permissions. */
function predictedNewList(list: IListDef, site: IActualSite): IActualList {
  const library = list.template === 101;
  return {
    id: '',
    title: list.title.ja,
    description: list.description.ja,
    url: list.url,
    template: list.template,
    enableVersioning: list.versioning,
    enableModeration: list.contentApproval === true,
    readSecurity: list.readSecurity ?? 1,
    writeSecurity: list.writeSecurity ?? 1,
    hasUniqueRoleAssignments: false,
    fields: [
      {
        id: '', internalName: 'Title', title: 'Title', typeAsString: 'Text', fieldTypeKind: 2, required: !library, indexed: false,
        enforceUniqueValues: false, hidden: false, description: '', defaultValue: null, maxLength: 255
      }
    ],
    views: [
      {
        id: '', title: library ? 'All Documents' : 'All Items', fileName: 'AllItems', defaultView: true, personalView: false, rowLimit: 30,
        viewQuery: '', fields: library ? ['DocIcon', 'LinkFilename', 'Modified', 'Editor'] : ['LinkTitle']
      }
    ],
    roleAssignments: site.webRoleAssignments
  };
}

function planFields(list: IListDef, actual: IActualList, steps: Step[], notices: Notice[]): void {
  const title = actual.fields.find((f) => f.internalName === 'Title');
  if (title) {
    const changes = diff(titleFieldDesired(list), { Title: title.title, Required: title.required });
    if (changes.length) steps.push({ kind: 'updateTitleField', listKey: list.key, reason: 'differs', changes });
  }
  for (const fieldKey of Object.keys(list.fields)) {
    const def: IFieldDef = list.fields[fieldKey];
    const existing = actual.fields.find((f) => f.internalName.toLowerCase() === def.internalName.toLowerCase());
    if (!existing) {
      steps.push({ kind: 'createField', listKey: list.key, fieldKey, reason: 'missing' });
      continue;
    }
    const spec = KIND_SPECS[def.kind];
    if (existing.fieldTypeKind !== spec.fieldTypeKind) {
      notices.push({
        kind: 'fieldTypeMismatch', listKey: list.key, fieldKey, internalName: def.internalName,
        actual: existing.typeAsString, desired: spec.camlType
      });
      continue;
    }
    const all = diff(desiredFieldProps(def), actualFieldProps(existing));
    for (const c of all.filter((x) => CREATE_ONLY_PROPS.indexOf(x.property) >= 0)) {
      notices.push({ kind: 'fieldCreateOnlyDiffers', listKey: list.key, fieldKey, internalName: def.internalName, property: c.property, actual: c.from, desired: c.to });
    }
    const changes = all.filter((x) => CREATE_ONLY_PROPS.indexOf(x.property) < 0);
    if (changes.length) steps.push({ kind: 'updateField', listKey: list.key, fieldKey, reason: 'differs', changes });
  }
}

function planViews(list: IListDef, actual: IActualList, steps: Step[]): void {
  for (const view of list.views) {
    const existing = findView(actual.views, view);
    if (!existing) {
      steps.push({ kind: 'createView', listKey: list.key, viewKey: view.key, reason: 'missing' });
      continue;
    }
    const desired = desiredViewProps(view);
    const changes = diff(desired, actualViewProps(existing));
    if (changes.length) steps.push({ kind: 'updateView', listKey: list.key, viewKey: view.key, reason: 'differs', changes });
  }
}

/** Views are matched by file name (their URL), never by title: a renamed view is updated, not duplicated. */
export function findView(views: ReadonlyArray<IActualView>, view: IViewDef): IActualView | undefined {
  return views.find((v) => !v.personalView && v.fileName.toLowerCase() === view.fileName.toLowerCase());
}

function scopeOf(listKey?: string): RoleScope {
  return listKey ? { kind: 'list', listKey } : { kind: 'web' };
}

function planAssignments(
  scope: RoleScope,
  grants: ReadonlyArray<IGrant>,
  assignments: ReadonlyArray<IActualAssignment>,
  desired: IDesiredSite,
  site: IActualSite,
  steps: Step[],
  notices: Notice[]
): void {
  const defs = site.roleDefinitions;
  const ours = new Map<string, IDesiredGroup>();
  for (const g of desired.groups) ours.set(g.title.toLowerCase(), g);
  for (const group of desired.groups) {
    const want = grants.filter((g) => g.groupKey === group.key).map((g) => g.level);
    const assignment = assignments.find((a) => a.principal.principalType === 8 && a.principal.title.toLowerCase() === group.title.toLowerCase());
    const have = (assignment?.roleDefIds ?? []).map((id) => defs.find((d) => d.id === id)).filter((d) => !isSystemRole(d));
    for (const def of have) {
      const level = levelOf(def);
      if (!def || (level && want.indexOf(level) >= 0)) continue;
      steps.push({
        kind: 'removeRoleAssignment', scope, groupKey: group.key, principalId: assignment!.principal.id, roleDefId: def.id,
        roleName: def.name, reason: 'notInSchema'
      });
    }
    for (const level of want) {
      if (have.some((d) => d!.roleTypeKind === ROLE_TYPE_KIND[level])) continue;
      steps.push({ kind: 'addRoleAssignment', scope, groupKey: group.key, level, reason: 'notGranted' });
    }
  }
  for (const a of assignments) {
    if (a.principal.principalType === 8 && ours.has(a.principal.title.toLowerCase())) continue;
    const roles = a.roleDefIds.map((id) => defs.find((d) => d.id === id)).filter((d) => !isSystemRole(d)).map((d) => d!.name);
    if (roles.length) notices.push({ kind: 'unmanagedAssignment', scope, principal: a.principal.title, roles });
  }
}

function planGroup(group: IDesiredGroup, actual: IActualGroup | undefined, desired: IDesiredSite, steps: Step[]): void {
  if (!actual) {
    steps.push({ kind: 'createGroup', groupKey: group.key, reason: 'missing' });
  } else {
    const changes = diff({ Description: group.description }, { Description: actual.description ?? '' });
    if (changes.length) steps.push({ kind: 'updateGroup', groupKey: group.key, reason: 'differs', changes });
  }
  if (group.ownerTitle && (!actual || (actual.ownerTitle ?? '').toLowerCase() !== group.ownerTitle.toLowerCase())) {
    const owner = desired.groups.find((g) => g.title === group.ownerTitle)!;
    steps.push({
      kind: 'setGroupOwner', groupKey: group.key, ownerGroupKey: owner.key, reason: 'ownerDiffers',
      changes: [{ property: 'Owner', from: actual?.ownerTitle ?? null, to: group.ownerTitle }]
    });
  }
  if (group.members) {
    const current = actual?.members ?? [];
    const has = (upn: string): boolean => current.some((m) => matchesUpn(m, upn));
    for (const upn of group.members) if (!has(upn)) steps.push({ kind: 'addMember', groupKey: group.key, upn, reason: 'inRoster' });
    for (const m of current) {
      if (!group.members.some((upn) => matchesUpn(m, upn))) {
        steps.push({ kind: 'removeMember', groupKey: group.key, userId: m.id, loginName: m.loginName, reason: 'notInRoster' });
      }
    }
  }
}

export function matchesUpn(user: { loginName: string; upn: string | null; email?: string | null }, upn: string): boolean {
  const u = upn.toLowerCase();
  if ((user.upn ?? '').toLowerCase() === u) return true;
  const login = user.loginName.toLowerCase();
  return login === u || login.endsWith(`|${u}`);
}

/** Compares the desired site with the actual one; see STEP_ORDER for the order of the result. */
export function plan(desired: IDesiredSite, actual: IActualSite): IPlan {
  const steps: Step[] = [];
  const notices: Notice[] = [];
  for (const level of Object.keys(ROLE_TYPE_KIND) as PermissionLevel[]) {
    const used = desired.webGrants.some((g) => g.level === level) || Object.keys(desired.listGrants).some((k) => desired.listGrants[k].some((g) => g.level === level));
    if (used && !roleDefFor(level, actual.roleDefinitions)) notices.push({ kind: 'roleDefinitionMissing', level });
  }
  for (const group of desired.groups) {
    planGroup(group, actual.groups.find((g) => g.title.toLowerCase() === group.title.toLowerCase()), desired, steps);
  }
  planAssignments(scopeOf(), desired.webGrants, actual.webRoleAssignments, desired, actual, steps, notices);
  for (const list of desired.lists) {
    let current = actual.lists[list.key] ?? null;
    if (!current) {
      steps.push({ kind: 'createList', listKey: list.key, reason: 'missing' });
      current = predictedNewList(list, actual);
    } else {
      const changes = diff(listSettingsDesired(list), listSettingsActual(current));
      if (changes.length) steps.push({ kind: 'updateList', listKey: list.key, reason: 'differs', changes });
    }
    planFields(list, current, steps, notices);
    planViews(list, current, steps);
    if (!current.hasUniqueRoleAssignments) steps.push({ kind: 'breakInheritance', listKey: list.key, reason: 'inherits' });
    planAssignments(scopeOf(list.key), desired.listGrants[list.key] ?? [], current.roleAssignments, desired, actual, steps, notices);
  }
  const order = (s: Step): number => STEP_ORDER.indexOf(s.kind);
  const sorted = steps.map((s, i) => ({ s, i })).sort((a, b) => order(a.s) - order(b.s) || a.i - b.i).map((x) => x.s);
  const blocking = notices.some((n) => n.kind === 'fieldTypeMismatch' || n.kind === 'fieldCreateOnlyDiffers' || n.kind === 'roleDefinitionMissing');
  return { steps: sorted, notices, drift: sorted.length > 0 || blocking };
}

export { fieldsOf, listSettingsDesired, titleFieldDesired };
export type { IActualField };
