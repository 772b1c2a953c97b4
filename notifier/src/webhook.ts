import { z } from 'zod';

/** A SharePoint webhook notification (sharepoint-rest.md §12.3); it carries no item data. */
const NotificationSchema = z.object({
  subscriptionId: z.string(),
  clientState: z.string().nullable().optional(),
  expirationDateTime: z.string().optional(),
  resource: z.string(),
  tenantId: z.string().optional(),
  siteUrl: z.string().optional(),
  webId: z.string().optional()
});
const PayloadSchema = z.object({ value: z.array(NotificationSchema) });

export type IWebhookNotification = z.infer<typeof NotificationSchema>;

/** The transport-neutral request the handler reads: Azure Functions, node:http and tests all map to it. */
export interface IWebhookRequest {
  method: string;
  url: string;
  body: string;
}

export interface IWebhookResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface IWebhookDeps {
  clientState: string;
  /** Queues the lists named by accepted notifications; must not wait for the processing (5 s budget). */
  enqueue(notifications: IWebhookNotification[]): void;
  log?(message: string): void;
}

function text(status: number, body = ''): IWebhookResponse {
  return { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body };
}

/**
 * The webhook endpoint. The validation handshake echoes `validationtoken` as text/plain; a notification is
 * accepted only when its clientState is ours (a forged POST changes nothing and gets 403), queued, and
 * answered at once: SharePoint allows 5 s and retries otherwise. What changed is read later with GetChanges.
 */
export async function handleWebhook(req: IWebhookRequest, deps: IWebhookDeps): Promise<IWebhookResponse> {
  const url = new URL(req.url, 'http://localhost');
  let token: string | null = null;
  url.searchParams.forEach((value, name) => {
    if (name.toLowerCase() === 'validationtoken') token = value;
  });
  if (token !== null) return text(200, token);
  if (req.method.toUpperCase() !== 'POST') return text(405);
  let payload: z.infer<typeof PayloadSchema>;
  try {
    payload = PayloadSchema.parse(JSON.parse(req.body));
  } catch {
    return text(400, 'invalid notification payload');
  }
  const accepted = payload.value.filter((n) => n.clientState === deps.clientState);
  if (accepted.length < payload.value.length) {
    deps.log?.(`webhook: ${payload.value.length - accepted.length} notification(s) with a wrong clientState ignored`);
  }
  if (accepted.length === 0) return text(403, 'clientState mismatch');
  deps.enqueue(accepted);
  return text(200);
}
