import { DefaultButton, Dropdown, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, Stack, TextField } from '@fluentui/react';
import * as React from 'react';
import { IDataError, toDataError } from '../../../data/DataError';
import { ISystemOption } from '../../../data/issues';
import {
  codesOf,
  IFieldError,
  ISSUE_AREA_LABELS,
  IssueArea,
  IUserRef,
  IValidNewIssue,
  Locale,
  PRIORITY_LABELS,
  validateNewIssue
} from '../../../domain';
import { IssuesList } from '../../../schema';
import { ErrorBar } from '../../../ui/AsyncView';
import { IUiStrings } from '../../../ui/uiStrings';
import { RoleMatrixCard } from './RoleMatrixCard';
import { format, IIssueRegisterStrings } from './strings';

export interface INewIssuePanelProps {
  isOpen: boolean;
  locale: Locale;
  strings: IIssueRegisterStrings;
  ui: IUiStrings;
  now: () => Date;
  loadSystems: () => Promise<ISystemOption[]>;
  resolveUser: (text: string) => Promise<IUserRef | undefined>;
  onRaise: (issue: IValidNewIssue, vendorKey: string | undefined) => Promise<number>;
  onDismiss: () => void;
  onRaised: (id: number) => void;
}

/** 起票: subject, description, system, area, priority, and — required by §8 — the owner and the due date. */
export function NewIssuePanel(props: INewIssuePanelProps): JSX.Element {
  const { isOpen, locale, strings, ui, now, loadSystems, resolveUser, onRaise, onDismiss, onRaised } = props;
  const f = IssuesList.fields;
  const [title, setTitle] = React.useState('');
  const [description, setDescription] = React.useState('');
  const [systemId, setSystemId] = React.useState<number | undefined>(undefined);
  const [area, setArea] = React.useState<IssueArea | undefined>(undefined);
  const [priority, setPriority] = React.useState('medium');
  const [ownerText, setOwnerText] = React.useState('');
  const [dueDate, setDueDate] = React.useState('');
  const [errors, setErrors] = React.useState<IFieldError[]>([]);
  const [systems, setSystems] = React.useState<ISystemOption[]>([]);
  const [failure, setFailure] = React.useState<IDataError | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);

  React.useEffect(() => {
    if (!isOpen) return;
    loadSystems().then(setSystems, (e: unknown) => setFailure(toDataError(e)));
  }, [isOpen, loadSystems]);

  const errorOf = (name: string): string | undefined => {
    const e = errors.filter((x) => x.field === name)[0];
    return e ? e.message[locale] : undefined;
  };

  const submit = async (): Promise<void> => {
    setFailure(undefined);
    setSaving(true);
    try {
      const owner = ownerText.trim() === '' ? undefined : await resolveUser(ownerText.trim());
      const checked = validateNewIssue({ title, description, area, priority, owner: owner || (ownerText.trim() ? { id: -1, title: ownerText } : undefined), dueDate, systemId }, now());
      const own: IFieldError[] = ownerText.trim() !== '' && !owner ? [{ field: 'owner', code: 'required', message: { ja: format(strings.OwnerNotFound, ownerText), en: format(strings.OwnerNotFound, ownerText) } }] : [];
      if (!checked.ok || own.length) {
        setErrors(own.concat(checked.ok ? [] : checked.errors.filter((e) => !(e.field === 'owner' && own.length))));
        return;
      }
      setErrors([]);
      const system = systems.filter((s) => s.id === systemId)[0];
      const id = await onRaise(checked.value, system ? system.vendorKey : undefined);
      onRaised(id);
    } catch (e) {
      setFailure(toDataError(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Panel isOpen={isOpen} type={PanelType.medium} headerText={strings.NewHeading} onDismiss={onDismiss} closeButtonAriaLabel={strings.Close}>
      <Stack tokens={{ childrenGap: 10 }}>
        <TextField label={IssuesList.titleField[locale]} required={true} value={title} onChange={(_e, v) => setTitle(v || '')} errorMessage={errorOf('title')} />
        <TextField label={f.description.title[locale]} multiline={true} value={description} onChange={(_e, v) => setDescription(v || '')} errorMessage={errorOf('description')} />
        <Dropdown
          label={f.system.title[locale]}
          selectedKey={systemId === undefined ? '' : systemId}
          options={[{ key: '', text: strings.SystemNone }].concat(systems.map((s) => ({ key: s.id as unknown as string, text: s.title })))}
          onChange={(_e, o) => setSystemId(o && o.key !== '' ? Number(o.key) : undefined)}
        />
        <Dropdown
          label={f.area.title[locale]}
          required={true}
          selectedKey={area}
          options={codesOf(ISSUE_AREA_LABELS).map((code) => ({ key: code, text: ISSUE_AREA_LABELS[code][locale] }))}
          onChange={(_e, o) => setArea(o ? (o.key as IssueArea) : undefined)}
          errorMessage={errorOf('area')}
        />
        {area ? <RoleMatrixCard area={area} locale={locale} strings={strings} /> : undefined}
        <Dropdown
          label={f.priority.title[locale]}
          selectedKey={priority}
          options={codesOf(PRIORITY_LABELS).map((code) => ({ key: code, text: PRIORITY_LABELS[code][locale] }))}
          onChange={(_e, o) => setPriority(o ? String(o.key) : 'medium')}
        />
        <TextField label={f.owner.title[locale]} required={true} placeholder={strings.OwnerHint} value={ownerText} onChange={(_e, v) => setOwnerText(v || '')} errorMessage={errorOf('owner')} />
        <TextField label={f.dueDate.title[locale]} required={true} type="date" value={dueDate} onChange={(_e, v) => setDueDate(v || '')} errorMessage={errorOf('dueDate')} />
        {failure ? <ErrorBar error={failure} strings={ui} /> : undefined}
        {errors.length ? <MessageBar messageBarType={MessageBarType.error}>{errors.map((e) => e.message[locale]).join(' ')}</MessageBar> : undefined}
        <Stack horizontal={true} tokens={{ childrenGap: 8 }}>
          <PrimaryButton
            text={saving ? strings.Saving : strings.Submit}
            disabled={saving}
            onClick={() => {
              submit().catch(() => undefined);
            }}
          />
          <DefaultButton text={strings.Cancel} onClick={onDismiss} />
        </Stack>
      </Stack>
    </Panel>
  );
}
