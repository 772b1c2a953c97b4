import { readTeamsHost, ITeamsSdk } from '../../../src/webparts/myWork/teamsHost';
import { TeamsTheme } from '../../../src/webparts/myWork/components/teamsTheme';

// The shape SPFx gives in `this.context.sdks.microsoftTeams`: TeamsJS v2's `app` namespace.
function sdk(context: unknown, fail = false): ITeamsSdk & { fire: (t: string) => void } {
  let handler: (t: string) => void = () => undefined;
  return {
    teamsJs: {
      app: {
        getContext: () => (fail ? Promise.reject(new Error('no context')) : Promise.resolve(context as never)),
        registerOnThemeChangeHandler: (h) => {
          handler = h;
        }
      }
    },
    fire: (t) => handler(t)
  };
}

describe('readTeamsHost (Teams detection through sdks.microsoftTeams)', () => {
  test('is undefined on a SharePoint page, where SPFx leaves sdks.microsoftTeams undefined', async () => {
    expect(await readTeamsHost(undefined, () => undefined)).toBeUndefined();
  });

  test.each([
    ['default', 'default'],
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    ['something-new', 'default']
  ])('reads the Teams theme %s as %s', async (reported, expected) => {
    const host = await readTeamsHost(sdk({ app: { theme: reported, host: { name: 'teams' } } }), () => undefined);
    expect(host).toEqual({ theme: expected, hostName: 'teams' });
  });

  test('passes theme changes on, normalized', async () => {
    const seen: TeamsTheme[] = [];
    const s = sdk({ app: { theme: 'default', host: { name: 'outlook' } } });
    const host = await readTeamsHost(s, (t) => seen.push(t));
    expect(host!.hostName).toBe('outlook');
    s.fire('dark');
    s.fire('contrast');
    s.fire('unknown');
    expect(seen).toEqual(['dark', 'contrast', 'default']);
  });

  test('still counts as Teams, light theme, when the context cannot be read', async () => {
    expect(await readTeamsHost(sdk(undefined, true), () => undefined)).toEqual({ theme: 'default', hostName: 'teams' });
  });
});
