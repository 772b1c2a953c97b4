/**
 * The opsdesk schema as a PnP provisioning template (schema 2022-09) for shops that run Invoke-PnPSiteTemplate.
 * It carries the same lists, fields (ASCII internal names, Japanese display names, stable IDs), views, groups,
 * members and list permissions. Role definitions are written as `{roledefinition:<RoleType>}` tokens so the
 * template works on Japanese and English sites alike. What the PnP engine does on a second run differs from
 * `provision apply` (it recreates views and only adds role assignments); see provisioning/README.md.
 */
import type { IListDef, PermissionLevel } from '../../../src/schema';
import type { IDesiredSite } from '../types';
import { camlQuery, fieldXml, xmlEscape } from './common';

export const PNP_NAMESPACE = 'http://schemas.dev.office.com/PnP/2022/09/ProvisioningSchema';

/** PnP's RoleDefinitionToken takes the SharePoint RoleType name. */
const ROLE_TOKEN: Readonly<Record<PermissionLevel, string>> = {
  read: '{roledefinition:Reader}',
  contribute: '{roledefinition:Contributor}',
  edit: '{roledefinition:Editor}',
  design: '{roledefinition:WebDesigner}',
  fullControl: '{roledefinition:Administrator}'
};

const TITLE_FIELD_ID = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';

function attrs(pairs: Array<[string, string | number | boolean | undefined]>): string {
  return pairs
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}="${xmlEscape(typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v))}"`)
    .join(' ');
}

function listInstance(d: IDesiredSite, list: IListDef, indent: string): string {
  const groupTitle = (key: string): string => d.groups.find((g) => g.key === key)?.title ?? key;
  const lines: string[] = [];
  lines.push(`${indent}<pnp:ListInstance ${attrs([
    ['Title', list.title.ja],
    ['Description', list.description.ja],
    ['TemplateType', list.template],
    ['Url', list.url],
    ['EnableVersioning', list.versioning],
    ['EnableModeration', list.contentApproval],
    ['ReadSecurity', list.readSecurity],
    ['WriteSecurity', list.writeSecurity],
    ['OnQuickLaunch', true],
    ['ContentTypesEnabled', false]
  ])}>`);
  lines.push(`${indent}  <pnp:Views>`);
  for (const v of list.views) {
    const fields = v.fields.map((f) => `<FieldRef Name="${xmlEscape(f)}" />`).join('');
    lines.push(
      `${indent}    <View ${attrs([['DisplayName', v.title.ja], ['Url', `{site}/${list.url}/${list.template === 101 ? 'Forms/' : ''}${v.fileName}.aspx`], ['DefaultView', v.default ? 'TRUE' : undefined], ['Type', 'HTML']])}>` +
        `<ViewFields>${fields}</ViewFields><Query>${camlQuery(v.query)}</Query><RowLimit Paged="TRUE">${v.rowLimit}</RowLimit></View>`
    );
  }
  lines.push(`${indent}  </pnp:Views>`);
  lines.push(`${indent}  <pnp:Fields>`);
  for (const key of Object.keys(list.fields)) {
    lines.push(`${indent}    ${fieldXml(list, list.fields[key], (_t, target) => `{listid:${d.lists.find((l) => l.key === target)?.title.ja ?? target}}`)}`);
  }
  lines.push(`${indent}  </pnp:Fields>`);
  const titleRequired = list.titleRequired ?? (list.template === 100 ? true : undefined);
  lines.push(`${indent}  <pnp:FieldRefs>`);
  lines.push(`${indent}    <pnp:FieldRef ${attrs([['ID', TITLE_FIELD_ID], ['Name', 'Title'], ['DisplayName', list.titleField.ja], ['Required', titleRequired]])} />`);
  lines.push(`${indent}  </pnp:FieldRefs>`);
  const grants = d.listGrants[list.key] ?? [];
  lines.push(`${indent}  <pnp:Security>`);
  lines.push(`${indent}    <pnp:BreakRoleInheritance CopyRoleAssignments="true" ClearSubscopes="false">`);
  for (const g of grants) lines.push(`${indent}      <pnp:RoleAssignment ${attrs([['Principal', groupTitle(g.groupKey)], ['RoleDefinition', ROLE_TOKEN[g.level]]])} />`);
  lines.push(`${indent}    </pnp:BreakRoleInheritance>`);
  lines.push(`${indent}  </pnp:Security>`);
  lines.push(`${indent}</pnp:ListInstance>`);
  return lines.join('\n');
}

export function exportPnpTemplate(d: IDesiredSite, options: { version?: string } = {}): string {
  const lines: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  lines.push(`<pnp:Provisioning xmlns:pnp="${PNP_NAMESPACE}">`);
  lines.push(`  <pnp:Preferences ${attrs([['Generator', 'opsdesk provisioning (provisioning/src/export/pnpTemplate.ts)'], ['Version', options.version ?? '1.0']])} />`);
  lines.push('  <pnp:Templates ID="OPSDESK-TEMPLATES">');
  lines.push('    <pnp:ProvisioningTemplate ID="OPSDESK" Version="1" BaseSiteTemplate="STS#3" Scope="RootSite">');
  lines.push('      <pnp:Security>');
  lines.push('        <pnp:SiteGroups>');
  for (const g of d.groups) {
    const members = g.members ?? [];
    const open = `          <pnp:SiteGroup ${attrs([
      ['Title', g.title], ['Description', g.description], ['Owner', g.ownerTitle],
      ['AllowMembersEditMembership', false], ['AllowRequestToJoinLeave', false], ['AutoAcceptRequestToJoinLeave', false],
      ['OnlyAllowMembersViewMembership', g.role === 'vendor']
    ])}`;
    if (!members.length) {
      lines.push(`${open} />`);
      continue;
    }
    lines.push(`${open}>`);
    lines.push('            <pnp:Members>');
    for (const upn of members) lines.push(`              <pnp:User Name="${xmlEscape(upn)}" />`);
    lines.push('            </pnp:Members>');
    lines.push('          </pnp:SiteGroup>');
  }
  lines.push('        </pnp:SiteGroups>');
  lines.push('        <pnp:Permissions>');
  lines.push('          <pnp:RoleAssignments>');
  for (const g of d.webGrants) {
    const title = d.groups.find((x) => x.key === g.groupKey)?.title ?? g.groupKey;
    lines.push(`            <pnp:RoleAssignment ${attrs([['Principal', title], ['RoleDefinition', ROLE_TOKEN[g.level]]])} />`);
  }
  lines.push('          </pnp:RoleAssignments>');
  lines.push('        </pnp:Permissions>');
  lines.push('      </pnp:Security>');
  lines.push('      <pnp:Lists>');
  for (const list of d.lists) lines.push(listInstance(d, list, '        '));
  lines.push('      </pnp:Lists>');
  lines.push('    </pnp:ProvisioningTemplate>');
  lines.push('  </pnp:Templates>');
  lines.push('</pnp:Provisioning>');
  return `${lines.join('\n')}\n`;
}
