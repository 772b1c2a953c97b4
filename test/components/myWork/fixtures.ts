import * as fs from 'fs';
import * as path from 'path';
import { IInquiry, IIssue, IProposal, IUserRef, OFFICE_HOURS_CALENDAR } from '../../../src/domain';
import { IMyWork } from '../../../src/webparts/myWork/components/myWorkModel';
import { IMyWorkStrings } from '../../../src/webparts/myWork/components/IMyWorkStrings';

const SITE = 'https://contoso.sharepoint.com/sites/opsdesk';

/** The web part's real loc/ file, evaluated the way SPFx's AMD loader does (a `define` returning the strings). */
export function locStrings(locale: 'ja-jp' | 'en-us'): IMyWorkStrings {
  const source = fs.readFileSync(path.join(__dirname, '../../../src/webparts/myWork/loc', `${locale}.js`), 'utf8');
  let strings: IMyWorkStrings | undefined;
  const define = (_deps: string[], factory: () => IMyWorkStrings): void => {
    strings = factory();
  };
  new Function('define', source)(define);
  if (!strings) throw new Error(`${locale}.js defined nothing`);
  return strings;
}

export const vendorUser: IUserRef = { id: 21, title: '佐藤 花子（A社）', email: 'hanako@vendor-a.example' };
const staff: IUserRef = { id: 7, title: '田中 翔' };

/** Wednesday 2026-11-25 11:00 JST. */
export const NOW = new Date('2026-11-25T02:00:00Z');

function inquiry(id: number, subject: string, receivedAt: string, status: IInquiry['status'] = 'assigned'): IInquiry {
  return { id, subject, body: '', category: 'fault', status, requester: staff, assignee: vendorUser, vendorKey: 'vendorA', receivedAt, pauses: [] };
}

function issue(id: number, title: string, dueDate: string, status: IIssue['status'] = 'inProgress'): IIssue {
  return {
    id,
    title,
    area: 'sharedArea',
    status,
    priority: 'high',
    owner: vendorUser,
    dueDate,
    raisedBy: staff,
    raisedAt: '2026-11-02T00:00:00Z',
    vendorKey: 'vendorA',
    proposals: []
  };
}

const proposal: IProposal = {
  id: '31',
  issueId: 12,
  field: 'dueDate',
  proposedValue: '2026-12-18',
  reason: '部品の納期が遅れるため',
  proposer: vendorUser,
  proposedAt: '2026-11-24T06:00:00Z',
  status: 'pending'
};

const sla = { target: { firstResponseMinutes: 240 }, calendar: OFFICE_HOURS_CALENDAR };

/** A vendor operator's work: one breached and one running first-response clock, an owned and an approval issue, a proposal. */
export function vendorWork(): IMyWork {
  return {
    inquiries: [
      // Tue 09:30 JST + 4 business hours = Tue 13:30: overdue at Wed 11:00
      { inquiry: inquiry(101, '住民記録システムにログインできない', '2026-11-24T00:30:00Z'), sla, url: `${SITE}/Lists/OpsInquiries/DispForm.aspx?ID=101` },
      // Wed 10:30 JST: due Wed 14:30, 3.5 business hours left
      { inquiry: inquiry(102, '帳票の出力が遅い', '2026-11-25T01:30:00Z'), sla, url: `${SITE}/Lists/OpsInquiries/DispForm.aspx?ID=102` }
    ],
    issues: [
      { issue: issue(11, '夜間バッチの遅延', '2026-11-20'), reasons: ['owner'], url: `${SITE}/Lists/OpsIssues/DispForm.aspx?ID=11` },
      { issue: issue(12, '回線冗長化の対応方針', '2026-12-04', 'open'), reasons: ['owner', 'approve'], url: `${SITE}/Lists/OpsIssues/DispForm.aspx?ID=12` }
    ],
    proposals: [{ proposal, issueTitle: '回線冗長化の対応方針', url: `${SITE}/Lists/OpsIssues/DispForm.aspx?ID=12` }]
  };
}

export const SITE_URL = SITE;
