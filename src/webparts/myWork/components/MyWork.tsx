import { ActionButton, Link, MessageBar, MessageBarType, Spinner, SpinnerSize, Stack, Text, ThemeProvider } from '@fluentui/react';
import * as React from 'react';
import { GOVERNED_FIELD_LABELS, INQUIRY_STATUS_LABELS, ISSUE_STATUS_LABELS, Locale } from '../../../domain';
import { IDataError } from '../../../data/DataError';
import { ErrorBar } from '../../../ui/AsyncView';
import { SlaBadge } from '../../../ui/SlaBadge';
import { formatShortJst, slaBadgeModel } from '../../../ui/slaBadgeModel';
import { IUiStrings } from '../../../ui/uiStrings';
import { useAsync } from '../../../ui/useAsync';
import { IMyWorkStrings } from './IMyWorkStrings';
import { IMyInquiry, IMyIssue, IMyProposal, IMyWorkSource, isOverdue, proposedValueText } from './myWorkModel';
import { IHostInfo, teamsFluentTheme } from './teamsTheme';

export interface IMyWorkProps {
  source: IMyWorkSource;
  host: IHostInfo;
  strings: IMyWorkStrings;
  ui: IUiStrings;
  locale: Locale;
  heading?: string;
  /** Most rows per section. */
  pageSize: number;
  now: () => Date;
}

const sectionStyle: React.CSSProperties = { margin: '16px 0 0' };
const listStyle: React.CSSProperties = { listStyle: 'none', margin: 0, padding: 0 };
const rowStyle: React.CSSProperties = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, padding: '6px 0' };

function Pill(props: { text: string; strong?: boolean }): JSX.Element {
  return (
    <span
      style={{
        display: 'inline-block',
        padding: '1px 8px',
        borderRadius: 10,
        fontSize: 12,
        fontWeight: 600,
        border: '1px solid currentColor',
        opacity: props.strong ? 1 : 0.85
      }}
    >
      {props.text}
    </span>
  );
}

function Section(props: { id: string; title: string; count: number; empty: string; children: React.ReactNode }): JSX.Element {
  return (
    <section aria-labelledby={props.id} style={sectionStyle}>
      <Text as="h3" id={props.id} variant="large" block={true}>
        {props.title} ({props.count})
      </Text>
      {props.count === 0 ? <Text block={true}>{props.empty}</Text> : <ul style={listStyle}>{props.children}</ul>}
    </section>
  );
}

function InquiryRow(props: { item: IMyInquiry; locale: Locale; now: Date }): JSX.Element {
  const { inquiry, sla, url } = props.item;
  return (
    <li style={rowStyle} data-testid={`inquiry-${inquiry.id}`}>
      <SlaBadge model={slaBadgeModel(inquiry, sla.target, sla.calendar, props.now, props.locale, sla.missingCalendarId)} />
      <Link href={url} target="_blank" rel="noopener noreferrer">
        #{inquiry.id} {inquiry.subject}
      </Link>
      <Text variant="small">{INQUIRY_STATUS_LABELS[inquiry.status][props.locale]}</Text>
    </li>
  );
}

function IssueRow(props: { item: IMyIssue; strings: IMyWorkStrings; locale: Locale; now: Date }): JSX.Element {
  const { issue, reasons, url } = props.item;
  const s = props.strings;
  const overdue = isOverdue(issue.dueDate, props.now) && issue.status !== 'resolved' && issue.status !== 'closed';
  return (
    <li style={rowStyle} data-testid={`issue-${issue.id}`}>
      {reasons.map((r) => (
        <Pill key={r} text={r === 'owner' ? s.ReasonOwner : s.ReasonApprove} strong={r === 'approve'} />
      ))}
      <Link href={url} target="_blank" rel="noopener noreferrer">
        {issue.title}
      </Link>
      <Text variant="small">{ISSUE_STATUS_LABELS[issue.status][props.locale]}</Text>
      <Text variant="small">
        {s.DueLabel}: {issue.dueDate}
      </Text>
      {overdue ? <Pill text={s.Overdue} strong={true} /> : undefined}
    </li>
  );
}

