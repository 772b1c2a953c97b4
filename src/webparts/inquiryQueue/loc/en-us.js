define([], function () {
  return {
    "Heading": "Inquiries",
    "Intro": "Inquiries from receipt to first response and resolution. The assignee is notified on receipt; first-response targets run in business time.",
    "EmptyText": "There are no open inquiries.",
    "PropertyPaneDescription": "Inquiries display settings",
    "DisplayGroupName": "Display",
    "HeadingFieldLabel": "Heading (blank for the default)",
    "PageSizeFieldLabel": "Items per page"
  };
});
