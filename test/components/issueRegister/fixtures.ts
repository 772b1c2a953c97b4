import { IActor, IIssue, IProposal } from '../../../src/domain';

export const NOW = new Date('2026-05-14T10:00:00+09:00');

export const ICT: IActor = { user: { id: 2, title: '佐藤 花子' }, roles: ['ictCenter'] };
export const STAFF: IActor = { user: { id: 4, title: '鈴木 一郎' }, roles: ['department'] };
export const VENDOR_A: IActor = { user: { id: 6, title: '田中 翔' }, roles: ['vendor'], vendorKey: 'midori-systems' };
export const VENDOR_B: IActor = { user: { id: 8, title: '伊藤 陽子' }, roles: ['vendor'], vendorKey: 'sakura-its' };

export function issue(patch: Partial<IIssue> = {}): IIssue {
  return {
    id: 12,
    title: '帳票出力が遅い',
    area: 'dedicatedArea',
    status: 'inProgress',
    priority: 'high',
    owner: { id: 6, title: '田中 翔' },
    dueDate: '2026-05-29',
    raisedBy: { id: 2, title: '佐藤 花子' },
    raisedAt: '2026-05-01T00:00:00Z',
    vendorKey: 'midori-systems',
    proposals: [],
    ...patch
  };
}

export function dueProposal(patch: Partial<IProposal> = {}): IProposal {
  return {
    id: '31',
    issueId: 12,
    field: 'dueDate',
    proposedValue: '2026-06-30',
    reason: '外部連携先の改修待ちのため',
    proposer: { id: 6, title: '田中 翔' },
    proposedAt: '2026-05-13T01:00:00Z',
    status: 'pending',
    ...patch
  } as IProposal;
}
