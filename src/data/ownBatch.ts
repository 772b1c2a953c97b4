import { toDataError } from './DataError';
import { SPFI } from './pnp';

/**
 * Runs reads that can also join a caller's batch (`inBatch(batched)`, used to keep a web part's first screen one
 * request) in a batch of their own. A failed $batch request settles none of its parts, so its error is the answer.
 */
export async function inOwnBatch<T>(sp: SPFI, inBatch: (batched: SPFI) => () => Promise<T>): Promise<T> {
  const [batched, execute] = sp.batched();
  const result = inBatch(batched);
  try {
    await execute();
  } catch (e) {
    throw toDataError(e);
  }
  return result();
}
