import { applyIssueTransition, decideProposal, pendingProposalFor, proposeChange } from '../../../src/domain/issues';
import { IIssue } from '../../../src/domain/entities';
import { actors, makeIssue, users } from './fixtures';

const now = new Date('2026-06-10T03:00:00Z'); // 2026-06-10 12:00 JST

function proposed(issue: IIssue = makeIssue()): IIssue {
  const result = proposeChange(issue, 'dueDate', '2026-08-31', '性能検証に追加の期間が必要なため', actors.vendorA, now);
  if (!result.ok) {
    throw new Error(result.message.en);
  }
  return result.value.issue;
}

describe('governed changes (§8)', () => {
  test('a proposal is recorded as pending and the agreed value stays in force', () => {
    const issue = proposed();
    expect(issue.dueDate).toBe('2026-07-31');
    expect(pendingProposalFor(issue, 'dueDate')?.proposedValue).toBe('2026-08-31');
    expect(issue.proposals[0].status).toBe('pending');
  });

  test('approval by the approver applies the value', () => {
    const issue = proposed();
    const result = decideProposal(issue, issue.proposals[0].id, 'approved', actors.ict, now);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.dueDate).toBe('2026-08-31');
      expect(result.value.proposals[0].status).toBe('approved');
      expect(result.value.proposals[0].decidedBy).toEqual(users.ict);
    }
  });

  test('the proposer cannot approve their own proposal, even holding the approver role', () => {
    const result = proposeChange(makeIssue(), 'owner', users.ict2, '担当替えのため', actors.ict, now);
    if (!result.ok) {
      throw new Error('proposal refused');
    }
    const decided = decideProposal(result.value.issue, result.value.proposal.id, 'approved', actors.ict, now);
    expect(!decided.ok && decided.code).toBe('ownProposal');
    const byColleague = decideProposal(result.value.issue, result.value.proposal.id, 'approved', actors.ict2, now);
    expect(byColleague.ok && byColleague.value.owner).toEqual(users.ict2);
  });

  test.each([
    ['a vendor', actors.vendorA2],
    ['a department user', actors.staffA],
  ])('%s is not the approver of a dedicated-area issue', (_, decider) => {
    const issue = proposed();
    const result = decideProposal(issue, issue.proposals[0].id, 'approved', decider, now);
    expect(!result.ok && result.code).toBe('notApprover');
    expect(!result.ok && result.message.ja).toBe('この課題の変更を承認できるのはICTセンターです。');
  });

  test('in the shared area the department approves and the ICT center does not', () => {
    const issue = proposed(makeIssue({ area: 'sharedArea' }));
    expect(decideProposal(issue, issue.proposals[0].id, 'approved', actors.ict, now).ok).toBe(false);
    expect(decideProposal(issue, issue.proposals[0].id, 'approved', actors.staffB, now).ok).toBe(true);
  });

  test('a second pending proposal on the same field is refused; another field is fine', () => {
    const issue = proposed();
    const second = proposeChange(issue, 'dueDate', '2026-09-30', 'さらに延長', actors.vendorA2, now);
    expect(!second.ok && second.code).toBe('pendingExists');
    expect(proposeChange(issue, 'policy', '設定変更で対応する', '調査の結果', actors.vendorA2, now).ok).toBe(true);
  });

  test('rejection needs a comment and leaves the value unchanged', () => {
    const issue = proposed();
    const id = issue.proposals[0].id;
    expect(decideProposal(issue, id, 'rejected', actors.ict, now).ok).toBe(false);
    const rejected = decideProposal(issue, id, 'rejected', actors.ict, now, { comment: '期限内に対応してください' });
    expect(rejected.ok && rejected.value.dueDate).toBe('2026-07-31');
    expect(rejected.ok && rejected.value.proposals[0].decisionComment).toBe('期限内に対応してください');
    const again = rejected.ok ? decideProposal(rejected.value, id, 'approved', actors.ict2, now) : rejected;
    expect(!again.ok && again.code).toBe('notPending');
  });

  test('reason required, past dates and unchanged values refused, with field errors', () => {
    const noReason = proposeChange(makeIssue(), 'dueDate', '2026-08-31', '  ', actors.vendorA, now);
    expect(!noReason.ok && noReason.errors?.map((e) => [e.field, e.code])).toEqual([['reason', 'required']]);
    expect(!noReason.ok && noReason.errors?.[0].message.ja).toBe('変更理由を入力してください。');
    const past = proposeChange(makeIssue(), 'dueDate', '2026-06-09', '前倒し', actors.vendorA, now);
    expect(!past.ok && past.errors?.[0].code).toBe('dateInPast');
    const same = proposeChange(makeIssue(), 'owner', users.vendorA, '念のため', actors.vendorA, now);
    expect(!same.ok && same.errors?.[0].code).toBe('unchanged');
  });

  test('roles not involved in the area cannot propose; closed issues cannot be changed', () => {
    const aws = proposeChange(makeIssue({ area: 'awsService' }), 'policy', '別案', '理由', actors.vendorA, now);
    expect(!aws.ok && aws.code).toBe('notInvolved');
    const otherVendor = proposeChange(makeIssue(), 'policy', '別案', '理由', actors.vendorB, now);
    expect(!otherVendor.ok && otherVendor.code).toBe('notInvolved');
    const closed = proposeChange(makeIssue({ status: 'closed' }), 'policy', '別案', '理由', actors.ict, now);
    expect(!closed.ok && closed.code).toBe('issueClosed');
  });

  test('an issue with a pending change cannot be closed', () => {
    const issue = { ...proposed(), status: 'resolved' as const };
    const result = applyIssueTransition(issue, 'closed', actors.ict, now);
    expect(!result.ok && result.code).toBe('pendingProposal');
  });
});
