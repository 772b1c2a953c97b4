declare interface IKnowledgeBaseWebPartStrings {
  Heading: string;
  Intro: string;
  EmptyText: string;
  PropertyPaneDescription: string;
  DisplayGroupName: string;
  HeadingFieldLabel: string;
  PageSizeFieldLabel: string;
}

declare module 'KnowledgeBaseWebPartStrings' {
  const strings: IKnowledgeBaseWebPartStrings;
  export = strings;
}
