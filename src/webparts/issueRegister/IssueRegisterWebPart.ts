import * as React from 'react';
import * as strings from 'IssueRegisterWebPartStrings';
import { registerQueries } from '../../data/registerQueries';
import { SchemaListRepository } from '../../data/SchemaListRepository';
import { IssuesList } from '../../schema';
import { IOpsdeskWebPartProps, IPaneStrings, IWebPartServices, OpsdeskWebPart } from '../shared/OpsdeskWebPart';
import IssueRegister from './components/IssueRegister';

export default class IssueRegisterWebPart extends OpsdeskWebPart<IOpsdeskWebPartProps> {
  protected get paneStrings(): IPaneStrings {
    return strings;
  }

  protected renderRoot(services: IWebPartServices): React.ReactElement {
    const repository = new SchemaListRepository(services.sp, services.webServerRelativeUrl, IssuesList);
    const pageSize = this.properties.pageSize || 50;
    return React.createElement(IssueRegister, {
      strings,
      ui: services.ui,
      locale: services.locale,
      heading: this.properties.heading,
      loadFirstPage: () => registerQueries.openIssues(repository, pageSize)
    });
  }
}
