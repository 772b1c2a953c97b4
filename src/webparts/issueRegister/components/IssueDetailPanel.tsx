import { Panel, PanelType, Separator, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import { IIssueDetail, IIssueRepository } from '../../../data/issues';
import { formatJst, hasRole, IActor, IIssue, ISSUE_AREA_LABELS, ISSUE_STATUS_LABELS, Locale, PRIORITY_LABELS } from '../../../domain';
import { IssuesList } from '../../../schema';
import { AsyncView } from '../../../ui/AsyncView';
import { RichTextView } from '../../../ui/RichTextView';
import { IUiStrings } from '../../../ui/uiStrings';
import { useAsync } from '../../../ui/useAsync';
import { ApprovalAction } from './ApprovalAction';
import { ProposalForm } from './ProposalForm';
import { ReportForm } from './ReportForm';
import { RoleMatrixCard } from './RoleMatrixCard';
import { IIssueRegisterStrings } from './strings';

export interface IIssueDetailPanelProps {
  issueId: number | undefined;
  repository: IIssueRepository;
  actor: IActor;
  now: () => Date;
  locale: Locale;
  strings: IIssueRegisterStrings;
  ui: IUiStrings;
  onDismiss: () => void;
  /** Something was written: the register reloads its view. */
  onChanged: () => void;
}

/**
 * A vendor user who can open the issue at all is its vendor's (SharePoint only shows it to that group), so
 * the domain checks take the issue's vendor as theirs.
 */
function actorFor(actor: IActor, issue: IIssue): IActor {
  const vendorOnly = hasRole(actor, 'vendor') && !hasRole(actor, 'ictCenter') && !hasRole(actor, 'department');
  return vendorOnly && !actor.vendorKey ? { ...actor, vendorKey: issue.vendorKey } : actor;
}

function Row(props: { label: string; value: string }): JSX.Element {
  return (
    <Stack horizontal={true} tokens={{ childrenGap: 12 }}>
      <Text styles={{ root: { minWidth: 120, color: '#605e5c' } }}>{props.label}</Text>
      <Text styles={{ root: { whiteSpace: 'pre-wrap' } }}>{props.value}</Text>
    </Stack>
  );
}

/** One issue: the agreed values, pending changes with the approver's action, proposals, progress, and the history. */
export function IssueDetailPanel(props: IIssueDetailPanelProps): JSX.Element {
  const { issueId, repository, now, locale, strings, ui, onDismiss, onChanged } = props;
  const detail = useAsync<IIssueDetail | undefined>(() => (issueId === undefined ? Promise.resolve(undefined) : repository.get(issueId)), [issueId, repository]);
  const history = useAsync(() => (issueId === undefined ? Promise.resolve([]) : repository.history(issueId)), [issueId, repository]);
  const f = IssuesList.fields;
  const changed = (): void => {
    detail.reload();
    history.reload();
    onChanged();
  };

  return (
    <Panel isOpen={issueId !== undefined} type={PanelType.large} onDismiss={onDismiss} closeButtonAriaLabel={strings.Close} headerText={detail.state.status === 'ready' && detail.state.data ? detail.state.data.record.issue.title : ''}>
      <AsyncView state={detail.state} strings={ui} onRetry={detail.reload}>
        {(d) => {
          if (!d) return undefined;
          const issue = d.record.issue;
          const actor = actorFor(props.actor, issue);
          const pending = d.proposals.filter((p) => p.status === 'pending');
          return (
            <Stack tokens={{ childrenGap: 12 }}>
              <Text variant="mediumPlus" as="h3">
                {strings.AgreedHeading}
              </Text>
              <Row label={f.area.title[locale]} value={ISSUE_AREA_LABELS[issue.area][locale]} />
              <Row label={f.status.title[locale]} value={ISSUE_STATUS_LABELS[issue.status][locale]} />
              <Row label={f.priority.title[locale]} value={PRIORITY_LABELS[issue.priority][locale]} />
              <Row label={f.owner.title[locale]} value={issue.owner.title} />
              <Row label={f.dueDate.title[locale]} value={issue.dueDate.replace(/-/g, '/')} />
              <Row label={f.policy.title[locale]} value={issue.policy || ''} />
              <Row label={f.progress.title[locale]} value={d.record.progress || ''} />
              {issue.description ? (
                <Stack horizontal={true} tokens={{ childrenGap: 12 }}>
                  <Text styles={{ root: { minWidth: 120, color: '#605e5c' } }}>{f.description.title[locale]}</Text>
                  <RichTextView html={issue.description} />
                </Stack>
              ) : undefined}
              <RoleMatrixCard area={issue.area} locale={locale} strings={strings} />
              {pending.length ? (
                <Stack tokens={{ childrenGap: 8 }}>
                  <Text variant="mediumPlus" as="h3">
                    {strings.PendingHeading}
                  </Text>
                  <Text variant="small">{strings.PendingNote}</Text>
                  {pending.map((p) => (
                    <ApprovalAction
                      key={p.id}
                      issue={issue}
                      proposal={p}
                      actor={actor}
                      now={now}
                      locale={locale}
                      strings={strings}
                      ui={ui}
                      onDecide={async (decided, id) => {
                        await repository.decide(d, decided, id);
                        changed();
                      }}
                    />
                  ))}
                </Stack>
              ) : undefined}
              <Separator />
              <ReportForm
                issue={issue}
                actor={actor}
                canEdit={d.canEdit}
                now={now}
                locale={locale}
                strings={strings}
                ui={ui}
                onReport={async (note, status, applied) => {
                  await repository.report(d, note, status, applied);
                  changed();
                }}
              />
              <Separator />
              <ProposalForm
                issue={issue}
                actor={actor}
                now={now}
                locale={locale}
                strings={strings}
                ui={ui}
                resolveUser={async (text) => (await repository.resolveUsers([text]))[text]}
                onSubmit={async (proposal) => {
                  await repository.propose(d, proposal);
                  changed();
                }}
              />
              <Separator />
              <Text variant="mediumPlus" as="h3">
                {strings.HistoryHeading}
              </Text>
              <AsyncView state={history.state} strings={ui} onRetry={history.reload}>
                {(entries) =>
                  entries.length ? (
                    <ol style={{ paddingLeft: 20, margin: 0 }}>
                      {entries.map((h, i) => (
                        <li key={i}>
                          <Text variant="small" styles={{ root: { color: '#605e5c', marginRight: 8 } }}>
                            {h.at ? formatJst(new Date(h.at)).replace(/-/g, '/') : ''}
                          </Text>
                          <Text>{h.text[locale]}</Text>
                        </li>
                      ))}
                    </ol>
                  ) : (
                    <Text>{strings.HistoryEmpty}</Text>
                  )
                }
              </AsyncView>
            </Stack>
          );
        }}
      </AsyncView>
    </Panel>
  );
}
