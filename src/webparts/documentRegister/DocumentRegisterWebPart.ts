import * as React from 'react';
import * as strings from 'DocumentRegisterWebPartStrings';
import { DocumentRegisterRepository } from '../../data/documents';
import { jstDateKey } from '../../domain/time';
import { IOpsdeskWebPartProps, IPaneStrings, IWebPartServices, OpsdeskWebPart } from '../shared/OpsdeskWebPart';
import DocumentRegister, { IDocumentRegisterProps } from './components/DocumentRegister';

type RegisterData = Pick<IDocumentRegisterProps, 'loadPage' | 'uploadNewVersion' | 'canUpload'>;

export default class DocumentRegisterWebPart extends OpsdeskWebPart<IOpsdeskWebPartProps> {
  private data: RegisterData | undefined;

  protected get paneStrings(): IPaneStrings {
    return strings;
  }

  protected renderRoot(services: IWebPartServices): React.ReactElement {
    if (!this.data) {
      const repository = new DocumentRegisterRepository(services.sp, services.webServerRelativeUrl);
      this.data = {
        loadPage: (view, today, pageSize) => repository.page(view, today, pageSize),
        uploadNewVersion: (doc, file, today, satisfies) => repository.uploadNewVersion(doc, file, today, satisfies),
        canUpload: () => repository.canContribute()
      };
    }
    return React.createElement(DocumentRegister, {
      strings,
      ui: services.ui,
      locale: services.locale,
      heading: this.properties.heading,
      ...this.data,
      pageSize: this.properties.pageSize || 50,
      today: () => jstDateKey(new Date())
    });
  }
}
