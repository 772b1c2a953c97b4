define([], function () {
  return {
    "Heading": "My work",
    "Intro": "Inquiries assigned to you, issues you own or must approve, and your change proposals awaiting a decision.",
    "InquiriesHeading": "Assigned inquiries",
    "IssuesHeading": "Issues to act on",
    "ProposalsHeading": "My proposals awaiting a decision",
    "NoInquiries": "No open inquiries are assigned to you.",
    "NoIssues": "No issues need your action.",
    "NoProposals": "You have no proposals awaiting a decision.",
    "ReasonOwner": "Owner",
    "ReasonApprove": "To approve",
    "DueLabel": "Due",
    "Overdue": "Overdue",
    "ProposedLabel": "Proposed",
    "Refresh": "Refresh",
    "OpenInSharePoint": "Open in SharePoint",
    "TeamsFallback": "opsdesk could not load your data inside Teams (guest accounts can lose their sign-in in the Teams desktop client). Open the SharePoint page instead.",
    "PropertyPaneDescription": "My work display settings",
    "DisplayGroupName": "Display",
    "HeadingFieldLabel": "Heading (empty for the default)",
    "PageSizeFieldLabel": "Most items per list",
    "SiteGroupName": "Site",
    "SiteUrlFieldLabel": "opsdesk site URL (empty: the tenant setting, else this site)",
    "GroupPrefixFieldLabel": "Group name prefix (default: opsdesk)",
    "VendorsFieldLabel": "Vendors (one per line: key|name|asp or operator)"
  };
});
