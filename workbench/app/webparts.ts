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
import documentManifest from '../../src/webparts/documentRegister/DocumentRegisterWebPart.manifest.json';
import inquiryManifest from '../../src/webparts/inquiryQueue/InquiryQueueWebPart.manifest.json';
import issueManifest from '../../src/webparts/issueRegister/IssueRegisterWebPart.manifest.json';
import knowledgeManifest from '../../src/webparts/knowledgeBase/KnowledgeBaseWebPart.manifest.json';
import catalogManifest from '../../src/webparts/serviceCatalog/ServiceCatalogWebPart.manifest.json';
import demoSite from '../../provisioning/config/demo.site.json';

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

interface IHostedShell {
  properties: Record<string, unknown>;
  context: IFakeSpfxContext;
  renderRoot(s: IWebPartServices): React.ReactElement;
}

interface IManifest {
  preconfiguredEntries?: { properties?: Record<string, unknown> }[];
}

/**
 * The properties a site owner gives a web part on the demo page: the manifest's preconfigured defaults (what
 * SharePoint starts a newly added web part with) plus the site settings of the demo configuration
 * (group prefix, and vendors as `key|name|kind` lines, as typed in the property pane).
 */
function pageProperties(manifest: IManifest): Record<string, unknown> {
  const defaults = (manifest.preconfiguredEntries && manifest.preconfiguredEntries[0] && manifest.preconfiguredEntries[0].properties) || {};
  return {
    ...defaults,
    groupPrefix: demoSite.groupPrefix,
    vendors: demoSite.vendors.map(v => `${v.key}|${v.name}|${v.kind}`).join('\n'),
  };
}

function host(shell: Shell, manifest: IManifest): (services: IWebPartServices, context: IFakeSpfxContext) => React.ReactElement {
  // one instance per page load, like a web part on a page: shells may keep state (built services) between renders
  let instance: IHostedShell | undefined;
  return (services, context) => {
    if (instance) {
      instance.context = context;
      return instance.renderRoot(services);
    }
    instance = Object.create(shell.prototype) as IHostedShell;
    instance.properties = pageProperties(manifest);
    instance.context = context;
    return instance.renderRoot(services);
  };
}

export const HOSTED_WEBPARTS: IHostedWebPart[] = [
  { key: 'inquiries', title: { ja: '問い合わせ', en: 'Inquiries' }, render: host(InquiryQueueWebPart as unknown as Shell, inquiryManifest) },
  { key: 'issues', title: { ja: '課題', en: 'Issues' }, render: host(IssueRegisterWebPart as unknown as Shell, issueManifest) },
  { key: 'catalog', title: { ja: 'サービスカタログ', en: 'Service catalog' }, render: host(ServiceCatalogWebPart as unknown as Shell, catalogManifest) },
  { key: 'faq', title: { ja: 'FAQ', en: 'FAQ' }, render: host(KnowledgeBaseWebPart as unknown as Shell, knowledgeManifest) },
  { key: 'documents', title: { ja: '文書', en: 'Documents' }, render: host(DocumentRegisterWebPart as unknown as Shell, documentManifest) },
];
