import { ActionButton, Link, MessageBar, MessageBarType, PrimaryButton, SearchBox, Stack, Text } from '@fluentui/react';
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
  /** The owners' edit form of a service (SharePoint's form; content approval applies). */
  editUrl?: (serviceId: number) => string;
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
  const { card, strings, locale, inquiryPageUrl, documentUrl, editUrl, calendars, sanitize } = props;
  const [open, setOpen] = React.useState(false);
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
        {editUrl ? <ActionButton iconProps={{ iconName: 'Edit' }} href={editUrl(card.id)} text={strings.EditService} /> : undefined}
      </Stack>
    </Stack>
  );
}

/** The staff-facing catalog page: services in operation, searchable, grouped by category, each with 「問い合わせる」. */
export default function ServiceCatalog(props: IServiceCatalogProps): JSX.Element {
  const { strings, ui, heading, loadServices, inquiryPageUrl } = props;
  const { state, reload } = useAsync(loadServices, [loadServices]);
  const [query, setQuery] = React.useState('');

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
      <AsyncView state={state} strings={ui} onRetry={reload}>
        {(cards) => {
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
                    <ServiceCard key={card.id} {...props} card={card} />
                  ))}
                </Stack>
              ))}
            </Stack>
          );
        }}
      </AsyncView>
    </Stack>
  );
}
