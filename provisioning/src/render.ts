/** Human-readable plans and apply results, in Japanese (default) or English. */
import type { IApplyResult, IDesiredSite, IPlan, Lang, Notice, ReasonCode, RoleScope, Step, StepKind } from './types';

type Text = Readonly<Record<Lang, string>>;

const ACTIONS: Readonly<Record<StepKind, Text>> = {
  createGroup: { ja: 'グループを作成', en: 'Create group' },
  updateGroup: { ja: 'グループを更新', en: 'Update group' },
  setGroupOwner: { ja: 'グループの所有者を設定', en: 'Set group owner' },
  addMember: { ja: 'メンバーを追加', en: 'Add member' },
  removeMember: { ja: 'メンバーを削除', en: 'Remove member' },
  createList: { ja: '一覧を作成', en: 'Create list' },
  updateList: { ja: '一覧の設定を更新', en: 'Update list settings' },
  updateTitleField: { ja: 'タイトル列を更新', en: 'Update the Title column' },
  createField: { ja: '列を作成', en: 'Create column' },
  updateField: { ja: '列を更新', en: 'Update column' },
  createView: { ja: 'ビューを作成', en: 'Create view' },
  updateView: { ja: 'ビューをその場で更新', en: 'Update view in place' },
  breakInheritance: { ja: '権限の継承を中止', en: 'Break permission inheritance' },
  addRoleAssignment: { ja: '権限を付与', en: 'Grant' },
  removeRoleAssignment: { ja: '権限を削除', en: 'Remove grant' }
};

const REASONS: Readonly<Record<ReasonCode, Text>> = {
  missing: { ja: 'サイトに存在しません', en: 'it does not exist on the site' },
  differs: { ja: 'スキーマと異なります', en: 'it differs from the schema' },
  inherits: { ja: 'サイトの権限を継承しています（一覧ごとの権限が必要です）', en: "it inherits the site's permissions; the list needs its own" },
  notGranted: { ja: 'スキーマが付与する権限がサイトにありません', en: 'the schema grants it and the site does not' },
  notInSchema: { ja: 'スキーマが付与していない権限です', en: 'the schema does not grant it' },
  notInRoster: { ja: '名簿にない利用者です', en: 'the user is not in the roster' },
  inRoster: { ja: '名簿にある利用者がメンバーではありません', en: 'the roster lists the user and the group does not have them' },
  ownerDiffers: { ja: '所有者が構成と異なります', en: 'the owner differs from the configuration' },
  typeDiffers: { ja: '列の種類が異なります', en: 'the column type differs' },
  unmanaged: { ja: 'プロビジョニングの管理外です', en: 'not managed by provisioning' },
  personalView: { ja: '個人用ビューです', en: 'it is a personal view' }
};

const LEVELS: Readonly<Record<string, Text>> = {
  read: { ja: '閲覧', en: 'Read' },
  contribute: { ja: '投稿', en: 'Contribute' },
  edit: { ja: '編集', en: 'Edit' },
  design: { ja: 'デザイン', en: 'Design' },
  fullControl: { ja: 'フル コントロール', en: 'Full Control' }
};

function listName(d: IDesiredSite, key: string, lang: Lang): string {
  const l = d.lists.find((x) => x.key === key);
  return l ? `${l.title[lang]} (${l.url})` : key;
}

function groupName(d: IDesiredSite, key: string): string {
  return d.groups.find((g) => g.key === key)?.title ?? key;
}

function scopeName(d: IDesiredSite, scope: RoleScope, lang: Lang): string {
  return scope.kind === 'web' ? (lang === 'ja' ? 'サイト' : 'site') : listName(d, scope.listKey, lang);
}

function fmt(v: unknown): string {
  return v === null || v === undefined ? '—' : JSON.stringify(v);
}

/** The object a step acts on, named as users see it. */
export function stepTarget(s: Step, d: IDesiredSite, lang: Lang): string {
  switch (s.kind) {
    case 'createGroup':
    case 'updateGroup':
      return groupName(d, s.groupKey);
    case 'setGroupOwner':
      return `${groupName(d, s.groupKey)} ← ${groupName(d, s.ownerGroupKey)}`;
    case 'addMember':
      return `${groupName(d, s.groupKey)} ← ${s.upn}`;
    case 'removeMember':
      return `${groupName(d, s.groupKey)} → ${s.loginName}`;
    case 'createList':
    case 'updateList':
    case 'breakInheritance':
      return listName(d, s.listKey, lang);
    case 'updateTitleField':
      return `${listName(d, s.listKey, lang)} / Title`;
    case 'createField':
    case 'updateField': {
      const f = d.lists.find((l) => l.key === s.listKey)?.fields[s.fieldKey];
      return `${listName(d, s.listKey, lang)} / ${f ? `${f.title[lang]} [${f.internalName}]` : s.fieldKey}`;
    }
    case 'createView':
    case 'updateView': {
      const v = d.lists.find((l) => l.key === s.listKey)?.views.find((x) => x.key === s.viewKey);
      return `${listName(d, s.listKey, lang)} / ${v ? `${v.title[lang]} (${v.fileName}.aspx)` : s.viewKey}`;
    }
    case 'addRoleAssignment':
      return `${scopeName(d, s.scope, lang)}: ${groupName(d, s.groupKey)} = ${LEVELS[s.level][lang]}`;
    case 'removeRoleAssignment':
      return `${scopeName(d, s.scope, lang)}: ${groupName(d, s.groupKey)} ≠ ${s.roleName}`;
    default:
      return '';
  }
}

