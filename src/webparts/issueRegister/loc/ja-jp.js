define([], function () {
  return {
    "Heading": "課題管理一覧",
    "Intro": "課題の担当者・期限・対応方針と対応状況を管理します。担当者・期限・対応方針の変更には承認者の合意が必要です。",
    "EmptyText": "未完了の課題はありません。",
    "PropertyPaneDescription": "課題管理一覧の表示設定",
    "DisplayGroupName": "表示",
    "HeadingFieldLabel": "見出し（空欄で既定）",
    "PageSizeFieldLabel": "1ページの件数"
  };
});
