import { DefaultButton, Dropdown, IDropdownOption, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, Stack, TextField } from '@fluentui/react';
import * as React from 'react';
import { IServiceCard, ServiceSaveResult } from '../../../data/catalog';
import { IDataError, toDataError } from '../../../data/DataError';
import { ILookupValue } from '../../../data/fieldValues';
import { IFieldError, IUserRef, validateServiceEdit } from '../../../domain';
import { CALENDAR_PRESETS, IBusinessCalendar } from '../../../domain/time';
import { codesOf, Locale, PROVIDER_KIND_LABELS, SERVICE_LIFECYCLE_LABELS } from '../../../domain/vocabulary';
import { ServicesList } from '../../../schema';
import { ErrorBar } from '../../../ui/AsyncView';
import { LazyRichTextEditor } from '../../inquiryQueue/components/LazyRichTextEditor';
import { StaleEditDialog } from '../../../ui/StaleEditDialog';
import { IUiStrings } from '../../../ui/uiStrings';
import { useAsync } from '../../../ui/useAsync';
import { serviceStaleChanges } from './catalogView';
import { IServiceCatalogStrings } from './ServiceCatalog';

/** What the in-page edit needs from the catalog repository (props-injected so tests use fakes). */
export interface IServiceEditing {
  canEdit(id: number): Promise<boolean>;
  get(id: number): Promise<IServiceCard>;
  save(before: IServiceCard, after: IServiceCard): Promise<ServiceSaveResult>;
  documentChoices(): Promise<ILookupValue[]>;
  resolveUser(text: string): Promise<IUserRef | undefined>;
}

export interface IServiceEditPanelProps {
  serviceId: number;
  editing: IServiceEditing;
  strings: IServiceCatalogStrings;
  ui: IUiStrings;
  locale: Locale;
  calendars?: ReadonlyArray<IBusinessCalendar>;
  onSaved: (card: IServiceCard, pendingApproval: boolean) => void;
  onDismiss: () => void;
}

function format(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(values[Number(i)]));
}

interface IForm {
  name: string;
  summary: string;
  providerKind: string;
  providerName: string;
  ownerText: string;
  audience: string;
  requestFlow: string;
  calendarId: string;
  firstResponse: string;
  resolution: string;
  documentIds: number[];
  lifecycle: string;
  effectiveDate: string;
  retirementDate: string;
}

function formOf(card: IServiceCard): IForm {
  return {
    name: card.name,
    summary: card.summary,
    providerKind: card.providerKind,
    providerName: card.providerName,
    ownerText: card.owner ? card.owner.email || card.owner.title : '',
    audience: card.audience || '',
    requestFlow: card.requestFlow || '',
    calendarId: card.calendarId,
    firstResponse: String(card.firstResponseTargetMinutes),
    resolution: card.resolutionTargetMinutes === undefined ? '' : String(card.resolutionTargetMinutes),
    documentIds: card.requiredDocuments.map((d) => d.id),
    lifecycle: card.lifecycle,
    effectiveDate: card.effectiveDate || '',
    retirementDate: card.retirementDate || ''
  };
}

/**
 * The owner's edit of a service in a panel: the latest version is read when it opens (its ETag guards the save),
 * the domain validates everything before anything is written, SharePoint decides whether the user may write, and
 * the list's content approval decides what staff see meanwhile.
 */
