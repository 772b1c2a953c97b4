import { ListFilter } from '../../../src/data/odataFilter';
import { monthRange, queueOData } from '../../../src/data/inquiries';
import { InquiriesList } from '../../../src/schema';

const f = new ListFilter(InquiriesList);
const F = InquiriesList.fields;
const NOW = new Date('2026-11-25T01:00:00.000Z');
const OPEN = `(${F.status.internalName} eq '受付') or (${F.status.internalName} eq '割当済') or (${F.status.internalName} eq '一次回答済') or (${F.status.internalName} eq '回答待ち')`;

describe('queueOData: the leftmost clause is always indexed and narrow; sorting only on indexed dates', () => {
  test('mine: the requester first', () => {
    const q = queueOData(f, { scope: 'mine', userId: 11, status: 'open', sort: 'receivedDesc', pageSize: 50 }, NOW);
    expect(q.filter).toBe(`(${F.requester.internalName}Id eq 11) and (${OPEN})`);
    expect(q.orderBy).toEqual([['receivedAt', false]]);
  });

  test('assigned to me / my vendor: the open statuses first, then the person or vendor', () => {
    expect(queueOData(f, { scope: 'assignedToMe', userId: 21, status: 'open', sort: 'dueAsc', pageSize: 50 }, NOW).filter).toBe(
      `(${OPEN}) and (${F.assignee.internalName}Id eq 21)`
    );
    const vendor = queueOData(f, { scope: 'myVendor', userId: 21, vendorKey: "o'hara", status: 'assigned', sort: 'dueAsc', pageSize: 50 }, NOW);
    expect(vendor.filter).toBe(`(${F.status.internalName} eq '割当済') and (${F.vendorKey.internalName} eq 'o''hara')`);
    expect(vendor.orderBy).toEqual([['firstResponseDue', true]]);
  });

  test('a status that grows without bound outside "mine" is limited to a month of receipt, the current one by default (JST)', () => {
    const { from, to } = monthRange('2026-11');
    expect(from.toISOString()).toBe('2026-10-31T15:00:00.000Z');
    expect(to.toISOString()).toBe('2026-11-30T15:00:00.000Z');
    expect(queueOData(f, { scope: 'all', userId: 0, status: 'closed', sort: 'receivedDesc', pageSize: 50 }, NOW).filter).toBe(
      `(${F.receivedAt.internalName} ge datetime'2026-10-31T15:00:00.000Z') and (${F.receivedAt.internalName} lt datetime'2026-11-30T15:00:00.000Z') and (${F.status.internalName} eq '完了')`
    );
    expect(monthRange('2026-12').to.toISOString()).toBe('2026-12-31T15:00:00.000Z');
    expect(() => monthRange('2026-13')).toThrow(RangeError);
  });

  test('search: a number matches the id, text matches the subject, always after the narrowing clauses', () => {
    expect(queueOData(f, { scope: 'all', userId: 0, status: 'open', search: '#123', sort: 'dueAsc', pageSize: 50 }, NOW).filter).toBe(`(${OPEN}) and (Id eq 123)`);
    expect(queueOData(f, { scope: 'mine', userId: 11, status: 'any', search: "プリンタ's", sort: 'receivedAsc', pageSize: 50 }, NOW).filter).toBe(
      `(${F.requester.internalName}Id eq 11) and (substringof('プリンタ''s',Title))`
    );
  });

  test('every field a queue filters or sorts on is indexed in the schema', () => {
    for (const key of ['requester', 'assignee', 'vendorKey', 'status', 'receivedAt', 'firstResponseDue']) {
      expect((InquiriesList.fields as Record<string, { indexed?: boolean }>)[key].indexed).toBe(true);
    }
  });

  test('my vendor without a vendor key is a programming error', () => {
    expect(() => queueOData(f, { scope: 'myVendor', userId: 1, status: 'open', sort: 'dueAsc', pageSize: 5 }, NOW)).toThrow(RangeError);
  });
});
