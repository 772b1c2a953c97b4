import { IFeedbackVote } from '../../domain/knowledge';
import { FeedbackList } from '../../schema';
import { ILookupValue } from '../fieldValues';
import { windowedAll } from '../idWindows';
import { SchemaListRepository } from '../SchemaListRepository';
import { SPFI } from '../pnp';

/** 「役に立ちましたか」 votes. Staff add and read only their own (the list's Read/WriteSecurity = 2). */
export interface IFeedbackRepository {
  vote(faqId: number, helpful: boolean, comment?: string): Promise<void>;
  /** The notifier's side (app-only, reads all): votes not yet folded into the FAQ counters. */
  uncounted(limit: number): Promise<IFeedbackVote[]>;
  markCounted(voteIds: ReadonlyArray<number>): Promise<void>;
}

export class FeedbackRepository implements IFeedbackRepository {
  private readonly repo: SchemaListRepository;

  constructor(sp: SPFI, webServerRelativeUrl: string) {
    this.repo = new SchemaListRepository(sp, webServerRelativeUrl, FeedbackList);
  }

  public async vote(faqId: number, helpful: boolean, comment?: string): Promise<void> {
    await this.repo.add({ faq: faqId, helpful, counted: false }, comment || '');
  }

  public async uncounted(limit: number): Promise<IFeedbackVote[]> {
    const items = await windowedAll(this.repo, { keys: ['faq', 'helpful', 'counted'], filter: this.repo.filter.eq('counted', false) }, limit);
    return items.map((i) => ({
      id: i.id,
      faqId: (i.values.faq as ILookupValue | undefined)?.id || 0,
      helpful: i.values.helpful === true,
      counted: i.values.counted === true
    }));
  }

  public async markCounted(voteIds: ReadonlyArray<number>): Promise<void> {
    for (const id of voteIds) {
      await this.repo.update(id, '*', { counted: true });
    }
  }
}
