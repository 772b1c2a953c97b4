import { ActionButton, Link, MessageBar, MessageBarType, PrimaryButton, SearchBox, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import { RegisterHeader } from '../../../ui/RegisterHeader';
import { IServiceCard } from '../../../data/catalog';
import { IBusinessCalendar } from '../../../domain/time';
import { Locale } from '../../../domain/vocabulary';
import { AsyncView } from '../../../ui/AsyncView';
import { inquiryLinkFor } from '../../../ui/inquiryLink';
import { RichTextView } from '../../../ui/RichTextView';
import { IUiStrings } from '../../../ui/uiStrings';
import { useAsync } from '../../../ui/useAsync';
import { calendarName, formatTarget, groupServices, providerLabel } from './catalogView';
import type { IServiceEditing } from './ServiceEditPanel';

export type { IServiceEditing };

// The edit panel (form, rich-text editor) is for owners only, so it stays out of the catalog's first bundle.
const ServiceEditPanel = React.lazy(() => import(/* webpackChunkName: 'opsdesk-service-edit' */ './ServiceEditPanel'));

export type IServiceCatalogStrings = Omit<
  IServiceCatalogWebPartStringsShape,
  'PropertyPaneDescription' | 'DisplayGroupName' | 'HeadingFieldLabel' | 'PageSizeFieldLabel' | 'LinksGroupName' | 'InquiryPageUrlFieldLabel'
>;

/** The web part's loc/ strings, declared once in ../loc/mystrings.d.ts; this name lets components and tests import the shape. */
export type IServiceCatalogWebPartStringsShape = IServiceCatalogWebPartStrings;

export interface IServiceCatalogProps {
  strings: IServiceCatalogStrings;
  ui: IUiStrings;
  locale: Locale;
  heading?: string;
  /** The services staff may use (in operation and retiring). */
  loadServices: () => Promise<IServiceCard[]>;
  /** The page holding the inquiry web part; 「問い合わせる」 opens it with `?service=<id>`. */
  inquiryPageUrl?: string;
  /** Where a required document opens (the register's file URL, by lookup id). */
  documentUrl?: (documentId: number) => string | undefined;
  /** The owners' edit form of a service (SharePoint's form; content approval applies); used when `editing` is absent. */
  editUrl?: (serviceId: number) => string;
  /** In-page editing for owners and the ICT center; the action shows where SharePoint lets the user edit the item. */
  editing?: IServiceEditing;
  calendars?: ReadonlyArray<IBusinessCalendar>;
  sanitize?: (html: string) => string;
}

function format(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(values[Number(i)]));
}

function slash(dateKey: string | undefined): string {
  return (dateKey || '').replace(/-/g, '/');
}

interface ICardProps extends Omit<IServiceCatalogProps, 'loadServices' | 'heading'> {
  card: IServiceCard;
  /** Set after this user saved an edit that waits for approval (the card shows their version). */
  pendingApproval?: boolean;
  onEdit?: (id: number) => void;
}

/** Whether SharePoint lets the user edit this service; asked once the card is opened, false until known. */
function useCanEdit(editing: IServiceEditing | undefined, id: number, open: boolean): boolean {
  const [can, setCan] = React.useState(false);
  React.useEffect(() => {
    if (!editing || !open) return;
    let live = true;
    editing.canEdit(id).then(
      (yes) => live && setCan(yes),
      // Not knowing means not offering: SharePoint would refuse the save anyway.
      () => live && setCan(false)
    );
    return () => {
      live = false;
    };
  }, [editing, id, open]);
  return can;
}

function Fact(props: { label: string; children: React.ReactNode }): JSX.Element {
  return (
    <Stack horizontal={true} tokens={{ childrenGap: 8 }} wrap={true}>
      <Text variant="small" styles={{ root: { minWidth: 120, fontWeight: 600 } }}>
        {props.label}
      </Text>
      <Text variant="small">{props.children}</Text>
    </Stack>
  );
}

