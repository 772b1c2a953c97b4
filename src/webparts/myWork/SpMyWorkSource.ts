import { approverFor } from '../../domain';
import { ICatalogLookups, slaContextFor } from '../../data/catalogLookups';
import { ICurrentUserRepository } from '../../data/currentUser';
import { IInquiryRepository } from '../../data/inquiries';
import { IIssueRepository } from '../../data/issues';
import { jstDateKey } from '../../domain';
import { InquiriesList, IssuesList } from '../../schema';
import { IMyInquiry, IMyProposal, IMyWork, IMyWorkSource, mergeIssues, sortInquiries } from './components/myWorkModel';

export interface IMyWorkDeps {
  inquiries: IInquiryRepository;
  issues: IIssueRepository;
  catalog: ICatalogLookups;
  currentUser: ICurrentUserRepository;
  /** Absolute URL of the opsdesk site, without a trailing slash (item links). */
  siteUrl: string;
  pageSize: number;
  now: () => Date;
}

/** "My work" over the inquiry and issue repositories: one read of the user, then the lists in parallel. */
export class SpMyWorkSource implements IMyWorkSource {
  constructor(private readonly deps: IMyWorkDeps) {}

  public async load(): Promise<IMyWork> {
    const d = this.deps;
    const me = await d.currentUser.load();
    const today = jstDateKey(d.now());
    const [assigned, catalog, owned, pending] = await Promise.all([
      d.inquiries.page({ scope: 'assignedToMe', userId: me.user.id, status: 'open', sort: 'dueAsc', pageSize: d.pageSize }),
      d.catalog.load(),
      d.issues.page({ view: 'byOwner', ownerId: me.user.id, today, pageSize: d.pageSize }),
      d.issues.page({ view: 'pendingApproval', today, pageSize: d.pageSize })
    ]);
    const inquiries: IMyInquiry[] = assigned.items.map((inquiry) => ({
      inquiry,
      sla: slaContextFor(catalog, inquiry.serviceId),
      url: `${d.siteUrl}/${InquiriesList.url}/DispForm.aspx?ID=${inquiry.id}`
    }));
    const issueUrl = (id: number): string => `${d.siteUrl}/${IssuesList.url}/DispForm.aspx?ID=${id}`;
    const toApprove = pending.records.filter((r) => me.roles.indexOf(approverFor(r.issue.area)) >= 0).map((r) => r.issue);
    // Proposals are read through their issues (one request per pending issue, at most a page of them), because the
    // proposal list is indexed on status, not on its author.
    const details = await Promise.all(pending.records.map((r) => d.issues.get(r.issue.id)));
    const proposals: IMyProposal[] = [];
    for (const detail of details) {
      for (const p of detail.proposals) {
        if (p.status === 'pending' && p.proposer.id === me.user.id) {
          proposals.push({ proposal: p, issueTitle: detail.record.issue.title, url: issueUrl(detail.record.issue.id) });
        }
      }
    }
    return {
      inquiries: sortInquiries(inquiries),
      // a resolved issue waits for the ICT center to close it: nothing left for its owner to do
      issues: mergeIssues(
        owned.records.map((r) => r.issue).filter((i) => i.status !== 'resolved' && i.status !== 'closed'),
        toApprove,
        issueUrl
      ),
      proposals
    };
  }
}
