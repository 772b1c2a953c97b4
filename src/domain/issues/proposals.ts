import { hasAnyRole, hasRole, IActor, sameUser } from '../common/actor';
import { Outcome, refusal, success } from '../common/result';
import { IIssue } from '../entities/issue';
import { IGovernedValues, IProposal } from '../entities/proposal';
import { approverFor, involvedRoles, IRoleMatrix, ROLE_MATRIX } from '../roles/roleMatrix';
import { GOVERNED_FIELD_LABELS, GovernedField } from '../vocabulary/governedField';
import { ROLE_LABELS } from '../vocabulary/roleKey';
import { validateProposal } from '../validation/validateProposal';
import { IFieldError } from '../validation/validationResult';

/** Why a proposal could not be made. */
export type ProposeRefusalCode = 'invalid' | 'notInvolved' | 'pendingExists' | 'issueClosed';

/** Why a decision could not be recorded. */
export type DecideRefusalCode = 'proposalNotFound' | 'notPending' | 'notApprover' | 'ownProposal' | 'commentRequired';

/** A refused proposal carries the field errors so the form can show them in place. */
export type ProposeOutcome = Outcome<{ issue: IIssue; proposal: IProposal }, ProposeRefusalCode> & { errors?: IFieldError[] };

/** The pending proposal on a field, if any. */
export function pendingProposalFor(issue: IIssue, field: GovernedField): IProposal | undefined {
  for (const p of issue.proposals) {
    if (p.field === field && p.status === 'pending') {
      return p;
    }
  }
  return undefined;
}

/**
 * Proposes a change of owner, due date or response policy (§8: 担当者や期限、対応方針の変更…本区と合意する).
 * The agreed value stays in force; the proposal is only recorded as pending. A reason is required, the
 * proposer must be involved in the issue's area, and a field has at most one pending proposal.
 */
export function proposeChange<F extends GovernedField>(
  issue: IIssue,
  field: F,
  value: IGovernedValues[F],
  reason: string,
  proposer: IActor,
  now: Date,
  matrix: IRoleMatrix = ROLE_MATRIX
): ProposeOutcome {
  if (issue.status === 'closed') {
    return refusal('issueClosed', '完了した課題は変更を申請できません。', 'A closed issue cannot be changed.');
  }
  const vendorOnly = hasRole(proposer, 'vendor') && !hasRole(proposer, 'ictCenter') && !hasRole(proposer, 'department');
  const otherVendor = vendorOnly && issue.vendorKey !== undefined && proposer.vendorKey !== issue.vendorKey;
  if (otherVendor || !hasAnyRole(proposer.roles, involvedRoles(issue.area, matrix))) {
    return refusal('notInvolved', 'この課題の関係者ではないため、変更を申請できません。', 'You are not involved in this issue, so you cannot propose changes.');
  }
  const label = GOVERNED_FIELD_LABELS[field];
  if (pendingProposalFor(issue, field)) {
    return refusal(
      'pendingExists',
      `${label.ja}の変更はすでに承認待ちです。承認または却下されるまで新たに申請できません。`,
      `A change of ${label.en.toLowerCase()} is already pending approval.`
    );
  }
  const checked = validateProposal(issue, field, value, reason, now);
  if (!checked.ok) {
    const outcome: ProposeOutcome = {
      ...refusal<ProposeRefusalCode>('invalid', '入力内容を確認してください。', 'Check the highlighted fields.'),
      errors: checked.errors,
    };
    return outcome;
  }
  const proposal = {
    id: issue.id + '-' + field + '-' + now.getTime(),
    issueId: issue.id,
    field,
    proposedValue: checked.value.value,
    reason: checked.value.reason,
    proposer: proposer.user,
    proposedAt: now.toISOString(),
    status: 'pending',
  } as IProposal;
  return success({ issue: { ...issue, proposals: issue.proposals.concat([proposal]) }, proposal });
}

/** Options of {@link decideProposal}. */
export interface IDecisionOptions {
  /** Required when rejecting, so the proposer learns why. */
  comment?: string;
  matrix?: IRoleMatrix;
}

function applyValue(issue: IIssue, proposal: IProposal): IIssue {
  switch (proposal.field) {
    case 'owner':
      return { ...issue, owner: proposal.proposedValue };
    case 'dueDate':
      return { ...issue, dueDate: proposal.proposedValue };
    case 'policy':
      return { ...issue, policy: proposal.proposedValue };
  }
}

/**
 * Approves or rejects a pending proposal. Only the approver role of the issue's area (§8 matrix) may
 * decide, and never the proposer, even when the proposer holds that role. Approval applies the value.
 */
export function decideProposal(
  issue: IIssue,
  proposalId: string,
  decision: 'approved' | 'rejected',
  decider: IActor,
  now: Date,
  options: IDecisionOptions = {}
): Outcome<IIssue, DecideRefusalCode> {
  const matrix = options.matrix || ROLE_MATRIX;
  let proposal: IProposal | undefined;
  for (const p of issue.proposals) {
    if (p.id === proposalId) {
      proposal = p;
    }
  }
  if (!proposal) {
    return refusal('proposalNotFound', '変更申請が見つかりません。', 'The proposal was not found.');
  }
  if (proposal.status !== 'pending') {
    return refusal('notPending', 'この変更申請はすでに処理済みです。', 'This proposal has already been decided.');
  }
  const approver = approverFor(issue.area, matrix);
  if (!hasRole(decider, approver)) {
    const label = ROLE_LABELS[approver];
    return refusal('notApprover', `この課題の変更を承認できるのは${label.ja}です。`, `Only the ${label.en} can decide changes to this issue.`);
  }
  if (sameUser(decider.user, proposal.proposer)) {
    return refusal('ownProposal', '自分が申請した変更は承認・却下できません。', 'You cannot decide your own proposal.');
  }
  const comment = (options.comment || '').trim();
  if (decision === 'rejected' && comment === '') {
    return refusal('commentRequired', '却下の理由を入力してください。', 'Enter the reason for rejecting.');
  }
  const decided = { ...proposal, status: decision, decidedBy: decider.user, decidedAt: now.toISOString() } as IProposal;
  if (comment !== '') {
    decided.decisionComment = comment;
  }
  const proposals = issue.proposals.map((p) => (p.id === proposalId ? decided : p));
  const base: IIssue = { ...issue, proposals };
  return success(decision === 'approved' ? applyValue(base, decided) : base);
}
