declare interface IServiceCatalogWebPartStrings {
  Heading: string;
  Intro: string;
  EmptyText: string;
  PropertyPaneDescription: string;
  DisplayGroupName: string;
  HeadingFieldLabel: string;
  PageSizeFieldLabel: string;
}

declare module 'ServiceCatalogWebPartStrings' {
  const strings: IServiceCatalogWebPartStrings;
  export = strings;
}
