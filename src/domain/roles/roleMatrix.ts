import { IssueArea } from '../vocabulary/issueArea';
import { RoleKey } from '../vocabulary/roleKey';

/** A cell of the §8 matrix: ○ lead (課題管理および課題対応の主体), △ support (必要に応じて支援), — none. */
export type Involvement = 'lead' | 'support' | 'none';

/** The printed mark of each involvement, as in the seed's table. */
export const INVOLVEMENT_MARKS: { readonly [I in Involvement]: string } = {
  lead: '○',
  support: '△',
  none: '—',
};

/** Who is involved in an issue per area, and which role approves (§8 課題対応関与者). */
export interface IRoleMatrix {
  involvement: { readonly [A in IssueArea]: { readonly [R in RoleKey]: Involvement } };
  approver: { readonly [A in IssueArea]: RoleKey };
}

/** Column order of the seed's table. */
export const MATRIX_ROLES: ReadonlyArray<RoleKey> = ['department', 'ictCenter', 'vendor', 'csp'];

/** Row order of the seed's table. */
export const MATRIX_AREAS: ReadonlyArray<IssueArea> = ['sharedArea', 'dedicatedArea', 'awsService', 'network', 'devices'];

/**
 * The §8 matrix exactly as the seed prints it.
 *
 * Approval: the seed's legend has a third mark, 「対応の報告受領、対応方針等の承認」, whose glyph was lost in
 * the extracted text, so no cell shows it. DESIGN.md says the approver is "by the matrix, typically the ICT
 * center", and §8 says changes are agreed with 本区 (the ward). We model approval as one role per area: the
 * ICT center where it leads (○), and the owning business department for systems in the shared area, where
 * the ICT center only supports (△) and the department is the ward's party leading the issue.
 */
export const ROLE_MATRIX: IRoleMatrix = {
  involvement: {
    sharedArea: { department: 'lead', ictCenter: 'support', vendor: 'lead', csp: 'support' },
    dedicatedArea: { department: 'lead', ictCenter: 'lead', vendor: 'lead', csp: 'support' },
    awsService: { department: 'lead', ictCenter: 'lead', vendor: 'none', csp: 'lead' },
    network: { department: 'lead', ictCenter: 'lead', vendor: 'lead', csp: 'none' },
    devices: { department: 'lead', ictCenter: 'lead', vendor: 'lead', csp: 'none' },
  },
  approver: {
    sharedArea: 'department',
    dedicatedArea: 'ictCenter',
    awsService: 'ictCenter',
    network: 'ictCenter',
    devices: 'ictCenter',
  },
};

function rolesWith(area: IssueArea, matrix: IRoleMatrix, wanted: Involvement[]): RoleKey[] {
  const row = matrix.involvement[area];
  const result: RoleKey[] = [];
  for (const role of MATRIX_ROLES) {
    if (wanted.indexOf(row[role]) >= 0) {
      result.push(role);
    }
  }
  return result;
}

/** Roles marked ○ for the area. */
export function leadsFor(area: IssueArea, matrix: IRoleMatrix = ROLE_MATRIX): RoleKey[] {
  return rolesWith(area, matrix, ['lead']);
}

/** Roles marked △ for the area. */
export function supportsFor(area: IssueArea, matrix: IRoleMatrix = ROLE_MATRIX): RoleKey[] {
  return rolesWith(area, matrix, ['support']);
}

/** The role whose agreement governed changes need and who closes issues of the area. */
export function approverFor(area: IssueArea, matrix: IRoleMatrix = ROLE_MATRIX): RoleKey {
  return matrix.approver[area];
}

/** Roles that get access to an issue of the area: leads, supports and the approver. */
export function involvedRoles(area: IssueArea, matrix: IRoleMatrix = ROLE_MATRIX): RoleKey[] {
  const roles = rolesWith(area, matrix, ['lead', 'support']);
  const approver = approverFor(area, matrix);
  if (roles.indexOf(approver) < 0) {
    roles.push(approver);
  }
  return roles;
}

export function isInvolved(area: IssueArea, role: RoleKey, matrix: IRoleMatrix = ROLE_MATRIX): boolean {
  return involvedRoles(area, matrix).indexOf(role) >= 0;
}

export function involvementOf(area: IssueArea, role: RoleKey, matrix: IRoleMatrix = ROLE_MATRIX): Involvement {
  return matrix.involvement[area][role];
}
