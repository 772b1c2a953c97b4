/**
 * The SharePoint REST `$filter` subset (OData v3 as SPO implements it for list items):
 * eq ne lt le gt ge, and or not, parentheses, startswith(Col,'x'), substringof('x',Col),
 * day()/month()/year()/hour()/minute()/second(), literals: 'text', numbers, true/false, null,
 * datetime'…' and plain ISO strings, lookup `X/Id`, `X/Title` projections.
 * (sharepoint-rest.md §9.1; "Not supported: arithmetic, endswith, tolower, substring".)
 *
 * parse → AST → evaluate(row) and, for simple comparisons, toSql (used for indexed columns).
 */

export type Literal = string | number | boolean | null;

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'cmp'; op: CmpOp; left: ValueNode; right: ValueNode }
  | { kind: 'call'; name: 'startswith' | 'substringof'; args: ValueNode[] };

export type CmpOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type ValueNode =
  | { kind: 'field'; path: string[] }
  | { kind: 'literal'; value: Literal; datetime?: boolean }
  | { kind: 'datepart'; part: 'day' | 'month' | 'year' | 'hour' | 'minute' | 'second'; arg: ValueNode };

export class FilterSyntaxError extends Error {}

type Token =
  | { t: 'ident'; v: string }
  | { t: 'string'; v: string; datetime?: boolean }
  | { t: 'number'; v: number }
  | { t: 'punct'; v: '(' | ')' | ',' }
  | { t: 'eof' };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '(' || c === ')' || c === ',') { out.push({ t: 'punct', v: c }); i++; continue; }
    if (c === "'") {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new FilterSyntaxError('Unterminated string literal');
        if (src[i] === "'") {
          if (src[i + 1] === "'") { s += "'"; i += 2; continue; }
          i++;
          break;
        }
        s += src[i++];
      }
      out.push({ t: 'string', v: s });
      continue;
    }
    const num = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlMmDdFf]?/.exec(src.slice(i));
    if (num && (c === '-' || /\d/.test(c))) {
      out.push({ t: 'number', v: parseFloat(num[0]) });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(src.slice(i));
    if (id) {
      i += id[0].length;
      // datetime'2024-01-01T00:00:00Z'
      if (/^datetime$/i.test(id[0]) && src[i] === "'") {
        const end = src.indexOf("'", i + 1);
        if (end < 0) throw new FilterSyntaxError('Unterminated datetime literal');
        out.push({ t: 'string', v: src.slice(i + 1, end), datetime: true });
        i = end + 1;
        continue;
      }
      out.push({ t: 'ident', v: id[0] });
      continue;
    }
    throw new FilterSyntaxError(`Unexpected character '${c}' at position ${i}`);
  }
  out.push({ t: 'eof' });
  return out;
}

const CMP = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);
const DATEPARTS = new Set(['day', 'month', 'year', 'hour', 'minute', 'second']);

