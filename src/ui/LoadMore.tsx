import { DefaultButton, Stack } from '@fluentui/react';
import * as React from 'react';
import { IDataError } from '../data/DataError';
import { ErrorBar } from './AsyncView';
import { IUiStrings } from './uiStrings';

export interface ILoadMoreProps {
  /** Present while there is a next page. */
  onLoadMore?: () => void;
  /** The failure of the last next-page read; retrying reads that page again. */
  error?: IDataError;
  busy?: boolean;
  /** Instead of the shared "show more". */
  text?: string;
  strings: IUiStrings;
}

/** The foot of a paged register: "show more" while there is a next page, and a failed next page with its retry. */
export function LoadMore(props: ILoadMoreProps): JSX.Element {
  const { onLoadMore, error, busy, text, strings } = props;
  return (
    <>
      {onLoadMore ? (
        <Stack horizontal={true} horizontalAlign="center">
          <DefaultButton text={text || strings.loadMore} onClick={onLoadMore} disabled={busy} />
        </Stack>
      ) : undefined}
      {error ? <ErrorBar error={error} strings={strings} onRetry={onLoadMore} /> : undefined}
    </>
  );
}
