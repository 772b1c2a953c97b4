define([], function () {
  return {
    "Heading": "自分の作業",
    "Intro": "担当の問い合わせ、担当・承認が必要な課題、承認待ちの自分の変更提案です。",
    "InquiriesHeading": "担当の問い合わせ",
    "IssuesHeading": "対応・承認が必要な課題",
    "ProposalsHeading": "承認待ちの自分の提案",
    "NoInquiries": "担当の未完了の問い合わせはありません。",
    "NoIssues": "対応・承認が必要な課題はありません。",
    "NoProposals": "承認待ちの提案はありません。",
    "ReasonOwner": "担当",
    "ReasonApprove": "承認待ち",
    "DueLabel": "期限",
    "Overdue": "期限超過",
    "ProposedLabel": "提案",
    "Refresh": "最新の情報に更新",
    "OpenInSharePoint": "SharePoint で開く",
    "TeamsFallback": "Teams の中からデータを読み込めませんでした（ゲストアカウントでは Teams デスクトップ版でサインインが切れることがあります）。SharePoint のページで開いてください。",
    "PropertyPaneDescription": "自分の作業の表示設定",
    "DisplayGroupName": "表示",
    "HeadingFieldLabel": "見出し（空欄で既定）",
    "PageSizeFieldLabel": "各一覧の最大件数",
    "SiteGroupName": "接続先",
    "SiteUrlFieldLabel": "opsdesk サイトの URL（空欄: テナントの設定、なければこのサイト）",
    "GroupPrefixFieldLabel": "グループ名の接頭辞（既定: opsdesk）",
    "VendorsFieldLabel": "事業者（1行に「キー|名前|asp または operator」）"
  };
});
