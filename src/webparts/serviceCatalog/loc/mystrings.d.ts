declare interface IServiceCatalogWebPartStrings {
  Heading: string;
  Intro: string;
  EmptyText: string;
  NoMatch: string;
  SearchPlaceholder: string;
  ResultCount: string;
  Provider: string;
  Owner: string;
  Audience: string;
  Hours: string;
  FirstResponse: string;
  Resolution: string;
  RequestFlow: string;
  RequiredDocuments: string;
  NoDocuments: string;
  Retiring: string;
  RetiringOn: string;
  EffectiveFrom: string;
  RaiseInquiry: string;
  NoInquiryPage: string;
  ShowDetails: string;
  HideDetails: string;
  EditService: string;
  EditPanelTitle: string;
  Save: string;
  Cancel: string;
  Saved: string;
  SavedPendingApproval: string;
  PendingApproval: string;
  OwnerHint: string;
  OwnerNotFound: string;
  FixErrors: string;
  DateHint: string;
  Loading: string;
  StaleBody: string;
  CloseNotice: string;
  PropertyPaneDescription: string;
  DisplayGroupName: string;
  HeadingFieldLabel: string;
  PageSizeFieldLabel: string;
  LinksGroupName: string;
  InquiryPageUrlFieldLabel: string;
}

declare module 'ServiceCatalogWebPartStrings' {
  const strings: IServiceCatalogWebPartStrings;
  export = strings;
}
