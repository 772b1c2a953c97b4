import { LabelTable } from '../vocabulary/labelTable';

/** Why a stretch of time is not business time (shown in the SLA badge tooltip). */
export type NonBusinessReason = 'afterHours' | 'weekend' | 'holiday' | 'yearEndClosure' | 'wardClosure' | 'noServiceDay';

/** Labels of {@link NonBusinessReason}. A holiday's own name is added by explainSpan. */
export const NON_BUSINESS_REASON_LABELS: LabelTable<NonBusinessReason> = {
  afterHours: { ja: '時間外', en: 'Outside business hours' },
  weekend: { ja: '土日', en: 'Weekend' },
  holiday: { ja: '祝日', en: 'Public holiday' },
  yearEndClosure: { ja: '年末年始休業', en: 'Year-end closure' },
  wardClosure: { ja: '区の休業日', en: 'Ward closure' },
  noServiceDay: { ja: 'サービス提供日外', en: 'No service on this day' },
};