function ProposalRow(props: { item: IMyProposal; strings: IMyWorkStrings; locale: Locale }): JSX.Element {
  const { proposal, issueTitle, url } = props.item;
  return (
    <li style={rowStyle} data-testid={`proposal-${proposal.id}`}>
      <Link href={url} target="_blank" rel="noopener noreferrer">
        {issueTitle}
      </Link>
      <Text variant="small">
        {GOVERNED_FIELD_LABELS[proposal.field][props.locale]} → {proposedValueText(proposal, props.locale)}
      </Text>
      <Text variant="small">
        {props.strings.ProposedLabel}: {formatShortJst(new Date(proposal.proposedAt), props.locale)}
      </Text>
    </li>
  );
}

/** In Teams, a failure to read (a guest's refused session, mostly) offers the SharePoint page instead. */
function LoadError(props: { error: IDataError; host: IHostInfo; strings: IMyWorkStrings; ui: IUiStrings; onRetry: () => void }): JSX.Element {
  const { host, strings } = props;
  return (
    <div>
      <ErrorBar error={props.error} strings={props.ui} onRetry={props.onRetry} />
      {host.kind === 'teams' && host.fallbackUrl ? (
        <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
          <span>{strings.TeamsFallback} </span>
          <Link href={host.fallbackUrl} target="_blank" rel="noopener noreferrer" data-testid="sharepoint-fallback">
            {strings.OpenInSharePoint}
          </Link>
        </MessageBar>
      ) : undefined}
    </div>
  );
}

/** The signed-in user's work across the registers, in SharePoint or in a Teams tab / personal app. */
export default function MyWork(props: IMyWorkProps): JSX.Element {
  const { source, host, strings, ui, locale, pageSize } = props;
  const { state, reload } = useAsync(() => source.load(), [source]);
  const theme = teamsFluentTheme(host.theme);
  // On SharePoint pages the site theme (from the shell) applies; in Teams the client's theme does.
  const inTeams = host.kind === 'teams';
  const rootStyle: React.CSSProperties = inTeams
    ? { background: theme.semanticColors.bodyBackground, color: theme.semanticColors.bodyText, padding: 12, minHeight: '100%' }
    : {};
  const now = props.now();

  const body = ((): JSX.Element => {
    if (state.status === 'loading') return <Spinner size={SpinnerSize.medium} label={ui.loading} />;
    if (state.status === 'error') return <LoadError error={state.error} host={host} strings={strings} ui={ui} onRetry={reload} />;
    const { inquiries, issues, proposals } = state.data;
    return (
      <div>
        <Section id="mywork-inquiries" title={strings.InquiriesHeading} count={inquiries.length} empty={strings.NoInquiries}>
          {inquiries.slice(0, pageSize).map((i) => (
            <InquiryRow key={i.inquiry.id} item={i} locale={locale} now={now} />
          ))}
        </Section>
        <Section id="mywork-issues" title={strings.IssuesHeading} count={issues.length} empty={strings.NoIssues}>
          {issues.slice(0, pageSize).map((i) => (
            <IssueRow key={i.issue.id} item={i} strings={strings} locale={locale} now={now} />
          ))}
        </Section>
        <Section id="mywork-proposals" title={strings.ProposalsHeading} count={proposals.length} empty={strings.NoProposals}>
          {proposals.slice(0, pageSize).map((p) => (
            <ProposalRow key={p.proposal.id} item={p} strings={strings} locale={locale} />
          ))}
        </Section>
      </div>
    );
  })();

  const content = (
    <div data-opsdesk-host={host.kind} data-teams-theme={inTeams ? host.theme : undefined} style={rootStyle}>
      <Stack horizontal={true} verticalAlign="center" horizontalAlign="space-between" wrap={true}>
        <Text as="h2" variant="xLarge">
          {props.heading || strings.Heading}
        </Text>
        <ActionButton iconProps={{ iconName: 'Refresh' }} onClick={reload}>
          {strings.Refresh}
        </ActionButton>
      </Stack>
      <Text block={true} variant="small">
        {strings.Intro}
      </Text>
      {body}
    </div>
  );
  return inTeams ? (
    <ThemeProvider theme={theme} applyTo="element">
      {content}
    </ThemeProvider>
  ) : (
    content
  );
}
