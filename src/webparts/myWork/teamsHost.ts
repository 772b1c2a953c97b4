import { normalizeTeamsTheme, TeamsTheme } from './components/teamsTheme';

/**
 * The slice of `this.context.sdks.microsoftTeams` opsdesk uses: TeamsJS v2 as SPFx loads it. SPFx leaves the
 * property undefined on SharePoint pages, and bundling our own TeamsJS is unsupported, so this is the only way in.
 */
export interface ITeamsSdk {
  teamsJs: {
    app: {
      getContext(): Promise<{ app?: { theme?: string; host?: { name?: string } } }>;
      registerOnThemeChangeHandler(handler: (theme: string) => void): void;
    };
  };
}

export interface ITeamsHost {
  theme: TeamsTheme;
  /** `teams`, `outlook` or `office` (the same tab can be hosted in Outlook and the Microsoft 365 app). */
  hostName: string;
}

/**
 * Reads the Teams theme and subscribes to its changes; undefined outside Teams. A context that cannot be read
 * (an older client) still counts as Teams, with the default theme.
 */
export async function readTeamsHost(sdk: ITeamsSdk | undefined, onThemeChange: (theme: TeamsTheme) => void): Promise<ITeamsHost | undefined> {
  if (!sdk || !sdk.teamsJs) return undefined;
  let theme: TeamsTheme = 'default';
  let hostName = 'teams';
  try {
    const context = await sdk.teamsJs.app.getContext();
    theme = normalizeTeamsTheme(context.app && context.app.theme);
    if (context.app && context.app.host && context.app.host.name) hostName = context.app.host.name;
  } catch {
    // keep the defaults: the tab still renders, in the light theme
  }
  try {
    sdk.teamsJs.app.registerOnThemeChangeHandler((t) => onThemeChange(normalizeTeamsTheme(t)));
  } catch {
    // a host without theme events keeps the theme it started with
  }
  return { theme, hostName };
}
