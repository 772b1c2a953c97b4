import { createTheme, ITheme } from '@fluentui/react';

/** The three themes a Teams client reports (`app.theme` of TeamsJS `app.getContext()`). */
export type TeamsTheme = 'default' | 'dark' | 'contrast';

/** Where the web part is rendered: a SharePoint page, or a Teams tab / personal app with the client's theme. */
export interface IHostInfo {
  kind: 'sharePoint' | 'teams';
  /** Only meaningful in Teams; SharePoint pages keep the site theme. */
  theme: TeamsTheme;
  /** The SharePoint page to open when the data cannot be read inside Teams (guests in the desktop client). */
  fallbackUrl?: string;
}

/** Anything Teams may report besides the three known themes is treated as the default (light) theme. */
export function normalizeTeamsTheme(value: string | undefined): TeamsTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

// Palettes follow the Teams client's own surfaces so the tab does not look like a white SharePoint island.
const LIGHT = createTheme({
  palette: {
    themePrimary: '#5b5fc7',
    themeDarkAlt: '#4f52b2',
    themeDark: '#444791',
    themeLighter: '#e8ebfa',
    white: '#ffffff',
    neutralLighter: '#f5f5f5',
    neutralLight: '#ebebeb',
    neutralPrimary: '#242424',
    neutralSecondary: '#616161',
    black: '#000000'
  }
});

const DARK = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#7f85f5',
    themeDarkAlt: '#9299f7',
    themeDark: '#aaaff7',
    themeLighter: '#3d3e66',
    white: '#1f1f1f',
    neutralLighterAlt: '#292929',
    neutralLighter: '#2e2e2e',
    neutralLight: '#3d3d3d',
    neutralQuaternaryAlt: '#4a4a4a',
    neutralTertiary: '#adadad',
    neutralSecondary: '#d6d6d6',
    neutralPrimary: '#ffffff',
    neutralDark: '#f5f5f5',
    black: '#ffffff'
  }
});

const CONTRAST = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#ffff01',
    themeDarkAlt: '#ffff01',
    themeDark: '#ffff01',
    themeLighter: '#1aebff',
    white: '#000000',
    neutralLighterAlt: '#000000',
    neutralLighter: '#000000',
    neutralLight: '#ffffff',
    neutralTertiary: '#ffffff',
    neutralSecondary: '#ffffff',
    neutralPrimary: '#ffffff',
    neutralDark: '#ffffff',
    black: '#ffffff'
  },
  semanticColors: {
    link: '#ffff01',
    linkHovered: '#1aebff',
    bodyBackground: '#000000',
    bodyText: '#ffffff',
    bodyDivider: '#ffffff',
    focusBorder: '#1aebff'
  }
});

/** The Fluent theme for a Teams theme. */
export function teamsFluentTheme(theme: TeamsTheme): ITheme {
  switch (theme) {
    case 'dark':
      return DARK;
    case 'contrast':
      return CONTRAST;
    default:
      return LIGHT;
  }
}
