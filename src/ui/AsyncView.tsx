import { MessageBar, MessageBarButton, MessageBarType, Spinner, SpinnerSize } from '@fluentui/react';
import * as React from 'react';
import { IDataError } from '../data/DataError';
import { errorMessage, IUiStrings } from './uiStrings';
import { Async } from './useAsync';

export interface IErrorBarProps {
  error: IDataError;
  strings: IUiStrings;
  onRetry?: () => void;
}

/** A data error in the user's language, with a retry where retrying can help. */
export function ErrorBar(props: IErrorBarProps): JSX.Element {
  const { error, strings, onRetry } = props;
  const retryable = error.kind !== 'forbidden' && error.kind !== 'invalid';
  return (
    <MessageBar
      messageBarType={error.kind === 'conflict' ? MessageBarType.warning : MessageBarType.error}
      isMultiline={true}
      actions={
        onRetry && retryable ? (
          <div>
            <MessageBarButton onClick={onRetry}>{strings.retry}</MessageBarButton>
          </div>
        ) : undefined
      }
    >
      <span role="alert">{errorMessage(error, strings)}</span>
      {error.status ? <span title={error.detail}> ({strings.technicalDetail}: {error.status})</span> : undefined}
    </MessageBar>
  );
}

export interface IAsyncViewProps<T> {
  state: Async<T>;
  strings: IUiStrings;
  onRetry: () => void;
  children: (data: T) => React.ReactNode;
}

/** Loading spinner, error with retry, or the content: the three states of every register. */
export function AsyncView<T>(props: IAsyncViewProps<T>): JSX.Element {
  const { state, strings, onRetry, children } = props;
  if (state.status === 'loading') {
    return <Spinner size={SpinnerSize.large} label={strings.loading} ariaLive="polite" />;
  }
  if (state.status === 'error') {
    return <ErrorBar error={state.error} strings={strings} onRetry={onRetry} />;
  }
  return <>{children(state.data)}</>;
}
