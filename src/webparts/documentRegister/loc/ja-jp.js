define([], function () {
  return {
    "Heading": "文書管理簿",
    "Intro": "管理対象の文書（設計書・手順書・マニュアル・報告書など）と、見直し・更新の状況です。",
    "EmptyText": "管理対象の文書はまだ登録されていません。",
    "PropertyPaneDescription": "文書管理簿の表示設定",
    "DisplayGroupName": "表示",
    "HeadingFieldLabel": "見出し（空欄で既定）",
    "PageSizeFieldLabel": "1ページの件数"
  };
});
