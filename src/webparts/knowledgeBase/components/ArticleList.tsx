import { ActionButton, DefaultButton, Dropdown, IDropdownOption, MessageBar, MessageBarType, SearchBox, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import { IArticlePage, IKnowledgeArticle } from '../../../data/knowledge';
import { IDataError, toDataError } from '../../../data/DataError';
import { AsyncView, ErrorBar } from '../../../ui/AsyncView';
import { LoadMore } from '../../../ui/LoadMore';
import { RichTextView } from '../../../ui/RichTextView';
import { IUiStrings } from '../../../ui/uiStrings';
import { useAsync } from '../../../ui/useAsync';
import { IKnowledgeBaseStrings } from './IKnowledgeBaseStrings';

export function format(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(values[Number(i)]));
}

export interface IArticleListProps {
  strings: IKnowledgeBaseStrings;
  ui: IUiStrings;
  /** Loads the first page for a query and category (the repository's `searchPublished`). */
  search: (query: string, category: string | undefined) => Promise<IArticlePage>;
  /** FAQ only: records a 「役に立ちましたか」 vote. */
  vote?: (article: IKnowledgeArticle, helpful: boolean) => Promise<void>;
  emptyText: string;
  sanitize?: (html: string) => string;
  /** Debounce for typing in the search box (ms); 0 in tests. */
  debounceMs?: number;
}

interface IShown {
  articles: IKnowledgeArticle[];
  next?: () => Promise<IArticlePage>;
}

function Article(props: { article: IKnowledgeArticle } & Pick<IArticleListProps, 'strings' | 'ui' | 'vote' | 'sanitize'>): JSX.Element {
  const { article, strings, ui, vote, sanitize } = props;
  const [open, setOpen] = React.useState(false);
  const [voted, setVoted] = React.useState(false);
  const [voteError, setVoteError] = React.useState<IDataError | undefined>(undefined);
  const id = `kb-${article.listKey}-${article.id}`;
  const send = (helpful: boolean): void => {
    if (!vote) return;
    setVoteError(undefined);
    vote(article, helpful).then(
      () => setVoted(true),
      (e: unknown) => setVoteError(toDataError(e))
    );
  };
  return (
    <Stack as="article" aria-labelledby={id} styles={{ root: { borderBottom: '1px solid #edebe9', paddingBottom: 6 } }}>
      <ActionButton
        id={id}
        aria-expanded={open}
        iconProps={{ iconName: open ? 'ChevronDown' : 'ChevronRight' }}
        onClick={() => setOpen(!open)}
        styles={{ root: { height: 'auto', minHeight: 32, textAlign: 'left' }, label: { fontWeight: 600, whiteSpace: 'normal' } }}
      >
        {article.title}
      </ActionButton>
      {open ? (
        <Stack tokens={{ childrenGap: 8 }} styles={{ root: { paddingLeft: 32 } }}>
          <RichTextView html={article.answer} sanitize={sanitize} />
          <Text variant="small">
            {strings.CategoryLabel}: {article.category}
            {article.tags.length ? ` ／ ${strings.Tags}: ${article.tags.join('、')}` : ''}
            {article.lastReviewed ? ` ／ ${strings.LastReviewed}: ${article.lastReviewed.replace(/-/g, '/')}` : ''}
            {article.listKey === 'knowledge' && article.vendorKey ? ` ／ ${strings.Vendor}: ${article.vendorKey}` : ''}
            {article.listKey === 'knowledge' && article.sharedWithAll ? ` ／ ${strings.SharedWithAll}` : ''}
          </Text>
          {article.listKey === 'faq' ? (
            <Stack tokens={{ childrenGap: 4 }}>
              <Text variant="small">{format(strings.HelpfulCounts, article.helpfulYes, article.helpfulNo)}</Text>
              {vote && !voted ? (
                <Stack horizontal={true} verticalAlign="center" tokens={{ childrenGap: 8 }}>
                  <Text variant="small">{strings.WasThisHelpful}</Text>
                  <DefaultButton text={strings.Yes} iconProps={{ iconName: 'Like' }} onClick={() => send(true)} />
                  <DefaultButton text={strings.No} iconProps={{ iconName: 'Dislike' }} onClick={() => send(false)} />
                </Stack>
              ) : undefined}
              {voted ? <MessageBar messageBarType={MessageBarType.success}>{strings.ThanksForFeedback}</MessageBar> : undefined}
              {voteError ? <ErrorBar error={voteError} strings={ui} onRetry={() => setVoteError(undefined)} /> : undefined}
            </Stack>
          ) : undefined}
        </Stack>
      ) : undefined}
    </Stack>
  );
}

