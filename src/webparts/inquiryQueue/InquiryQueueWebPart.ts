import * as React from 'react';
import * as strings from 'InquiryQueueWebPartStrings';
import { registerQueries } from '../../data/registerQueries';
import { SchemaListRepository } from '../../data/SchemaListRepository';
import { InquiriesList } from '../../schema';
import { IOpsdeskWebPartProps, IPaneStrings, IWebPartServices, OpsdeskWebPart } from '../shared/OpsdeskWebPart';
import InquiryQueue from './components/InquiryQueue';

export default class InquiryQueueWebPart extends OpsdeskWebPart<IOpsdeskWebPartProps> {
  protected get paneStrings(): IPaneStrings {
    return strings;
  }

  protected renderRoot(services: IWebPartServices): React.ReactElement {
    const repository = new SchemaListRepository(services.sp, services.webServerRelativeUrl, InquiriesList);
    const pageSize = this.properties.pageSize || 50;
    return React.createElement(InquiryQueue, {
      strings,
      ui: services.ui,
      locale: services.locale,
      heading: this.properties.heading,
      loadFirstPage: () => registerQueries.openInquiries(repository, pageSize)
    });
  }
}
