import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { validateXML } from 'xmllint-wasm';
import { ConfigError } from '../config';

export interface IXsdResult {
  valid: boolean;
  /** xmllint's messages, each with the line of the template it points at. */
  errors: string[];
}

/**
 * Validates a template against an XSD with libxml2 (xmllint compiled to WebAssembly, so no native tool is needed).
 * The PnP provisioning XSD is not shipped with opsdesk: it is downloaded by whoever runs the export, from
 * github.com/pnp/PnP-Provisioning-Schema, and passed as `--xsd`.
 */
export async function validateAgainstXsd(xml: string, xsdFile: string, xmlName = 'opsdesk.pnp.xml'): Promise<IXsdResult> {
  if (!existsSync(xsdFile)) throw new ConfigError(`--xsd: no file at ${xsdFile} (download ProvisioningSchema-2022-09.xsd from github.com/pnp/PnP-Provisioning-Schema)`);
  const schema = readFileSync(xsdFile, 'utf8');
  // The 2022-09 schema is 430 KB; libxml2's compiled form does not fit the default 16 MiB.
  const result = await validateXML({ xml: [{ fileName: xmlName, contents: xml }], schema: [{ fileName: path.basename(xsdFile), contents: schema }], maxMemoryPages: 4096 });
  return {
    valid: result.valid,
    errors: result.errors.map((e) => (e.loc ? `${e.loc.fileName}:${e.loc.lineNumber}: ${e.message}` : e.message))
  };
}
