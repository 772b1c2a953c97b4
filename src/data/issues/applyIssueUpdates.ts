import { applyIssueTransition, IActor } from '../../domain';
import { IssuesList, IssueUpdatesList } from '../../schema';
import { WriteValues } from '../fieldValues';
import { SPFI } from '../pnp';
import { SchemaListRepository } from '../SchemaListRepository';
import { statusValues, toIssue, toIssueUpdate } from './issueMapping';

/** What one run of {@link applyIssueUpdates} did. */
export interface IApplyUpdatesResult {
  applied: number[];
  refused: number[];
}

/**
 * For the notifier (service identity, which may write every issue): applies the progress notes and status
 * changes that people who only read an issue reported in 課題対応記録. A status change goes through the
 * domain's transition table with the author's roles (so a vendor cannot close an issue this way either); a
 * refused one is marked with the reason instead of being applied. Reads only unapplied records (indexed).
 * `actorOf` maps the record's author (site user id) to their roles, from the opsdesk groups.
 */
export async function applyIssueUpdates(
  sp: SPFI,
  webServerRelativeUrl: string,
  actorOf: (userId: number) => Promise<IActor>,
  now: Date
): Promise<IApplyUpdatesResult> {
  const issues = new SchemaListRepository(sp, webServerRelativeUrl, IssuesList);
  const updates = new SchemaListRepository(sp, webServerRelativeUrl, IssueUpdatesList);
  const pending = await updates.all({ filter: updates.filter.eq('applied', false), orderBy: [['id', true]] });
  const result: IApplyUpdatesResult = { applied: [], refused: [] };
  for (const item of pending) {
    const update = toIssueUpdate(item);
    const issueItem = await issues.get(update.issueId);
    const issue = toIssue(issueItem);
    const values: WriteValues = {};
    let refusal: string | undefined;
    if (update.newStatus && update.newStatus !== issue.status) {
      const actor = await actorOf(item.authorId || 0);
      const moved = applyIssueTransition(issue, update.newStatus, actor, now);
      if (moved.ok) Object.assign(values, statusValues(moved.value));
      else refusal = moved.message.ja;
    }
    if (update.note && !refusal) values.progress = update.note;
    if (!refusal && Object.keys(values).length > 0) await issues.update(issue.id, issueItem.etag || '*', values);
    await updates.update(item.id, item.etag || '*', refusal ? { applied: true, refusal } : { applied: true, appliedAt: now.toISOString() });
    (refusal ? result.refused : result.applied).push(item.id);
  }
  return result;
}

