/**
 * The provisioning model: what the schema wants (IDesiredSite), what the site has (IActualSite, normalised
 * from one batched read) and the steps between them. Plain data, so plan() stays pure and testable.
 */
import type { IGrant, IGroupDef, IListDef, ISiteConfig, ISiteSchema, PermissionLevel } from '../../src/schema';

export type Lang = 'ja' | 'en';

/** Site configuration as provisioning reads it: the schema's ISiteConfig plus who owns the role groups. */
export interface IProvisioningConfig extends ISiteConfig {
  /** Group key whose group becomes the owner of every opsdesk group (normally the ICT center). */
  groupOwner?: string;
}

/** Group key → user principal names (members are reconciled only for the groups listed). */
export type IRoster = Readonly<Record<string, ReadonlyArray<string>>>;

export interface IDesiredGroup extends IGroupDef {
  /** Title of the owning group, when the configuration names one. */
  ownerTitle?: string;
  /** UPNs when the roster lists this group (compared case-insensitively); undefined = membership not managed. */
  members?: ReadonlyArray<string>;
}

export interface IDesiredSite {
  schema: ISiteSchema;
  lists: ReadonlyArray<IListDef>;
  groups: ReadonlyArray<IDesiredGroup>;
  webGrants: ReadonlyArray<IGrant>;
  listGrants: Readonly<Record<string, ReadonlyArray<IGrant>>>;
}

// ---------------------------------------------------------------------------------------------- actual state

export interface IActualRoleDef {
  id: number;
  name: string;
  roleTypeKind: number;
  hidden: boolean;
  high: string;
  low: string;
}

export interface IActualPrincipal {
  id: number;
  title: string;
  loginName: string;
  /** 1 user, 4 security group, 8 SharePoint group */
  principalType: number;
}

export interface IActualAssignment {
  principal: IActualPrincipal;
  roleDefIds: ReadonlyArray<number>;
}

export interface IActualUser {
  id: number;
  loginName: string;
  upn: string | null;
  email: string | null;
  title: string;
}

export interface IActualGroup {
  id: number;
  title: string;
  description: string | null;
  ownerTitle: string | null;
  /** Read only for the groups provisioning owns. */
  members?: ReadonlyArray<IActualUser>;
}

export interface IActualField {
  id: string;
  internalName: string;
  title: string;
  typeAsString: string;
  fieldTypeKind: number;
  required: boolean;
  indexed: boolean;
  enforceUniqueValues: boolean;
  hidden: boolean;
  description: string;
  defaultValue: string | null;
  maxLength?: number;
  choices?: ReadonlyArray<string>;
  richText?: boolean;
  /** From SchemaXml when SharePoint reports it (the REST entity has no property for it). */
  richTextMode?: string;
  displayFormat?: number;
  selectionMode?: number;
  allowMultipleValues?: boolean;
  /** Lower-case GUID without braces. */
  lookupListId?: string;
  lookupField?: string;
  minimumValue?: number;
  maximumValue?: number;
}

export interface IActualView {
  id: string;
  title: string;
  /** File name without `.aspx`: how provisioning recognises a view whatever its title. */
  fileName: string;
  defaultView: boolean;
  personalView: boolean;
  rowLimit: number;
  viewQuery: string;
  fields: ReadonlyArray<string>;
}

export interface IActualList {
  id: string;
  title: string;
  description: string;
  /** Web-relative URL, e.g. `Lists/OpsIssues`. */
  url: string;
  template: number;
  enableVersioning: boolean;
  enableModeration: boolean;
  readSecurity: number;
  writeSecurity: number;
  hasUniqueRoleAssignments: boolean;
  fields: ReadonlyArray<IActualField>;
  views: ReadonlyArray<IActualView>;
  /** The list's own assignments when unique, the web's when inherited. */
  roleAssignments: ReadonlyArray<IActualAssignment>;
}

export interface IActualSite {
  webUrl: string;
  serverRelativeUrl: string;
  roleDefinitions: ReadonlyArray<IActualRoleDef>;
  groups: ReadonlyArray<IActualGroup>;
  webRoleAssignments: ReadonlyArray<IActualAssignment>;
  /** By list key; null when the list does not exist. */
  lists: Readonly<Record<string, IActualList | null>>;
}

