/**
 * The provisioned demo site with the reference data the inquiry queue needs (two systems, two services), and
 * the data layer built for a user exactly as the web part builds it: real PnPjs over the sandbox.
 */
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import type { SandboxIdentity } from '../../../sandbox/src';
import { ServiceCatalogRepository } from '../../../src/data/catalog/ServiceCatalogRepository';
import { SpCatalogLookups } from '../../../src/data/catalogLookups';
import { SpCurrentUserRepository } from '../../../src/data/currentUser';
import { SpInquiryRepository } from '../../../src/data/inquiries';
import { SchemaListRepository } from '../../../src/data/SchemaListRepository';
import type { SPFI } from '../../../src/data/pnp';
import { PROVIDER_KIND_LABELS, SERVICE_LIFECYCLE_LABELS, SYSTEM_AREA_LABELS } from '../../../src/domain';
import { ISiteConfig, ServicesList, SystemsList } from '../../../src/schema';
import { createSanitizer, IHtmlPurifier } from '../../../src/ui/sanitizeHtml';
import { IProvisionedSandbox, IProvisionedSandboxOptions, provisionedSandbox } from '../../support/provisionedSandbox';

/** DOMPurify over a jsdom window: the same sanitizer the browser uses, in Node. */
export const sanitizeHtml = createSanitizer(createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]) as unknown as IHtmlPurifier);

export const WEB = '/sites/opsdesk';

export interface IInquirySandbox extends IProvisionedSandbox {
  siteConfig: ISiteConfig;
  systems: { juki: number; zeimu: number };
  services: { jukiHowTo: number; zeimuFault: number };
  /** Site user id of a directory user (ensured as the app). */
  userId(key: string): Promise<number>;
  /** The web part's data layer as that user. */
  as(identity: SandboxIdentity, now?: () => Date): {
    sp: SPFI;
    inquiries: SpInquiryRepository;
    catalog: SpCatalogLookups;
    currentUser: SpCurrentUserRepository;
  };
}

const LOGIN: Record<string, string> = {
  staffA: 'i:0#.f|membership|suzuki.ichiro@midoriku.example',
  staffB: 'i:0#.f|membership|takahashi.misaki@midoriku.example',
  ict: 'i:0#.f|membership|sato.hanako@midoriku.example',
  vendorA: 'i:0#.f|membership|tanaka.sho_midori-systems.example#ext#@midoriku.onmicrosoft.com',
  vendorA2: 'i:0#.f|membership|nakamura.daisuke_midori-systems.example#ext#@midoriku.onmicrosoft.com',
  vendorB: 'i:0#.f|membership|ito.yoko_sakura-its.example#ext#@midoriku.onmicrosoft.com'
};

export async function inquirySandbox(options: IProvisionedSandboxOptions = {}): Promise<IInquirySandbox> {
  const base = await provisionedSandbox(options);
  const app = base.spAs({ app: true });
  const systems = new SchemaListRepository(app, WEB, SystemsList);
  const services = new SchemaListRepository(app, WEB, ServicesList);
  const area = SYSTEM_AREA_LABELS.shared.ja;
  const juki = await systems.add({ code: 'JUKI', owningDepartment: '住民課', vendorKey: 'midori-systems', area, active: true }, '住民記録システム');
  const zeimu = await systems.add({ code: 'ZEIMU', owningDepartment: '税務課', vendorKey: 'sakura-its', area, active: true }, '税務システム');
  const service = (code: string, system: number, vendorKey: string, provider: string, calendarId: string, minutes: number) =>
    services.add(
      {
        code, category: '問い合わせ', summary: `${code} の問い合わせ窓口`, system, providerKind: PROVIDER_KIND_LABELS.asp.ja, providerName: provider,
        vendorKey, calendarId, firstResponseTarget: minutes, lifecycle: SERVICE_LIFECYCLE_LABELS.active.ja
      },
      `${code} 窓口`
    );
  const jukiHowTo = await service('JUKI-HOWTO', juki.id, 'midori-systems', 'みどりシステムズ株式会社', 'officeHours', 120);
  const zeimuFault = await service('ZEIMU-FAULT', zeimu.id, 'sakura-its', 'さくらITサービス株式会社', 'always', 60);
  // The catalog has content approval: staff read a service only once the ICT center has approved it.
  const catalog = new ServiceCatalogRepository(app, WEB);
  await catalog.approve(jukiHowTo.id);
  await catalog.approve(zeimuFault.id);
  const siteConfig: ISiteConfig = { groupPrefix: base.config.groupPrefix, vendors: base.config.vendors };
  const ids = new Map<string, number>();
  return {
    ...base,
    siteConfig,
    systems: { juki: juki.id, zeimu: zeimu.id },
    services: { jukiHowTo: jukiHowTo.id, zeimuFault: zeimuFault.id },
    async userId(key: string): Promise<number> {
      if (!ids.has(key)) ids.set(key, (await app.web.ensureUser(LOGIN[key])).Id);
      return ids.get(key)!;
    },
    as(identity: SandboxIdentity, now?: () => Date) {
      const sp = base.spAs(identity);
      return {
        sp,
        inquiries: new SpInquiryRepository(sp, WEB, { sanitizeHtml, now }),
        catalog: new SpCatalogLookups(sp, WEB),
        currentUser: new SpCurrentUserRepository(sp, siteConfig)
      };
    }
  };
}
