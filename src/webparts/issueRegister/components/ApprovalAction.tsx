import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import * as React from 'react';
import { toDataError, IDataError } from '../../../data/DataError';
import { approverFor, decideProposal, GOVERNED_FIELD_LABELS, hasRole, IActor, IIssue, IProposal, Locale, ROLE_LABELS } from '../../../domain';
import { ErrorBar } from '../../../ui/AsyncView';
import { IUiStrings } from '../../../ui/uiStrings';
import { format, IIssueRegisterStrings } from './strings';

export interface IApprovalActionProps {
  issue: IIssue;
  proposal: IProposal;
  actor: IActor;
  now: () => Date;
  locale: Locale;
  strings: IIssueRegisterStrings;
  ui: IUiStrings;
  /** Writes the decision (and on approval the new agreed value); SharePoint refuses it for non-approvers. */
  onDecide: (decided: IIssue, proposalId: string) => Promise<void>;
}

function shown(issue: IIssue, proposal: IProposal): { now: string; next: string } {
  if (proposal.field === 'owner') return { now: issue.owner.title, next: proposal.proposedValue.title };
  if (proposal.field === 'dueDate') return { now: issue.dueDate.replace(/-/g, '/'), next: proposal.proposedValue.replace(/-/g, '/') };
  return { now: issue.policy || '', next: proposal.proposedValue };
}

/**
 * One pending proposal with the agreed and the proposed value, and — for the area's approver — approve and
 * reject. The domain's `decideProposal` decides (approver role, not one's own proposal, a reason to reject);
 * the buttons are only an offer: the write itself is refused by SharePoint for anyone else.
 */
export function ApprovalAction(props: IApprovalActionProps): JSX.Element {
  const { issue, proposal, actor, now, locale, strings, ui, onDecide } = props;
  const [comment, setComment] = React.useState('');
  const [refusal, setRefusal] = React.useState<string | undefined>(undefined);
  const [failure, setFailure] = React.useState<IDataError | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const [result, setResult] = React.useState<'approved' | 'rejected' | undefined>(undefined);
  const approver = approverFor(issue.area);
  const mayDecide = hasRole(actor, approver);
  const values = shown(issue, proposal);
  const label = GOVERNED_FIELD_LABELS[proposal.field][locale];

  const decide = async (decision: 'approved' | 'rejected'): Promise<void> => {
    setRefusal(undefined);
    setFailure(undefined);
    const outcome = decideProposal(issue, proposal.id, decision, actor, now(), { comment });
    if (!outcome.ok) {
      setRefusal(outcome.message[locale]);
      return;
    }
    setSaving(true);
    try {
      await onDecide(outcome.value, proposal.id);
      setResult(decision);
    } catch (e) {
      setFailure(toDataError(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack tokens={{ childrenGap: 6 }} styles={{ root: { border: '1px solid #c8c6c4', padding: 8 } }} aria-label={`${label}: ${values.next}`}>
      <Text variant="medium" styles={{ root: { fontWeight: 600 } }}>
        {label}
      </Text>
      <Text>{format(strings.CurrentValue, values.now)}</Text>
      <Text>{format(strings.ProposedValue, values.next)}</Text>
      <Text variant="small">{format(strings.ProposedBy, proposal.proposer.title, proposal.reason)}</Text>
      {result ? (
        <MessageBar messageBarType={MessageBarType.success}>{result === 'approved' ? strings.Approved : strings.Rejected}</MessageBar>
      ) : mayDecide ? (
        <>
          <TextField label={strings.DecisionComment} multiline={true} value={comment} onChange={(_e, v) => setComment(v || '')} />
          <Stack horizontal={true} tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={strings.Approve} disabled={saving} onClick={() => {
              decide('approved').catch(() => undefined);
            }} />
            <DefaultButton text={strings.Reject} disabled={saving} onClick={() => {
              decide('rejected').catch(() => undefined);
            }} />
          </Stack>
        </>
      ) : (
        <Text variant="small">{format(strings.NotApproverNote, ROLE_LABELS[approver][locale])}</Text>
      )}
      {refusal ? (
        <MessageBar messageBarType={MessageBarType.blocked}>
          <span role="alert">{refusal}</span>
        </MessageBar>
      ) : undefined}
      {failure ? <ErrorBar error={failure} strings={ui} /> : undefined}
    </Stack>
  );
}
