/**
 * The web parts the workbench hosts: every SPFx shell of the solution (config/config.json), run as SharePoint
 * runs it — constructed, given its properties and context, initialised (onInit) — and then asked for its own
 * React root with `renderRoot(services)`. So what renders here is exactly what the shell renders in SharePoint;
 * only the services (the SPFI, built with createBrowserSp) differ.
 */
import { Spinner } from '@fluentui/react';
import * as React from 'react';
import parts from 'opsdesk:webparts';
import { IWebPartServices } from '../../src/webparts/shared/OpsdeskWebPart';
import demoSite from '../../provisioning/config/demo.site.json';

/** The part of an SPFx context a shell reads (not used to build the SPFI the workbench passes in). */
export interface IFakeSpfxContext {
  pageContext: {
    web: { absoluteUrl: string; serverRelativeUrl: string; title: string };
    site: { absoluteUrl: string; serverRelativeUrl: string };
    user: { displayName: string; email: string; loginName: string; isExternalGuestUser: boolean };
    cultureInfo: { currentUICultureName: string; currentCultureName: string };
  };
  sdks: { microsoftTeams?: unknown };
}

interface IManifest {
  id?: string;
  preconfiguredEntries?: { title?: Record<string, string>; properties?: Record<string, unknown> }[];
}

interface IShell {
  properties: Record<string, unknown>;
  context: IFakeSpfxContext;
  onInit?(): Promise<void>;
  render(): void;
  renderRoot(s: IWebPartServices): React.ReactElement;
}

export interface IHostedWebPart {
  /** the web part's folder name, e.g. inquiryQueue (the page's #hash) */
  key: string;
  title: { ja: string; en: string };
  shell: new () => unknown;
  manifest: IManifest;
}

function entry(manifest: IManifest): { title?: Record<string, string>; properties?: Record<string, unknown> } {
  return (manifest.preconfiguredEntries && manifest.preconfiguredEntries[0]) || {};
}

export const HOSTED_WEBPARTS: IHostedWebPart[] = parts.map(p => {
  const title = entry(p.manifest as IManifest).title || {};
  return { key: p.key, shell: p.shell, manifest: p.manifest as IManifest, title: { ja: title['ja-JP'] || title.default || p.key, en: title['en-US'] || title.default || p.key } };
});

/**
 * The properties a site owner gives a web part on the demo page: the manifest's preconfigured defaults (what
 * SharePoint starts a newly added web part with) plus what the site owner types in the property panes of the
 * demo page: the site settings of the demo configuration (group prefix, vendors as `key|name|kind` lines) and
 * the inquiry page's URL.
 */
function pageProperties(manifest: IManifest, context: IFakeSpfxContext): Record<string, unknown> {
  return {
    ...(entry(manifest).properties || {}),
    groupPrefix: demoSite.groupPrefix,
    vendors: demoSite.vendors.map(v => `${v.key}|${v.name}|${v.kind}`).join('\n'),
    // the page with the inquiry web part (the catalog's 「問い合わせる」 goes there): this page's inquiry tab
    inquiryPageUrl: `${context.pageContext.web.absoluteUrl}/_layouts/15/workbench.aspx#inquiryQueue`,
  };
}

export interface IHostedWebPartProps {
  part: IHostedWebPart;
  services: IWebPartServices;
  context: IFakeSpfxContext;
}

/** One web part on the page: constructed and initialised once, re-rendered when the shell asks (render()). */
export function HostedWebPart(props: IHostedWebPartProps): JSX.Element {
  const [shell, setShell] = React.useState<IShell | undefined>();
  const [error, setError] = React.useState<string | undefined>();
  const [, setTick] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    const instance = new props.part.shell() as IShell;
    instance.properties = pageProperties(props.part.manifest, props.context);
    instance.context = props.context;
    // the shell's own render() would mount into an SPFx dom element; here it re-renders this component
    instance.render = () => { if (live) setTick(t => t + 1); };
    Promise.resolve(instance.onInit ? instance.onInit() : undefined).then(
      () => { if (live) setShell(instance); },
      (e: Error) => { if (live) setError(`${props.part.key}: onInit failed: ${e.message}`); },
    );
    return () => { live = false; };
  }, [props.part, props.context]);
  if (error) return <pre role="alert">{error}</pre>;
  if (!shell) return <Spinner />;
  return shell.renderRoot(props.services);
}
