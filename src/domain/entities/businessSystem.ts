import { SystemArea } from '../vocabulary/systemArea';

/** A business system (業務システム一覧). */
export interface IBusinessSystem {
  id: number;
  name: string;
  owningDepartment: string;
  /** ASP vendor key; item permissions are shared with this vendor's group. */
  vendorKey?: string;
  operator?: string;
  area: SystemArea;
}
