/**
 * toDataError on the answers the real PnPjs client gets back from SharePoint (here the sandbox, which copies the
 * recorded SPO bodies): the UI must word a duplicate or an over-long value as the user's input, not as an outage,
 * even though SharePoint answers both with HTTP 500.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import { Sandbox } from '../../../sandbox/src';
import { newSandbox, spAs } from '../sandbox/clients';
import { toDataError, DataError } from '../../../src/data/DataError';
import { errorMessage, uiStrings } from '../../../src/ui/uiStrings';

async function caught(p: Promise<unknown>): Promise<DataError> {
  try {
    await p;
  } catch (e) {
    return toDataError(e);
  }
  throw new Error('expected a failure');
}

describe('toDataError on SharePoint answers through @pnp/sp', () => {
  let sb: Sandbox;
  let sp: SPFI;
  const list = (): ReturnType<SPFI['web']['lists']['getByTitle']> => sp.web.lists.getByTitle('Keys');

  beforeAll(async () => {
    sb = newSandbox();
    sp = spAs(sb, 'admin');
    await sp.web.lists.add('Keys');
    await list().fields.addText('KeyCode', { Indexed: true, EnforceUniqueValues: true, MaxLength: 255 });
    await list().items.add({ Title: 'first', KeyCode: 'K-1' });
  });
  afterAll(() => sb.close());

  test('a duplicate in a unique column (500 SPDuplicateValuesFoundException) is a conflict the user can fix, worded as such', async () => {
    const e = await caught(list().items.add({ Title: 'second', KeyCode: 'k-1' }));
    expect(e).toMatchObject({ kind: 'conflict', status: 500, reason: 'duplicateValue' });
    expect(e.code).toContain('SPDuplicateValuesFoundException');
    expect(errorMessage(e, uiStrings('ja'))).toContain('同じ値の項目がすでにあります');
    expect(errorMessage(e, uiStrings('en'))).toContain('already exists');
  });

  test('a single-line text over 255 characters (500 "Invalid text value.") is invalid input, not "SharePoint unavailable"', async () => {
    const e = await caught(list().items.add({ Title: 'あ'.repeat(256) }));
    expect(e).toMatchObject({ kind: 'invalid', status: 500, reason: 'invalidValue' });
    expect(errorMessage(e, uiStrings('ja'))).toContain('255 文字まで');
  });

  test('other 500s stay "unavailable" (the mapping keys on the code, not on the status alone)', () => {
    const e = toDataError(Object.assign(new Error('Error making HttpClient request in queryable [500] Internal Server Error ::> {"odata.error":{"code":"-2146232832, Microsoft.SharePoint.SPException","message":{"lang":"en-US","value":"x"}}}'), { status: 500 }));
    expect(e.kind).toBe('unavailable');
    expect(e.reason).toBeUndefined();
  });
});
