import { ICatalogLookups } from '../../../src/data/catalogLookups';
import { ICurrentUserRepository } from '../../../src/data/currentUser';
import { IInquiryQuery, IInquiryRepository } from '../../../src/data/inquiries';
import { IIssueQuery, IIssueRepository } from '../../../src/data/issues';
import { IIssue, IProposal } from '../../../src/domain';
import { SpMyWorkSource } from '../../../src/webparts/myWork/SpMyWorkSource';
import { NOW, SITE_URL, vendorUser } from './fixtures';

const other = { id: 8, title: '鈴木 一郎' };

function issue(id: number, dueDate: string, area: IIssue['area'], proposals: IProposal[] = []): IIssue {
  return { id, title: `課題${id}`, area, status: 'open', priority: 'medium', owner: vendorUser, dueDate, raisedBy: other, raisedAt: '2026-11-01T00:00:00Z', proposals };
}

function pending(id: string, issueId: number, proposer = vendorUser): IProposal {
  return { id, issueId, field: 'policy', proposedValue: '暫定対処で運用する', reason: '恒久対処に時間がかかる', proposer, proposedAt: '2026-11-24T00:00:00Z', status: 'pending' };
}

describe('SpMyWorkSource (the web part wiring over the repositories)', () => {
  test('asks each repository for the user’s slice and merges it: inquiries by due, unresolved issues once each, own pending proposals', async () => {
    const inquiryQueries: IInquiryQuery[] = [];
    const issueQueries: IIssueQuery[] = [];
    const owned = issue(1, '2026-12-01', 'network');
    const toApprove = issue(2, '2026-11-28', 'network', [pending('p1', 2), pending('p2', 2, other)]);
    // a shared-area issue is approved by the department (§8), so an ICT center user does not see it as theirs to approve
    const notMine = issue(3, '2026-11-27', 'sharedArea', [pending('p3', 3, other)]);
    // the owner's part is done once resolved; the register still lists it until the ICT center closes it
    const resolved = { ...issue(4, '2026-11-20', 'network'), status: 'resolved' as const };
    const inquiries: Partial<IInquiryRepository> = {
      page: async (q) => {
        inquiryQueries.push(q);
        return {
          items: [
            { id: 5, subject: 'b', body: '', category: 'fault', status: 'assigned', requester: other, receivedAt: '2026-11-25T01:00:00Z', firstResponseDue: '2026-11-25T05:00:00Z', pauses: [], etag: '"1"' },
            { id: 4, subject: 'a', body: '', category: 'fault', status: 'assigned', requester: other, receivedAt: '2026-11-24T01:00:00Z', firstResponseDue: '2026-11-24T05:00:00Z', pauses: [], etag: '"1"' }
          ]
        };
      }
    };
    const issues: Partial<IIssueRepository> = {
      page: async (q) => {
        issueQueries.push(q);
        return q.view === 'byOwner' ? { records: [{ issue: owned }, { issue: toApprove }, { issue: resolved }] } : { records: [{ issue: toApprove }, { issue: notMine }] };
      },
      get: async (id) => {
        const i = id === 2 ? toApprove : notMine;
        return { record: { issue: i }, proposals: i.proposals, proposalEtags: {}, updates: [], canEdit: false };
      }
    };
    const catalog: ICatalogLookups = { load: async () => ({ systems: [], services: [], calendars: [] }) };
    // an ICT center operator: the approver of 回線 (network) issues by the §8 matrix
    const currentUser: Partial<ICurrentUserRepository> = { load: async () => ({ user: vendorUser, roles: ['ictCenter'], groupTitles: [], isSiteAdmin: false }) };

    const work = await new SpMyWorkSource({
      inquiries: inquiries as IInquiryRepository,
      issues: issues as IIssueRepository,
      catalog,
      currentUser: currentUser as ICurrentUserRepository,
      siteUrl: SITE_URL,
      pageSize: 20,
      now: () => NOW
    }).load();

    expect(inquiryQueries).toEqual([{ scope: 'assignedToMe', userId: vendorUser.id, status: 'open', sort: 'dueAsc', pageSize: 20 }]);
    expect(issueQueries.map((q) => q.view).sort()).toEqual(['byOwner', 'pendingApproval']);
    expect(issueQueries.filter((q) => q.view === 'byOwner')[0]).toEqual({ view: 'byOwner', ownerId: vendorUser.id, today: '2026-11-25', pageSize: 20 });
    expect(work.inquiries.map((i) => i.inquiry.id)).toEqual([4, 5]);
    expect(work.inquiries[0].url).toBe(`${SITE_URL}/Lists/OpsInquiries/DispForm.aspx?ID=4`);
    expect(work.issues.map((i) => [i.issue.id, i.reasons])).toEqual([
      [2, ['owner', 'approve']],
      [1, ['owner']]
    ]);
    expect(work.proposals.map((p) => p.proposal.id)).toEqual(['p1']);
    expect(work.proposals[0].url).toBe(`${SITE_URL}/Lists/OpsIssues/DispForm.aspx?ID=2`);
  });
});
