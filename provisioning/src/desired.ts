import { buildSiteSchema } from '../../src/schema';
import type { IDesiredGroup, IDesiredSite, IProvisioningConfig, IRoster } from './types';

/** The desired state: the schema for this configuration, plus owners and (optionally) members per group. */
export function buildDesired(config: IProvisioningConfig, roster?: IRoster): IDesiredSite {
  const schema = buildSiteSchema(config);
  const owner = config.groupOwner ? schema.groups.find((g) => g.key === config.groupOwner) : undefined;
  if (config.groupOwner && !owner) throw new Error(`groupOwner '${config.groupOwner}' is not one of the site's groups`);
  const groups: IDesiredGroup[] = schema.groups.map((g) => ({
    ...g,
    ownerTitle: owner?.title,
    members: roster && roster[g.key] ? roster[g.key].slice() : undefined
  }));
  return { schema, lists: schema.lists, groups, webGrants: schema.webGrants, listGrants: schema.listGrants };
}
