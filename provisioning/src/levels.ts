import type { PermissionLevel } from '../../src/schema';
import type { IActualRoleDef } from './types';

/** The built-in permission levels by RoleTypeKind (what `roleDefinitions.getByType` takes); names differ per language. */
export const ROLE_TYPE_KIND: Readonly<Record<PermissionLevel, number>> = { read: 2, contribute: 3, design: 4, fullControl: 5, edit: 6 };

export const LEVEL_ORDER: ReadonlyArray<PermissionLevel> = ['read', 'contribute', 'edit', 'design', 'fullControl'];

/** Limited Access and the other hidden system levels are added by SharePoint itself; provisioning never reconciles them. */
export function isSystemRole(def: IActualRoleDef | undefined): boolean {
  return !def || def.hidden || def.roleTypeKind === 1;
}

export function levelOf(def: IActualRoleDef | undefined): PermissionLevel | undefined {
  if (!def) return undefined;
  return LEVEL_ORDER.find((l) => ROLE_TYPE_KIND[l] === def.roleTypeKind);
}

export function roleDefFor(level: PermissionLevel, defs: ReadonlyArray<IActualRoleDef>): IActualRoleDef | undefined {
  return defs.find((d) => d.roleTypeKind === ROLE_TYPE_KIND[level]);
}
