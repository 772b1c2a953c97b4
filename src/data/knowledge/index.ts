export * from './knowledgeMapping';
export * from './KnowledgeRepository';
export * from './FeedbackRepository';
export * from './knowledgeMaintenance';