export default function ServiceEditPanel(props: IServiceEditPanelProps): JSX.Element {
  const { serviceId, editing, strings, ui, locale, onSaved, onDismiss } = props;
  const calendars = props.calendars || CALENDAR_PRESETS;
  const f = ServicesList.fields;
  const load = React.useCallback(
    async () => {
      const [card, documents] = await Promise.all([editing.get(serviceId), editing.documentChoices()]);
      return { card, documents };
    },
    [editing, serviceId]
  );
  const { state } = useAsync(load, [load]);
  const [before, setBefore] = React.useState<IServiceCard | undefined>(undefined);
  const [form, setForm] = React.useState<IForm | undefined>(undefined);
  const [errors, setErrors] = React.useState<IFieldError[]>([]);
  const [failure, setFailure] = React.useState<IDataError | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [stale, setStale] = React.useState<{ before: IServiceCard; latest: IServiceCard } | undefined>(undefined);
  // Bumped when the form is reset to the latest version, so the uncontrolled rich-text editor starts over.
  const [generation, setGeneration] = React.useState(0);

  React.useEffect(() => {
    if (state.status === 'ready' && !before) {
      setBefore(state.data.card);
      setForm(formOf(state.data.card));
    }
  }, [state, before]);

  const set = <K extends keyof IForm>(key: K, value: IForm[K]): void => setForm((current) => (current ? { ...current, [key]: value } : current));
  const errorOf = (field: string): string | undefined => {
    const e = errors.filter((x) => x.field === field)[0];
    return e ? e.message[locale] : undefined;
  };

  const save = async (): Promise<void> => {
    if (!form || !before || state.status !== 'ready') return;
    setBusy(true);
    setFailure(undefined);
    try {
      const ownerText = form.ownerText.trim();
      const keepsOwner = before.owner && (ownerText === before.owner.email || ownerText === before.owner.title);
      const owner = keepsOwner ? before.owner : ownerText ? await editing.resolveUser(ownerText) : undefined;
      const checked = validateServiceEdit(
        {
          name: form.name,
          summary: form.summary,
          providerKind: form.providerKind,
          providerName: form.providerName,
          owner: owner || (ownerText ? { id: -1, title: ownerText } : undefined),
          audience: form.audience,
          requestFlow: form.requestFlow,
          calendarId: form.calendarId,
          firstResponseTargetMinutes: form.firstResponse,
          resolutionTargetMinutes: form.resolution,
          requiredDocumentIds: form.documentIds,
          lifecycle: form.lifecycle,
          effectiveDate: form.effectiveDate,
          retirementDate: form.retirementDate
        },
        calendars.map((c) => c.id)
      );
      const unknownOwner: IFieldError[] =
        ownerText && !owner ? [{ field: 'owner', code: 'required', message: { ja: format(strings.OwnerNotFound, ownerText), en: format(strings.OwnerNotFound, ownerText) } }] : [];
      if (!checked.ok || unknownOwner.length) {
        setErrors(unknownOwner.concat(checked.ok ? [] : checked.errors.filter((e) => !(e.field === 'owner' && unknownOwner.length))));
        return;
      }
      setErrors([]);
      const v = checked.value;
      const known = state.data.documents.concat(before.requiredDocuments);
      const after: IServiceCard = {
        ...before,
        name: v.name,
        summary: v.summary,
        providerKind: v.providerKind,
        providerName: v.providerName,
        owner: v.owner,
        audience: v.audience,
        requestFlow: v.requestFlow,
        calendarId: v.calendarId,
        firstResponseTargetMinutes: v.firstResponseTargetMinutes,
        resolutionTargetMinutes: v.resolutionTargetMinutes,
        requiredDocuments: v.requiredDocumentIds.map((id) => known.filter((d) => d.id === id)[0] || { id, title: String(id) }),
        lifecycle: v.lifecycle,
        effectiveDate: v.effectiveDate,
        retirementDate: v.retirementDate
      };
      const result = await editing.save(before, after);
      if (result.ok) {
        onSaved(result.card, result.pendingApproval);
        return;
      }
      setStale({ before, latest: result.latest });
    } catch (e) {
      setFailure(toDataError(e));
    } finally {
      setBusy(false);
    }
  };

  const showLatest = (): void => {
    if (!stale) return;
    setBefore(stale.latest);
    setForm(formOf(stale.latest));
    setGeneration(generation + 1);
    setStale(undefined);
  };

  const option = (key: string, text: string): IDropdownOption => ({ key, text });
  const documentOptions: IDropdownOption[] =
    state.status === 'ready' && before
      ? state.data.documents
          .concat(before.requiredDocuments.filter((d) => state.data.documents.every((x) => x.id !== d.id)))
          .map((d) => ({ key: d.id, text: d.title }))
      : [];

  return (
    <Panel
      isOpen={true}
      type={PanelType.medium}
      headerText={format(strings.EditPanelTitle, before ? before.name : '')}
      closeButtonAriaLabel={strings.Cancel}
      onDismiss={busy ? undefined : onDismiss}
      isFooterAtBottom={true}
      onRenderFooterContent={() => (
        <Stack horizontal={true} tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={strings.Save} onClick={() => { save().catch(() => undefined); }} disabled={busy || !form} />
          <DefaultButton text={strings.Cancel} onClick={onDismiss} disabled={busy} />
        </Stack>
      )}
    >
      {state.status === 'error' ? <ErrorBar error={state.error} strings={ui} /> : undefined}
      {failure ? <ErrorBar error={failure} strings={ui} onRetry={() => { save().catch(() => undefined); }} /> : undefined}
      {errors.length ? <MessageBar messageBarType={MessageBarType.error}>{strings.FixErrors}</MessageBar> : undefined}
      {form ? (
        <Stack tokens={{ childrenGap: 10 }} key={generation}>
          <TextField label={ServicesList.titleField[locale]} required={true} value={form.name} onChange={(_e, v) => set('name', v || '')} errorMessage={errorOf('name')} />
          <TextField label={f.summary.title[locale]} required={true} multiline={true} rows={3} value={form.summary} onChange={(_e, v) => set('summary', v || '')} errorMessage={errorOf('summary')} />
          <Dropdown
            label={f.providerKind.title[locale]}
            required={true}
            selectedKey={form.providerKind}
            options={codesOf(PROVIDER_KIND_LABELS).map((c) => option(c, PROVIDER_KIND_LABELS[c][locale]))}
            onChange={(_e, o) => o && set('providerKind', String(o.key))}
            errorMessage={errorOf('providerKind')}
          />
          <TextField label={f.providerName.title[locale]} required={true} value={form.providerName} onChange={(_e, v) => set('providerName', v || '')} errorMessage={errorOf('providerName')} />
          <TextField label={f.owner.title[locale]} required={true} placeholder={strings.OwnerHint} value={form.ownerText} onChange={(_e, v) => set('ownerText', v || '')} errorMessage={errorOf('owner')} />
          <TextField label={f.audience.title[locale]} value={form.audience} onChange={(_e, v) => set('audience', v || '')} errorMessage={errorOf('audience')} />
          <LazyRichTextEditor
            label={f.requestFlow.title[locale]}
            initialHtml={form.requestFlow}
            onChange={(html) => set('requestFlow', html)}
            locale={locale}
            errorMessage={errorOf('requestFlow')}
            loadingLabel={strings.Loading}
          />
          <Dropdown
            label={f.calendarId.title[locale]}
            required={true}
            selectedKey={form.calendarId}
            options={calendars.map((c) => option(c.id, c.name[locale])).concat(calendars.some((c) => c.id === form.calendarId) ? [] : [option(form.calendarId, form.calendarId)])}
            onChange={(_e, o) => o && set('calendarId', String(o.key))}
            errorMessage={errorOf('calendarId')}
          />
          <TextField label={f.firstResponseTarget.title[locale]} required={true} type="number" min={1} value={form.firstResponse} onChange={(_e, v) => set('firstResponse', v || '')} errorMessage={errorOf('firstResponseTargetMinutes')} />
          <TextField label={f.resolutionTarget.title[locale]} type="number" min={1} value={form.resolution} onChange={(_e, v) => set('resolution', v || '')} errorMessage={errorOf('resolutionTargetMinutes')} />
          <Dropdown
            label={f.requiredDocuments.title[locale]}
            multiSelect={true}
            selectedKeys={form.documentIds}
            options={documentOptions}
            onChange={(_e, o) => {
              if (!o) return;
              const id = Number(o.key);
              set('documentIds', o.selected ? form.documentIds.concat([id]) : form.documentIds.filter((x) => x !== id));
            }}
          />
          <Dropdown
            label={f.lifecycle.title[locale]}
            required={true}
            selectedKey={form.lifecycle}
            options={codesOf(SERVICE_LIFECYCLE_LABELS).map((c) => option(c, SERVICE_LIFECYCLE_LABELS[c][locale]))}
            onChange={(_e, o) => o && set('lifecycle', String(o.key))}
            errorMessage={errorOf('lifecycle')}
          />
          <TextField label={f.effectiveDate.title[locale]} placeholder={strings.DateHint} value={form.effectiveDate} onChange={(_e, v) => set('effectiveDate', v || '')} errorMessage={errorOf('effectiveDate')} />
          <TextField label={f.retirementDate.title[locale]} placeholder={strings.DateHint} value={form.retirementDate} onChange={(_e, v) => set('retirementDate', v || '')} errorMessage={errorOf('retirementDate')} />
        </Stack>
      ) : state.status === 'loading' ? (
        <MessageBar>{strings.Loading}</MessageBar>
      ) : undefined}
      {stale ? <StaleEditDialog locale={locale} body={strings.StaleBody} changes={serviceStaleChanges(stale.before, stale.latest, locale, calendars)} onDismiss={showLatest} /> : undefined}
    </Panel>
  );
}
