import { handleWebhook } from '../../../notifier/src/webhook';
import type { IWebhookNotification } from '../../../notifier/src/webhook';
import { composeMail, escapeHtml, inquiryAssignedMail, itemLink } from '../../../notifier/src/core/mails';
import { jstInstant } from '../../../src/domain/time';

describe('handleWebhook', () => {
  const queued: IWebhookNotification[][] = [];
  const deps = { clientState: 'secret', enqueue: (n: IWebhookNotification[]) => queued.push(n) };
  beforeEach(() => { queued.length = 0; });

  test('echoes validationtoken (any casing) as text/plain with 200, without queueing', async () => {
    const res = await handleWebhook({ method: 'POST', url: '/api/webhook?ValidationToken=t%2B1', body: '' }, deps);
    expect(res).toEqual({ status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 't+1' });
    expect(queued).toHaveLength(0);
  });

  test('queues only notifications carrying our clientState; all forged → 403', async () => {
    const n = (clientState: string) => ({ subscriptionId: 's', clientState, resource: 'list-guid', siteUrl: '/sites/x', webId: 'w', tenantId: 't', expirationDateTime: 'e' });
    expect((await handleWebhook({ method: 'POST', url: '/api/webhook', body: JSON.stringify({ value: [n('secret'), n('evil')] }) }, deps)).status).toBe(200);
    expect(queued).toEqual([[expect.objectContaining({ clientState: 'secret' })]]);
    expect((await handleWebhook({ method: 'POST', url: '/api/webhook', body: JSON.stringify({ value: [n('evil')] }) }, deps)).status).toBe(403);
    expect(queued).toHaveLength(1);
  });

  test('malformed payloads get 400 and other verbs 405', async () => {
    expect((await handleWebhook({ method: 'POST', url: '/w', body: '{"value":[{"nope":1}]}' }, deps)).status).toBe(400);
    expect((await handleWebhook({ method: 'POST', url: '/w', body: 'not json' }, deps)).status).toBe(400);
    expect((await handleWebhook({ method: 'GET', url: '/w', body: '' }, deps)).status).toBe(405);
  });
});

describe('mails', () => {
  test('the assignment notice is Japanese first with an English line, JST times and the deep link', () => {
    const mail = inquiryAssignedMail({
      id: 12, subject: '<script>x</script>', category: 'fault', systemName: '住民記録システム', requesterName: '鈴木 一郎',
      receivedAt: jstInstant('2026-11-25', '20:00'), firstResponseDue: jstInstant('2026-11-26', '13:00'),
      link: itemLink('https://t.sharepoint.com/sites/opsdesk/', 'Lists/OpsInquiries', 12)
    });
    expect(mail.subject).toBe('【opsdesk】問い合わせが割り当てられました: <script>x</script> (#12)');
    expect(mail.html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('2026-11-26 13:00');
    expect(mail.html).toContain('障害・不具合');
    expect(mail.html).toContain('You have been assigned');
    expect(mail.html).toContain('href="https://t.sharepoint.com/sites/opsdesk/Lists/OpsInquiries/DispForm.aspx?ID=12"');
  });

  test('composeMail escapes every value', () => {
    expect(escapeHtml(`a&b<"'>`)).toBe('a&amp;b&lt;&quot;&#39;&gt;');
    expect(composeMail('s', 'l', 'e', [['項目', 'Item', '<b>']], 'x').html).toContain('&lt;b&gt;');
  });
});
