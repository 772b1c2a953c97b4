import { ALL_LISTS, caml, FaqList, IListDef, IssuesList, IViewDef, ServicesList, unsafeViews, viewSafety } from '../../../src/schema';

const F = FaqList.fields;
const view = (query: string): IViewDef => ({ key: 'probe', fileName: 'Probe', title: { ja: '試験', en: 'Probe' }, fields: ['LinkTitle'], rowLimit: 50, query });
const check = (list: IListDef, query: string) => viewSafety(list, view(query));

describe('every view of every list stays usable on a 100,000-item list (src/schema/viewSafety.ts)', () => {
  test('no view of the schema breaks the rule', () => {
    expect(unsafeViews(ALL_LISTS)).toEqual([]);
  });

  test.each(ALL_LISTS.map((l) => [l.key, l] as const))('%s: each view rests on an indexed order, [Me] or a unique match', (_k, list) => {
    for (const v of list.views) expect(viewSafety(list, v)).toMatchObject({ safe: true });
  });

  test('the list-wide default views are unfiltered and ordered by one indexed column', () => {
    expect(viewSafety(FaqList, FaqList.views[0])).toEqual({ safe: true, basis: 'indexedOrder', column: F.category.internalName });
    expect(viewSafety(ServicesList, ServicesList.views[0])).toEqual({ safe: true, basis: 'indexedOrder', column: ServicesList.fields.category.internalName });
    expect(viewSafety(FaqList, FaqList.views.filter((v) => v.key === 'reviewDue')[0])).toEqual({ safe: true, basis: 'perPerson', column: F.owner.internalName });
  });
});

describe('what the rule refuses, and why', () => {
  test('an equality on an indexed status (the old 公開中 view): 5,001 published entries break it', () => {
    const s = check(FaqList, caml.query(caml.eq(F.status.internalName, 'Choice', '公開'), [[F.category.internalName, 'asc']]));
    expect(s).toMatchObject({ safe: false });
    expect(!s.safe && s.problem).toContain('can match any number of items');
  });

  test('a date window, even a closed one, on an indexed date: any number of items can share the dates', () => {
    expect(check(FaqList, caml.query(caml.onOrBeforeToday(F.nextReview.internalName, 14), [[F.nextReview.internalName, 'asc']])).safe).toBe(false);
    const DUE = IssuesList.fields.dueDate.internalName;
    expect(check(IssuesList, caml.query(caml.and(caml.onOrAfterToday(DUE, 0), caml.onOrBeforeToday(DUE, 7)), [[DUE, 'asc']])).safe).toBe(false);
  });

  test('a flag, a <>, a Not In and an Or are not bounded', () => {
    const I = IssuesList.fields;
    expect(check(IssuesList, caml.query(caml.isTrue(I.pendingChange.internalName), [['ID', 'desc']])).safe).toBe(false);
    expect(check(IssuesList, caml.query(caml.neq(I.status.internalName, 'Choice', '完了'), [['ID', 'desc']])).safe).toBe(false);
    expect(check(IssuesList, caml.query(caml.notIn(I.status.internalName, 'Choice', ['完了']), [['ID', 'desc']])).safe).toBe(false);
    expect(check(IssuesList, caml.query(caml.or(caml.isMe(I.owner.internalName), caml.isTrue(I.pendingChange.internalName)), [['ID', 'desc']])).safe).toBe(false);
  });

  test('[Me] only counts first: a bounded clause after an unbounded one does not help', () => {
    const I = IssuesList.fields;
    expect(check(IssuesList, caml.query(caml.and(caml.isTrue(I.pendingChange.internalName), caml.isMe(I.owner.internalName)), [['ID', 'desc']])).safe).toBe(false);
    expect(check(IssuesList, caml.query(caml.and(caml.isMe(I.owner.internalName), caml.isTrue(I.pendingChange.internalName)), [['ID', 'desc']]))).toMatchObject({ safe: true, basis: 'perPerson' });
  });

  test('a first clause on a column without an index', () => {
    expect(check(FaqList, caml.query(caml.eq(F.tags.internalName, 'Text', 'x'), [['ID', 'asc']]))).toMatchObject({ safe: false });
    expect(check(FaqList, caml.query(caml.isMe('Author'), [['ID', 'asc']]))).toMatchObject({ safe: false });
  });

  test('unfiltered views: a non-indexed sort, a person-column sort and a second sort after a non-unique column', () => {
    const I = IssuesList.fields;
    expect(check(FaqList, caml.query('', [['Modified', 'desc']])).safe).toBe(false);
    expect(check(IssuesList, caml.query('', [[I.owner.internalName, 'asc']])).safe).toBe(false);
    expect(check(IssuesList, caml.query('', [[I.status.internalName, 'asc'], [I.dueDate.internalName, 'asc']])).safe).toBe(false);
  });

  test('what it accepts: ID, a unique column with a tie-break, an equality on a unique column, no order at all', () => {
    const S = ServicesList.fields;
    expect(check(ServicesList, caml.query('', [['ID', 'desc']]))).toEqual({ safe: true, basis: 'indexedOrder', column: 'ID' });
    expect(check(ServicesList, caml.query('', [[S.code.internalName, 'asc'], [S.category.internalName, 'asc']]))).toMatchObject({ safe: true });
    expect(check(ServicesList, caml.query(caml.eq(S.code.internalName, 'Text', 'SVC-1'), [[S.category.internalName, 'asc']]))).toEqual({ safe: true, basis: 'uniqueMatch', column: S.code.internalName });
    expect(check(ServicesList, '')).toEqual({ safe: true, basis: 'indexedOrder', column: 'ID' });
  });
});
