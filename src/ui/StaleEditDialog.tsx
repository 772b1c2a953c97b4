import { Dialog, DialogFooter, DialogType, PrimaryButton } from '@fluentui/react';
import * as React from 'react';
import { Locale } from '../domain';

/** One field that someone else changed: what the user was looking at, and what is stored now. */
export interface IStaleEditChange {
  label: string;
  before: string;
  now: string;
}

export interface IStaleEditDialogProps {
  locale: Locale;
  /** The fields that differ; empty when only hidden bookkeeping changed. */
  changes: ReadonlyArray<IStaleEditChange>;
  /** Who saved the newer version, when known. */
  changedBy?: string;
  /** What to say instead of the default text, which speaks of an inquiry (already in the user's language). */
  body?: string;
  onDismiss: () => void;
}

const T = {
  ja: {
    title: '他の人が先に更新しました',
    body: 'この問い合わせは、開いた後に他の人が更新しました。あなたの操作は保存していません(上書きはしていません)。最新の内容を確認して、必要ならもう一度操作してください。',
    by: (n: string) => `更新した人: ${n}`,
    field: '項目',
    before: 'あなたが見ていた値',
    now: '現在の値',
    none: '表示される項目に違いはありません。',
    ok: '最新の内容を表示',
    close: '閉じる'
  },
  en: {
    title: 'Someone else updated this first',
    body: 'Someone updated this inquiry after you opened it. Your change was not saved (nothing was overwritten). Check the latest values and try again if needed.',
    by: (n: string) => `Updated by: ${n}`,
    field: 'Field',
    before: 'What you saw',
    now: 'Now',
    none: 'No visible field differs.',
    ok: 'Show the latest',
    close: 'Close'
  }
};

/** Tells the user their edit was refused because the item changed, and shows the new values next to the old. */
export function StaleEditDialog(props: IStaleEditDialogProps): JSX.Element {
  const t = T[props.locale];
  const cell: React.CSSProperties = { borderBottom: '1px solid #edebe9', padding: '4px 8px', textAlign: 'left', verticalAlign: 'top' };
  return (
    <Dialog
      hidden={false}
      onDismiss={props.onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: t.title, subText: props.body || t.body, closeButtonAriaLabel: t.close }}
      modalProps={{ isBlocking: true }}
      minWidth={480}
    >
      {props.changedBy ? <p>{t.by(props.changedBy)}</p> : undefined}
      {props.changes.length ? (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cell}>{t.field}</th>
              <th style={cell}>{t.before}</th>
              <th style={cell}>{t.now}</th>
            </tr>
          </thead>
          <tbody>
            {props.changes.map((c) => (
              <tr key={c.label}>
                <th scope="row" style={cell}>
                  {c.label}
                </th>
                <td style={cell}>
                  <del>{c.before || '—'}</del>
                </td>
                <td style={cell}>
                  <strong>{c.now || '—'}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t.none}</p>
      )}
      <DialogFooter>
        <PrimaryButton text={t.ok} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
