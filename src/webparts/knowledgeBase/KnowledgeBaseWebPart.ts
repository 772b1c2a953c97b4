import * as React from 'react';
import * as strings from 'KnowledgeBaseWebPartStrings';
import { FaqRepository, FeedbackRepository, KnowledgeRepository } from '../../data/knowledge';
import { jstDateKey } from '../../domain/time';
import { sanitizeHtml } from '../../ui/sanitizeHtml';
import { IOpsdeskWebPartProps, IPaneStrings, IWebPartServices, OpsdeskWebPart } from '../shared/OpsdeskWebPart';
import KnowledgeBase, { IKnowledgeSource } from './components/KnowledgeBase';

interface IKnowledgeServices {
  faq: IKnowledgeSource;
  operator: IKnowledgeSource;
  vote: (faqId: number, helpful: boolean) => Promise<void>;
}

function bind(repo: KnowledgeRepository): IKnowledgeSource {
  return {
    searchPublished: (s) => repo.searchPublished(s),
    reviewCandidates: (today, lead) => repo.reviewCandidates(today, lead),
    markReviewed: (a, today, publish) => repo.markReviewed(a, today, publish),
    canRead: () => repo.canRead(),
    canEdit: () => repo.canEdit()
  };
}

export default class KnowledgeBaseWebPart extends OpsdeskWebPart<IOpsdeskWebPartProps> {
  private data: IKnowledgeServices | undefined;

  protected get paneStrings(): IPaneStrings {
    return strings;
  }

  protected renderRoot(services: IWebPartServices): React.ReactElement {
    if (!this.data) {
      const feedback = new FeedbackRepository(services.sp, services.webServerRelativeUrl);
      this.data = {
        faq: bind(new FaqRepository(services.sp, services.webServerRelativeUrl, sanitizeHtml)),
        operator: bind(new KnowledgeRepository(services.sp, services.webServerRelativeUrl, 'knowledge', sanitizeHtml)),
        vote: (faqId, helpful) => feedback.vote(faqId, helpful)
      };
    }
    return React.createElement(KnowledgeBase, {
      strings,
      ui: services.ui,
      locale: services.locale,
      heading: this.properties.heading,
      ...this.data,
      pageSize: this.properties.pageSize || 30,
      today: () => jstDateKey(new Date()),
      sanitize: sanitizeHtml
    });
  }
}
