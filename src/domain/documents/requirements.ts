import { IRefusal, ISuccess, refusal, success } from '../common/result';
import { IDocumentRequirementRef } from '../entities/documentRecord';

/**
 * One change, incident fix or issue that requires a document's update (§7 文書更新), and whether the update
 * was made: `satisfied` names the document version that made it.
 */
export interface IDocumentRequirement {
  ref: IDocumentRequirementRef;
  satisfied?: { version: string; on: string };
}

const PREFIX: Record<IDocumentRequirementRef['kind'], string> = { change: 'CHG', incident: 'INC', issue: 'ISS' };

/** 'CHG-12', 'INC-3', 'ISS-40': how a requirement is written in the register until the change/incident lists exist. */
export function requirementKey(ref: IDocumentRequirementRef): string {
  return `${PREFIX[ref.kind]}-${ref.id}`;
}

function kindOfPrefix(prefix: string): IDocumentRequirementRef['kind'] | undefined {
  const p = prefix.toUpperCase();
  if (p === 'CHG') return 'change';
  if (p === 'INC') return 'incident';
  if (p === 'ISS') return 'issue';
  return undefined;
}

const ENTRY = /^([A-Za-z]{3})-(\d+)(?:=([0-9.]+)@(\d{4}-\d{2}-\d{2}))?$/;

/**
 * Reads the register's "更新を要する変更・障害" text: entries separated by `;` or new lines, each `CHG-12`
 * (outstanding) or `CHG-12=3.0@2026-11-20` (done by version 3.0 on that day). Unknown entries are refused rather
 * than dropped, so a typo cannot silently release a change.
 */
export function parseRequirements(text: string | undefined): ISuccess<IDocumentRequirement[]> | IRefusal<'malformed'> {
  const out: IDocumentRequirement[] = [];
  if (!text) return success(out);
  for (const raw of text.split(/[;\n；]+/)) {
    const entry = raw.trim();
    if (!entry) continue;
    const m = ENTRY.exec(entry);
    const kind = m ? kindOfPrefix(m[1]) : undefined;
    if (!m || !kind) {
      return refusal(
        'malformed',
        `「${entry}」は変更・障害の参照として読めません（例: CHG-12、INC-3）。`,
        `"${entry}" is not a change or incident reference (e.g. CHG-12, INC-3).`
      );
    }
    const requirement: IDocumentRequirement = { ref: { kind, id: Number(m[2]) } };
    if (m[3] && m[4]) requirement.satisfied = { version: m[3], on: m[4] };
    const existing = out.filter((r) => r.ref.kind === kind && r.ref.id === requirement.ref.id)[0];
    if (existing) {
      if (requirement.satisfied) existing.satisfied = requirement.satisfied;
    } else {
      out.push(requirement);
    }
  }
  return success(out);
}

export function formatRequirements(requirements: ReadonlyArray<IDocumentRequirement>): string {
  return requirements
    .map((r) => (r.satisfied ? `${requirementKey(r.ref)}=${r.satisfied.version}@${r.satisfied.on}` : requirementKey(r.ref)))
    .join('; ');
}

export function outstanding(requirements: ReadonlyArray<IDocumentRequirement>): IDocumentRequirement[] {
  return requirements.filter((r) => !r.satisfied);
}

/** The register's "update pending" flag follows the requirements: pending while any is outstanding. */
export function isUpdatePending(requirements: ReadonlyArray<IDocumentRequirement>): boolean {
  return outstanding(requirements).length > 0;
}

/** A change or incident starts requiring the document (again, when a later change needs another revision). */
export function requireUpdate(requirements: ReadonlyArray<IDocumentRequirement>, ref: IDocumentRequirementRef): IDocumentRequirement[] {
  const rest = requirements.filter((r) => !(r.ref.kind === ref.kind && r.ref.id === ref.id));
  return rest.concat([{ ref: { kind: ref.kind, id: ref.id } }]);
}

/**
 * A new version was uploaded: the listed outstanding requirements (all of them when `refs` is omitted) are
 * satisfied by that version. Requirements already satisfied keep the version that satisfied them.
 */
export function satisfyRequirements(
  requirements: ReadonlyArray<IDocumentRequirement>,
  version: string,
  on: string,
  refs?: ReadonlyArray<IDocumentRequirementRef>
): IDocumentRequirement[] {
  return requirements.map((r) => {
    if (r.satisfied) return r;
    const chosen = !refs || refs.some((x) => x.kind === r.ref.kind && x.id === r.ref.id);
    return chosen ? { ref: r.ref, satisfied: { version, on } } : r;
  });
}

/** A document as the completion gate sees it. */
export interface IGatedDocument {
  id: number;
  number: string;
  title: string;
  requirements: ReadonlyArray<IDocumentRequirement>;
}

/**
 * §7: 「システム変更・文書更新の完了をもって変更管理対応を完了とする」. A change (or an incident's permanent fix)
 * may complete only when every document that lists it has been updated for it. The change register calls this
 * with the documents whose requirements mention the change (query: requiredBy contains its key).
 */
export function completionGate(
  ref: IDocumentRequirementRef,
  documents: ReadonlyArray<IGatedDocument>
): ISuccess<{ updated: IGatedDocument[] }> | (IRefusal<'documentsPending'> & { pending: IGatedDocument[] }) {
  const pending: IGatedDocument[] = [];
  const updated: IGatedDocument[] = [];
  for (const doc of documents) {
    const mine = doc.requirements.filter((r) => r.ref.kind === ref.kind && r.ref.id === ref.id)[0];
    if (!mine) continue;
    if (mine.satisfied) updated.push(doc);
    else pending.push(doc);
  }
  if (pending.length === 0) return success({ updated });
  const names = pending.map((d) => `${d.number} ${d.title}`).join('、');
  const base = refusal(
    'documentsPending',
    `${requirementKey(ref)} は、次の文書の更新が終わるまで完了にできません: ${names}`,
    `${requirementKey(ref)} cannot complete until these documents are updated: ${names}`
  );
  return { ...base, pending };
}