function ServiceCard(props: ICardProps): JSX.Element {
  const { card, strings, locale, inquiryPageUrl, documentUrl, editUrl, editing, calendars, sanitize, pendingApproval, onEdit } = props;
  const [open, setOpen] = React.useState(false);
  const canEdit = useCanEdit(editing, card.id, open);
  const headingId = `svc-${card.id}`;
  return (
    <Stack
      as="article"
      aria-labelledby={headingId}
      tokens={{ childrenGap: 6 }}
      styles={{ root: { padding: 12, border: '1px solid #e1dfdd', borderRadius: 4, background: '#fff' } }}
    >
      <Stack horizontal={true} horizontalAlign="space-between" verticalAlign="center" wrap={true} tokens={{ childrenGap: 8 }}>
        <Text as="h4" id={headingId} variant="mediumPlus" styles={{ root: { margin: 0, fontWeight: 600 } }}>
          {card.name}
        </Text>
        {card.lifecycle === 'retiring' ? (
          <Text variant="small" styles={{ root: { color: '#a4262c', fontWeight: 600 } }}>
            {card.retirementDate ? format(strings.RetiringOn, slash(card.retirementDate)) : strings.Retiring}
          </Text>
        ) : undefined}
        {pendingApproval ? (
          <Text variant="small" styles={{ root: { color: '#8a6d00', fontWeight: 600 } }}>
            {strings.PendingApproval}
          </Text>
        ) : undefined}
      </Stack>
      <Text variant="medium">{card.summary}</Text>
      <Fact label={strings.Provider}>{providerLabel(card, locale)}</Fact>
      <Fact label={strings.Hours}>{calendarName(card.calendarId, locale, calendars)}</Fact>
      <Fact label={strings.FirstResponse}>{formatTarget(card.firstResponseTargetMinutes, locale)}</Fact>
      {open ? (
        <Stack tokens={{ childrenGap: 6 }}>
          <Fact label={strings.Resolution}>{formatTarget(card.resolutionTargetMinutes, locale)}</Fact>
          {card.audience ? <Fact label={strings.Audience}>{card.audience}</Fact> : undefined}
          {card.owner ? <Fact label={strings.Owner}>{card.owner.title}</Fact> : undefined}
          {card.effectiveDate ? <Fact label="">{format(strings.EffectiveFrom, slash(card.effectiveDate))}</Fact> : undefined}
          <Fact label={strings.RequiredDocuments}>
            {card.requiredDocuments.length === 0
              ? strings.NoDocuments
              : card.requiredDocuments.map((d, i) => {
                  const href = documentUrl ? documentUrl(d.id) : undefined;
                  return (
                    <span key={d.id}>
                      {i > 0 ? '、' : ''}
                      {href ? (
                        <Link href={href} target="_blank" rel="noopener noreferrer">
                          {d.title}
                        </Link>
                      ) : (
                        d.title
                      )}
                    </span>
                  );
                })}
          </Fact>
          {card.requestFlow ? (
            <Stack tokens={{ childrenGap: 4 }}>
              <Text variant="small" styles={{ root: { fontWeight: 600 } }}>
                {strings.RequestFlow}
              </Text>
              <RichTextView html={card.requestFlow} sanitize={sanitize} />
            </Stack>
          ) : undefined}
        </Stack>
      ) : undefined}
      <Stack horizontal={true} wrap={true} verticalAlign="center" tokens={{ childrenGap: 8 }}>
        {inquiryPageUrl ? <PrimaryButton href={inquiryLinkFor(inquiryPageUrl, card.id)} text={strings.RaiseInquiry} /> : undefined}
        <ActionButton
          iconProps={{ iconName: open ? 'ChevronUp' : 'ChevronDown' }}
          aria-expanded={open}
          aria-controls={headingId}
          onClick={() => setOpen(!open)}
          text={open ? strings.HideDetails : strings.ShowDetails}
        />
        {editing ? (
          canEdit && onEdit ? <ActionButton iconProps={{ iconName: 'Edit' }} onClick={() => onEdit(card.id)} text={strings.EditService} /> : undefined
        ) : editUrl ? (
          <ActionButton iconProps={{ iconName: 'Edit' }} href={editUrl(card.id)} text={strings.EditService} />
        ) : undefined}
      </Stack>
    </Stack>
  );
}

/** The staff-facing catalog page: services in operation, searchable, grouped by category, each with 「問い合わせる」. */
export default function ServiceCatalog(props: IServiceCatalogProps): JSX.Element {
  const { strings, ui, heading, loadServices, inquiryPageUrl, editing, locale, calendars } = props;
  const { state, reload } = useAsync(loadServices, [loadServices]);
  const [query, setQuery] = React.useState('');
  const [editingId, setEditingId] = React.useState<number | undefined>(undefined);
  // The owner's saved versions: staff still read the approved one, but the owner sees what they saved.
  const [saved, setSaved] = React.useState<{ [id: number]: { card: IServiceCard; pending: boolean } }>({});
  const [notice, setNotice] = React.useState<string | undefined>(undefined);

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 8 } }}>
      <RegisterHeader heading={heading || strings.Heading} description={strings.Intro} />
      {!inquiryPageUrl ? <MessageBar messageBarType={MessageBarType.info}>{strings.NoInquiryPage}</MessageBar> : undefined}
      <SearchBox
        placeholder={strings.SearchPlaceholder}
        ariaLabel={strings.SearchPlaceholder}
        value={query}
        onChange={(_, v) => setQuery(v || '')}
        onClear={() => setQuery('')}
      />
      {notice ? (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.CloseNotice}>
          <span role="status">{notice}</span>
        </MessageBar>
      ) : undefined}
      <AsyncView state={state} strings={ui} onRetry={reload}>
        {(loaded) => {
          const cards = loaded.map((c) => (saved[c.id] ? saved[c.id].card : c));
          if (cards.length === 0) return <Text>{strings.EmptyText}</Text>;
          const groups = groupServices(cards, query);
          const count = groups.reduce((n, g) => n + g.services.length, 0);
          return (
            <Stack tokens={{ childrenGap: 16 }}>
              <Text variant="small" aria-live="polite">
                {count === 0 ? strings.NoMatch : format(strings.ResultCount, count)}
              </Text>
              {groups.map((group) => (
                <Stack as="section" key={group.category} tokens={{ childrenGap: 8 }} aria-label={group.category}>
                  <Text as="h3" variant="large" styles={{ root: { margin: 0 } }}>
                    {group.category}
                  </Text>
                  {group.services.map((card) => (
                    <ServiceCard key={card.id} {...props} card={card} pendingApproval={saved[card.id] ? saved[card.id].pending : false} onEdit={setEditingId} />
                  ))}
                </Stack>
              ))}
            </Stack>
          );
        }}
      </AsyncView>
      {editing && editingId !== undefined ? (
        <React.Suspense fallback={<Spinner size={SpinnerSize.small} label={strings.Loading} />}>
          <ServiceEditPanel
            serviceId={editingId}
            editing={editing}
            strings={strings}
            ui={ui}
            locale={locale}
            calendars={calendars}
            onDismiss={() => setEditingId(undefined)}
            onSaved={(card, pending) => {
              setSaved({ ...saved, [card.id]: { card, pending } });
              setNotice(pending ? strings.SavedPendingApproval : strings.Saved);
              setEditingId(undefined);
            }}
          />
        </React.Suspense>
      ) : undefined}
    </Stack>
  );
}
