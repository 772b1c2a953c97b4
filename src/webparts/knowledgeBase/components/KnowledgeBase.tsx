import { Pivot, PivotItem, Stack } from '@fluentui/react';
import * as React from 'react';
import { RegisterHeader } from '../../../ui/RegisterHeader';
import { IArticlePage, IKnowledgeArticle } from '../../../data/knowledge';
import { Locale } from '../../../domain/vocabulary';
import { IKnowledgeReviewPolicy } from '../../../domain/knowledge';
import { AsyncView } from '../../../ui/AsyncView';
import { IUiStrings } from '../../../ui/uiStrings';
import { useAsync } from '../../../ui/useAsync';
import { ArticleList } from './ArticleList';
import { IKnowledgeBaseStrings } from './IKnowledgeBaseStrings';
import { IReviewSource, ReviewPanel } from './ReviewPanel';

export type { IKnowledgeBaseStrings };

/** What the web part needs of a knowledge list (the repository, or a fake in tests). */
export interface IKnowledgeSource {
  searchPublished: (search: { query?: string; category?: string; pageSize: number }) => Promise<IArticlePage>;
  reviewCandidates: (today: string, leadDays: number) => Promise<IKnowledgeArticle[]>;
  markReviewed: (article: IKnowledgeArticle, today: string, publish: boolean) => Promise<unknown>;
  canRead: () => Promise<boolean>;
  canEdit: () => Promise<boolean>;
}

export interface IKnowledgeBaseProps {
  strings: IKnowledgeBaseStrings;
  ui: IUiStrings;
  locale: Locale;
  heading?: string;
  faq: IKnowledgeSource;
  operator: IKnowledgeSource;
  vote: (faqId: number, helpful: boolean) => Promise<void>;
  pageSize: number;
  /** Today in Asia/Tokyo, 'YYYY-MM-DD' (injected so tests control the clock). */
  today: () => string;
  sanitize?: (html: string) => string;
  reviewPolicy?: IKnowledgeReviewPolicy;
  debounceMs?: number;
}

interface IAccess {
  operator: boolean;
  editFaq: boolean;
  editOperator: boolean;
}

/**
 * The FAQ for staff, the operator-knowledge tab for those SharePoint lets read it (the ICT center and vendors, each
 * seeing only what item permissions allow), and the reviewer view for those who may edit.
 */
export default function KnowledgeBase(props: IKnowledgeBaseProps): JSX.Element {
  const { strings, ui, heading, faq, operator, vote, pageSize, today, sanitize } = props;
  const access = useAsync(
    async (): Promise<IAccess> => {
      const [canOperator, editFaq] = await Promise.all([operator.canRead(), faq.canEdit()]);
      return { operator: canOperator, editFaq, editOperator: canOperator ? await operator.canEdit() : false };
    },
    [faq, operator]
  );
  const searchFaq = React.useCallback((query: string, category: string | undefined) => faq.searchPublished({ query, category, pageSize }), [faq, pageSize]);
  const searchOperator = React.useCallback(
    (query: string, category: string | undefined) => operator.searchPublished({ query, category, pageSize }),
    [operator, pageSize]
  );
  const voteOn = React.useCallback((a: IKnowledgeArticle, helpful: boolean) => vote(a.id, helpful), [vote]);

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 8 } }}>
      <RegisterHeader heading={heading || strings.Heading} description={strings.Intro} />
      <AsyncView state={access.state} strings={ui} onRetry={access.reload}>
        {(can) => {
          const sources: IReviewSource[] = [];
          if (can.editFaq) sources.push({ listTitle: strings.FaqTab, reviewCandidates: faq.reviewCandidates, markReviewed: faq.markReviewed });
          if (can.editOperator) sources.push({ listTitle: strings.OperatorTab, reviewCandidates: operator.reviewCandidates, markReviewed: operator.markReviewed });
          return (
            <Pivot aria-label={heading || strings.Heading}>
              <PivotItem headerText={strings.FaqTab} itemKey="faq">
                <ArticleList strings={strings} ui={ui} search={searchFaq} vote={voteOn} emptyText={strings.EmptyText} sanitize={sanitize} debounceMs={props.debounceMs} />
              </PivotItem>
              {can.operator ? (
                <PivotItem headerText={strings.OperatorTab} itemKey="operator">
                  <ArticleList strings={strings} ui={ui} search={searchOperator} emptyText={strings.NoMatch} sanitize={sanitize} debounceMs={props.debounceMs} />
                </PivotItem>
              ) : undefined}
              {sources.length ? (
                <PivotItem headerText={strings.ReviewTab} itemKey="review">
                  <ReviewPanel strings={strings} ui={ui} sources={sources} today={today} policy={props.reviewPolicy} />
                </PivotItem>
              ) : undefined}
            </Pivot>
          );
        }}
      </AsyncView>
    </Stack>
  );
}
