define([], function () {
  return {
    "Heading": "FAQ",
    "Intro": "Frequently asked questions published for staff.",
    "EmptyText": "No published FAQ yet.",
    "PropertyPaneDescription": "FAQ display settings",
    "DisplayGroupName": "Display",
    "HeadingFieldLabel": "Heading (blank for the default)",
    "PageSizeFieldLabel": "Items per page"
  };
});
