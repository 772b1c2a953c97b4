import {
  DefaultButton,
  Dropdown,
  IconButton,
  IDropdownOption,
  Label,
  MessageBar,
  MessageBarType,
  Panel,
  PanelType,
  PrimaryButton,
  Stack,
  Text,
  TextField
} from '@fluentui/react';
import * as React from 'react';
import { ICatalog, slaContextFor } from '../../../data/catalogLookups';
import { ICurrentUser } from '../../../data/currentUser';
import { IDataError, toDataError } from '../../../data/DataError';
import { IAttachmentInput, IInquiryRecord } from '../../../data/inquiries';
import {
  codesOf,
  firstResponseDue,
  IServiceEntry,
  INQUIRY_CATEGORY_LABELS,
  InquiryCategory,
  Locale,
  validateNewInquiry
} from '../../../domain';
import { ErrorBar } from '../../../ui/AsyncView';
import { formatBusinessDuration, formatShortJst } from '../../../ui/slaBadgeModel';
import { IUiStrings } from '../../../ui/uiStrings';
import { IInquiryQueueServices } from './IInquiryQueueServices';
import { IInquiryQueueStrings } from './IInquiryQueueStrings';
import { LazyRichTextEditor } from './LazyRichTextEditor';
import { format, weeklySummary } from './queueModel';

export interface INewInquiryFormProps {
  services: IInquiryQueueServices;
  catalog: ICatalog;
  user: ICurrentUser;
  strings: IInquiryQueueStrings;
  ui: IUiStrings;
  locale: Locale;
  /** A service chosen before the form opened (the catalog's 「問い合わせる」): it and its system are preselected. */
  initialServiceId?: number;
  onCreated: (record: IInquiryRecord) => void;
  onDismiss: () => void;
}

/** Services staff may raise inquiries about: in operation, or still operating until retirement. */
export function isOfferedService(service: IServiceEntry): boolean {
  return service.lifecycle === 'active' || service.lifecycle === 'retiring';
}

type FieldErrors = Partial<Record<'system' | 'category' | 'subject' | 'body' | 'requester' | 'form', string>>;

function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Raising an inquiry: system, service, category, subject, rich-text body and attachments. Before anything is
 * sent it shows the answering hours and the expected first-response time from the domain clock, and it
 * validates with the domain's messages in the user's language.
 */
