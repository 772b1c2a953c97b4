/**
 * Japanese-aware matching for the FAQ and knowledge search. SharePoint's `substringof` compares text as stored, so
 * the server narrows by the raw term and this module ranks the page: full-width letters and digits fold to ASCII,
 * katakana to hiragana, case is ignored, and every term must occur somewhere in the entry.
 */

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;
const KATAKANA_START = 0x30a1;
const KATAKANA_END = 0x30f6;

/** Folds width, kana and case so 「ＰＣ」「pc」 or 「パスワード」「ぱすわーど」 compare equal (half-width kana are left as typed). */
export function normalizeSearchText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else if (c >= KATAKANA_START && c <= KATAKANA_END) out += String.fromCharCode(c - 0x60);
    else out += text.charAt(i);
  }
  return out.toLowerCase();
}

/** The terms of a query: split on ASCII and ideographic spaces and 、, duplicates removed. */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const raw of normalizeSearchText(query).split(/[\s、,]+/)) {
    const t = raw.trim();
    if (t && terms.indexOf(t) < 0) terms.push(t);
  }
  return terms;
}

/**
 * The one term the server filters on: the longest one as the user typed it (the server does not fold kana or
 * width, so the raw spelling matches what was stored most often). Undefined for an empty query.
 */
export function serverSearchTerm(query: string): string | undefined {
  let best: string | undefined;
  for (const raw of query.split(/[\s\u3000、,]+/)) {
    const t = raw.trim();
    if (t && (!best || t.length > best.length)) best = t;
  }
  return best;
}

function mapChars(text: string, from: number, to: number, delta: number): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c >= from && c <= to ? String.fromCharCode(c + delta) : text.charAt(i);
  }
  return out;
}

/**
 * Spellings of a term for the server's `substringof`, which matches text as stored: as typed, in katakana, in
 * hiragana and with full-width letters and digits made half-width. 「ぱすわーど」 then finds 「パスワード」.
 */
export function searchVariants(term: string): string[] {
  const variants = [
    term,
    mapChars(term, 0x3041, 0x3096, 0x60),
    mapChars(term, KATAKANA_START, KATAKANA_END, -0x60),
    mapChars(term, FULLWIDTH_START, FULLWIDTH_END, -0xfee0)
  ];
  return variants.filter((v, i) => variants.indexOf(v) === i);
}

export interface ISearchable {
  question: string;
  /** Plain text (rich text stripped by the caller). */
  answer: string;
  tags: string[];
  category?: string;
}

const WEIGHTS = { question: 5, tags: 3, category: 2, answer: 1 };

function count(haystack: string, needle: string): number {
  let n = 0;
  let at = haystack.indexOf(needle);
  while (at >= 0 && n < 10) {
    n++;
    at = haystack.indexOf(needle, at + needle.length);
  }
  return n;
}

/** Relevance of one entry; 0 when some term occurs nowhere (every term must match). */
export function relevance(entry: ISearchable, terms: ReadonlyArray<string>): number {
  if (terms.length === 0) return 1;
  const question = normalizeSearchText(entry.question);
  const answer = normalizeSearchText(entry.answer);
  const tags = normalizeSearchText(entry.tags.join(' '));
  const category = normalizeSearchText(entry.category || '');
  let score = 0;
  for (const term of terms) {
    const s =
      WEIGHTS.question * count(question, term) +
      WEIGHTS.tags * count(tags, term) +
      WEIGHTS.category * count(category, term) +
      WEIGHTS.answer * Math.min(3, count(answer, term));
    if (s === 0) return 0;
    score += s;
  }
  // A question that starts with the first term is what the user was most likely looking for.
  if (question.indexOf(terms[0]) === 0) score += WEIGHTS.question;
  return score;
}

/** Entries matching every term, best first; ties keep the input order (the server's order). */
export function rankBySearch<T>(entries: ReadonlyArray<T>, query: string, toSearchable: (entry: T) => ISearchable): T[] {
  const terms = searchTerms(query);
  const scored: Array<{ entry: T; score: number; index: number }> = [];
  entries.forEach((entry, index) => {
    const score = relevance(toSearchable(entry), terms);
    if (score > 0) scored.push({ entry, score, index });
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.map((s) => s.entry);
}

/** Tags as stored in the single-line tags column: separated by comma, 、, ; or spaces. */
export function parseTags(value: string | undefined): string[] {
  if (!value) return [];
  const tags: string[] = [];
  for (const raw of value.split(/[,、;；\s\u3000]+/)) {
    const t = raw.trim();
    if (t && tags.indexOf(t) < 0) tags.push(t);
  }
  return tags;
}

export function formatTags(tags: ReadonlyArray<string>): string {
  return tags.join(', ');
}

/** Rich text to plain text for matching and excerpts (the rendered answer is sanitized separately). */
export function plainText(html: string | undefined): string {
  if (!html) return '';
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/p>|<\/li>|<\/div>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/**
 * The server-searchable copy of an entry: question, tags and the start of the answer in one single-line text
 * (SharePoint cannot `$filter` multi-line text columns), cut to the column's length.
 */
export function searchTextOf(entry: ISearchable, maxLength: number = 255): string {
  const text = [entry.tags.join(' '), plainText(entry.answer).replace(/\n/g, ' ')].join(' ').trim();
  return text.length > maxLength ? text.slice(0, maxLength) : text;
}
