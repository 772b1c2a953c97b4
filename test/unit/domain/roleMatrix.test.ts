import {
  approverFor,
  INVOLVEMENT_MARKS,
  involvedRoles,
  isInvolved,
  leadsFor,
  MATRIX_AREAS,
  MATRIX_ROLES,
  ROLE_MATRIX,
  supportsFor,
} from '../../../src/domain/roles/roleMatrix';
import { ISSUE_AREA_LABELS, ROLE_LABELS } from '../../../src/domain/vocabulary';

// The §8 table (課題管理における役割分担イメージ) as printed in the seed guideline.
const SEED_TABLE = `
課題発生個所	業務所管課	ICTセンター	ASP/運用管理補助者	CSP
共同利用領域に構築するシステム	○	△	○	△
単独利用領域に構築するシステム	○	○	○	△
AWSが提供するサービス	○	○	—	○
回線	○	○	○	—
各種機器(端末、VDI等)	○	○	○	—
`;

const rows = SEED_TABLE.trim().split('\n').map((line) => line.split('\t'));
const header = rows[0];
const body = rows.slice(1);

describe('§8 role matrix', () => {
  test('columns and rows are in the seed order, with the contract labels', () => {
    expect(MATRIX_ROLES.map((r) => ROLE_LABELS[r].ja)).toEqual(header.slice(1));
    expect(MATRIX_AREAS.map((a) => ISSUE_AREA_LABELS[a].ja)).toEqual(body.map((r) => r[0]));
  });

  const cells: [string, string, string][] = [];
  body.forEach((row, i) => {
    header.slice(1).forEach((_, j) => cells.push([MATRIX_AREAS[i], MATRIX_ROLES[j], row[j + 1]]));
  });

  test.each(cells)('%s × %s is %s', (area, role, mark) => {
    const involvement = ROLE_MATRIX.involvement[area as keyof typeof ROLE_MATRIX.involvement][role as (typeof MATRIX_ROLES)[number]];
    expect(INVOLVEMENT_MARKS[involvement]).toBe(mark);
  });

  test('leads and supports per area', () => {
    expect(leadsFor('sharedArea')).toEqual(['department', 'vendor']);
    expect(supportsFor('sharedArea')).toEqual(['ictCenter', 'csp']);
    expect(leadsFor('awsService')).toEqual(['department', 'ictCenter', 'csp']);
    expect(supportsFor('network')).toEqual([]);
  });

  test('approver: the ICT center where it leads, the department in the shared area', () => {
    expect(approverFor('sharedArea')).toBe('department');
    for (const area of ['dedicatedArea', 'awsService', 'network', 'devices'] as const) {
      expect(approverFor(area)).toBe('ictCenter');
      expect(leadsFor(area)).toContain('ictCenter');
    }
  });

  test('involvement decides who gets access to an issue item', () => {
    expect(involvedRoles('awsService')).toEqual(['department', 'ictCenter', 'csp']);
    expect(isInvolved('awsService', 'vendor')).toBe(false);
    expect(isInvolved('devices', 'csp')).toBe(false);
    expect(isInvolved('sharedArea', 'csp')).toBe(true);
    expect(isInvolved('sharedArea', 'ictCenter')).toBe(true);
  });
});
