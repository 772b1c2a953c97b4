import type { RouteTable } from '../http/router';
import type { ISpContext } from './context';

export function registerFileRoutes(_t: RouteTable<ISpContext>): void {
  // filled in below
}
