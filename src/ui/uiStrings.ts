import { Locale } from '../domain/vocabulary';
import { DataErrorKind, IDataError } from '../data/DataError';

/** Strings shared by every web part; a web part's own strings live in its loc/ folder. */
export interface IUiStrings {
  loading: string;
  retry: string;
  errors: Record<DataErrorKind, string>;
  listViewThreshold: string;
  staleEdit: string;
  retryExhausted: string;
  duplicateValue: string;
  invalidValue: string;
  technicalDetail: string;
  empty: string;
  loadMore: string;
}

const ja: IUiStrings = {
  loading: '読み込んでいます…',
  retry: '再試行',
  errors: {
    notFound: '対象が見つかりません。削除されたか、閲覧する権限がありません。',
    forbidden: 'この操作を行う権限がありません。必要な場合はICTセンターにお問い合わせください。',
    throttled: 'SharePoint が混み合っています。しばらく待ってから再試行してください。',
    conflict: '他の人がこの項目を先に更新しました。最新の内容を確認してから、もう一度操作してください。',
    invalid: '入力内容または条件に誤りがあります。',
    unavailable: 'SharePoint に接続できません。ネットワークを確認して再試行してください。',
    unknown: '予期しないエラーが発生しました。再試行しても解決しない場合はICTセンターにお問い合わせください。'
  },
  listViewThreshold: '一覧の件数が多すぎるため、この条件では表示できません（リストビューのしきい値 5,000 件）。条件を絞り込んでください。',
  staleEdit: '他の人がこの項目を先に更新しました。上書きはしていません。最新の内容を表示します。',
  retryExhausted: 'SharePoint が混み合っているため、何度か再試行しましたが完了しませんでした。時間をおいて再試行してください。',
  duplicateValue: '同じ値の項目がすでにあります（重複できない列です）。値を変えてから、もう一度保存してください。何も保存していません。',
  invalidValue: '入力された値を SharePoint が保存できません（1 行テキストは 255 文字まで）。短くしてから、もう一度保存してください。何も保存していません。',
  technicalDetail: '詳細',
  empty: '表示する項目はありません。',
  loadMore: 'さらに表示'
};

const en: IUiStrings = {
  loading: 'Loading…',
  retry: 'Retry',
  errors: {
    notFound: 'Not found. It was deleted, or you do not have permission to see it.',
    forbidden: 'You do not have permission to do this. Ask the ICT center if you need it.',
    throttled: 'SharePoint is busy. Wait a moment and retry.',
    conflict: 'Someone else updated this item first. Check the latest values, then try again.',
    invalid: 'Something in the input or the query is not valid.',
    unavailable: 'SharePoint cannot be reached. Check the network and retry.',
    unknown: 'Something unexpected went wrong. If retrying does not help, contact the ICT center.'
  },
  listViewThreshold: 'This list is too large to show with these conditions (list view threshold of 5,000 items). Narrow the filter.',
  staleEdit: 'Someone else updated this item first. Nothing was overwritten; the latest values are shown.',
  retryExhausted: 'SharePoint stayed busy after several retries. Try again later.',
  duplicateValue: 'An item with this value already exists (the column must be unique). Change the value and save again. Nothing was saved.',
  invalidValue: 'SharePoint cannot store a value as entered (single-line text is limited to 255 characters). Shorten it and save again. Nothing was saved.',
  technicalDetail: 'Details',
  empty: 'Nothing to show.',
  loadMore: 'Show more'
};

export function uiStrings(locale: Locale): IUiStrings {
  return locale === 'en' ? en : ja;
}

/** The UI's choice of locale from a SharePoint UI culture name such as `ja-JP` or `en-US`. */
export function localeOf(cultureName: string | undefined): Locale {
  return cultureName && cultureName.toLowerCase().indexOf('en') === 0 ? 'en' : 'ja';
}

export function errorMessage(error: IDataError, strings: IUiStrings): string {
  if (error.reason === 'listViewThreshold') return strings.listViewThreshold;
  if (error.reason === 'staleEdit') return strings.staleEdit;
  if (error.reason === 'retryExhausted') return strings.retryExhausted;
  if (error.reason === 'duplicateValue') return strings.duplicateValue;
  if (error.reason === 'invalidValue') return strings.invalidValue;
  return strings.errors[error.kind];
}
