import * as React from 'react';
import * as strings from 'IssueRegisterWebPartStrings';
import { SpIssueRepository } from '../../data/issues';
import { IOpsdeskWebPartProps, IPaneStrings, IWebPartServices, OpsdeskWebPart } from '../shared/OpsdeskWebPart';
import IssueRegister from './components/IssueRegister';
import { readWorkbook, writeWorkbook } from './xlsx';

function download(data: ArrayBuffer, fileName: string): void {
  const blob = new Blob([data], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  document.body.removeChild(a);
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const now = (): Date => new Date();

export default class IssueRegisterWebPart extends OpsdeskWebPart<IOpsdeskWebPartProps> {
  private repository: SpIssueRepository | undefined;

  protected get paneStrings(): IPaneStrings {
    return strings;
  }

  protected renderRoot(services: IWebPartServices): React.ReactElement {
    // Built once (not per render) so the React tree's data dependencies stay stable.
    if (!this.repository) {
      this.repository = new SpIssueRepository(services.sp, services.webServerRelativeUrl, now);
    }
    return React.createElement(IssueRegister, {
      strings,
      ui: services.ui,
      locale: services.locale,
      heading: this.properties.heading,
      repository: this.repository,
      workbook: { read: readWorkbook, write: writeWorkbook },
      now,
      pageSize: this.properties.pageSize || 50,
      download
    });
  }
}