export function parseFilter(src: string): FilterNode {
  const toks = tokenize(src);
  let p = 0;
  const peek = (): Token => toks[p];
  const next = (): Token => toks[p++];
  const isKw = (kw: string): boolean => { const t = peek(); return t.t === 'ident' && t.v.toLowerCase() === kw; };
  const expect = (v: '(' | ')' | ','): void => {
    const t = next();
    if (t.t !== 'punct' || t.v !== v) throw new FilterSyntaxError(`Expected '${v}'`);
  };

  function parseOr(): FilterNode {
    let left = parseAnd();
    while (isKw('or')) { next(); left = { kind: 'or', left, right: parseAnd() }; }
    return left;
  }
  function parseAnd(): FilterNode {
    let left = parseUnary();
    while (isKw('and')) { next(); left = { kind: 'and', left, right: parseUnary() }; }
    return left;
  }
  function parseUnary(): FilterNode {
    if (isKw('not')) { next(); return { kind: 'not', operand: parseUnary() }; }
    const t = peek();
    if (t.t === 'punct' && t.v === '(') {
      next();
      const inner = parseOr();
      expect(')');
      return inner;
    }
    if (t.t === 'ident' && /^(startswith|substringof)$/i.test(t.v) && toks[p + 1].t === 'punct') {
      next();
      expect('(');
      const a = parseValue();
      expect(',');
      const b = parseValue();
      expect(')');
      const name = t.v.toLowerCase() as 'startswith' | 'substringof';
      const call: FilterNode = { kind: 'call', name, args: [a, b] };
      // `startswith(Title,'x') eq true` is accepted too
      if (peek().t === 'ident' && CMP.has((peek() as { v: string }).v.toLowerCase())) {
        const op = (next() as { v: string }).v.toLowerCase();
        const v = parseValue();
        const truthy = v.kind === 'literal' && (v.value === true || v.value === 1);
        return (op === 'eq') === truthy ? call : { kind: 'not', operand: call };
      }
      return call;
    }
    const left = parseValue();
    const opTok = next();
    if (opTok.t !== 'ident' || !CMP.has(opTok.v.toLowerCase())) {
      throw new FilterSyntaxError('Expected a comparison operator');
    }
    const right = parseValue();
    return { kind: 'cmp', op: opTok.v.toLowerCase() as CmpOp, left, right };
  }
  function parseValue(): ValueNode {
    const t = next();
    switch (t.t) {
      case 'string': return { kind: 'literal', value: t.v, datetime: t.datetime };
      case 'number': return { kind: 'literal', value: t.v };
      case 'ident': {
        const lower = t.v.toLowerCase();
        if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true' };
        if (lower === 'null') return { kind: 'literal', value: null };
        if (DATEPARTS.has(lower) && peek().t === 'punct' && (peek() as { v: string }).v === '(') {
          next();
          const arg = parseValue();
          expect(')');
          return { kind: 'datepart', part: lower as 'day', arg };
        }
        return { kind: 'field', path: t.v.split('/') };
      }
      default: throw new FilterSyntaxError('Expected a value');
    }
  }

  const ast = parseOr();
  if (peek().t !== 'eof') throw new FilterSyntaxError('Unexpected trailing input');
  return ast;
}

/** Top-level conjuncts: `a and (b or c) and d` → [a, (b or c), d]. */
export function conjuncts(node: FilterNode): FilterNode[] {
  return node.kind === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

/** Every field path referenced by the node. */
export function fieldsOf(node: FilterNode | ValueNode): string[][] {
  switch (node.kind) {
    case 'and': case 'or': return [...fieldsOf(node.left), ...fieldsOf(node.right)];
    case 'not': return fieldsOf(node.operand);
    case 'cmp': return [...fieldsOf(node.left), ...fieldsOf(node.right)];
    case 'call': return node.args.flatMap(a => fieldsOf(a));
    case 'field': return [node.path];
    case 'datepart': return fieldsOf(node.arg);
    default: return [];
  }
}

/** Resolves a field path for a row to a comparable value (or an array for multi-valued fields). */
export type FieldResolver = (path: string[]) => unknown;

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

function normalize(v: unknown): unknown {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' && ISO.test(v)) return new Date(v).getTime();
  return v;
}

function evalValue(v: ValueNode, resolve: FieldResolver): unknown {
  switch (v.kind) {
    case 'literal': return v.value;
    case 'field': return resolve(v.path);
    case 'datepart': {
      const raw = evalValue(v.arg, resolve);
      if (raw === null || raw === undefined) return null;
      const d = new Date(raw as string);
      switch (v.part) {
        case 'day': return d.getUTCDate();
        case 'month': return d.getUTCMonth() + 1;
        case 'year': return d.getUTCFullYear();
        case 'hour': return d.getUTCHours();
        case 'minute': return d.getUTCMinutes();
        default: return d.getUTCSeconds();
      }
    }
  }
}

function coerce(a: unknown, b: unknown): [unknown, unknown] {
  let x = normalize(a);
  let y = normalize(b);
  if (typeof x === 'number' && typeof y === 'string' && y.trim() !== '' && !Number.isNaN(Number(y))) y = Number(y);
  if (typeof y === 'number' && typeof x === 'string' && x.trim() !== '' && !Number.isNaN(Number(x))) x = Number(x);
  return [x, y];
}

function compare(op: CmpOp, a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) return a.some(v => compare(op, v, b));
  const [x, y] = coerce(a, b);
  const xNull = x === null || x === undefined || x === '';
  const yNull = y === null || y === undefined;
  if (op === 'eq') return xNull && yNull ? true : x === y;
  if (op === 'ne') return !(xNull && yNull ? true : x === y);
  if (xNull || yNull) return false;
  const l = x as number | string;
  const r = y as number | string;
  switch (op) {
    case 'lt': return l < r;
    case 'le': return l <= r;
    case 'gt': return l > r;
    default: return l >= r;
  }
}

