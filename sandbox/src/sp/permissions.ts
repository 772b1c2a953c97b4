/**
 * SharePoint permission kinds and masks (sharepoint-rest.md §4, §6): a permission kind k is bit (k-1) of the
 * 64-bit mask, Low = bits 0..31, High = bits 32..63, serialised as decimal strings.
 */
export const PermissionKind = {
  ViewListItems: 1, AddListItems: 2, EditListItems: 3, DeleteListItems: 4, ApproveItems: 5, OpenItems: 6,
  ViewVersions: 7, DeleteVersions: 8, CancelCheckout: 9, ManagePersonalViews: 10, ManageLists: 12, ViewFormPages: 13,
  Open: 17, ViewPages: 18, AddAndCustomizePages: 19, BrowseDirectories: 27, BrowseUserInfo: 28, ManageWeb: 31,
  CreateGroups: 25, ManagePermissions: 26, UseRemoteAPIs: 38, EnumeratePermissions: 63,
} as const;

export type PermissionName = keyof typeof PermissionKind;

export const FULL_MASK = (BigInt(2147483647) << BigInt(32)) | BigInt(4294967295);
export const EMPTY_MASK = BigInt(0);

export function maskOf(high: string | number, low: string | number): bigint {
  return (BigInt(high) << BigInt(32)) | BigInt(low);
}

export function has(mask: bigint, kind: PermissionName): boolean {
  return (mask & (BigInt(1) << BigInt(PermissionKind[kind] - 1))) !== BigInt(0);
}

export function toBasePermissions(mask: bigint): { High: string; Low: string } {
  return { High: (mask >> BigInt(32)).toString(), Low: (mask & BigInt(0xffffffff)).toString() };
}

/** Default role definitions of an SPO team site [SPOREC AddRoleDefinitionsSpecialCharsTest-0-00006]. */
export const DEFAULT_ROLE_DEFS = [
  { id: 1073741829, name: 'Full Control', type: 5, high: '2147483647', low: '4294967295', order: 1, hidden: false, description: 'Has full control.' },
  { id: 1073741828, name: 'Design', type: 4, high: '432', low: '1012866047', order: 32, hidden: false, description: 'Can view, add, update, delete, approve, and customize.' },
  { id: 1073741830, name: 'Edit', type: 6, high: '432', low: '1011030767', order: 48, hidden: false, description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.' },
  { id: 1073741827, name: 'Contribute', type: 3, high: '432', low: '1011028719', order: 64, hidden: false, description: 'Can view, add, update, and delete list items and documents.' },
  { id: 1073741826, name: 'Read', type: 2, high: '176', low: '138612833', order: 128, hidden: false, description: 'Can view pages and list items and download documents.' },
  { id: 1073741832, name: 'Restricted View', type: 8, high: '65584', low: '134418433', order: 144, hidden: true, description: 'Can view pages and documents, but cannot view historical versions or user permissions.' },
  { id: 1073741825, name: 'Limited Access', type: 1, high: '48', low: '134287360', order: 160, hidden: true, description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.' },
];

export const ROLE_FULL_CONTROL = 1073741829;
export const ROLE_EDIT = 1073741830;
export const ROLE_READ = 1073741826;
export const ROLE_LIMITED_ACCESS = 1073741825;
