/**
 * The web parts the workbench hosts: the real SPFx shells from src/webparts. Each is instantiated without its
 * SPFx constructor and asked for its own React root via `renderRoot(services)`, so what renders here is
 * exactly what the shell renders in SharePoint; only the services (the SPFI) are built differently.
 */
import * as React from 'react';
import DocumentRegisterWebPart from '../../src/webparts/documentRegister/DocumentRegisterWebPart';
import InquiryQueueWebPart from '../../src/webparts/inquiryQueue/InquiryQueueWebPart';
import IssueRegisterWebPart from '../../src/webparts/issueRegister/IssueRegisterWebPart';
import KnowledgeBaseWebPart from '../../src/webparts/knowledgeBase/KnowledgeBaseWebPart';
import ServiceCatalogWebPart from '../../src/webparts/serviceCatalog/ServiceCatalogWebPart';
import { IWebPartServices } from '../../src/webparts/shared/OpsdeskWebPart';

export interface IHostedWebPart {
  key: string;
  title: { ja: string; en: string };
  /** the manifest id, as the page would reference it */
  render(services: IWebPartServices, context: IFakeSpfxContext): React.ReactElement;
}

/** The part of an SPFx context a shell may read in renderRoot (not used to build the SPFI). */
export interface IFakeSpfxContext {
  pageContext: {
    web: { absoluteUrl: string; serverRelativeUrl: string; title: string };
    site: { absoluteUrl: string; serverRelativeUrl: string };
    user: { displayName: string; email: string; loginName: string; isExternalGuestUser: boolean };
    cultureInfo: { currentUICultureName: string; currentCultureName: string };
  };
  sdks: { microsoftTeams?: unknown };
}

type Shell = new () => unknown;

function host(shell: Shell): (services: IWebPartServices, context: IFakeSpfxContext) => React.ReactElement {
  return (services, context) => {
    const instance = Object.create(shell.prototype) as {
      properties: Record<string, unknown>;
      context: IFakeSpfxContext;
      renderRoot(s: IWebPartServices): React.ReactElement;
    };
    instance.properties = {};
    instance.context = context;
    return instance.renderRoot(services);
  };
}

export const HOSTED_WEBPARTS: IHostedWebPart[] = [
  { key: 'inquiries', title: { ja: '問い合わせ', en: 'Inquiries' }, render: host(InquiryQueueWebPart as unknown as Shell) },
  { key: 'issues', title: { ja: '課題', en: 'Issues' }, render: host(IssueRegisterWebPart as unknown as Shell) },
  { key: 'catalog', title: { ja: 'サービスカタログ', en: 'Service catalog' }, render: host(ServiceCatalogWebPart as unknown as Shell) },
  { key: 'faq', title: { ja: 'FAQ', en: 'FAQ' }, render: host(KnowledgeBaseWebPart as unknown as Shell) },
  { key: 'documents', title: { ja: '文書', en: 'Documents' }, render: host(DocumentRegisterWebPart as unknown as Shell) },
];
