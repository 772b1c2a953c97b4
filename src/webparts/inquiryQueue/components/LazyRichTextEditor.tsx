import { Spinner, SpinnerSize } from '@fluentui/react';
import * as React from 'react';
import { IRichTextEditorProps } from '../../../ui/RichTextEditor';

// The editor is not needed to browse the queue, so it stays out of the web part's first bundle.
const Editor = React.lazy(() => import(/* webpackChunkName: 'opsdesk-rich-text-editor' */ '../../../ui/RichTextEditor'));

export interface ILazyRichTextEditorProps extends IRichTextEditorProps {
  loadingLabel: string;
}

/** The shared rich-text editor, loaded on first use. */
export function LazyRichTextEditor(props: ILazyRichTextEditorProps): JSX.Element {
  const { loadingLabel, ...editorProps } = props;
  return (
    <React.Suspense fallback={<Spinner size={SpinnerSize.small} label={loadingLabel} />}>
      <Editor {...editorProps} />
    </React.Suspense>
  );
}
