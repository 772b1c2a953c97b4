import type { Client } from '@microsoft/microsoft-graph-client';
import type { IMailContent } from '../core/mails';

/** The mail port: one message to some addresses. */
export interface IMailer {
  send(to: ReadonlyArray<{ address: string; name?: string }>, mail: IMailContent): Promise<void>;
}

/**
 * Graph `sendMail` from one no-reply/shared mailbox (application permission Mail.Send, scoped to that
 * mailbox with RBAC for Applications). Paths are relative so the client's baseUrl decides the host (§13.2).
 */
export class GraphMailer implements IMailer {
  constructor(private readonly client: Client, private readonly senderUpn: string) {}

  public async send(to: ReadonlyArray<{ address: string; name?: string }>, mail: IMailContent): Promise<void> {
    await this.client.api(`/users/${encodeURIComponent(this.senderUpn)}/sendMail`).post({
      message: {
        subject: mail.subject,
        body: { contentType: 'HTML', content: mail.html },
        toRecipients: to.map((r) => ({ emailAddress: r.name ? { address: r.address, name: r.name } : { address: r.address } }))
      },
      saveToSentItems: true
    });
  }
}
