import { formatJst } from '../../../src/domain/time';
import { INQUIRY_CATEGORY_LABELS, ISSUE_AREA_LABELS } from '../../../src/domain/vocabulary';
import type { InquiryCategory, IssueArea } from '../../../src/domain/vocabulary';

/** A mail as the notifier composes it; the Graph adapter turns it into a sendMail body. */
export interface IMailContent {
  subject: string;
  /** HTML body (values escaped here). */
  html: string;
}

/** A mail line: Japanese label, English label, value. */
export type MailRow = [string, string, string];

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Deep link to an item's display form: `<siteUrl>/<list url>/DispForm.aspx?ID=n`. */
export function itemLink(siteUrl: string, listUrl: string, itemId: number): string {
  return `${siteUrl.replace(/\/$/, '')}/${listUrl}/DispForm.aspx?ID=${itemId}`;
}

/**
 * Every opsdesk mail has the same shape: a Japanese lead sentence and an English one, a table of facts, and a
 * link to the item. Subjects start with 【opsdesk】 so mail rules can file them.
 */
export function composeMail(subjectJa: string, leadJa: string, leadEn: string, rows: ReadonlyArray<MailRow>, link: string): IMailContent {
  const table = rows
    .map(([ja, en, value]) => `<tr><th style="text-align:left;padding:2px 12px 2px 0">${escapeHtml(ja)}<br><span style="font-weight:normal;color:#666">${escapeHtml(en)}</span></th><td>${escapeHtml(value)}</td></tr>`)
    .join('');
  const html =
    `<p>${escapeHtml(leadJa)}</p><p style="color:#666">${escapeHtml(leadEn)}</p>` +
    `<table>${table}</table>` +
    `<p><a href="${escapeHtml(link)}">項目を開く / Open the item</a></p>` +
    `<p style="color:#888;font-size:small">このメールは opsdesk 通知サービスから自動送信されています。返信はできません。<br>Sent automatically by the opsdesk notifier; replies are not read.</p>`;
  return { subject: `【opsdesk】${subjectJa}`, html };
}

/** What the inquiry mails show. */
export interface IInquiryMailFacts {
  id: number;
  subject: string;
  category?: InquiryCategory;
  systemName?: string;
  requesterName?: string;
  receivedAt?: Date;
  firstResponseDue?: Date;
  link: string;
}

function inquiryRows(f: IInquiryMailFacts): MailRow[] {
  const rows: MailRow[] = [
    ['件名', 'Subject', f.subject],
    ['問い合わせ番号', 'Inquiry no.', `#${f.id}`]
  ];
  if (f.systemName) rows.push(['業務システム', 'System', f.systemName]);
  if (f.category) rows.push(['種別', 'Category', INQUIRY_CATEGORY_LABELS[f.category].ja]);
  if (f.requesterName) rows.push(['問い合わせ者', 'Requester', f.requesterName]);
  if (f.receivedAt) rows.push(['受付日時', 'Received (JST)', formatJst(f.receivedAt)]);
  if (f.firstResponseDue) rows.push(['一次回答期限', 'First response due (JST)', formatJst(f.firstResponseDue)]);
  return rows;
}

export function inquiryAssignedMail(f: IInquiryMailFacts): IMailContent {
  return composeMail(
    `問い合わせが割り当てられました: ${f.subject} (#${f.id})`,
    '次の問い合わせの担当になりました。一次回答期限までに回答してください。',
    'You have been assigned the inquiry below. Please send the first response before it is due.',
    inquiryRows(f),
    f.link
  );
}

export function inquiryReminderMail(f: IInquiryMailFacts): IMailContent {
  return composeMail(
    `一次回答期限が近づいています: ${f.subject} (#${f.id})`,
    '次の問い合わせの一次回答期限が近づいています。まだ一次回答が記録されていません。',
    'The first response to the inquiry below is due soon and has not been recorded yet.',
    inquiryRows(f),
    f.link
  );
}

export function inquiryEscalationMail(f: IInquiryMailFacts & { assigneeName?: string }): IMailContent {
  const rows = inquiryRows(f);
  rows.push(['担当者', 'Assignee', f.assigneeName || '（未割当）']);
  return composeMail(
    `【エスカレーション】一次回答期限超過: ${f.subject} (#${f.id})`,
    '次の問い合わせは一次回答期限を過ぎても回答がありません。ICTセンターで対応状況を確認してください。',
    'The inquiry below is past its first-response due time without a response. Please follow it up.',
    rows,
    f.link
  );
}

export interface IIssueMailFacts {
  id: number;
  title: string;
  area?: IssueArea;
  ownerName?: string;
  /** 'YYYY-MM-DD' (JST). */
  dueDate: string;
  link: string;
}

function issueRows(f: IIssueMailFacts): MailRow[] {
  const rows: MailRow[] = [
    ['件名', 'Subject', f.title],
    ['課題番号', 'Issue no.', `#${f.id}`]
  ];
  if (f.area) rows.push(['課題発生個所', 'Where it arose', ISSUE_AREA_LABELS[f.area].ja]);
  if (f.ownerName) rows.push(['担当者', 'Owner', f.ownerName]);
  rows.push(['期限', 'Due date', f.dueDate]);
  return rows;
}

export function issueDueSoonMail(f: IIssueMailFacts): IMailContent {
  return composeMail(
    `課題の期限が近づいています: ${f.title} (#${f.id})`,
    '担当している課題の期限が近づいています。対応状況を更新するか、期限の変更を提案してください。',
    'An issue you own is due soon. Please update its progress or propose a new due date.',
    issueRows(f),
    f.link
  );
}

export function issueOverdueMail(f: IIssueMailFacts): IMailContent {
  return composeMail(
    `課題の期限を過ぎています: ${f.title} (#${f.id})`,
    '担当している課題が期限を過ぎています。対応状況を更新するか、期限の変更を提案してください。',
    'An issue you own is past its due date. Please update its progress or propose a new due date.',
    issueRows(f),
    f.link
  );
}

/** A reminder another register composed (Japanese and English subject and text), in the opsdesk mail frame. */
export function ownerReminderMail(subject: { ja: string; en: string }, body: { ja: string; en: string }): IMailContent {
  const html =
    `<p>${escapeHtml(body.ja)}</p><p style="color:#666">${escapeHtml(subject.en)}<br>${escapeHtml(body.en)}</p>` +
    `<p style="color:#888;font-size:small">このメールは opsdesk 通知サービスから自動送信されています。返信はできません。<br>Sent automatically by the opsdesk notifier; replies are not read.</p>`;
  return { subject: `【opsdesk】${subject.ja}`, html };
}
