import * as React from 'react';
import * as strings from 'ServiceCatalogWebPartStrings';
import { registerQueries } from '../../data/registerQueries';
import { SchemaListRepository } from '../../data/SchemaListRepository';
import { ServicesList } from '../../schema';
import { IOpsdeskWebPartProps, IPaneStrings, IWebPartServices, OpsdeskWebPart } from '../shared/OpsdeskWebPart';
import ServiceCatalog from './components/ServiceCatalog';

export default class ServiceCatalogWebPart extends OpsdeskWebPart<IOpsdeskWebPartProps> {
  protected get paneStrings(): IPaneStrings {
    return strings;
  }

  protected renderRoot(services: IWebPartServices): React.ReactElement {
    const repository = new SchemaListRepository(services.sp, services.webServerRelativeUrl, ServicesList);
    const pageSize = this.properties.pageSize || 50;
    return React.createElement(ServiceCatalog, {
      strings,
      ui: services.ui,
      locale: services.locale,
      heading: this.properties.heading,
      loadFirstPage: () => registerQueries.servicesInOperation(repository, pageSize)
    });
  }
}