/** Search box, category filter, results with "show older" — one screen for the FAQ and for operator knowledge. */
export function ArticleList(props: IArticleListProps): JSX.Element {
  const { strings, ui, search, emptyText } = props;
  const [typed, setTyped] = React.useState('');
  const [query, setQuery] = React.useState('');
  const [category, setCategory] = React.useState<string | undefined>(undefined);
  const [categories, setCategories] = React.useState<string[]>([]);
  const [more, setMore] = React.useState<IShown | undefined>(undefined);
  const [moreError, setMoreError] = React.useState<IDataError | undefined>(undefined);
  const [loadingMore, setLoadingMore] = React.useState(false);

  React.useEffect(() => {
    const wait = props.debounceMs === undefined ? 300 : props.debounceMs;
    if (wait === 0) {
      setQuery(typed);
      return undefined;
    }
    const timer = setTimeout(() => setQuery(typed), wait);
    return () => clearTimeout(timer);
  }, [typed, props.debounceMs]);

  const { state, reload } = useAsync(() => search(query.trim(), category), [query, category, search]);

  React.useEffect(() => {
    setMore(undefined);
    setMoreError(undefined);
    if (state.status === 'ready') {
      // Categories are learnt from what was loaded (a distinct-values query would scan the whole list).
      const seen = categories.slice();
      for (const a of state.data.articles) if (a.category && seen.indexOf(a.category) < 0) seen.push(a.category);
      if (seen.length !== categories.length) setCategories(seen.sort((a, b) => a.localeCompare(b, 'ja')));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  const shown: IShown | undefined = more || (state.status === 'ready' ? { articles: state.data.articles, next: state.data.next } : undefined);

  const loadMore = (): void => {
    if (!shown || !shown.next) return;
    setLoadingMore(true);
    shown.next().then(
      (page) => {
        setMore({ articles: shown.articles.concat(page.articles), next: page.next });
        setLoadingMore(false);
      },
      (e: unknown) => {
        setMoreError(toDataError(e));
        setLoadingMore(false);
      }
    );
  };

  const options: IDropdownOption[] = [{ key: '', text: strings.AllCategories }].concat(categories.map((c) => ({ key: c, text: c })));

  return (
    <Stack tokens={{ childrenGap: 10 }}>
      <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }}>
        <SearchBox
          styles={{ root: { minWidth: 260, flexGrow: 1 } }}
          placeholder={strings.SearchPlaceholder}
          ariaLabel={strings.SearchPlaceholder}
          value={typed}
          onChange={(_, v) => setTyped(v || '')}
          onSearch={(v) => setQuery(v || '')}
          onClear={() => setTyped('')}
        />
        <Dropdown
          label={strings.CategoryLabel}
          styles={{ root: { minWidth: 200 } }}
          options={options}
          selectedKey={category || ''}
          onChange={(_, o) => setCategory(o && o.key ? String(o.key) : undefined)}
        />
      </Stack>
      <AsyncView state={state} strings={ui} onRetry={reload}>
        {() =>
          shown ? (
            <Stack tokens={{ childrenGap: 4 }}>
              {shown.articles.length === 0 && !shown.next ? <Text>{query || category ? strings.NoMatch : emptyText}</Text> : undefined}
              {shown.articles.map((a) => (
                <Article key={a.id} article={a} strings={strings} ui={ui} vote={props.vote} sanitize={props.sanitize} />
              ))}
              <LoadMore
                onLoadMore={shown.next ? loadMore : undefined}
                busy={loadingMore}
                error={moreError}
                text={shown.articles.length ? undefined : strings.SearchOlder}
                strings={ui}
              />
            </Stack>
          ) : undefined
        }
      </AsyncView>
    </Stack>
  );
}
