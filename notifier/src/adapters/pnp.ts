// The notifier's PnPjs surface: the app's selective imports plus webhook subscriptions (Node side only).
import '../../../src/data/pnp';
import '@pnp/sp/subscriptions';
export type { SPFI } from '@pnp/sp';
