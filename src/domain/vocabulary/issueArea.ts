import { LabelTable } from './labelTable';

/** Where an issue arises (課題発生個所); the rows of the §8 role matrix. */
export type IssueArea = 'sharedArea' | 'dedicatedArea' | 'awsService' | 'network' | 'devices';

/** Labels of {@link IssueArea}; the Japanese label is the stored Choice value. */
export const ISSUE_AREA_LABELS: LabelTable<IssueArea> = {
  sharedArea: { ja: '共同利用領域に構築するシステム', en: 'Systems in the shared area' },
  dedicatedArea: { ja: '単独利用領域に構築するシステム', en: 'Systems in a dedicated area' },
  awsService: { ja: 'AWSが提供するサービス', en: 'Services provided by AWS' },
  network: { ja: '回線', en: 'Network lines' },
  devices: { ja: '各種機器(端末、VDI等)', en: 'Devices (terminals, VDI, etc.)' },
};
