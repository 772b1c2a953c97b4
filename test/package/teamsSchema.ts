import Ajv from 'ajv';
import * as fs from 'fs';
import * as path from 'path';

/**
 * Validates a Teams app manifest (and its localization files) against Microsoft's published JSON schema for the
 * manifest version it declares, as shipped by the npm package @microsoft/app-manifest (a devDependency; CI has no
 * network to fetch the `$schema` URL). The schemas are draft-04, which ajv 6 reads with its draft-04 meta-schema.
 */

export type SchemaKind = 'manifest' | 'localization';

const FILES: Record<SchemaKind, string> = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json'
};

export function teamsSchemaPath(version: string, kind: SchemaKind): string {
  const packageRoot = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = path.join(packageRoot, 'build/json-schemas/teams', `v${version}`, FILES[kind]);
  if (!fs.existsSync(file)) throw new Error(`@microsoft/app-manifest has no Teams ${kind} schema for manifest version ${version} (${file})`);
  return file;
}

/** Schema errors as readable lines; empty when the document is valid. */
export function teamsSchemaErrors(document: unknown, version: string, kind: SchemaKind): string[] {
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
  const validate = ajv.compile(JSON.parse(fs.readFileSync(teamsSchemaPath(version, kind), 'utf8')));
  if (validate(document)) return [];
  return (validate.errors || []).map((e) => `${e.dataPath || '(root)'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
