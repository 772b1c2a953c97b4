export * from './types';
export * from './lists';
export { ALL_LISTS, LIST_ACCESS, buildGroups, buildSiteSchema, listByKey, vendorGroupKey } from './site';
export { choicesFrom, fieldsOf } from './define';
export { caml } from './caml';
export { parseViewQuery, unsafeViews, viewSafety } from './viewSafety';
export type { IParsedViewQuery, IViewClause, ViewSafety, ViewSafetyBasis } from './viewSafety';
