import * as React from 'react';
import * as strings from 'DocumentRegisterWebPartStrings';
import { registerQueries } from '../../data/registerQueries';
import { SchemaListRepository } from '../../data/SchemaListRepository';
import { DocumentsList } from '../../schema';
import { IOpsdeskWebPartProps, IPaneStrings, IWebPartServices, OpsdeskWebPart } from '../shared/OpsdeskWebPart';
import DocumentRegister from './components/DocumentRegister';

export default class DocumentRegisterWebPart extends OpsdeskWebPart<IOpsdeskWebPartProps> {
  protected get paneStrings(): IPaneStrings {
    return strings;
  }

  protected renderRoot(services: IWebPartServices): React.ReactElement {
    const repository = new SchemaListRepository(services.sp, services.webServerRelativeUrl, DocumentsList);
    const pageSize = this.properties.pageSize || 50;
    return React.createElement(DocumentRegister, {
      strings,
      ui: services.ui,
      locale: services.locale,
      heading: this.properties.heading,
      loadFirstPage: () => registerQueries.validDocuments(repository, pageSize)
    });
  }
}
