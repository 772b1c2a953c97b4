/**
 * The sandbox's $filter module on its own (parser → AST → evaluator / SQL). The contract behaviour is asserted
 * through PnPjs in sp-core.test.ts; this pins the grammar SPO accepts (sharepoint-rest.md §9.1).
 */
import { conjuncts, evaluate, parseFilter, toSql, FilterSyntaxError } from '../../../sandbox/src/odata/filter';

const row: Record<string, unknown> = { Title: "O'Brien", Qty: 5, Due: '2024-02-03T04:05:06Z', Done: true, AssignedTo: [3, 4], Author: 'Sato' };
const resolve = (p: string[]): unknown => row[p.join('/')] ?? row[p[0]] ?? null;
const ev = (f: string): boolean => evaluate(parseFilter(f), resolve);

describe('odata $filter subset (sharepoint-rest.md §9.1)', () => {
  test('comparison operators, and/or/not precedence, parentheses', () => {
    expect(ev('Qty eq 5 and Qty ne 6 and Qty lt 6 and Qty le 5 and Qty gt 4 and Qty ge 5')).toBe(true);
    expect(ev('Qty eq 1 or Qty eq 5 and Done eq 0')).toBe(false);
    expect(ev('(Qty eq 1 or Qty eq 5) and not (Done eq 0)')).toBe(true);
  });

  test("string literals with doubled quotes, startswith, substringof('x',Col)", () => {
    expect(ev("Title eq 'O''Brien'")).toBe(true);
    expect(ev("startswith(Title,'O''B')")).toBe(true);
    expect(ev("substringof('Bri',Title)")).toBe(true);
    expect(ev("substringof('Bri',Title) eq false")).toBe(false);
  });

  test("datetime'…' and plain ISO literals compare as instants; day()/month()/year()", () => {
    expect(ev("Due gt datetime'2024-02-01T00:00:00Z'")).toBe(true);
    expect(ev("Due lt '2024-02-03T04:05:06.001Z'")).toBe(true);
    expect(ev('year(Due) eq 2024 and month(Due) eq 2 and day(Due) eq 3')).toBe(true);
  });

  test('booleans as 1/0 or true/false; null comparisons; multi-valued fields match any value', () => {
    expect(ev('Done eq 1')).toBe(true);
    expect(ev('Done eq true')).toBe(true);
    expect(ev('Missing eq null')).toBe(true);
    expect(ev('AssignedTo eq 4')).toBe(true);
  });

  test('arithmetic, endswith and tolower are not part of the SPO subset', () => {
    expect(() => parseFilter('Qty add 1 eq 6')).toThrow(FilterSyntaxError);
    expect(() => parseFilter("endswith(Title,'n')")).toThrow(FilterSyntaxError);
  });

  test('top-level conjuncts and SQL translation of simple comparisons', () => {
    const ast = parseFilter("Bucket eq 'b1' and (Qty gt 3 or Qty lt 1) and startswith(Title,'x')");
    expect(conjuncts(ast)).toHaveLength(3);
    const params: unknown[] = [];
    const col = (p: string[]): { sql: string; kind: 'text' | 'number' } | null => (p[0] === 'Bucket' ? { sql: 'b', kind: 'text' } : p[0] === 'Qty' ? { sql: 'q', kind: 'number' } : null);
    expect(toSql(conjuncts(ast)[0], col, params)).toBe('b = ?');
    expect(toSql(conjuncts(ast)[1], col, params)).toBe('(q > ? OR q < ?)');
    expect(toSql(conjuncts(ast)[2], col, params)).toBeNull();
    expect(params).toEqual(['b1', 3, 1]);
  });
});
