import { CommandBar, ICommandBarItemProps } from '@fluentui/react';
import * as React from 'react';
import { Locale } from '../domain';

export interface IRichTextEditorProps {
  /** Accessible name of the editing area. */
  label: string;
  /** Initial HTML; the editor is uncontrolled after mount. */
  initialHtml?: string;
  onChange: (html: string) => void;
  locale: Locale;
  errorMessage?: string;
  required?: boolean;
  minHeight?: number;
}

const COMMANDS: Array<{ key: string; command: string; icon: string; ja: string; en: string }> = [
  { key: 'bold', command: 'bold', icon: 'Bold', ja: '太字', en: 'Bold' },
  { key: 'italic', command: 'italic', icon: 'Italic', ja: '斜体', en: 'Italic' },
  { key: 'underline', command: 'underline', icon: 'Underline', ja: '下線', en: 'Underline' },
  { key: 'ul', command: 'insertUnorderedList', icon: 'BulletedList', ja: '箇条書き', en: 'Bulleted list' },
  { key: 'ol', command: 'insertOrderedList', icon: 'NumberedList', ja: '番号付きリスト', en: 'Numbered list' }
];

/**
 * A small rich-text editor (contenteditable with bold, italic, underline and lists). Loaded lazily by the
 * forms that use it; what it produces is sanitized before it is stored.
 */
export default function RichTextEditor(props: IRichTextEditorProps): JSX.Element {
  const { label, initialHtml, onChange, locale, errorMessage, required, minHeight } = props;
  const area = React.useRef<HTMLDivElement>(null);
  const errorId = React.useRef(`rte-err-${Math.random().toString(36).slice(2)}`).current;

  React.useEffect(() => {
    if (area.current && initialHtml) area.current.innerHTML = initialHtml;
    // Only the first value: afterwards the DOM is the source of truth and React must not reset the caret.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const emit = React.useCallback(() => {
    if (area.current) onChange(area.current.innerHTML);
  }, [onChange]);

  const items: ICommandBarItemProps[] = COMMANDS.map((c) => ({
    key: c.key,
    text: c[locale],
    iconOnly: true,
    ariaLabel: c[locale],
    iconProps: { iconName: c.icon },
    onClick: () => {
      if (area.current) area.current.focus();
      // execCommand is deprecated but still the only editing primitive every supported browser implements.
      document.execCommand(c.command);
      emit();
    }
  }));

  return (
    <div>
      <CommandBar items={items} styles={{ root: { padding: 0, height: 32 } }} />
      <div
        ref={area}
        role="textbox"
        aria-multiline={true}
        aria-label={label}
        aria-required={required}
        aria-invalid={!!errorMessage}
        aria-describedby={errorMessage ? errorId : undefined}
        contentEditable={true}
        suppressContentEditableWarning={true}
        onInput={emit}
        onBlur={emit}
        style={{
          minHeight: minHeight || 140,
          border: `1px solid ${errorMessage ? '#a4262c' : '#8a8886'}`,
          borderRadius: 2,
          padding: 8,
          overflowY: 'auto',
          maxHeight: 400
        }}
      />
      {errorMessage ? (
        <div id={errorId} role="alert" style={{ color: '#a4262c', fontSize: 12, paddingTop: 5 }}>
          {errorMessage}
        </div>
      ) : undefined}
    </div>
  );
}
