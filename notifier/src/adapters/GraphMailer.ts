import { createHash } from 'crypto';
import type { Client } from '@microsoft/microsoft-graph-client';
import { escapeHtml } from '../core/mails';
import type { IMailContent } from '../core/mails';

/** The mail port: one message to some addresses, tagged with its delivery key. */
export interface IMailer {
  send(to: ReadonlyArray<{ address: string; name?: string }>, mail: IMailContent, deliveryKey?: string): Promise<void>;
  /**
   * Whether a message for the delivery key already left the sender's mailbox since `since` (Sent Items). Lets a
   * takeover of a stale claim tell "crashed before sending" from "crashed after sending". Optional.
   */
  wasSent?(deliveryKey: string, since: Date): Promise<boolean>;
}

/** The short reference printed in every mail's footer (通知ID) and looked for in Sent Items. */
export function deliveryReference(deliveryKey: string): string {
  return createHash('sha256').update(deliveryKey, 'utf8').digest('hex').slice(0, 16);
}

/**
 * Graph `sendMail` from one no-reply/shared mailbox (application permission Mail.Send, scoped to that
 * mailbox with RBAC for Applications). Paths are relative so the client's baseUrl decides the host (§13.2).
 * `wasSent` reads the sender's Sent Items, which needs Mail.ReadBasic/Mail.Read on that mailbox as well.
 */
export class GraphMailer implements IMailer {
  constructor(private readonly client: Client, private readonly senderUpn: string, private readonly sentItemsWindow = 200) {}

  public async send(to: ReadonlyArray<{ address: string; name?: string }>, mail: IMailContent, deliveryKey?: string): Promise<void> {
    const html = deliveryKey
      ? `${mail.html}<p style="color:#aaa;font-size:x-small">通知ID / Notification ID: ${escapeHtml(deliveryReference(deliveryKey))}</p>`
      : mail.html;
    await this.client.api(`/users/${encodeURIComponent(this.senderUpn)}/sendMail`).post({
      message: {
        subject: mail.subject,
        body: { contentType: 'HTML', content: html },
        toRecipients: to.map((r) => ({ emailAddress: r.name ? { address: r.address, name: r.name } : { address: r.address } }))
      },
      saveToSentItems: true
    });
  }

  public async wasSent(deliveryKey: string, since: Date): Promise<boolean> {
    const ref = deliveryReference(deliveryKey);
    const page = (await this.client
      .api(`/users/${encodeURIComponent(this.senderUpn)}/mailFolders/sentitems/messages`)
      .filter(`sentDateTime ge ${since.toISOString()}`)
      .select('body')
      .top(this.sentItemsWindow)
      .get()) as { value?: { body?: { content?: string } }[] };
    return (page.value || []).some((m) => !!m.body && typeof m.body.content === 'string' && m.body.content.indexOf(ref) >= 0);
  }
}
