define([], function () {
  return {
    "Heading": "問い合わせ管理",
    "Intro": "問い合わせの受付から一次回答・解決までを管理します。受付時に担当者へ通知され、一次回答期限は営業時間で計算されます。",
    "EmptyText": "対応中の問い合わせはありません。",
    "PropertyPaneDescription": "問い合わせ管理の表示設定",
    "DisplayGroupName": "表示",
    "HeadingFieldLabel": "見出し（空欄で既定）",
    "PageSizeFieldLabel": "1ページの件数"
  };
});
