import { IUserRef } from '../entities/userRef';
import { InquiryCategory } from '../vocabulary/inquiryCategory';
import { ICT_CENTER_QUEUE, IRoutingMatch, IRoutingRule } from './routingRule';

/** The inquiry fields routing looks at. */
export interface IRoutable {
  systemId?: number;
  serviceId?: number;
  category: InquiryCategory;
}

/** Where an inquiry goes. */
export interface IRoute {
  vendorGroup: string;
  vendorKey?: string;
  assignee?: IUserRef;
  /** Id of the matching rule; absent on the fallback. */
  ruleId?: string;
  fallback: boolean;
}

function matches(match: IRoutingMatch, inquiry: IRoutable): boolean {
  return (
    (match.systemId === undefined || match.systemId === inquiry.systemId) &&
    (match.serviceId === undefined || match.serviceId === inquiry.serviceId) &&
    (match.category === undefined || match.category === inquiry.category)
  );
}

/**
 * Routes an inquiry by the first matching rule, in list order, so specific rules go before general ones.
 * Nothing matching goes to the ICT center queue, so no inquiry is left without an owner.
 */
export function routeInquiry(rules: ReadonlyArray<IRoutingRule>, inquiry: IRoutable): IRoute {
  for (const rule of rules) {
    if (matches(rule.match, inquiry)) {
      const route: IRoute = { vendorGroup: rule.vendorGroup, ruleId: rule.id, fallback: false };
      if (rule.vendorKey !== undefined) {
        route.vendorKey = rule.vendorKey;
      }
      if (rule.defaultAssignee !== undefined) {
        route.assignee = rule.defaultAssignee;
      }
      return route;
    }
  }
  return { vendorGroup: ICT_CENTER_QUEUE, fallback: true };
}
