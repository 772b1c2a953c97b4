import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as React from 'react';
import * as strings from 'ServiceCatalogWebPartStrings';
import { ServiceCatalogRepository } from '../../data/catalog';
import { DocumentsList } from '../../schema';
import { sanitizeHtml } from '../../ui/sanitizeHtml';
import { IOpsdeskWebPartProps, IPaneStrings, IWebPartServices, OpsdeskWebPart } from '../shared/OpsdeskWebPart';
import ServiceCatalog from './components/ServiceCatalog';

export interface IServiceCatalogWebPartProps extends IOpsdeskWebPartProps {
  /** The page with the inquiry web part; 「問い合わせる」 opens it with `?service=<id>` (src/ui/inquiryLink.ts). */
  inquiryPageUrl?: string;
}

export default class ServiceCatalogWebPart extends OpsdeskWebPart<IServiceCatalogWebPartProps> {
  private repository: ServiceCatalogRepository | undefined;

  protected get paneStrings(): IPaneStrings {
    return strings;
  }

  protected renderRoot(services: IWebPartServices): React.ReactElement {
    if (!this.repository) this.repository = new ServiceCatalogRepository(services.sp, services.webServerRelativeUrl, { sanitizeHtml });
    const repository = this.repository;
    const web = services.webServerRelativeUrl.replace(/\/$/, '');
    return React.createElement(ServiceCatalog, {
      strings,
      ui: services.ui,
      locale: services.locale,
      heading: this.properties.heading,
      loadServices: this.loadServices || (this.loadServices = () => repository.listInOperation()),
      inquiryPageUrl: (this.properties.inquiryPageUrl || '').trim() || undefined,
      // In-page editing; SharePoint's item permissions decide who sees the action and who may save.
      editing: repository,
      documentUrl: (id: number) => `${web}/${DocumentsList.url}/Forms/DispForm.aspx?ID=${id}`,
      sanitize: sanitizeHtml
    });
  }

  private loadServices: (() => ReturnType<ServiceCatalogRepository['listInOperation']>) | undefined;

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const base = super.getPropertyPaneConfiguration();
    base.pages[0].groups.push({
      groupName: strings.LinksGroupName,
      groupFields: [PropertyPaneTextField('inquiryPageUrl', { label: strings.InquiryPageUrlFieldLabel })]
    });
    return base;
  }
}
