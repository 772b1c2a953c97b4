/**
 * provision apply against the sandbox through the real PnPjs client. SharePoint facts relied on: lists are
 * addressable by URL (GetList), fields by internal name, views by id; breakroleinheritance(copy=true) copies
 * the parent's assignments; $batch answers each part on its own; 429 carries Retry-After.
 */
import { IssuesList, KnowledgeList } from '../../../src/schema';
import { applySite, buildDesired, plan, ProvisioningError, provisionSite, readSite, SimulatedCrash } from '../../../provisioning/src';
import { verify } from '../../../provisioning/src/verify';
import { FailAfterWrites } from '../../../provisioning/src/pnp';
import { countedSp, demoConfig, demoDesired, demoRoster, freshSandbox } from './helpers';

jest.setTimeout(120000);

const SITE = '/sites/opsdesk';

describe('provision apply (sandbox)', () => {
  test('the demo site is provisioned on a fresh site, verify passes, and applying again sends zero write requests', async () => {
    const sb = freshSandbox();
    try {
      const d = demoDesired();
      const { sp, counts, reset } = countedSp(sb);
      const first = await applySite(sp, d);
      expect(first.results.filter((r) => r.status === 'failed')).toEqual([]);
      expect(first.remaining.steps).toEqual([]);
      expect(first.written).toBeGreaterThan(200);
      expect(counts.http).toBeLessThan(40);

      const report = await verify(sp, d);
      expect(report.groups.filter((c) => c.status !== 'ok')).toEqual([]);
      expect(report.users.filter((u) => u.status !== 'ok')).toEqual([]);
      expect(report.ok).toBe(true);

      reset();
      const second = await applySite(sp, d);
      expect(second.written).toBe(0);
      expect(counts.writes).toBe(0);
      // the whole site is read in one $batch
      expect(counts.http).toBe(1);
    } finally {
      sb.close();
    }
  });

  test('every opsdesk group is owned by the configured owner group (the ICT center)', async () => {
    const sb = freshSandbox();
    try {
      const d = demoDesired();
      const { sp } = countedSp(sb);
      await applySite(sp, d);
      const ict = d.groups.find((g) => g.key === 'ictCenter')!.title;
      for (const g of d.groups) expect((await sp.web.siteGroups.getByName(g.title).select('OwnerTitle')()).OwnerTitle).toBe(ict);
    } finally {
      sb.close();
    }
  });

  test('hand-made drift (deleted column, extra grant, renamed view, renamed list) shows in plan and apply repairs it in place', async () => {
    const sb = freshSandbox();
    try {
      const d = demoDesired();
      const { sp, counts, reset } = countedSp(sb);
      await applySite(sp, d);
      const issues = sp.web.getList(`${SITE}/${IssuesList.url}`);
      const knowledge = sp.web.getList(`${SITE}/${KnowledgeList.url}`);
      const overdue = (await issues.views()).find((v: { ServerRelativeUrl: string }) => /\/Overdue\.aspx$/.test(v.ServerRelativeUrl)) as { Id: string };
      const knowledgeId = (await knowledge.select('Id')()).Id as string;
      const csp = d.groups.find((g) => g.key === 'csp')!;
      const cspId = (await sp.web.siteGroups.getByName(csp.title)()).Id;
      const contribute = (await sp.web.roleDefinitions.getByType(3)()).Id;

      await issues.fields.getByInternalNameOrTitle(IssuesList.fields.policy.internalName).delete();
      await knowledge.roleAssignments.add(cspId, contribute);
      await issues.views.getById(overdue.Id).update({ Title: '期限切れ（手作業）' });
      await knowledge.update({ Title: 'Knowledge (renamed by hand)' });

      const drift = plan(d, await readSite(sp, d));
      expect(drift.steps.map((s) => `${s.kind}:${'listKey' in s ? s.listKey : ''}:${'scope' in s && s.scope.kind === 'list' ? s.scope.listKey : ''}`).sort()).toEqual([
        'createField:issues:', 'removeRoleAssignment::knowledge', 'updateList:knowledge:', 'updateView:issues:'
      ]);
      expect(drift.steps.find((s) => s.kind === 'removeRoleAssignment')).toMatchObject({ groupKey: 'csp', roleDefId: contribute, reason: 'notInSchema' });

      reset();
      const repaired = await applySite(sp, d);
      expect(repaired.written).toBe(4);
      expect(counts.writes).toBeLessThanOrEqual(6);
      expect(plan(d, await readSite(sp, d)).steps).toEqual([]);
      // repaired in place: the same view and the same list, not new ones
      const view = await issues.views.getById(overdue.Id)();
      expect(view.Title).toBe(IssuesList.views.find((v) => v.key === 'overdue')!.title.ja);
      expect((await knowledge.select('Id', 'Title')()).Id).toBe(knowledgeId);
      expect((await sp.web.lists.select('Title')()).filter((l: { Title: string }) => l.Title === KnowledgeList.title.ja)).toHaveLength(1);
      const policy = await issues.fields.getByInternalNameOrTitle(IssuesList.fields.policy.internalName)();
      expect(policy.Title).toBe(IssuesList.fields.policy.title.ja);
    } finally {
      sb.close();
    }
  });

  test('an apply killed half-way is completed by the next run, which re-reads the site and plans the rest', async () => {
    const sb = freshSandbox();
    try {
      const d = demoDesired();
      // let three write requests through (round 1 and the first $batch of round 2), then "kill" the process
      const crashing = countedSp(sb, { app: true }, [FailAfterWrites(3)]);
      await expect(applySite(crashing.sp, d)).rejects.toBeInstanceOf(SimulatedCrash);

      const { sp, counts, reset } = countedSp(sb);
      const left = plan(d, await readSite(sp, d));
      const kinds = new Set(left.steps.map((s) => s.kind));
      expect(kinds.has('createGroup')).toBe(false);
      expect(kinds.has('createList')).toBe(false);
      expect(kinds.has('addRoleAssignment')).toBe(true);
      const total = plan(d, await readSite(countedSp(freshSandbox()).sp, d)).steps.length;
      expect(left.steps.length).toBeLessThan(total);

      const resumed = await applySite(sp, d);
      expect(resumed.results.filter((r) => r.status === 'failed')).toEqual([]);
      expect(resumed.remaining.steps).toEqual([]);
      expect((await verify(sp, d)).ok).toBe(true);
      reset();
      expect((await applySite(sp, d)).written).toBe(0);
      expect(counts.writes).toBe(0);
    } finally {
      sb.close();
    }
  });

  test('429 answers are retried after their Retry-After', async () => {
    const sb = freshSandbox();
    try {
      const waits: number[] = [];
      const { sp, counts } = countedSp(sb, { app: true }, [], { onRetry: (status, ms) => waits.push(status, ms) });
      sb.setThrottle({ count: 2, status: 429, retryAfterSeconds: 1 });
      const started = Date.now();
      const d = demoDesired();
      const actual = await readSite(sp, d);
      expect(Object.values(actual.lists).every((l) => l === null)).toBe(true);
      expect(waits).toEqual([429, 1000, 429, 1000]);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
      expect(counts.http).toBe(3);
    } finally {
      sb.close();
    }
  });

  test('a roster guest who cannot be resolved stops the run with a clear error before anything is written', async () => {
    const sb = freshSandbox();
    try {
      const config = demoConfig();
      const roster = { ...demoRoster(config), 'vendor:sakura-its': ['nobody_sakura-its.example#EXT#@midoriku.onmicrosoft.com'] };
      const { sp } = countedSp(sb);
      const error = await provisionSite(sp, { config, roster }).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ProvisioningError);
      expect((error as ProvisioningError).message).toContain('nobody_sakura-its.example#EXT#@midoriku.onmicrosoft.com');
      expect((error as ProvisioningError).message).toContain('invite them to the tenant');
      expect((error as ProvisioningError).unresolved).toEqual(['nobody_sakura-its.example#EXT#@midoriku.onmicrosoft.com']);
      const after = plan(buildDesired(config, roster), await readSite(sp, buildDesired(config, roster)));
      expect(after.steps.filter((s) => s.kind === 'createGroup')).toHaveLength(buildDesired(config).groups.length);
    } finally {
      sb.close();
    }
  });
});
