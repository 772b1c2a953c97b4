define([], function () {
  return {
    "Heading": "Issue register",
    "Intro": "Issues with their owner, due date, response policy and progress. Changes of owner, due date or policy need the approver's agreement.",
    "EmptyText": "There are no open issues.",
    "PropertyPaneDescription": "Issue register display settings",
    "DisplayGroupName": "Display",
    "HeadingFieldLabel": "Heading (blank for the default)",
    "PageSizeFieldLabel": "Items per page"
  };
});
