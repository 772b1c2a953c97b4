declare interface IMyWorkWebPartStrings {
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
  PropertyPaneDescription: string;
  DisplayGroupName: string;
  HeadingFieldLabel: string;
  PageSizeFieldLabel: string;
  SiteGroupName: string;
  SiteUrlFieldLabel: string;
  GroupPrefixFieldLabel: string;
  VendorsFieldLabel: string;
}

declare module 'MyWorkWebPartStrings' {
  const strings: IMyWorkWebPartStrings;
  export = strings;
}
