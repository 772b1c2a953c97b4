import * as path from 'path';
import { ConfigError, loadRoster, loadSiteConfig, parseRoster, parseSiteConfig } from '../../../provisioning/src/config';
import { parseArgs } from '../../../provisioning/src/cli';

const CONFIG_DIR = path.join(__dirname, '..', '..', '..', 'provisioning', 'config');
const demo = (): ReturnType<typeof loadSiteConfig> => loadSiteConfig(path.join(CONFIG_DIR, 'demo.site.json'));

describe('site configuration', () => {
  test('the demo configuration has the two ASP vendors and the ICT center as group owner', () => {
    expect(demo()).toEqual({
      groupPrefix: 'opsdesk',
      groupOwner: 'ictCenter',
      vendors: [
        { key: 'midori-systems', name: 'みどりシステムズ株式会社', kind: 'asp' },
        { key: 'sakura-its', name: 'さくらITサービス株式会社', kind: 'asp' }
      ]
    });
  });

  test('every structural problem is reported with its path: bad vendor key, bad kind, unknown property', () => {
    let message = '';
    try {
      parseSiteConfig({
        groupPrefix: 'opsdesk',
        colour: 'green',
        vendors: [
          { key: 'Midori Systems', name: 'みどり', kind: 'asp' },
          { key: 'sakura-its', name: 'さくら', kind: 'vendor' }
        ]
      }, 'site.json');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      message = (e as Error).message;
    }
    expect(message).toContain('site.json');
    expect(message).toContain('vendors.0.key: vendor key: lower-case ASCII letters');
    expect(message).toContain("vendors.1.kind: Invalid enum value. Expected 'asp' | 'operator', received 'vendor'");
    expect(message).toContain("Unrecognized key(s) in object: 'colour'");
  });

  test('a duplicate vendor and an owner group that does not exist are both reported', () => {
    expect(() =>
      parseSiteConfig({
        groupPrefix: 'opsdesk',
        groupOwner: 'admins',
        vendors: [
          { key: 'sakura-its', name: 'さくら', kind: 'asp' },
          { key: 'sakura-its', name: 'さくら2', kind: 'operator' }
        ]
      }, 'site.json')
    ).toThrow(
      new ConfigError(
        "Invalid site.json:\n  - vendors.1.key: duplicate vendor key 'sakura-its'\n" +
          "  - groupOwner: unknown group key 'admins' (known: ictCenter, department, vendor:sakura-its, csp)"
      )
    );
  });

  test('a missing or malformed file is a ConfigError naming the file', () => {
    expect(() => loadSiteConfig(path.join(CONFIG_DIR, 'nope.json'))).toThrow(/Cannot read .*nope\.json/);
  });
});

describe('roster', () => {
  test('the demo roster maps every demo user to their group, guests by their #EXT# UPN', () => {
    const roster = loadRoster(path.join(CONFIG_DIR, 'demo.roster.json'), demo());
    expect(roster).toEqual({
      ictCenter: ['sato.hanako@midoriku.example', 'yamamoto.ken@midoriku.example'],
      department: ['suzuki.ichiro@midoriku.example', 'takahashi.misaki@midoriku.example'],
      'vendor:midori-systems': [
        'tanaka.sho_midori-systems.example#EXT#@midoriku.onmicrosoft.com',
        'nakamura.daisuke_midori-systems.example#EXT#@midoriku.onmicrosoft.com'
      ],
      'vendor:sakura-its': ['ito.yoko_sakura-its.example#EXT#@midoriku.onmicrosoft.com'],
      csp: ['watanabe.makoto_cloud-partner.example#EXT#@midoriku.onmicrosoft.com']
    });
  });

  test('the CSV demo roster says the same as the JSON one', () => {
    expect(loadRoster(path.join(CONFIG_DIR, 'demo.roster.csv'), demo())).toEqual(loadRoster(path.join(CONFIG_DIR, 'demo.roster.json'), demo()));
  });

  test('CSV rows "group,upn" with a header are accepted', () => {
    const csv = 'group,upn\nictCenter,sato.hanako@midoriku.example\n# comment\n"vendor:sakura-its","ito.yoko_sakura-its.example#EXT#@midoriku.onmicrosoft.com"\n';
    expect(parseRoster(csv, demo())).toEqual({
      ictCenter: ['sato.hanako@midoriku.example'],
      'vendor:sakura-its': ['ito.yoko_sakura-its.example#EXT#@midoriku.onmicrosoft.com']
    });
  });

  test('unknown groups, non-UPNs and duplicates are rejected together', () => {
    expect(() => parseRoster({ 'vendor:ume': ['a@b.example'], ictCenter: ['sato', 'x@y.example', 'X@y.example'] }, demo(), 'roster.json')).toThrow(
      new ConfigError(
        "Invalid roster.json:\n  - vendor:ume.0: unknown group key 'vendor:ume' (known: ictCenter, department, vendor:midori-systems, vendor:sakura-its, csp)\n" +
          "  - ictCenter.0: 'sato' is not a user principal name (name@domain)\n  - ictCenter.2: 'X@y.example' is listed twice for ictCenter"
      )
    );
  });
});

describe('CLI arguments', () => {
  test('verb, values and flags are parsed and defaulted', () => {
    const a = parseArgs(['plan', '--sandbox', '--lang', 'en', '--roster', 'r.json']);
    expect(a).toMatchObject({ verb: 'plan', sandbox: true, lang: 'en', roster: 'r.json', auth: 'certificate' });
    expect(parseArgs(['apply', '--sandbox=http://localhost:4999/sites/x']).sandbox).toBe('http://localhost:4999/sites/x');
    expect(parseArgs(['verify', '--sandbox', 'http://localhost:4999/sites/x', '--json']).json).toBe(true);
    expect(parseArgs(['export']).format).toBe('all');
  });

  test('mistakes are explained', () => {
    expect(() => parseArgs(['deploy', '--sandbox'])).toThrow('verb must be one of plan, apply, verify, export');
    expect(() => parseArgs(['plan', '--site', 'not a url'])).toThrow('--site must be an absolute URL');
    expect(() => parseArgs(['plan', '--roster'])).toThrow('--roster needs a value');
    expect(() => parseArgs(['plan', '--site', 'https://a.sharepoint.com/sites/x', '--sandbox'])).toThrow('use either --site or --sandbox');
  });
});
