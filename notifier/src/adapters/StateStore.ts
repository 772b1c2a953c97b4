import type { SchemaListRepository } from '../../../src/data/SchemaListRepository';

/** Small named values the notifier must keep across restarts (change tokens), in the notifierState list. */
export class StateStore {
  constructor(private readonly repo: SchemaListRepository) {}

  private async find(key: string): Promise<{ id: number; etag?: string; value?: string } | undefined> {
    const items = await this.repo.all({ filter: this.repo.filter.eq('stateKey', key), keys: ['stateKey', 'value'], orderBy: [['id', true]] });
    const first = items[0];
    return first ? { id: first.id, etag: first.etag, value: first.values.value as string | undefined } : undefined;
  }

  public async get(key: string): Promise<string | undefined> {
    return (await this.find(key))?.value;
  }

  public async set(key: string, value: string): Promise<void> {
    const existing = await this.find(key);
    if (existing) {
      if (existing.value !== value) await this.repo.update(existing.id, '*', { value });
      return;
    }
    await this.repo.add({ stateKey: key, value }, key);
  }
}

/** Change number of a change token `1;3;<list>;<ticks>;<number>`; tokens only ever move forward. */
export function changeNumber(token: string | undefined): number {
  if (!token) return -1;
  const n = Number(token.split(';')[4]);
  return isNaN(n) ? -1 : n;
}