export function renderStep(s: Step, d: IDesiredSite, lang: Lang): string[] {
  const because = lang === 'ja' ? '理由' : 'because';
  const lines = [`${ACTIONS[s.kind][lang]}: ${stepTarget(s, d, lang)} (${because}: ${REASONS[s.reason][lang]})`];
  for (const c of s.changes ?? []) lines.push(`    ${c.property}: ${fmt(c.from)} → ${fmt(c.to)}`);
  return lines;
}

export function renderNotice(n: Notice, d: IDesiredSite, lang: Lang): string {
  switch (n.kind) {
    case 'unmanagedAssignment':
      return lang === 'ja'
        ? `管理外の権限（変更しません）: ${scopeName(d, n.scope, lang)}: ${n.principal} = ${n.roles.join(', ')}`
        : `Not managed (left alone): ${scopeName(d, n.scope, lang)}: ${n.principal} = ${n.roles.join(', ')}`;
    case 'fieldTypeMismatch':
      return lang === 'ja'
        ? `列の種類が違います（移行が必要・自動では変更しません）: ${listName(d, n.listKey, lang)} / ${n.internalName}: ${n.actual} → ${n.desired}`
        : `Column type differs (needs a migration; not changed): ${listName(d, n.listKey, lang)} / ${n.internalName}: ${n.actual} → ${n.desired}`;
    case 'fieldCreateOnlyDiffers':
      return lang === 'ja'
        ? `列の作成時にしか設定できない値が違います（列の作り直しが必要・自動では変更しません）: ${listName(d, n.listKey, lang)} / ${n.internalName}: ${n.property} ${fmt(n.actual)} → ${fmt(n.desired)}`
        : `A property only set when a column is created differs (needs recreating the column; not changed): ${listName(d, n.listKey, lang)} / ${n.internalName}: ${n.property} ${fmt(n.actual)} → ${fmt(n.desired)}`;
    case 'roleDefinitionMissing':
      return lang === 'ja' ? `権限レベルがサイトにありません: ${LEVELS[n.level][lang]}` : `Permission level missing on the site: ${LEVELS[n.level][lang]}`;
    default:
      return '';
  }
}

export function renderPlan(p: IPlan, d: IDesiredSite, lang: Lang = 'ja', options: { notices?: 'all' | 'summary' } = {}): string {
  const out: string[] = [];
  if (!p.steps.length) out.push(lang === 'ja' ? '変更はありません（サイトはスキーマどおりです）。' : 'No changes: the site matches the schema.');
  else out.push(lang === 'ja' ? `${p.steps.length} 件の変更があります:` : `${p.steps.length} change(s):`);
  p.steps.forEach((s, i) => renderStep(s, d, lang).forEach((l, j) => out.push(j === 0 ? `${String(i + 1).padStart(4)}. ${l}` : `      ${l}`)));
  const unmanaged = p.notices.filter((n) => n.kind === 'unmanagedAssignment');
  const other = p.notices.filter((n) => n.kind !== 'unmanagedAssignment');
  for (const n of other) out.push(`  ! ${renderNotice(n, d, lang)}`);
  if (unmanaged.length) {
    if (options.notices === 'all') for (const n of unmanaged) out.push(`  · ${renderNotice(n, d, lang)}`);
    else out.push(lang === 'ja' ? `  · 管理外の権限 ${unmanaged.length} 件はそのままにします（--all で表示）。` : `  · ${unmanaged.length} assignment(s) of other principals are left alone (--all lists them).`);
  }
  return out.join('\n');
}

export function renderApplyResult(r: IApplyResult, d: IDesiredSite, lang: Lang = 'ja'): string {
  const failed = r.results.filter((x) => x.status === 'failed');
  const out = [
    lang === 'ja'
      ? `${r.written} 件を書き込みました（${r.rounds} ラウンド）。失敗 ${failed.length} 件。`
      : `Wrote ${r.written} change(s) in ${r.rounds} round(s); ${failed.length} failed.`
  ];
  for (const f of failed) out.push(`  ✗ ${stepTarget(f.step, d, lang)}: ${f.error}`);
  if (r.remaining.steps.length) {
    out.push(lang === 'ja' ? '未解消の差分:' : 'Still differs:');
    out.push(renderPlan(r.remaining, d, lang));
  }
  return out.join('\n');
}
