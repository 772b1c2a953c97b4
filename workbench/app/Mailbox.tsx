import { DefaultButton, MessageBar, MessageBarType, Spinner, Stack, Text, Toggle } from '@fluentui/react';
import DOMPurify from 'dompurify';
import * as React from 'react';

interface IMessage {
  id: string;
  subject: string;
  bodyPreview: string;
  body: { contentType: string; content: string };
  from?: { emailAddress: { name: string; address: string } };
  toRecipients: { emailAddress: { name: string; address: string } }[];
  receivedDateTime: string;
}

export interface IMailboxProps {
  lang: 'ja' | 'en';
}

const T = {
  ja: { heading: 'メール（受信トレイ）', outbox: 'サンドボックスの全送信メール', refresh: '更新', empty: 'メールはありません。', from: '差出人', to: '宛先', failed: 'メールを読み込めませんでした' },
  en: { heading: 'Mail (inbox)', outbox: 'Every mail the sandbox sent', refresh: 'Refresh', empty: 'No mail.', from: 'From', to: 'To', failed: 'Could not load mail' },
};

/**
 * The current user's Graph mailbox (`/v1.0/me/mailFolders/inbox/messages`, with a bearer token as SPFx's
 * AadTokenProvider would give), or the sandbox's whole outbox: where the notifier's mails can be read.
 */
export function Mailbox(props: IMailboxProps): JSX.Element {
  const t = T[props.lang];
  const [outbox, setOutbox] = React.useState(false);
  const [messages, setMessages] = React.useState<IMessage[] | undefined>();
  const [error, setError] = React.useState<string | undefined>();
  const [open, setOpen] = React.useState<string | undefined>();
  const [tick, setTick] = React.useState(0);

  React.useEffect(() => {
    let live = true;
    setMessages(undefined);
    setError(undefined);
    (async (): Promise<IMessage[]> => {
      if (outbox) {
        const r = await fetch('/_sandbox/outbox');
        if (!r.ok) throw new Error(`${r.status}`);
        return ((await r.json()) as { value: IMessage[] }).value;
      }
      const tr = await fetch('/_workbench/token');
      if (!tr.ok) throw new Error(`token ${tr.status}`);
      const { token } = (await tr.json()) as { token: string };
      const r = await fetch('/v1.0/me/mailFolders/inbox/messages?$top=100', { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
      if (!r.ok) throw new Error(`${r.status} ${await r.text()}`);
      return ((await r.json()) as { value: IMessage[] }).value;
    })().then(m => { if (live) setMessages(m); }, (e: Error) => { if (live) setError(e.message); });
    return () => { live = false; };
  }, [outbox, tick]);

  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="mailbox">
      <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 16 }}>
        <Text variant="xLarge" as="h2">{t.heading}</Text>
        <Toggle inlineLabel label={t.outbox} checked={outbox} onChange={(_, v) => setOutbox(!!v)} />
        <DefaultButton text={t.refresh} onClick={() => setTick(tick + 1)} />
      </Stack>
      {error && <MessageBar messageBarType={MessageBarType.error}>{`${t.failed}: ${error}`}</MessageBar>}
      {!messages && !error && <Spinner />}
      {messages && messages.length === 0 && <Text>{t.empty}</Text>}
      {messages && messages.map(m => (
        <div key={m.id} data-testid="mail-message" style={{ background: '#fff', border: '1px solid #edebe9', padding: 12, cursor: 'pointer' }} onClick={() => setOpen(open === m.id ? undefined : m.id)}>
          <Stack horizontal horizontalAlign="space-between">
            <Text variant="mediumPlus" styles={{ root: { fontWeight: 600 } }} data-testid="mail-subject">{m.subject}</Text>
            <Text variant="small">{new Date(m.receivedDateTime).toLocaleString(props.lang === 'ja' ? 'ja-JP' : 'en-US', { timeZone: 'Asia/Tokyo' })}</Text>
          </Stack>
          <Text variant="small" block>{`${t.from}: ${m.from ? `${m.from.emailAddress.name} <${m.from.emailAddress.address}>` : ''} · ${t.to}: ${m.toRecipients.map(r => r.emailAddress.name).join(', ')}`}</Text>
          {open === m.id
            ? (m.body.contentType === 'html'
              ? <div data-testid="mail-body" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(m.body.content) }} />
              : <pre data-testid="mail-body" style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>{m.body.content}</pre>)
            : <Text block>{m.bodyPreview}</Text>}
        </div>
      ))}
    </Stack>
  );
}
