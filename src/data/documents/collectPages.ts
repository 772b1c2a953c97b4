import { IDocumentPage } from './DocumentRegisterRepository';
import { IRegisterDocument } from './documentMapping';

/** Every document of a view, page by page, up to `limit` (bounded sweeps such as the reminders). */
export async function collectWindowedPages(first: IDocumentPage, limit: number = 5000): Promise<IRegisterDocument[]> {
  const out: IRegisterDocument[] = [];
  let page: IDocumentPage | undefined = first;
  while (page) {
    out.push(...page.documents);
    if (out.length >= limit) return out.slice(0, limit);
    page = page.next ? await page.next() : undefined;
  }
  return out;
}
