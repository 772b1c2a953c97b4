/**
 * The part of the schema a SharePoint site script can express (site-design-script-actions schema): lists,
 * fields (as CAML via addSPFieldXml, so internal names stay ASCII and display names Japanese), lookups and
 * views. Site scripts have no verbs for versioning, content approval, item-level read/write security, groups,
 * members or permissions; `notExpressed` names each so nobody mistakes the script for the whole site.
 *
 * Lists keep their ASCII name as the title: createSPList matches lists by name, so a script that renamed them
 * (setTitle) would create duplicates on its next run.
 */
import type { IListDef } from '../../../src/schema';
import { listUrlName } from '../plan';
import type { IDesiredSite } from '../types';
import { camlQuery, fieldXml } from './common';

export const SITE_SCRIPT_SCHEMA = 'https://developer.microsoft.com/json-schemas/sp/site-design-script-actions.schema.json';
/** Site scripts are limited to 300 cumulative actions (subactions included). */
export const MAX_ACTIONS = 300;

type Action = Record<string, unknown>;

export interface ISiteScript {
  $schema: string;
  actions: Action[];
  bindata: Record<string, never>;
  version: number;
}

export interface ISiteScriptExport {
  /** One script when the site fits in 300 actions, otherwise consecutive parts to apply in order. */
  scripts: ISiteScript[];
  /** All actions in one script (for reading; split into `scripts` to apply). */
  script: ISiteScript;
  actionCount: number;
  notExpressed: string[];
}

function isLookup(list: IListDef, key: string): boolean {
  const k = list.fields[key].kind;
  return k === 'lookup' || k === 'lookupMulti';
}

function count(actions: ReadonlyArray<Action>): number {
  return actions.reduce((n, a) => n + 1 + (Array.isArray(a.subactions) ? (a.subactions as Action[]).length : 0), 0);
}

export function exportSiteScript(d: IDesiredSite): ISiteScriptExport {
  const actions: Action[] = [];
  const byKey = (key: string): IListDef | undefined => d.lists.find((l) => l.key === key);
  // First every list with its own columns and views, then the lookups: lists look each other up both ways.
  for (const list of d.lists) {
    const sub: Action[] = [{ verb: 'setDescription', description: list.description.ja }];
    for (const key of Object.keys(list.fields)) {
      if (isLookup(list, key)) continue;
      sub.push({ verb: 'addSPFieldXml', schemaXml: fieldXml(list, list.fields[key]), addToDefaultView: false });
    }
    const lookupKeys = Object.keys(list.fields).filter((k) => isLookup(list, k));
    for (const v of list.views) {
      if (v.fields.some((f) => lookupKeys.some((k) => list.fields[k].internalName === f))) continue;
      sub.push(view(list, v));
    }
    actions.push({ verb: 'createSPList', listName: listUrlName(list), templateType: list.template, subactions: sub });
  }
  for (const list of d.lists) {
    const lookupKeys = Object.keys(list.fields).filter((k) => isLookup(list, k));
    if (!lookupKeys.length) continue;
    const sub: Action[] = lookupKeys.map((key) => {
      const target = byKey(list.fields[key].lookupList ?? '');
      return {
        verb: 'addSPLookupFieldXml',
        schemaXml: fieldXml(list, list.fields[key], () => ''),
        targetListName: target ? listUrlName(target) : list.fields[key].lookupList
      };
    });
    for (const v of list.views) {
      if (v.fields.some((f) => lookupKeys.some((k) => list.fields[k].internalName === f))) sub.push(view(list, v));
    }
    actions.push({ verb: 'createSPList', listName: listUrlName(list), templateType: list.template, subactions: sub });
  }
  const scripts: ISiteScript[] = [];
  let current: Action[] = [];
  for (const a of actions) {
    if (current.length && count(current) + count([a]) > MAX_ACTIONS) {
      scripts.push(wrap(current));
      current = [];
    }
    current.push(a);
  }
  if (current.length) scripts.push(wrap(current));
  const notExpressed = [
    'Japanese list titles (lists keep their ASCII name; setTitle would make re-runs create duplicates)',
    'the Title column display names and whether Title is required',
    'versioning (EnableVersioning) and content approval (EnableModeration) on ' + d.lists.filter((l) => l.contentApproval).map((l) => l.url).join(', '),
    'item-level read/write security (ReadSecurity/WriteSecurity) on ' + d.lists.filter((l) => l.readSecurity || l.writeSecurity).map((l) => l.url).join(', '),
    `SharePoint groups per role (${d.groups.map((g) => g.title).join(', ')}), their owners and members`,
    'breaking permission inheritance on every list and the role assignments per group (list and site level)'
  ];
  return { scripts, script: wrap(actions), actionCount: count(actions), notExpressed };
}

function view(list: IListDef, v: IListDef['views'][number]): Action {
  return {
    verb: 'addSPView',
    name: v.title.ja,
    viewFields: v.fields.slice(),
    query: camlQuery(v.query),
    rowLimit: v.rowLimit,
    isPaged: true,
    makeDefault: v.default === true,
    replaceViewFields: true
  };
}

function wrap(actions: Action[]): ISiteScript {
  return { $schema: SITE_SCRIPT_SCHEMA, actions, bindata: {}, version: 1 };
}
