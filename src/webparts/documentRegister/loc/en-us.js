define([], function () {
  return {
    "Heading": "Document register",
    "Intro": "Managed documents (designs, procedures, manuals, reports) with their review and update status.",
    "EmptyText": "No managed documents yet.",
    "PropertyPaneDescription": "Document register display settings",
    "DisplayGroupName": "Display",
    "HeadingFieldLabel": "Heading (blank for the default)",
    "PageSizeFieldLabel": "Items per page"
  };
});
