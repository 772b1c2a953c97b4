import { TimelinePipe } from '@pnp/core';
import { Queryable } from '@pnp/queryable';
import { guessMapping, IImportIssue, ownerTexts, SpIssueRepository, validateImportRows } from '../../../src/data/issues';
import { SchemaListRepository } from '../../../src/data/SchemaListRepository';
import { IssuesList } from '../../../src/schema';
import { readWorkbook } from '../../../src/webparts/issueRegister/xlsx';
import { buildIssueWorkbook } from '../../fixtures/issues/issueWorkbook';
import { createIssueSite, IIssueSite } from './support/issueSite';

const NOW = new Date('2026-05-01T10:00:00+09:00');

async function countIssues(site: IIssueSite): Promise<number> {
  return (await new SchemaListRepository(site.service, site.webUrl, IssuesList).all({ keys: ['status'] })).length;
}

describe('import of an Excel 課題管理一覧 into the sandbox: all valid rows or nothing', () => {
  let site: IIssueSite;
  beforeEach(async () => {
    site = await createIssueSite(() => NOW);
  }, 60000);
  afterEach(() => site.close());

  test('owners resolve through SharePoint; the good rows are written in one $batch and the rest are reported', async () => {
    const repo = new SpIssueRepository(site.as('ict'), site.webUrl, () => NOW);
    const sheet = await readWorkbook(await buildIssueWorkbook());
    const mapping = guessMapping(sheet.headers);
    const owners = await repo.resolveUsers(ownerTexts(sheet, mapping));
    expect(owners['tanaka.sho@midori-systems.example']).toMatchObject({ title: '田中 翔' });
    expect(owners['鈴木 一郎']).toMatchObject({ title: '鈴木 一郎' });
    expect(owners['nobody@example.invalid']).toBeUndefined();

    const results = validateImportRows(sheet, mapping, { owners }, NOW);
    const good = results.filter((r) => r.ok).map((r) => (r.ok ? r.issue : (undefined as never)));
    expect(results.filter((r) => !r.ok).map((r) => r.rowNumber)).toEqual([5, 6, 7, 9]);
    const outcome = await repo.importIssues(good);
    expect(outcome.failure).toBeUndefined();
    expect(outcome.created).toHaveLength(3);
    const first = await repo.get(outcome.created[0]);
    expect(first.record.issue).toMatchObject({ title: '帳票出力が遅い', area: 'dedicatedArea', status: 'inProgress', dueDate: '2026-06-30', owner: { title: '田中 翔' } });
    expect(await countIssues(site)).toBe(3);
  }, 60000);

  test('when a $batch fails mid-way, what was written is deleted again and the failure is reported', async () => {
    const owner = { id: await site.userId('staffA'), title: '鈴木 一郎' };
    const rows: IImportIssue[] = [];
    for (let i = 1; i <= 130; i++) rows.push({ title: `課題 ${i}`, area: 'network', priority: 'medium', owner, dueDate: '2026-06-30', status: 'open' });
    // The connection fails on the second $batch (rows 101–130): the sandbox answers 503 for it.
    let batches = 0;
    const failSecondBatch: TimelinePipe<Queryable> = (instance) => {
      instance.on.pre(async function (url: string, init: RequestInit, result: unknown) {
        if (/\$batch/.test(url) && ++batches === 2) site.sb.setThrottle({ count: 1, status: 503, match: '\\$batch' });
        return [url, init, result];
      });
      return instance;
    };
    const repo = new SpIssueRepository(site.as('ict').using(failSecondBatch), site.webUrl, () => NOW);
    const outcome = await repo.importIssues(rows);
    expect(batches).toBe(2);
    expect(outcome.failure?.kind).toBe('throttled');
    expect(outcome.created).toEqual([]);
    expect(outcome.leftBehind).toEqual([]);
    expect(await countIssues(site)).toBe(0);
  }, 60000);
});
