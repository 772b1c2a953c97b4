declare interface IKnowledgeBaseWebPartStrings {
  Heading: string;
  Intro: string;
  EmptyText: string;
  FaqTab: string;
  OperatorTab: string;
  ReviewTab: string;
  SearchPlaceholder: string;
  CategoryLabel: string;
  AllCategories: string;
  NoMatch: string;
  SearchOlder: string;
  Tags: string;
  LastReviewed: string;
  Vendor: string;
  SharedWithAll: string;
  WasThisHelpful: string;
  Yes: string;
  No: string;
  HelpfulCounts: string;
  ThanksForFeedback: string;
  ReviewIntro: string;
  ReviewNothingDue: string;
  ReviewEntry: string;
  ReviewList: string;
  ReviewOwner: string;
  ReviewDue: string;
  ReviewState: string;
  StateUpcoming: string;
  StateOverdue: string;
  StateGraceExpired: string;
  StateNoDate: string;
  MarkReviewed: string;
  Reviewed: string;
  Draft: string;
  PropertyPaneDescription: string;
  DisplayGroupName: string;
  HeadingFieldLabel: string;
  PageSizeFieldLabel: string;
}

declare module 'KnowledgeBaseWebPartStrings' {
  const strings: IKnowledgeBaseWebPartStrings;
  export = strings;
}
