import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as React from 'react';
import * as strings from 'InquiryQueueWebPartStrings';
import { SpCatalogLookups } from '../../data/catalogLookups';
import { SpCurrentUserRepository } from '../../data/currentUser';
import { SpInquiryQueueStart, SpInquiryRepository } from '../../data/inquiries';
import { serviceIdFromSearch } from '../../ui/inquiryLink';
import { sanitizeHtml } from '../../ui/sanitizeHtml';
import { IOpsdeskWebPartProps, IPaneStrings, IWebPartServices, OpsdeskWebPart } from '../shared/OpsdeskWebPart';
import { IInquiryQueueServices } from './components/IInquiryQueueServices';
import InquiryQueue from './components/InquiryQueue';
import { ISiteConfigProps, normalizeSiteConfig } from './components/queueModel';

export interface IInquiryQueueWebPartProps extends IOpsdeskWebPartProps, ISiteConfigProps {}

export default class InquiryQueueWebPart extends OpsdeskWebPart<IInquiryQueueWebPartProps> {
  private queueServices: { key: string; services: IInquiryQueueServices } | undefined;

  protected get paneStrings(): IPaneStrings {
    return strings;
  }

  // Built once per site configuration, not per render, so that React keeps its state across re-renders.
  private servicesFor(services: IWebPartServices): IInquiryQueueServices {
    const config = normalizeSiteConfig(this.properties);
    const key = JSON.stringify(config);
    if (!this.queueServices || this.queueServices.key !== key) {
      const inquiries = new SpInquiryRepository(services.sp, services.webServerRelativeUrl, { sanitizeHtml });
      const catalog = new SpCatalogLookups(services.sp, services.webServerRelativeUrl);
      const currentUser = new SpCurrentUserRepository(services.sp, config);
      // The page knows the user's id in this site, so the requester's own queue can go in the first batch too.
      const legacy = this.context.pageContext.legacyPageContext as { userId?: number } | undefined;
      this.queueServices = {
        key,
        services: {
          start: new SpInquiryQueueStart(services.sp, { currentUser, catalog, inquiries }, config, legacy ? legacy.userId : undefined),
          inquiries,
          catalog,
          currentUser,
          vendors: config.vendors,
          now: () => new Date(),
          sanitize: sanitizeHtml
        }
      };
    }
    return this.queueServices.services;
  }

  protected renderRoot(services: IWebPartServices): React.ReactElement {
    return React.createElement(InquiryQueue, {
      strings,
      ui: services.ui,
      locale: services.locale,
      heading: this.properties.heading,
      pageSize: this.properties.pageSize || 50,
      services: this.servicesFor(services),
      initialServiceId: serviceIdFromSearch(window.location.search)
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const base = super.getPropertyPaneConfiguration();
    base.pages[0].groups.push({
      groupName: strings.SiteGroupName,
      groupFields: [
        PropertyPaneTextField('groupPrefix', { label: strings.GroupPrefixFieldLabel, placeholder: 'opsdesk' }),
        PropertyPaneTextField('vendors', { label: strings.VendorsFieldLabel, multiline: true, rows: 4 })
      ]
    });
    return base;
  }
}
