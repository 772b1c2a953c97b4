declare interface IIssueRegisterWebPartStrings {
  Heading: string;
  Intro: string;
  EmptyText: string;
  PropertyPaneDescription: string;
  DisplayGroupName: string;
  HeadingFieldLabel: string;
  PageSizeFieldLabel: string;
}

declare module 'IssueRegisterWebPartStrings' {
  const strings: IIssueRegisterWebPartStrings;
  export = strings;
}
