declare interface IDocumentRegisterWebPartStrings {
  Heading: string;
  Intro: string;
  EmptyText: string;
  PropertyPaneDescription: string;
  DisplayGroupName: string;
  HeadingFieldLabel: string;
  PageSizeFieldLabel: string;
}

declare module 'DocumentRegisterWebPartStrings' {
  const strings: IDocumentRegisterWebPartStrings;
  export = strings;
}
