import { IRoutingRule, routeInquiry } from '../../../src/domain/routing';
import { users } from './fixtures';

const rules: IRoutingRule[] = [
  { id: 'accounts', match: { systemId: 3, category: 'account' }, vendorGroup: 'ictAccounts' },
  { id: 'juki', match: { systemId: 3 }, vendorGroup: 'midori', vendorKey: 'midori', defaultAssignee: users.vendorA },
  { id: 'tax-service', match: { serviceId: 20 }, vendorGroup: 'sakura', vendorKey: 'sakura' },
  { id: 'faults', match: { category: 'fault' }, vendorGroup: 'ictOps' },
];

describe('routeInquiry', () => {
  test('first match wins: the specific account rule beats the system rule', () => {
    expect(routeInquiry(rules, { systemId: 3, category: 'account' })).toEqual({ vendorGroup: 'ictAccounts', ruleId: 'accounts', fallback: false });
  });

  test('a system rule carries its vendor and default assignee', () => {
    const route = routeInquiry(rules, { systemId: 3, category: 'fault' });
    expect(route.ruleId).toBe('juki');
    expect(route.vendorKey).toBe('midori');
    expect(route.assignee).toEqual(users.vendorA);
  });

  test('service and category criteria', () => {
    expect(routeInquiry(rules, { serviceId: 20, category: 'howTo' }).vendorGroup).toBe('sakura');
    expect(routeInquiry(rules, { systemId: 9, category: 'fault' }).vendorGroup).toBe('ictOps');
  });

  test('nothing matching falls back to the ICT center queue', () => {
    expect(routeInquiry(rules, { systemId: 9, category: 'howTo' })).toEqual({ vendorGroup: 'ictCenter', fallback: true });
    expect(routeInquiry([], { category: 'other' }).fallback).toBe(true);
  });
});
