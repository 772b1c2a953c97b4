import { DefaultButton, DetailsList, DetailsListLayoutMode, IColumn, MessageBar, MessageBarType, SelectionMode, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import { IKnowledgeArticle } from '../../../data/knowledge';
import { IDataError, toDataError } from '../../../data/DataError';
import { DEFAULT_KNOWLEDGE_REVIEW_POLICY, IKnowledgeReviewPolicy, IReviewQueueEntry, markReviewed, reviewQueue } from '../../../domain/knowledge';
import { AsyncView, ErrorBar } from '../../../ui/AsyncView';
import { IUiStrings } from '../../../ui/uiStrings';
import { useAsync } from '../../../ui/useAsync';
import { format } from './ArticleList';
import { IKnowledgeBaseStrings } from './IKnowledgeBaseStrings';

export interface IReviewSource {
  listTitle: string;
  reviewCandidates: (today: string, leadDays: number) => Promise<IKnowledgeArticle[]>;
  markReviewed: (article: IKnowledgeArticle, today: string, publish: boolean) => Promise<unknown>;
}

export interface IReviewPanelProps {
  strings: IKnowledgeBaseStrings;
  ui: IUiStrings;
  /** The lists the user may edit (FAQ, operator knowledge). */
  sources: ReadonlyArray<IReviewSource>;
  today: () => string;
  policy?: IKnowledgeReviewPolicy;
}

type Row = IReviewQueueEntry<IKnowledgeArticle> & { source: IReviewSource };

/** The reviewer view (§18 定期的なナレッジの見直し): what is due, overdue or past grace, with "mark reviewed". */
export function ReviewPanel(props: IReviewPanelProps): JSX.Element {
  const { strings, ui, sources, today } = props;
  const policy = props.policy || DEFAULT_KNOWLEDGE_REVIEW_POLICY;
  const [done, setDone] = React.useState<string | undefined>(undefined);
  const [error, setError] = React.useState<IDataError | undefined>(undefined);
  const [busy, setBusy] = React.useState<number | undefined>(undefined);

  const { state, reload } = useAsync(async (): Promise<Row[]> => {
    const day = today();
    const rows: Row[] = [];
    for (const source of sources) {
      const found = await source.reviewCandidates(day, policy.reminderLeadDays);
      for (const entry of reviewQueue(found, day, policy)) rows.push({ ...entry, source });
    }
    return rows.sort((a, b) => (a.dueDate || '').localeCompare(b.dueDate || ''));
  }, [sources]);

  const stateLabel = (row: Row): string => {
    switch (row.state) {
      case 'upcoming':
        return strings.StateUpcoming;
      case 'overdue':
        return format(strings.StateOverdue, row.daysOverdue || 0);
      case 'graceExpired':
        return strings.StateGraceExpired;
      default:
        return strings.StateNoDate;
    }
  };

  const review = (row: Row): void => {
    const day = today();
    setBusy(row.subject.id);
    setError(undefined);
    row.source.markReviewed(row.subject, day, row.subject.status === 'published').then(
      () => {
        setBusy(undefined);
        setDone(format(strings.Reviewed, markReviewed(row.subject.reviewCycleDays, day).nextReview.replace(/-/g, '/')));
        reload();
      },
      (e: unknown) => {
        setBusy(undefined);
        setError(toDataError(e));
      }
    );
  };

  const columns: IColumn[] = [
    { key: 'title', name: strings.ReviewList, minWidth: 90, maxWidth: 130, onRender: (r: Row) => r.source.listTitle },
    {
      key: 'q', name: strings.ReviewEntry, minWidth: 200, isMultiline: true,
      onRender: (r: Row) => `${r.subject.title}${r.subject.status === 'draft' ? `（${strings.Draft}）` : ''}`
    },
    { key: 'owner', name: strings.ReviewOwner, minWidth: 90, onRender: (r: Row) => (r.subject.owner ? r.subject.owner.title : '') },
    { key: 'due', name: strings.ReviewDue, minWidth: 90, onRender: (r: Row) => (r.dueDate || '').replace(/-/g, '/') },
    { key: 'state', name: strings.ReviewState, minWidth: 140, onRender: (r: Row) => stateLabel(r) },
    {
      key: 'act', name: '', minWidth: 140,
      onRender: (r: Row) => <DefaultButton text={strings.MarkReviewed} disabled={busy !== undefined} onClick={() => review(r)} />
    }
  ];

  return (
    <Stack tokens={{ childrenGap: 10 }}>
      <Text variant="small">{strings.ReviewIntro}</Text>
      {done ? <MessageBar messageBarType={MessageBarType.success}>{done}</MessageBar> : undefined}
      {error ? <ErrorBar error={error} strings={ui} /> : undefined}
      <AsyncView state={state} strings={ui} onRetry={reload}>
        {(rows) =>
          rows.length === 0 ? (
            <Text>{strings.ReviewNothingDue}</Text>
          ) : (
            <DetailsList
              items={rows}
              columns={columns}
              getKey={(r: Row) => `${r.subject.listKey}-${r.subject.id}`}
              selectionMode={SelectionMode.none}
              layoutMode={DetailsListLayoutMode.justified}
              ariaLabelForGrid={strings.ReviewTab}
            />
          )
        }
      </AsyncView>
    </Stack>
  );
}
