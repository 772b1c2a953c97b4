/**
 * opsdesk notifier: list webhooks → GetChanges → routing, item permissions, Graph mails exactly once, SLA
 * reminders. Plain handlers over injected clients; `local.ts` runs them beside the sandbox and
 * `notifier/functions` hosts them in Azure Functions.
 */
export { createNotifier } from './notifier';
export type { INotifier, INotifierOptions, IProcessReport, ISweepReport, NotifyResult } from './notifier';
export { handleWebhook } from './webhook';
export type { IWebhookRequest, IWebhookResponse, IWebhookNotification } from './webhook';
export { GraphMailer } from './adapters/GraphMailer';
export type { IMailer } from './adapters/GraphMailer';
export { SharePointSite } from './adapters/SharePointSite';
export { desiredSecurity, issueGrants, ownVendorEditGrants, proposalGrants, recordGrants } from './core/security';
export type { DesiredSecurity, IWantedGrant, Principal, SecurityFacts, IIssueFacts } from './core/security';
export { decideInquiry, recipientKey } from './core/inquiry';
export type { Recipient, IInquiryDecision } from './core/inquiry';
export { decideInquiryReminder, decideIssueReminder } from './core/reminders';
export type { IReminderRule, ReminderAction } from './core/reminders';
export { composeMail, itemLink, inquiryAssignedMail, inquiryReminderMail, inquiryEscalationMail, issueDueSoonMail, issueOverdueMail, ownerReminderMail } from './core/mails';
export type { IMailContent } from './core/mails';
