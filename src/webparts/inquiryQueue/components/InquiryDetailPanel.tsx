import { DefaultButton, Link, MessageBar, MessageBarType, Panel, PanelType, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import { ICatalog, slaContextFor } from '../../../data/catalogLookups';
import { ICurrentUser } from '../../../data/currentUser';
import { IDataError, toDataError } from '../../../data/DataError';
import { IAttachment, IInquiryRecord } from '../../../data/inquiries';
import { INQUIRY_ACTION_LABELS, INQUIRY_CATEGORY_LABELS, INQUIRY_STATUS_LABELS, ILocalizedText, Locale } from '../../../domain';
import { InquiriesList } from '../../../schema';
import { ErrorBar } from '../../../ui/AsyncView';
import { RichTextView } from '../../../ui/RichTextView';
import { SlaBadge } from '../../../ui/SlaBadge';
import { formatShortJst, slaBadgeModel } from '../../../ui/slaBadgeModel';
import { StaleEditDialog } from '../../../ui/StaleEditDialog';
import { IUiStrings } from '../../../ui/uiStrings';
import { ActionDialog, IActionInput, QueueAction } from './ActionDialog';
import { IInquiryQueueServices } from './IInquiryQueueServices';
import { IInquiryQueueStrings } from './IInquiryQueueStrings';
import { performAction } from './performAction';
import { availableActions, canPromoteToFaq, format, staleChanges } from './queueModel';

export interface IInquiryDetailPanelProps {
  record: IInquiryRecord;
  user: ICurrentUser;
  catalog: ICatalog;
  services: IInquiryQueueServices;
  strings: IInquiryQueueStrings;
  ui: IUiStrings;
  locale: Locale;
  now: Date;
  /** The record changed (saved here, or found newer on a stale edit): the queue shows the new values. */
  onChanged: (record: IInquiryRecord) => void;
  onDismiss: () => void;
}

type Notice = { type: 'success' | 'refused'; text: string } | undefined;

/** One inquiry: its fields, sanitized texts, attachments, SLA explanation and the actions the user may take. */
export function InquiryDetailPanel(props: IInquiryDetailPanelProps): JSX.Element {
  const { record, user, catalog, services, strings, ui, locale, now, onChanged, onDismiss } = props;
  const f = InquiriesList.fields;
  const [action, setAction] = React.useState<QueueAction | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice>(undefined);
  const [error, setError] = React.useState<IDataError | undefined>(undefined);
  const [stale, setStale] = React.useState<{ before: IInquiryRecord; latest: IInquiryRecord } | undefined>(undefined);
  const [attachments, setAttachments] = React.useState<IAttachment[] | undefined>(undefined);
  const [attachmentsError, setAttachmentsError] = React.useState<IDataError | undefined>(undefined);

  React.useEffect(() => {
    let live = true;
    setAttachments(undefined);
    setAttachmentsError(undefined);
    services.inquiries.attachments(record.id).then(
      (a) => live && setAttachments(a),
      (e: unknown) => live && setAttachmentsError(toDataError(e))
    );
    return () => {
      live = false;
    };
  }, [record.id, services]);

  const sla = slaContextFor(catalog, record.serviceId);
  const badge = slaBadgeModel(record, sla.target, sla.calendar, now, locale, sla.missingCalendarId);
  const actions: QueueAction[] = (availableActions(record, user, now) as QueueAction[]).concat(canPromoteToFaq(record, user) ? ['promoteToFaq'] : []);
  const labelOf = (a: QueueAction): string => (a === 'promoteToFaq' ? strings.PromoteToFaq : INQUIRY_ACTION_LABELS[a][locale]);

  const run = (input: IActionInput): void => {
    if (!action) return;
    const current = action;
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    performAction(current, input, record, user, catalog, services).then(
      (outcome) => {
        setBusy(false);
        setAction(undefined);
        if (outcome.kind === 'saved') {
          setNotice({ type: 'success', text: current === 'promoteToFaq' ? strings.FaqCreated : format(strings.Saved, labelOf(current)) });
          onChanged(outcome.record);
        } else if (outcome.kind === 'refused') {
          setNotice({ type: 'refused', text: (outcome.message as ILocalizedText)[locale] });
        } else {
          setStale({ before: record, latest: outcome.latest });
          onChanged(outcome.latest);
        }
      },
      (e: unknown) => {
        setBusy(false);
        setAction(undefined);
        setError(toDataError(e));
      }
    );
  };

  const row = (label: string, value: React.ReactNode): JSX.Element => (
    <Stack horizontal={true} tokens={{ childrenGap: 12 }}>
      <Text styles={{ root: { width: 140, flexShrink: 0, color: '#605e5c' } }}>{label}</Text>
      <div style={{ flexGrow: 1 }}>{value}</div>
    </Stack>
  );

  return (
    <Panel
      isOpen={true}
      type={PanelType.medium}
      headerText={`#${record.id} ${record.subject}`}
      onDismiss={onDismiss}
      closeButtonAriaLabel={strings.Close}
      isBlocking={false}
    >
      <Stack tokens={{ childrenGap: 10 }}>
        {notice ? (
          <MessageBar messageBarType={notice.type === 'success' ? MessageBarType.success : MessageBarType.warning} onDismiss={() => setNotice(undefined)}>
            <span role="status">{notice.text}</span>
          </MessageBar>
        ) : undefined}
        {error ? <ErrorBar error={error} strings={ui} /> : undefined}
        {row(f.status.title[locale], INQUIRY_STATUS_LABELS[record.status][locale])}
        {row(strings.ColumnSla, <SlaBadge model={badge} />)}
        {row(f.category.title[locale], INQUIRY_CATEGORY_LABELS[record.category][locale])}
        {row(f.system.title[locale], record.system ? record.system.title : '')}
        {row(f.service.title[locale], record.service ? record.service.title : '')}
        {row(f.requester.title[locale], record.requester.title)}
        {row(f.assignee.title[locale], record.assignee ? record.assignee.title : '')}
        {row(f.receivedAt.title[locale], formatShortJst(new Date(record.receivedAt), locale))}
        {record.firstResponseDue ? row(f.firstResponseDue.title[locale], formatShortJst(new Date(record.firstResponseDue), locale)) : undefined}
        {record.faqDraft ? row(f.faqDraft.title[locale], format(strings.FaqDraftLinked, record.faqDraft.title)) : undefined}
        <Text variant="mediumPlus">{f.body.title[locale]}</Text>
        <RichTextView html={record.body} sanitize={services.sanitize} />
        {record.requesterQuestion && record.status === 'waiting' ? (
          <MessageBar messageBarType={MessageBarType.info}>
            <strong>{f.requesterQuestion.title[locale]}</strong>
            <RichTextView html={record.requesterQuestion} sanitize={services.sanitize} />
          </MessageBar>
        ) : undefined}
        {record.firstResponse ? (
          <>
            <Text variant="mediumPlus">{f.firstResponse.title[locale]}</Text>
            <RichTextView html={record.firstResponse} sanitize={services.sanitize} />
          </>
        ) : undefined}
        {record.resolution ? (
          <>
            <Text variant="mediumPlus">{f.resolution.title[locale]}</Text>
            <RichTextView html={record.resolution} sanitize={services.sanitize} />
          </>
        ) : undefined}
        <Text variant="mediumPlus">{strings.Attachments}</Text>
        {attachmentsError ? <ErrorBar error={attachmentsError} strings={ui} /> : undefined}
        {attachments && attachments.length === 0 ? <Text>{strings.NoAttachments}</Text> : undefined}
        {attachments
          ? attachments.map((a) => (
              <Link key={a.url} href={a.url} target="_blank" rel="noopener noreferrer">
                {a.name}
              </Link>
            ))
          : undefined}
        <Text variant="mediumPlus">{strings.Actions}</Text>
        {actions.length === 0 ? <Text>{strings.NoActions}</Text> : undefined}
        <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }}>
          {actions.map((a) => (
            <DefaultButton key={a} text={labelOf(a)} onClick={() => setAction(a)} disabled={busy} />
          ))}
        </Stack>
      </Stack>
      {action ? (
        <ActionDialog
          action={action}
          record={record}
          user={user}
          services={services}
          strings={strings}
          ui={ui}
          locale={locale}
          busy={busy}
          onSubmit={run}
          onCancel={() => setAction(undefined)}
        />
      ) : undefined}
      {stale ? (
        <StaleEditDialog
          locale={locale}
          changes={staleChanges(stale.before, stale.latest, locale)}
          onDismiss={() => setStale(undefined)}
        />
      ) : undefined}
    </Panel>
  );
}
