import { Stack } from '@fluentui/react';
import * as React from 'react';
import { IItemPage } from '../data/SchemaListRepository';
import { ISchemaItem } from '../data/fieldValues';
import { toDataError, IDataError } from '../data/DataError';
import { Locale } from '../domain/vocabulary';
import { IListDef } from '../schema';
import { AsyncView } from './AsyncView';
import { RegisterHeader } from './RegisterHeader';
import { RegisterTable } from './RegisterTable';
import { IUiStrings } from './uiStrings';
import { useAsync } from './useAsync';

export interface IRegisterPageProps {
  heading: string;
  description?: string;
  list: IListDef;
  columns: ReadonlyArray<string>;
  locale: Locale;
  strings: IUiStrings;
  emptyText?: string;
  /** The first page of the register; later pages follow its `next`. */
  loadFirstPage: () => Promise<IItemPage>;
  /** Reloads when any of these change (view, filter, user). */
  deps?: ReadonlyArray<unknown>;
  actions?: React.ReactNode;
}

interface IPagedItems {
  items: ISchemaItem[];
  next?: () => Promise<IItemPage>;
}

/** The frame of every register web part: heading, actions, the first page, "show more", errors with retry. */
export function RegisterPage(props: IRegisterPageProps): JSX.Element {
  const { heading, description, list, columns, locale, strings, emptyText, loadFirstPage, actions } = props;
  const { state, reload } = useAsync(loadFirstPage, props.deps || []);
  const [more, setMore] = React.useState<IPagedItems | undefined>(undefined);
  const [loadingMore, setLoadingMore] = React.useState(false);
  const [moreError, setMoreError] = React.useState<IDataError | undefined>(undefined);

  React.useEffect(() => {
    setMore(undefined);
    setMoreError(undefined);
  }, [state]);

  const shown: IPagedItems | undefined =
    more || (state.status === 'ready' ? { items: state.data.items, next: state.data.next } : undefined);

  const loadMore = React.useCallback(() => {
    if (!shown || !shown.next) return;
    setLoadingMore(true);
    setMoreError(undefined);
    shown.next().then(
      (page) => {
        setMore({ items: shown.items.concat(page.items), next: page.next });
        setLoadingMore(false);
      },
      (e: unknown) => {
        setMoreError(toDataError(e));
        setLoadingMore(false);
      }
    );
  }, [shown]);

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 8 } }}>
      <RegisterHeader heading={heading} description={description} actions={actions} />
      <AsyncView state={state} strings={strings} onRetry={reload}>
        {() =>
          shown ? (
            <RegisterTable
              list={list}
              columns={columns}
              items={shown.items}
              locale={locale}
              strings={strings}
              emptyText={emptyText}
              onLoadMore={shown.next ? loadMore : undefined}
              loadingMore={loadingMore}
              moreError={moreError}
            />
          ) : undefined
        }
      </AsyncView>
    </Stack>
  );
}
