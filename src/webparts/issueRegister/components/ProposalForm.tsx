import { ChoiceGroup, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import * as React from 'react';
import { toDataError, IDataError } from '../../../data/DataError';
import {
  GOVERNED_FIELD_LABELS,
  GovernedField,
  IActor,
  IFieldError,
  IIssue,
  IProposal,
  IUserRef,
  Locale,
  pendingProposalFor,
  proposeChange
} from '../../../domain';
import { ErrorBar } from '../../../ui/AsyncView';
import { IUiStrings } from '../../../ui/uiStrings';
import { format, IIssueRegisterStrings } from './strings';

export interface IProposalFormProps {
  issue: IIssue;
  actor: IActor;
  now: () => Date;
  locale: Locale;
  strings: IIssueRegisterStrings;
  ui: IUiStrings;
  /** Turns what was typed as the new owner into a site user. */
  resolveUser: (text: string) => Promise<IUserRef | undefined>;
  /** Stores the proposal; the issue keeps its agreed values. */
  onSubmit: (proposal: IProposal) => Promise<void>;
}

const FIELDS: GovernedField[] = ['owner', 'dueDate', 'policy'];

/**
 * 変更申請: a change of owner, due date or response policy with its reason. The domain's `proposeChange`
 * decides (involvement, one pending change per field, a reason, a valid new value); its errors show in place.
 */
export function ProposalForm(props: IProposalFormProps): JSX.Element {
  const { issue, actor, now, locale, strings, ui, resolveUser, onSubmit } = props;
  const [field, setField] = React.useState<GovernedField>('dueDate');
  const [value, setValue] = React.useState('');
  const [reason, setReason] = React.useState('');
  const [errors, setErrors] = React.useState<IFieldError[]>([]);
  const [refusal, setRefusal] = React.useState<string | undefined>(undefined);
  const [failure, setFailure] = React.useState<IDataError | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const [done, setDone] = React.useState(false);

  const errorOf = (name: string): string | undefined => {
    const e = errors.filter((x) => x.field === name)[0];
    return e ? e.message[locale] : undefined;
  };

  const submit = async (): Promise<void> => {
    setRefusal(undefined);
    setFailure(undefined);
    setDone(false);
    setSaving(true);
    try {
      let proposed: IUserRef | string | undefined = value;
      if (field === 'owner') {
        proposed = value.trim() === '' ? undefined : await resolveUser(value.trim());
        if (value.trim() !== '' && !proposed) {
          setErrors([{ field: 'value', code: 'required', message: { ja: format(strings.OwnerNotFound, value), en: format(strings.OwnerNotFound, value) } }]);
          return;
        }
      }
      const outcome = proposeChange(issue, field, proposed as never, reason, actor, now());
      if (!outcome.ok) {
        setErrors(outcome.errors || []);
        if (!outcome.errors) setRefusal(outcome.message[locale]);
        return;
      }
      setErrors([]);
      await onSubmit(outcome.value.proposal);
      setDone(true);
      setValue('');
      setReason('');
    } catch (e) {
      setFailure(toDataError(e));
    } finally {
      setSaving(false);
    }
  };

  const pending = pendingProposalFor(issue, field);
  return (
    <Stack tokens={{ childrenGap: 8 }} as="section" aria-label={strings.ProposeHeading}>
      <Text variant="mediumPlus" as="h3">
        {strings.ProposeHeading}
      </Text>
      <ChoiceGroup
        label={strings.ProposeField}
        selectedKey={field}
        options={FIELDS.map((f) => ({ key: f, text: GOVERNED_FIELD_LABELS[f][locale] }))}
        onChange={(_e, o) => {
          if (o) {
            setField(o.key as GovernedField);
            setValue('');
            setErrors([]);
          }
        }}
      />
      {pending ? <MessageBar messageBarType={MessageBarType.info}>{strings.PendingNote}</MessageBar> : undefined}
      <TextField
        label={`${strings.ProposeValue}（${GOVERNED_FIELD_LABELS[field][locale]}）`}
        type={field === 'dueDate' ? 'date' : 'text'}
        multiline={field === 'policy'}
        placeholder={field === 'owner' ? strings.OwnerHint : undefined}
        value={value}
        onChange={(_e, v) => setValue(v || '')}
        errorMessage={errorOf('value')}
      />
      <TextField label={strings.ProposeReason} multiline={true} required={true} value={reason} onChange={(_e, v) => setReason(v || '')} errorMessage={errorOf('reason')} />
      {refusal ? (
        <MessageBar messageBarType={MessageBarType.blocked}>
          <span role="alert">{refusal}</span>
        </MessageBar>
      ) : undefined}
      {failure ? <ErrorBar error={failure} strings={ui} /> : undefined}
      {done ? <MessageBar messageBarType={MessageBarType.success}>{strings.Proposed}</MessageBar> : undefined}
      <Stack horizontal={true}>
        <PrimaryButton text={saving ? strings.Saving : strings.ProposeSubmit} disabled={saving} onClick={() => {
              submit().catch(() => undefined);
            }} />
      </Stack>
    </Stack>
  );
}
