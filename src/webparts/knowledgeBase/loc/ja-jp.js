define([], function () {
  return {
    "Heading": "よくある質問",
    "Intro": "職員向けに公開されているよくある質問です。",
    "EmptyText": "公開中のFAQはまだありません。",
    "PropertyPaneDescription": "よくある質問の表示設定",
    "DisplayGroupName": "表示",
    "HeadingFieldLabel": "見出し（空欄で既定）",
    "PageSizeFieldLabel": "1ページの件数"
  };
});
