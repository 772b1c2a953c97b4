import { IActor } from '../../../src/domain/common';
import { IInquiry, IIssue, IUserRef } from '../../../src/domain/entities';
import { RoleKey } from '../../../src/domain/vocabulary';

export const users = {
  ict: { id: 11, title: '佐藤 花子', email: 'sato.hanako@midoriku.example' },
  ict2: { id: 12, title: '山本 健', email: 'yamamoto.ken@midoriku.example' },
  staffA: { id: 21, title: '鈴木 一郎', email: 'suzuki.ichiro@midoriku.example' },
  staffB: { id: 22, title: '高橋 美咲', email: 'takahashi.misaki@midoriku.example' },
  vendorA: { id: 31, title: '田中 翔', email: 'tanaka.sho@midori-systems.example' },
  vendorA2: { id: 32, title: '中村 大輔', email: 'nakamura.daisuke@midori-systems.example' },
  vendorB: { id: 41, title: '伊藤 陽子', email: 'ito.yoko@sakura-its.example' },
  csp: { id: 51, title: '渡辺 誠', email: 'watanabe.makoto@cloud-partner.example' },
};

export function actor(user: IUserRef, roles: RoleKey[], vendorKey?: string): IActor {
  return vendorKey === undefined ? { user, roles } : { user, roles, vendorKey };
}

export const actors = {
  ict: actor(users.ict, ['ictCenter']),
  ict2: actor(users.ict2, ['ictCenter']),
  staffA: actor(users.staffA, ['department']),
  staffB: actor(users.staffB, ['department']),
  vendorA: actor(users.vendorA, ['vendor'], 'midori'),
  vendorA2: actor(users.vendorA2, ['vendor'], 'midori'),
  vendorB: actor(users.vendorB, ['vendor'], 'sakura'),
  csp: actor(users.csp, ['csp']),
};

export function makeInquiry(overrides: Partial<IInquiry> = {}): IInquiry {
  return {
    id: 1,
    subject: '住民記録システムにログインできない',
    body: '朝からログイン画面でエラーになります。',
    systemId: 3,
    category: 'fault',
    status: 'received',
    requester: users.staffA,
    vendorKey: 'midori',
    vendorGroup: 'midori',
    receivedAt: '2026-06-05T09:30:00.000Z', // Fri 18:30 JST
    pauses: [],
    ...overrides,
  };
}

export function makeIssue(overrides: Partial<IIssue> = {}): IIssue {
  return {
    id: 7,
    title: '帳票出力が遅い',
    area: 'dedicatedArea',
    status: 'inProgress',
    priority: 'medium',
    owner: users.vendorA,
    dueDate: '2026-07-31',
    policy: 'インデックスを追加して改善する',
    raisedBy: users.staffA,
    raisedAt: '2026-06-01T01:00:00.000Z',
    vendorKey: 'midori',
    proposals: [],
    ...overrides,
  };
}
