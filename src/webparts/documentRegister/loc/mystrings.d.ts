declare interface IDocumentRegisterWebPartStrings {
  Heading: string;
  Intro: string;
  EmptyText: string;
  ViewRegister: string;
  ViewUpdatePending: string;
  ViewReviewDue: string;
  EmptyUpdatePending: string;
  EmptyReviewDue: string;
  ColNumber: string;
  ColTitle: string;
  ColType: string;
  ColSystem: string;
  ColOwner: string;
  ColStatus: string;
  ColVersion: string;
  ColModified: string;
  ColNextReview: string;
  ColPending: string;
  TypeMissing: string;
  PendingFor: string;
  Overdue: string;
  UploadNewVersion: string;
  UploadTitle: string;
  UploadIntro: string;
  ChooseFile: string;
  Satisfies: string;
  NoRequirements: string;
  Upload: string;
  Uploading: string;
  Cancel: string;
  Uploaded: string;
  PropertyPaneDescription: string;
  DisplayGroupName: string;
  HeadingFieldLabel: string;
  PageSizeFieldLabel: string;
}

declare module 'DocumentRegisterWebPartStrings' {
  const strings: IDocumentRegisterWebPartStrings;
  export = strings;
}
