import { Dropdown, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import * as React from 'react';
import { IDataError, toDataError } from '../../../data/DataError';
import { applyIssueTransition, canTransitionIssue, codesOf, IActor, IIssue, ISSUE_STATUS_LABELS, IssueStatus, Locale } from '../../../domain';
import { ErrorBar } from '../../../ui/AsyncView';
import { IUiStrings } from '../../../ui/uiStrings';
import { IIssueRegisterStrings } from './strings';

export interface IReportFormProps {
  issue: IIssue;
  actor: IActor;
  /** Whether SharePoint lets the user write the issue; if not, the report is applied by the service. */
  canEdit: boolean;
  now: () => Date;
  locale: Locale;
  strings: IIssueRegisterStrings;
  ui: IUiStrings;
  onReport: (note: string | undefined, status: IssueStatus | undefined, applied: IIssue | undefined) => Promise<void>;
}

/** 対応状況の報告: progress notes and status changes apply without approval (only governed fields need it). */
export function ReportForm(props: IReportFormProps): JSX.Element {
  const { issue, actor, canEdit, now, locale, strings, ui, onReport } = props;
  const [note, setNote] = React.useState('');
  const [status, setStatus] = React.useState<IssueStatus | ''>('');
  const [refusal, setRefusal] = React.useState<string | undefined>(undefined);
  const [failure, setFailure] = React.useState<IDataError | undefined>(undefined);
  const [done, setDone] = React.useState<string | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const allowed = codesOf(ISSUE_STATUS_LABELS).filter((s) => canTransitionIssue(issue.status, s, actor.roles, issue.area));

  const submit = async (): Promise<void> => {
    setRefusal(undefined);
    setFailure(undefined);
    setDone(undefined);
    const text = note.trim() === '' ? undefined : note.trim();
    const next = status === '' ? undefined : status;
    if (!text && !next) return;
    let applied: IIssue | undefined;
    if (canEdit) {
      applied = issue;
      if (next) {
        const moved = applyIssueTransition(issue, next, actor, now());
        if (!moved.ok) {
          setRefusal(moved.message[locale]);
          return;
        }
        applied = moved.value;
      }
    }
    setSaving(true);
    try {
      await onReport(text, next, applied);
      setDone(canEdit ? strings.Reported : strings.ReportedPending);
      setNote('');
      setStatus('');
    } catch (e) {
      setFailure(toDataError(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack tokens={{ childrenGap: 8 }} as="section" aria-label={strings.ReportHeading}>
      <Text variant="mediumPlus" as="h3">
        {strings.ReportHeading}
      </Text>
      <TextField label={strings.ReportNote} multiline={true} value={note} onChange={(_e, v) => setNote(v || '')} />
      <Dropdown
        label={strings.ReportStatus}
        selectedKey={status}
        options={[{ key: '', text: strings.ReportNoStatusChange }].concat(allowed.map((s) => ({ key: s, text: ISSUE_STATUS_LABELS[s][locale] })))}
        onChange={(_e, o) => setStatus(o ? (o.key as IssueStatus | '') : '')}
      />
      {refusal ? <MessageBar messageBarType={MessageBarType.blocked}>{refusal}</MessageBar> : undefined}
      {failure ? <ErrorBar error={failure} strings={ui} /> : undefined}
      {done ? <MessageBar messageBarType={MessageBarType.success}>{done}</MessageBar> : undefined}
      <Stack horizontal={true}>
        <PrimaryButton
          text={saving ? strings.Saving : strings.ReportSubmit}
          disabled={saving}
          onClick={() => {
            submit().catch(() => undefined);
          }}
        />
      </Stack>
    </Stack>
  );
}
