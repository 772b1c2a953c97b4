declare interface IInquiryQueueWebPartStrings {
  Heading: string;
  Intro: string;
  EmptyText: string;
  PropertyPaneDescription: string;
  DisplayGroupName: string;
  HeadingFieldLabel: string;
  PageSizeFieldLabel: string;
}

declare module 'InquiryQueueWebPartStrings' {
  const strings: IInquiryQueueWebPartStrings;
  export = strings;
}
