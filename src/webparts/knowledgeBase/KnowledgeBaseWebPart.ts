import * as React from 'react';
import * as strings from 'KnowledgeBaseWebPartStrings';
import { registerQueries } from '../../data/registerQueries';
import { SchemaListRepository } from '../../data/SchemaListRepository';
import { FaqList } from '../../schema';
import { IOpsdeskWebPartProps, IPaneStrings, IWebPartServices, OpsdeskWebPart } from '../shared/OpsdeskWebPart';
import KnowledgeBase from './components/KnowledgeBase';

export default class KnowledgeBaseWebPart extends OpsdeskWebPart<IOpsdeskWebPartProps> {
  protected get paneStrings(): IPaneStrings {
    return strings;
  }

  protected renderRoot(services: IWebPartServices): React.ReactElement {
    const repository = new SchemaListRepository(services.sp, services.webServerRelativeUrl, FaqList);
    const pageSize = this.properties.pageSize || 50;
    return React.createElement(KnowledgeBase, {
      strings,
      ui: services.ui,
      locale: services.locale,
      heading: this.properties.heading,
      loadFirstPage: () => registerQueries.publishedFaq(repository, pageSize)
    });
  }
}
