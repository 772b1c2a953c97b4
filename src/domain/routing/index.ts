export * from './routingRule';
export * from './routeInquiry';