// ---------------------------------------------------------------------------------------------- steps

/** Why a step exists; rendered in Japanese or English by messages.ts. */
export type ReasonCode =
  | 'missing'
  | 'differs'
  | 'inherits'
  | 'notGranted'
  | 'notInSchema'
  | 'notInRoster'
  | 'inRoster'
  | 'ownerDiffers'
  | 'typeDiffers'
  | 'unmanaged'
  | 'personalView';

export interface IPropertyChange {
  property: string;
  from: unknown;
  to: unknown;
}

export type RoleScope = { kind: 'web' } | { kind: 'list'; listKey: string };

interface IStepBase {
  reason: ReasonCode;
  /** Property-level differences for updates. */
  changes?: ReadonlyArray<IPropertyChange>;
}

export type Step = IStepBase &
  (
    | { kind: 'createGroup'; groupKey: string }
    | { kind: 'updateGroup'; groupKey: string }
    | { kind: 'setGroupOwner'; groupKey: string; ownerGroupKey: string }
    | { kind: 'addMember'; groupKey: string; upn: string }
    | { kind: 'removeMember'; groupKey: string; userId: number; loginName: string }
    | { kind: 'createList'; listKey: string }
    | { kind: 'updateList'; listKey: string }
    | { kind: 'createField'; listKey: string; fieldKey: string }
    | { kind: 'updateField'; listKey: string; fieldKey: string }
    | { kind: 'updateTitleField'; listKey: string }
    | { kind: 'createView'; listKey: string; viewKey: string }
    | { kind: 'updateView'; listKey: string; viewKey: string }
    | { kind: 'breakInheritance'; listKey: string }
    | { kind: 'addRoleAssignment'; scope: RoleScope; groupKey: string; level: PermissionLevel }
    | { kind: 'removeRoleAssignment'; scope: RoleScope; groupKey: string; principalId: number; roleDefId: number; roleName: string }
  );

export type StepKind = Step['kind'];

/** Things the plan reports but never changes: others' assignments, type changes that need a migration. */
export type Notice =
  | { kind: 'unmanagedAssignment'; scope: RoleScope; principal: string; roles: ReadonlyArray<string> }
  | { kind: 'fieldTypeMismatch'; listKey: string; fieldKey: string; internalName: string; actual: string; desired: string }
  /** A property only the field's creation can set (e.g. RichTextMode) differs: recreating the column is a migration. */
  | { kind: 'fieldCreateOnlyDiffers'; listKey: string; fieldKey: string; internalName: string; property: string; actual: unknown; desired: unknown }
  | { kind: 'roleDefinitionMissing'; level: PermissionLevel };

export interface IPlan {
  steps: ReadonlyArray<Step>;
  notices: ReadonlyArray<Notice>;
  /** True when the site differs from the schema in something provisioning manages. */
  drift: boolean;
}

// ---------------------------------------------------------------------------------------------- results

export interface IRequestCounts {
  /** HTTP requests that left the process ($batch counts once, retries count again). */
  http: number;
  /** Logical GET operations (inside or outside a $batch). */
  reads: number;
  /** Logical non-GET operations (inside or outside a $batch), excluding the request digest. */
  writes: number;
}

export interface IStepResult {
  step: Step;
  status: 'done' | 'failed';
  error?: string;
}

export interface IProgress {
  /** 1-based round of read → plan → write. */
  round: number;
  done: number;
  total: number;
  step?: Step;
  phase: 'read' | 'write' | 'done';
}

export interface IApplyResult {
  /** Every step executed, in order, across rounds. */
  results: ReadonlyArray<IStepResult>;
  /** Steps written (done). */
  written: number;
  rounds: number;
  /** The plan after the last round: empty steps when the site matches the schema. */
  remaining: IPlan;
  notices: ReadonlyArray<Notice>;
}

export type { IGrant, IGroupDef, IListDef, ISiteConfig, ISiteSchema, PermissionLevel };
