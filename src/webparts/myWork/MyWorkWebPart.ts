import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as React from 'react';
import * as strings from 'MyWorkWebPartStrings';
import { SpCatalogLookups } from '../../data/catalogLookups';
import { SpCurrentUserRepository } from '../../data/currentUser';
import { SpInquiryRepository } from '../../data/inquiries';
import { SpIssueRepository } from '../../data/issues';
import { createSpfxSp, createSpfxSpFor } from '../../data/pnp';
import { sanitizeHtml } from '../../ui/sanitizeHtml';
import { normalizeSiteConfig } from '../inquiryQueue/components/queueModel';
import { IOpsdeskWebPartProps, IPaneStrings, IWebPartServices, OpsdeskWebPart } from '../shared/OpsdeskWebPart';
import { IMyWorkSource } from './components/myWorkModel';
import MyWork from './components/MyWork';
import { IHostInfo } from './components/teamsTheme';
import { SpMyWorkSource } from './SpMyWorkSource';
import { ITeamsSdk, readTeamsHost } from './teamsHost';
import { OPSDESK_SITE_URL_KEY } from './tenantSetting';

export interface IMyWorkWebPartProps extends IOpsdeskWebPartProps {
  /** The opsdesk site; empty means the tenant setting, then the current site. */
  siteUrl?: string;
  groupPrefix?: string;
  vendors?: string;
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

export default class MyWorkWebPart extends OpsdeskWebPart<IMyWorkWebPartProps> {
  private host: IHostInfo = { kind: 'sharePoint', theme: 'default' };
  private siteUrl = '';
  private source: { key: string; source: IMyWorkSource } | undefined;

  protected get paneStrings(): IPaneStrings {
    return strings;
  }

  protected async onInit(): Promise<void> {
    await super.onInit();
    const sdk = this.context.sdks.microsoftTeams as unknown as ITeamsSdk | undefined;
    const teams = await readTeamsHost(sdk, (theme) => {
      // Teams switches theme without reloading the tab; React re-renders with the new palette.
      this.host = { ...this.host, theme };
      this.render();
    });
    this.siteUrl = await this.resolveSiteUrl(!!teams);
    this.host = teams ? { kind: 'teams', theme: teams.theme, fallbackUrl: this.siteUrl } : { kind: 'sharePoint', theme: 'default' };
  }

  /** A personal app runs on the tenant's root site, so the site comes from the property, then the tenant setting. */
  private async resolveSiteUrl(inTeams: boolean): Promise<string> {
    const configured = (this.properties.siteUrl || '').trim();
    if (configured) return withoutTrailingSlash(configured);
    if (inTeams) {
      try {
        const entity = await createSpfxSp(this.context).web.getStorageEntity(OPSDESK_SITE_URL_KEY);
        if (entity && entity.Value) return withoutTrailingSlash(entity.Value);
      } catch {
        // no tenant setting readable: fall back to the page's own site (a channel tab on the opsdesk team)
      }
    }
    return withoutTrailingSlash(this.context.pageContext.web.absoluteUrl);
  }

  // Built once per site and configuration so that React keeps its state across re-renders.
  private sourceFor(services: IWebPartServices): IMyWorkSource {
    const config = normalizeSiteConfig(this.properties);
    const pageSize = this.properties.pageSize || 20;
    const key = JSON.stringify([this.siteUrl, config, pageSize]);
    if (!this.source || this.source.key !== key) {
      const current = withoutTrailingSlash(this.context.pageContext.web.absoluteUrl);
      const sp = this.siteUrl && this.siteUrl !== current ? createSpfxSpFor(this.context, this.siteUrl) : services.sp;
      const webUrl = this.siteUrl && this.siteUrl !== current ? new URL(this.siteUrl).pathname : services.webServerRelativeUrl;
      this.source = {
        key,
        source: new SpMyWorkSource({
          inquiries: new SpInquiryRepository(sp, webUrl, { sanitizeHtml }),
          issues: new SpIssueRepository(sp, webUrl),
          catalog: new SpCatalogLookups(sp, webUrl),
          currentUser: new SpCurrentUserRepository(sp, config),
          siteUrl: this.siteUrl || current,
          pageSize,
          now: () => new Date()
        })
      };
    }
    return this.source.source;
  }

  protected renderRoot(services: IWebPartServices): React.ReactElement {
    return React.createElement(MyWork, {
      source: this.sourceFor(services),
      host: this.host,
      strings,
      ui: services.ui,
      locale: services.locale,
      heading: this.properties.heading,
      pageSize: this.properties.pageSize || 20,
      now: () => new Date()
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const base = super.getPropertyPaneConfiguration();
    base.pages[0].groups.push({
      groupName: strings.SiteGroupName,
      groupFields: [
        PropertyPaneTextField('siteUrl', { label: strings.SiteUrlFieldLabel, placeholder: 'https://contoso.sharepoint.com/sites/opsdesk' }),
        PropertyPaneTextField('groupPrefix', { label: strings.GroupPrefixFieldLabel, placeholder: 'opsdesk' }),
        PropertyPaneTextField('vendors', { label: strings.VendorsFieldLabel, multiline: true, rows: 4 })
      ]
    });
    return base;
  }
}
