import * as fs from 'fs';
import type { IStack } from '../../workbench/stack';

export default async function globalTeardown(): Promise<void> {
  const g = (globalThis as Record<string, unknown>).__OPSDESK_E2E__ as { stack: IStack; dir: string } | undefined;
  if (!g) return;
  await g.stack.stop();
  fs.rmSync(g.dir, { recursive: true, force: true });
}
