import { IUserRef } from '../entities/userRef';
import { RoleKey } from '../vocabulary/roleKey';

/** Who performs a domain action: the user, the roles they hold, and for vendor staff their vendor. */
export interface IActor {
  user: IUserRef;
  roles: RoleKey[];
  /** Vendor key of a vendor/operator user; actions on vendor-routed items require a match. */
  vendorKey?: string;
}

export function hasRole(actor: IActor, role: RoleKey): boolean {
  return actor.roles.indexOf(role) >= 0;
}

export function hasAnyRole(roles: ReadonlyArray<RoleKey>, allowed: ReadonlyArray<RoleKey>): boolean {
  for (const role of roles) {
    if (allowed.indexOf(role) >= 0) {
      return true;
    }
  }
  return false;
}

export function sameUser(a: IUserRef | undefined, b: IUserRef | undefined): boolean {
  return a !== undefined && b !== undefined && a.id === b.id;
}
