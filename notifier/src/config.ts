import * as fs from 'fs';
import { z } from 'zod';
import type { ISiteConfig } from '../../src/schema';

/**
 * The notifier's settings, from the environment (OPSDESK_*, also the Azure Functions app settings) with
 * command-line overrides (`--site-url=…`). Validated once at startup; a bad value stops the process with
 * the field named.
 */
export const NotifierConfigSchema = z
  .object({
    target: z.enum(['sandbox', 'spo']).default('sandbox'),
    siteUrl: z.string().url().default('http://localhost:4580/sites/opsdesk'),
    /** Site configuration provisioning used (group prefix, vendors): a JSON file. */
    siteConfigPath: z.string().default('provisioning/config/demo.site.json'),
    senderUpn: z.string().email().default('opsdesk-admin@midoriku.example'),
    clientState: z.string().min(16, 'clientState must be a secret of at least 16 characters').default('opsdesk-local-webhook-state'),
    /** Local runner: loopback HTTP port (0 picks a free one) and host of the webhook endpoint. */
    port: z.coerce.number().int().min(0).max(65535).default(4590),
    host: z.string().default('127.0.0.1'),
    /** The URL SharePoint posts to; defaults to the local endpoint (fine for the sandbox, not for SPO). */
    notificationUrl: z.string().url().optional(),
    sweepIntervalSeconds: z.coerce.number().min(5).default(60),
    /** First start without stored tokens: replay the retained change log (`all`) or start from now (`now`). */
    initialSync: z.enum(['all', 'now']).default('all'),
    claimTimeoutMinutes: z.coerce.number().min(1).default(10),
    graphBaseUrl: z.string().url().optional(),
    /** SPO: the Entra app (certificate credential; Sites.Selected with fullcontrol on the site, Mail.Send). */
    tenantId: z.string().optional(),
    clientId: z.string().optional(),
    certificatePath: z.string().optional()
  })
  .superRefine((c, ctx) => {
    if (c.target === 'spo') {
      for (const key of ['tenantId', 'clientId', 'certificatePath'] as const) {
        if (!c[key]) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [key], message: `${key} is required when target is spo` });
      }
      if (!c.notificationUrl) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['notificationUrl'], message: 'SharePoint Online needs a public https notificationUrl' });
    }
  });

export type INotifierConfig = z.infer<typeof NotifierConfigSchema>;

const ENV: Record<string, keyof INotifierConfig> = {
  OPSDESK_TARGET: 'target',
  OPSDESK_SITE_URL: 'siteUrl',
  OPSDESK_SITE_CONFIG: 'siteConfigPath',
  OPSDESK_SENDER_UPN: 'senderUpn',
  OPSDESK_WEBHOOK_CLIENT_STATE: 'clientState',
  OPSDESK_NOTIFIER_PORT: 'port',
  OPSDESK_NOTIFIER_HOST: 'host',
  OPSDESK_NOTIFICATION_URL: 'notificationUrl',
  OPSDESK_SWEEP_INTERVAL_SECONDS: 'sweepIntervalSeconds',
  OPSDESK_INITIAL_SYNC: 'initialSync',
  OPSDESK_CLAIM_TIMEOUT_MINUTES: 'claimTimeoutMinutes',
  OPSDESK_GRAPH_BASE_URL: 'graphBaseUrl',
  OPSDESK_TENANT_ID: 'tenantId',
  OPSDESK_CLIENT_ID: 'clientId',
  OPSDESK_CERTIFICATE_PATH: 'certificatePath'
};

/** Reads the settings from env and `--kebab-case=value` args (args win). Throws a readable error. */
export function loadNotifierConfig(env: NodeJS.ProcessEnv = process.env, argv: ReadonlyArray<string> = []): INotifierConfig {
  const raw: Record<string, string> = {};
  for (const name of Object.keys(ENV)) {
    const v = env[name];
    if (v !== undefined && v !== '') raw[ENV[name]] = v;
  }
  for (const arg of argv) {
    const m = /^--([a-z-]+)=(.*)$/.exec(arg);
    if (!m) throw new Error(`unrecognised argument ${arg} (use --name=value)`);
    raw[m[1].replace(/-([a-z])/g, (_x, c: string) => c.toUpperCase())] = m[2];
  }
  const parsed = NotifierConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`notifier configuration: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

const SiteConfigSchema = z.object({
  groupPrefix: z.string().min(1),
  vendors: z.array(z.object({ key: z.string().regex(/^[a-z0-9-]+$/), name: z.string(), kind: z.enum(['asp', 'operator']) }))
});

export function loadSiteConfig(path: string): ISiteConfig {
  const parsed = SiteConfigSchema.safeParse(JSON.parse(fs.readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
