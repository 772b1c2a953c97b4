define([], function () {
  return {
    "Heading": "サービスカタログ",
    "Intro": "提供中のサービスと、その内容・提供者・申請方法・対応時間・目標時間の一覧です。",
    "EmptyText": "提供中のサービスはまだ登録されていません。",
    "PropertyPaneDescription": "サービスカタログの表示設定",
    "DisplayGroupName": "表示",
    "HeadingFieldLabel": "見出し（空欄で既定）",
    "PageSizeFieldLabel": "1ページの件数"
  };
});
