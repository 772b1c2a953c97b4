/**
 * `provision export --xsd`: the template is checked with libxml2 against an XSD before anyone feeds it to
 * Invoke-PnPSiteTemplate. The PnP schema itself (ProvisioningSchema-2022-09.xsd, github.com/pnp/PnP-Provisioning-Schema)
 * cannot ship with opsdesk and CI cannot download it, so the wiring is proven here with small schemas of our own,
 * and the real schema is checked when OPSDESK_PNP_XSD points at a downloaded copy.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { run } from '../../../provisioning/src/cli';
import { DEMO_CONFIG_PATH, DEMO_ROSTER_PATH } from '../../support/provisionedSandbox';
import { PNP_NAMESPACE } from '../../../provisioning/src/export/pnpTemplate';

jest.setTimeout(60000);

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => (out += s), err: (s) => (err += s), tty: false });
  return { code, out, err };
}

const dir = mkdtempSync(path.join(tmpdir(), 'opsdesk-xsd-'));
const schema = (root: string): string => `<?xml version="1.0" encoding="utf-8"?>
<xsd:schema targetNamespace="${PNP_NAMESPACE}" xmlns:xsd="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">
  <xsd:element name="${root}">
    <xsd:complexType>
      <xsd:sequence><xsd:any minOccurs="0" maxOccurs="unbounded" processContents="skip"/></xsd:sequence>
    </xsd:complexType>
  </xsd:element>
</xsd:schema>`;
const accepting = path.join(dir, 'accepting.xsd');
const refusing = path.join(dir, 'refusing.xsd');
writeFileSync(accepting, schema('Provisioning'));
writeFileSync(refusing, schema('SomethingElse'));
const base = ['export', '--config', DEMO_CONFIG_PATH, '--roster', DEMO_ROSTER_PATH, '--format', 'pnp', '--lang', 'en'];

describe('provision export --xsd', () => {
  test('a template that satisfies the schema is reported valid and the export exits 0', async () => {
    const r = await cli([...base, '--out', path.join(dir, 'ok'), '--xsd', accepting]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Valid against: ${accepting}`);
  });

  test('a template the schema refuses fails the export with libxml2 messages that name the line', async () => {
    const r = await cli([...base, '--out', path.join(dir, 'bad'), '--xsd', refusing]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Not valid against ${refusing}`);
    expect(r.err).toMatch(/opsdesk\.pnp\.xml:\d+: .*Provisioning.*No matching global declaration/);
  });

  test('a missing schema file is a clear argument error, not a stack trace', async () => {
    const r = await cli([...base, '--out', path.join(dir, 'missing'), '--xsd', path.join(dir, 'nope.xsd')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('--xsd: no file at');
    expect(r.err).not.toContain('    at ');
  });

  test('--xsd with a site-script-only export is refused (there is no template to validate)', async () => {
    const r = await cli([...base.filter((x) => x !== 'pnp' && x !== '--format'), '--format', 'sitescript', '--out', dir, '--xsd', accepting]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('--xsd validates the PnP template');
  });

  const realXsd = process.env.OPSDESK_PNP_XSD;
  (realXsd ? test : test.skip)('the export is valid against the PnP provisioning schema 2022-09 (set OPSDESK_PNP_XSD to a downloaded ProvisioningSchema-2022-09.xsd)', async () => {
    const r = await cli([...base, '--out', path.join(dir, 'real'), '--xsd', realXsd!]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });
});
