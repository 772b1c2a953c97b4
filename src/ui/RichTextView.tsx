import * as React from 'react';
import { sanitizeHtml } from './sanitizeHtml';

export interface IRichTextViewProps {
  html: string | undefined;
  className?: string;
  /** Injected in tests or other hosts; the page's DOMPurify by default. */
  sanitize?: (html: string) => string;
}

/** Stored rich text, sanitized again right before it is rendered (it may have been written by another client). */
export function RichTextView(props: IRichTextViewProps): JSX.Element {
  const sanitize = props.sanitize || sanitizeHtml;
  const clean = React.useMemo(() => sanitize(props.html || ''), [props.html, sanitize]);
  return <div className={props.className} style={{ overflowWrap: 'anywhere' }} dangerouslySetInnerHTML={{ __html: clean }} />;
}