export function NewInquiryForm(props: INewInquiryFormProps): JSX.Element {
  const { services, catalog, user, strings, ui, locale, onCreated, onDismiss } = props;
  const preselected = catalog.services.filter((s) => s.id === props.initialServiceId && isOfferedService(s))[0];
  const [systemId, setSystemId] = React.useState<number | undefined>(preselected ? preselected.systemId : undefined);
  const [serviceId, setServiceId] = React.useState<number | undefined>(preselected ? preselected.id : undefined);
  const [category, setCategory] = React.useState<InquiryCategory | undefined>(undefined);
  const [subject, setSubject] = React.useState('');
  const [body, setBody] = React.useState('');
  const [files, setFiles] = React.useState<File[]>([]);
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [saving, setSaving] = React.useState(false);
  const [saveError, setSaveError] = React.useState<IDataError | undefined>(undefined);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const systemOptions: IDropdownOption[] = catalog.systems.map((s) => ({ key: s.id, text: s.name }));
  const serviceOptions: IDropdownOption[] = catalog.services
      .filter((s) => isOfferedService(s) && (systemId === undefined || s.systemId === undefined || s.systemId === systemId))
    .map((s) => ({ key: s.id, text: s.name[locale] }));
  const categoryOptions: IDropdownOption[] = codesOf(INQUIRY_CATEGORY_LABELS).map((c) => ({ key: c, text: INQUIRY_CATEGORY_LABELS[c][locale] }));

  const now = services.now();
  const sla = slaContextFor(catalog, serviceId);
  const expectedDue = firstResponseDue(now, sla.target.firstResponseMinutes, sla.calendar);
  const target = formatBusinessDuration(sla.target.firstResponseMinutes, locale);

  const onBody = React.useCallback((html: string) => setBody(html), []);

  const submit = (): void => {
    const result = validateNewInquiry({ subject, body: plainText(body), category, systemId, serviceId, requester: user.user });
    const next: FieldErrors = {};
    if (systemId === undefined) next.system = strings.SystemRequired;
    if (!result.ok) {
      for (const e of result.errors) {
        const key = e.field as keyof FieldErrors;
        if (!next[key]) next[key] = e.message[locale];
      }
    }
    setErrors(next);
    if (!result.ok || systemId === undefined) return;

    setSaving(true);
    setSaveError(undefined);
    const attachments: IAttachmentInput[] = files.map((f) => ({ name: f.name, content: f }));
    const receivedAt = services.now();
    const due = firstResponseDue(receivedAt, sla.target.firstResponseMinutes, sla.calendar);
    services.inquiries
      .create(
        {
          subject: result.value.subject,
          body: services.sanitize(body),
          category: result.value.category,
          systemId,
          serviceId,
          requesterId: user.user.id,
          receivedAt,
          firstResponseDue: due
        },
        attachments
      )
      .then(
        (record) => {
          setSaving(false);
          onCreated(record);
        },
        (e: unknown) => {
          setSaving(false);
          setSaveError(toDataError(e));
        }
      );
  };

  const hasErrors = Object.keys(errors).length > 0;
  const footer = (): JSX.Element => (
    <Stack horizontal={true} tokens={{ childrenGap: 8 }}>
      <PrimaryButton text={saving ? strings.Submitting : strings.Submit} onClick={submit} disabled={saving} />
      <DefaultButton text={strings.Cancel} onClick={onDismiss} disabled={saving} />
    </Stack>
  );

  return (
    <Panel
      isOpen={true}
      type={PanelType.medium}
      headerText={strings.FormTitle}
      onDismiss={onDismiss}
      closeButtonAriaLabel={strings.Close}
      onRenderFooterContent={footer}
      isFooterAtBottom={true}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        {hasErrors ? (
          <MessageBar messageBarType={MessageBarType.error}>
            <span role="alert">{strings.FormHasErrors}</span>
          </MessageBar>
        ) : undefined}
        {saveError ? <ErrorBar error={saveError} strings={ui} onRetry={submit} /> : undefined}
        <Dropdown
          label={strings.SystemLabel}
          placeholder={strings.SystemPlaceholder}
          required={true}
          options={systemOptions}
          selectedKey={systemId === undefined ? null : systemId} // eslint-disable-line @rushstack/no-new-null
          onChange={(_, o) => {
            setSystemId(o ? Number(o.key) : undefined);
            setServiceId(undefined);
          }}
          errorMessage={errors.system}
        />
        <Dropdown
          label={strings.ServiceLabel}
          placeholder={strings.ServicePlaceholder}
          options={serviceOptions}
          selectedKey={serviceId === undefined ? null : serviceId} // eslint-disable-line @rushstack/no-new-null
          onChange={(_, o) => setServiceId(o ? Number(o.key) : undefined)}
        />
        <Dropdown
          label={strings.CategoryLabel}
          placeholder={strings.CategoryPlaceholder}
          required={true}
          options={categoryOptions}
          selectedKey={category === undefined ? null : category} // eslint-disable-line @rushstack/no-new-null
          onChange={(_, o) => setCategory(o ? (o.key as InquiryCategory) : undefined)}
          errorMessage={errors.category}
        />
        <TextField
          label={strings.SubjectLabel}
          required={true}
          value={subject}
          onChange={(_, v) => setSubject(v || '')}
          errorMessage={errors.subject}
        />
        <div>
          <Label required={true}>{strings.BodyLabel}</Label>
          <LazyRichTextEditor
            label={strings.BodyLabel}
            required={true}
            onChange={onBody}
            locale={locale}
            errorMessage={errors.body}
            loadingLabel={strings.LoadingEditor}
          />
        </div>
        <div>
          <Label htmlFor="opsdesk-inquiry-files">{strings.AttachmentsLabel}</Label>
          <input
            id="opsdesk-inquiry-files"
            ref={fileInput}
            type="file"
            multiple={true}
            onChange={(e) => {
              const picked = e.target.files ? Array.prototype.slice.call(e.target.files) as File[] : [];
              setFiles(files.concat(picked));
              if (fileInput.current) fileInput.current.value = '';
            }}
          />
          {files.map((f, i) => (
            <Stack key={`${f.name}-${i}`} horizontal={true} verticalAlign="center">
              <Text>{f.name}</Text>
              <IconButton
                iconProps={{ iconName: 'Cancel' }}
                ariaLabel={format(strings.RemoveFile, f.name)}
                onClick={() => setFiles(files.filter((_, j) => j !== i))}
              />
            </Stack>
          ))}
        </div>
        <section aria-label={strings.ExpectationTitle} style={{ background: '#f3f2f1', padding: 12, borderRadius: 2 }}>
          <Text block={true} variant="mediumPlus">
            {strings.ExpectationTitle}
          </Text>
          <Text block={true}>{format(strings.AnsweringHours, sla.calendar.name[locale])}</Text>
          <Text block={true} variant="small">
            {weeklySummary(sla.calendar, locale)}
          </Text>
          {sla.calendar.observeJapaneseHolidays ? <Text block={true}>{strings.ClosedDays}</Text> : undefined}
          {expectedDue ? (
            <Text block={true} styles={{ root: { fontWeight: 600 } }}>
              {format(strings.ExpectedFirstResponse, formatShortJst(expectedDue, locale), target)}
            </Text>
          ) : undefined}
          {sla.service && sla.service.providerName ? <Text block={true}>{format(strings.ProviderLine, sla.service.providerName)}</Text> : undefined}
          {!sla.service ? <Text block={true} variant="small">{format(strings.NoServiceExpectation, target)}</Text> : undefined}
        </section>
      </Stack>
    </Panel>
  );
}
