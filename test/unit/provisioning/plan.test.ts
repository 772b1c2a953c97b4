import { InquiriesList, IssuesList, KnowledgeList } from '../../../src/schema';
import { plan, STEP_ORDER, phaseOf } from '../../../provisioning/src/plan';
import { renderPlan } from '../../../provisioning/src/render';
import type { Step } from '../../../provisioning/src/types';
import { LIMITED, ROSTER, clone, desired, emptySite, matchingSite, roleId } from './fixtures';
import type { Mutable, MutableSite } from './fixtures';
import type { IActualList } from '../../../provisioning/src/types';

const kinds = (steps: ReadonlyArray<Step>): string[] => steps.map((s) => s.kind);
const list = (site: MutableSite, key: string): Mutable<IActualList> => site.lists[key]!;
const groupTitle = (key: string): string => desired().groups.find((g) => g.key === key)!.title;

describe('plan(desired, actual)', () => {
  test('a site that matches the schema needs no step and shows no drift', () => {
    const d = desired(ROSTER);
    const p = plan(d, matchingSite(d));
    expect(p.steps).toEqual([]);
    expect(p.drift).toBe(false);
  });

  test('an empty site gets every group, list, column, view and grant, groups and lists first', () => {
    const d = desired();
    const p = plan(d, emptySite());
    const count = (k: string): number => p.steps.filter((s) => s.kind === k).length;
    expect(count('createGroup')).toBe(d.groups.length);
    expect(count('createList')).toBe(d.lists.length);
    expect(count('createField')).toBe(d.lists.reduce((n, l) => n + Object.keys(l.fields).length, 0));
    expect(count('breakInheritance')).toBe(d.lists.length);
    const grants = d.webGrants.length + d.lists.reduce((n, l) => n + (d.listGrants[l.key] ?? []).length, 0);
    expect(count('addRoleAssignment')).toBe(grants);
    // every list is created with SharePoint's AllItems view, which is updated in place rather than added
    const viewsToCreate = d.lists.reduce((n, l) => n + l.views.filter((v) => v.fileName !== 'AllItems').length, 0);
    expect(count('createView')).toBe(viewsToCreate);
    expect(p.steps.every((s) => s.reason === 'missing' || s.kind !== 'createList')).toBe(true);
    const phases = p.steps.map((s) => phaseOf(s.kind));
    expect(phases.indexOf(2)).toBeGreaterThan(phases.lastIndexOf(1));
    const order = p.steps.map((s) => STEP_ORDER.indexOf(s.kind));
    expect(order).toEqual(order.slice().sort((a, b) => a - b));
    expect(p.drift).toBe(true);
  });

  test('a deleted column is created again, and nothing else changes', () => {
    const d = desired();
    const site = matchingSite(d);
    const issues = list(site, 'issues');
    (issues as { fields: unknown }).fields = issues.fields.filter((f) => f.internalName !== IssuesList.fields.policy.internalName);
    const p = plan(d, site);
    expect(p.steps).toEqual([{ kind: 'createField', listKey: 'issues', fieldKey: 'policy', reason: 'missing' }]);
  });

  test('a renamed view is found by its file name and renamed back in place, not recreated', () => {
    const d = desired();
    const site = matchingSite(d);
    const view = list(site, 'issues').views.find((v) => v.fileName === 'Overdue')! as { title: string };
    view.title = '期限切れ（手作業で変更）';
    const p = plan(d, site);
    expect(p.steps).toEqual([
      {
        kind: 'updateView', listKey: 'issues', viewKey: 'overdue', reason: 'differs',
        changes: [{ property: 'Title', from: '期限切れ（手作業で変更）', to: IssuesList.views.find((v) => v.key === 'overdue')!.title.ja }]
      }
    ]);
  });

  test('view columns in another order, and CAML that differs only in quoting and spacing', () => {
    const d = desired();
    const site = matchingSite(d);
    const v = list(site, 'inquiries').views.find((x) => x.fileName === 'Mine')! as { fields: string[]; viewQuery: string };
    v.fields = v.fields.slice().reverse();
    v.viewQuery = v.viewQuery.replace(/\/>/g, ' />').replace(/></g, '>\n  <');
    const p = plan(d, site);
    expect(p.steps).toHaveLength(1);
    expect(p.steps[0].changes!.map((c) => c.property)).toEqual(['ViewFields']);
  });

  test("an extra grant to one of provisioning's groups is removed per binding; another principal's grant is only reported", () => {
    const d = desired();
    const site = matchingSite(d);
    const knowledge = list(site, 'knowledge') as { roleAssignments: IActualList['roleAssignments'] };
    const csp = site.groups.find((g) => g.title === groupTitle('csp'))!;
    knowledge.roleAssignments = [
      ...knowledge.roleAssignments,
      { principal: { id: csp.id, title: csp.title, loginName: csp.title, principalType: 8 }, roleDefIds: [roleId('contribute')] },
      { principal: { id: 77, title: '外部の誰か', loginName: 'i:0#.f|membership|someone@x.example', principalType: 1 }, roleDefIds: [roleId('read')] }
    ];
    const p = plan(d, site);
    expect(p.steps).toEqual([
      {
        kind: 'removeRoleAssignment', scope: { kind: 'list', listKey: 'knowledge' }, groupKey: 'csp', principalId: csp.id,
        roleDefId: roleId('contribute'), roleName: 'Contribute', reason: 'notInSchema'
      }
    ]);
    expect(p.notices).toContainEqual({ kind: 'unmanagedAssignment', scope: { kind: 'list', listKey: 'knowledge' }, principal: '外部の誰か', roles: ['Read'] });
  });

  test('a group holding a higher level than the schema grants loses it and gets the granted one', () => {
    const d = desired();
    const site = matchingSite(d);
    const ra = list(site, 'auditLog').roleAssignments.find((a) => a.principal.title === groupTitle('ictCenter'))! as { roleDefIds: number[] };
    ra.roleDefIds = [roleId('fullControl')];
    const p = plan(d, site);
    expect(kinds(p.steps)).toEqual(['removeRoleAssignment', 'addRoleAssignment']);
    expect(p.steps[1]).toMatchObject({ scope: { kind: 'list', listKey: 'auditLog' }, groupKey: 'ictCenter', level: 'read', reason: 'notGranted' });
  });

  test('Limited Access, which SharePoint adds by itself, is never reconciled', () => {
    const d = desired();
    const site = matchingSite(d);
    for (const a of site.webRoleAssignments as Array<{ roleDefIds: number[] }>) a.roleDefIds = [...a.roleDefIds, LIMITED];
    const dept = site.groups.find((g) => g.title === groupTitle('department'))!;
    (list(site, 'auditLog') as { roleAssignments: unknown[] }).roleAssignments.push({
      principal: { id: dept.id, title: dept.title, loginName: dept.title, principalType: 8 }, roleDefIds: [LIMITED]
    });
    expect(plan(d, site).steps).toEqual([]);
  });

  test('a list that inherits is broken away once, and its grants are planned against what it will copy', () => {
    const d = desired();
    const site = matchingSite(d);
    const faq = list(site, 'faq') as { hasUniqueRoleAssignments: boolean; roleAssignments: unknown };
    faq.hasUniqueRoleAssignments = false;
    faq.roleAssignments = site.webRoleAssignments;
    const p = plan(d, site);
    expect(p.steps[0]).toEqual({ kind: 'breakInheritance', listKey: 'faq', reason: 'inherits' });
    // the web gives the ICT center Full Control and the others Read; the FAQ wants Design / Read / Contribute
    const removed = p.steps.filter((s) => s.kind === 'removeRoleAssignment').map((s) => (s as { groupKey: string }).groupKey).sort();
    const added = p.steps.filter((s) => s.kind === 'addRoleAssignment').map((s) => `${(s as { groupKey: string }).groupKey}=${(s as { level: string }).level}`).sort();
    expect(removed).toEqual(['ictCenter', 'vendor:midori-systems', 'vendor:sakura-its']);
    expect(added).toEqual(['ictCenter=design', 'vendor:midori-systems=contribute', 'vendor:sakura-its=contribute']);
  });

  test('a changed column type is reported for migration and never "updated"', () => {
    const d = desired();
    const site = matchingSite(d);
    const f = list(site, 'issues').fields.find((x) => x.internalName === IssuesList.fields.dueDate.internalName)! as { fieldTypeKind: number; typeAsString: string };
    f.fieldTypeKind = 2;
    f.typeAsString = 'Text';
    const p = plan(d, site);
    expect(p.steps).toEqual([]);
    expect(p.notices).toContainEqual(expect.objectContaining({ kind: 'fieldTypeMismatch', listKey: 'issues', fieldKey: 'dueDate', actual: 'Text', desired: 'DateTime' }));
    expect(p.drift).toBe(true);
  });

  test('column properties are compared one by one: index, choices, display name, date format', () => {
    const d = desired();
    const site = matchingSite(d);
    const fields = list(site, 'inquiries').fields as Array<Record<string, unknown>>;
    const byName = (n: string): Record<string, unknown> => fields.find((f) => f.internalName === n)!;
    byName(InquiriesList.fields.status.internalName).indexed = false;
    byName(InquiriesList.fields.category.internalName).choices = ['操作方法'];
    byName(InquiriesList.fields.requester.internalName).title = 'Requester';
    byName(InquiriesList.fields.receivedAt.internalName).displayFormat = 0;
    const p = plan(d, site);
    const changes = Object.fromEntries(p.steps.map((s) => [(s as { fieldKey: string }).fieldKey, s.changes!.map((c) => c.property)]));
    expect(changes).toEqual({ status: ['Indexed'], category: ['Choices'], requester: ['Title'], receivedAt: ['DisplayFormat'] });
  });

  test('rich text mode is checked only where SharePoint reports it, and a difference is reported, not updated', () => {
    const d = desired();
    const site = matchingSite(d);
    const body = list(site, 'inquiries').fields.find((f) => f.internalName === InquiriesList.fields.body.internalName)! as { richTextMode?: string };
    body.richTextMode = undefined;
    expect(plan(d, site).steps).toEqual([]);
    body.richTextMode = 'Compatible';
    // no REST property can change it afterwards: reported for a migration, never "updated" in a loop
    const p = plan(d, site);
    expect(p.steps).toEqual([]);
    expect(p.notices).toContainEqual({
      kind: 'fieldCreateOnlyDiffers', listKey: 'inquiries', fieldKey: 'body', internalName: InquiriesList.fields.body.internalName,
      property: 'RichTextMode', actual: 'Compatible', desired: 'FullHtml'
    });
    expect(p.drift).toBe(true);
  });

  test('lists are matched by URL: a list renamed by hand gets its title back instead of a second list', () => {
    const d = desired();
    const site = matchingSite(d);
    (list(site, 'knowledge') as { title: string }).title = 'Knowledge (old)';
    expect(plan(d, site).steps).toEqual([
      { kind: 'updateList', listKey: 'knowledge', reason: 'differs', changes: [{ property: 'Title', from: 'Knowledge (old)', to: KnowledgeList.title.ja }] }
    ]);
  });

  test('settings the schema does not declare are left as they are', () => {
    const d = desired();
    const site = matchingSite(d);
    // issues declares neither content approval nor item-level read security
    (list(site, 'issues') as { enableModeration: boolean; readSecurity: number }).enableModeration = true;
    (list(site, 'issues') as { readSecurity: number }).readSecurity = 2;
    expect(plan(d, site).steps).toEqual([]);
  });

  test('with a roster, members are added and removed to match it; without one, membership is not touched', () => {
    const withRoster = desired(ROSTER);
    const site = matchingSite(withRoster);
    const ict = site.groups.find((g) => g.title === groupTitle('ictCenter'))! as { members: Array<Record<string, unknown>> };
    ict.members = [{ id: 555, loginName: 'i:0#.f|membership|former@midoriku.example', upn: 'former@midoriku.example', email: null, title: '前任者' }];
    const p = plan(withRoster, site);
    expect(p.steps).toEqual([
      { kind: 'removeMember', groupKey: 'ictCenter', userId: 555, loginName: 'i:0#.f|membership|former@midoriku.example', reason: 'notInRoster' },
      { kind: 'addMember', groupKey: 'ictCenter', upn: 'sato.hanako@midoriku.example', reason: 'inRoster' }
    ]);
    expect(plan(desired(), site).steps.filter((s) => s.kind === 'addMember' || s.kind === 'removeMember')).toEqual([]);
  });

  test('guest members match by their #EXT# login name whatever its case', () => {
    const d = desired(ROSTER);
    const site = matchingSite(d);
    const g = site.groups.find((x) => x.title === groupTitle('vendor:midori-systems'))! as { members: Array<{ loginName: string; upn: string | null }> };
    g.members = g.members.map((m) => ({ ...m, upn: null, loginName: m.loginName.replace('#EXT#', '#ext#') }));
    expect(plan(d, site).steps).toEqual([]);
  });

  test('a group owned by someone else is handed to the configured owner group', () => {
    const d = desired();
    const site = matchingSite(d);
    (site.groups.find((g) => g.title === groupTitle('csp'))! as { ownerTitle: string }).ownerTitle = 'SharePoint App';
    expect(plan(d, site).steps).toEqual([
      { kind: 'setGroupOwner', groupKey: 'csp', ownerGroupKey: 'ictCenter', reason: 'ownerDiffers', changes: [{ property: 'Owner', from: 'SharePoint App', to: groupTitle('ictCenter') }] }
    ]);
  });

  test('a missing permission level blocks the plan with a notice', () => {
    const d = desired();
    const site = matchingSite(d);
    (site as { roleDefinitions: unknown[] }).roleDefinitions = site.roleDefinitions.filter((r) => r.roleTypeKind !== 4);
    const p = plan(d, site);
    expect(p.notices).toContainEqual({ kind: 'roleDefinitionMissing', level: 'design' });
    expect(p.drift).toBe(true);
  });

  test('plan is pure: the same inputs give the same steps and the inputs are not modified', () => {
    const d = desired(ROSTER);
    const site = emptySite();
    const before = clone(site);
    expect(plan(d, site)).toEqual(plan(d, site));
    expect(site).toEqual(before);
  });

  test('the plan renders in Japanese and English with the reason and the property changes', () => {
    const d = desired();
    const site = matchingSite(d);
    (list(site, 'knowledge') as { title: string }).title = 'Knowledge (old)';
    const p = plan(d, site);
    expect(renderPlan(p, d, 'ja')).toContain('一覧の設定を更新: 運用ナレッジ (Lists/OpsKnowledge) (理由: スキーマと異なります)');
    expect(renderPlan(p, d, 'ja')).toContain('Title: "Knowledge (old)" → "運用ナレッジ"');
    expect(renderPlan(p, d, 'en')).toContain('Update list settings: Operator knowledge (Lists/OpsKnowledge) (because: it differs from the schema)');
    expect(renderPlan(plan(d, matchingSite(d)), d, 'ja')).toContain('変更はありません');
  });
});
