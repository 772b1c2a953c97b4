import Ajv from 'ajv';
import * as fs from 'fs';
import * as path from 'path';

/**
 * Validates a Teams app manifest (and its localization files) against Microsoft's published JSON schema for the
 * manifest version it declares. The schema comes from the npm package @microsoft/app-manifest (installed, or the
 * unchanged copy in ./teams-schema, see its README). The schemas are draft-04, which ajv 6 reads with its
 * draft-04 meta-schema.
 */

export type SchemaKind = 'manifest' | 'localization';

const FILES: Record<SchemaKind, string> = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json'
};

export function teamsSchemaPath(version: string, kind: SchemaKind): string {
  const candidates = [
    path.join(__dirname, '../../node_modules/@microsoft/app-manifest/build/json-schemas/teams', `v${version}`, FILES[kind]),
    path.join(__dirname, 'teams-schema', `v${version}`, FILES[kind])
  ];
  const found = candidates.filter((p) => fs.existsSync(p))[0];
  if (!found) throw new Error(`No Teams ${kind} schema for manifest version ${version} (looked in ${candidates.join(', ')})`);
  return found;
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
