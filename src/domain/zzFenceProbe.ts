import { spfi } from '@pnp/sp';
export const x = spfi;
