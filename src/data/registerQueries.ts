import {
  DOCUMENT_STATUS_LABELS,
  INQUIRY_STATUS_LABELS,
  ISSUE_STATUS_LABELS,
  KNOWLEDGE_STATUS_LABELS,
  SERVICE_LIFECYCLE_LABELS
} from '../domain/vocabulary';
import { IItemPage, SchemaListRepository } from './SchemaListRepository';

/**
 * The first screen of each register, as a query that stays under the 5,000-item threshold: each one filters
 * on an indexed column first and sorts on an indexed column.
 */
export const registerQueries = {
  openIssues: (repo: SchemaListRepository, pageSize: number): Promise<IItemPage> =>
    repo.page({
      keys: ['area', 'status', 'owner', 'dueDate', 'priority', 'pendingChange'],
      filter: repo.filter.ne('status', ISSUE_STATUS_LABELS.closed.ja),
      orderBy: [['dueDate', true]],
      pageSize
    }),
  openInquiries: (repo: SchemaListRepository, pageSize: number): Promise<IItemPage> =>
    repo.page({
      keys: ['status', 'system', 'requester', 'assignee', 'receivedAt', 'firstResponseDue'],
      filter: repo.filter.ne('status', INQUIRY_STATUS_LABELS.closed.ja),
      orderBy: [['receivedAt', false]],
      pageSize
    }),
  servicesInOperation: (repo: SchemaListRepository, pageSize: number): Promise<IItemPage> =>
    repo.page({
      keys: ['category', 'providerName', 'audience', 'firstResponseTarget'],
      filter: repo.filter.eq('lifecycle', SERVICE_LIFECYCLE_LABELS.active.ja),
      orderBy: [['category', true]],
      pageSize
    }),
  publishedFaq: (repo: SchemaListRepository, pageSize: number): Promise<IItemPage> =>
    repo.page({
      keys: ['category', 'system', 'tags'],
      filter: repo.filter.eq('status', KNOWLEDGE_STATUS_LABELS.published.ja),
      orderBy: [['category', true]],
      pageSize
    }),
  validDocuments: (repo: SchemaListRepository, pageSize: number): Promise<IItemPage> =>
    repo.page({
      keys: ['number', 'docType', 'system', 'owner', 'status', 'nextReview', 'updatePending'],
      filter: repo.filter.ne('status', DOCUMENT_STATUS_LABELS.obsolete.ja),
      orderBy: [['number', true]],
      pageSize
    })
};
