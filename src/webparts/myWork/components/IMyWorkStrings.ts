/** The web part's own strings (loc/ja-jp.js, loc/en-us.js); shared strings come from src/ui/uiStrings. */
export interface IMyWorkStrings {
  Heading: string;
  Intro: string;
  InquiriesHeading: string;
  IssuesHeading: string;
  ProposalsHeading: string;
  NoInquiries: string;
  NoIssues: string;
  NoProposals: string;
  ReasonOwner: string;
  ReasonApprove: string;
  DueLabel: string;
  Overdue: string;
  ProposedLabel: string;
  Refresh: string;
  OpenInSharePoint: string;
  TeamsFallback: string;
}
