/** The demo identities the workbench offers (keys of the sandbox DIRECTORY; see .work/CONTRACTS.md). */
export interface IDemoUser {
  key: string;
  label: { ja: string; en: string };
}

export const DEMO_USERS: IDemoUser[] = [
  { key: 'ict', label: { ja: 'ICTセンター', en: 'ICT center' } },
  { key: 'staffA', label: { ja: '業務所管課（住民課）', en: 'Department staff (residents)' } },
  { key: 'staffB', label: { ja: '業務所管課（税務課）', en: 'Department staff (tax)' } },
  { key: 'vendorA', label: { ja: '事業者A みどりシステムズ', en: 'Vendor A Midori Systems' } },
  { key: 'vendorB', label: { ja: '事業者B さくらITサービス', en: 'Vendor B Sakura IT Services' } },
  { key: 'csp', label: { ja: 'CSP', en: 'CSP' } },
  { key: 'ict2', label: { ja: 'ICTセンター（2人目）', en: 'ICT center (second)' } },
  { key: 'vendorA2', label: { ja: '事業者A（2人目）', en: 'Vendor A (second)' } },
  { key: 'admin', label: { ja: 'サイト管理者', en: 'Site admin' } },
];

export function roleLabel(key: string, lang: 'ja' | 'en'): string {
  const u = DEMO_USERS.find(d => d.key === key);
  return u ? u.label[lang] : key;
}
