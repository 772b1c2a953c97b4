define([], function () {
  return {
    "Heading": "Service catalog",
    "Intro": "Services in operation: what they are, who provides them, how to request them, their hours and targets.",
    "EmptyText": "No services in operation yet.",
    "PropertyPaneDescription": "Service catalog display settings",
    "DisplayGroupName": "Display",
    "HeadingFieldLabel": "Heading (blank for the default)",
    "PageSizeFieldLabel": "Items per page"
  };
});