export function evaluate(node: FilterNode, resolve: FieldResolver): boolean {
  switch (node.kind) {
    case 'and': return evaluate(node.left, resolve) && evaluate(node.right, resolve);
    case 'or': return evaluate(node.left, resolve) || evaluate(node.right, resolve);
    case 'not': return !evaluate(node.operand, resolve);
    case 'cmp': return compare(node.op, evalValue(node.left, resolve), evalValue(node.right, resolve));
    case 'call': {
      const [a, b] = node.args.map(x => evalValue(x, resolve));
      if (node.name === 'startswith') return typeof a === 'string' && typeof b === 'string' && a.startsWith(b);
      // substringof('needle', Haystack)
      return typeof a === 'string' && typeof b === 'string' && b.includes(a);
    }
  }
}

/**
 * SQL for a comparison on a column expression, or null when the node cannot be translated.
 * `column(path)` returns the SQL expression for a field path (or null when not translatable).
 */
export function toSql(
  node: FilterNode,
  column: (path: string[]) => { sql: string; kind: 'text' | 'number' | 'date' | 'bool' } | null,
  params: unknown[],
): string | null {
  switch (node.kind) {
    case 'and': case 'or': {
      const l = toSql(node.left, column, params);
      const r = l === null ? null : toSql(node.right, column, params);
      return l === null || r === null ? null : `(${l} ${node.kind.toUpperCase()} ${r})`;
    }
    case 'not': {
      const inner = toSql(node.operand, column, params);
      return inner === null ? null : `(NOT ${inner})`;
    }
    case 'cmp': {
      let { left, right, op } = node;
      if (left.kind === 'literal' && right.kind === 'field') {
        [left, right] = [right, left];
        op = ({ lt: 'gt', le: 'ge', gt: 'lt', ge: 'le', eq: 'eq', ne: 'ne' } as const)[op];
      }
      if (left.kind !== 'field' || right.kind !== 'literal') return null;
      const col = column(left.path);
      if (!col) return null;
      let value: unknown = right.value;
      if (value === null) {
        if (op === 'eq') return `${col.sql} IS NULL`;
        if (op === 'ne') return `${col.sql} IS NOT NULL`;
        return null;
      }
      if (col.kind === 'bool') value = value === true || value === 1 || value === '1' ? 1 : 0;
      else if (col.kind === 'number') {
        value = Number(value);
        if (Number.isNaN(value)) return null;
      } else if (col.kind === 'date') {
        const d = new Date(String(value));
        if (Number.isNaN(d.getTime())) return null;
        value = d.toISOString().replace(/\.\d{3}Z$/, 'Z');
      } else if (typeof value !== 'string') value = String(value);
      const sqlOp = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' }[op];
      params.push(value);
      return op === 'ne' ? `(${col.sql} IS NULL OR ${col.sql} <> ?)` : `${col.sql} ${sqlOp} ?`;
    }
    default: return null;
  }
}
