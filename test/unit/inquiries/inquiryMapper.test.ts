import { DataError } from '../../../src/data/DataError';
import { ISchemaItem, toPayload } from '../../../src/data/fieldValues';
import { faqDraftValues, inquiryChanges, newInquiryValues, parsePauses, toInquiryRecord } from '../../../src/data/inquiries';
import { promoteInquiryToFaq } from '../../../src/domain/knowledge';
import { InquiriesList, FaqList } from '../../../src/schema';

const identity = (html: string): string => html;
const strip = (html: string): string => html.replace(/<script[\s\S]*?<\/script>/g, '');

function item(values: Partial<ISchemaItem['values']> = {}): ISchemaItem {
  return {
    id: 42,
    title: 'プリンタが使えない',
    etag: '"3"',
    created: '2026-11-25T01:00:00Z',
    modified: '2026-11-25T02:00:00Z',
    values: {
      body: '<p>本文</p>',
      system: { id: 1, title: '住民記録システム' },
      service: { id: 5, title: '操作問い合わせ' },
      category: '障害・不具合',
      status: '割当済',
      requester: { id: 11, title: '鈴木 一郎', email: 'suzuki@example' },
      assignee: { id: 21, title: '田中 翔' },
      vendorKey: 'midori-systems',
      receivedAt: '2026-11-25T01:00:00Z',
      firstResponseDue: '2026-11-25T03:00:00Z',
      pauses: '[{"from":"2026-11-25T01:30:00.000Z","to":"2026-11-25T01:45:00.000Z"}]',
      ...values
    }
  };
}

describe('toInquiryRecord (list item → domain inquiry)', () => {
  test('maps choice labels to codes, people and lookups to references, instants to toISOString()', () => {
    const r = toInquiryRecord(item());
    expect(r).toMatchObject({
      id: 42, etag: '"3"', subject: 'プリンタが使えない', category: 'fault', status: 'assigned',
      requester: { id: 11, title: '鈴木 一郎', email: 'suzuki@example' }, assignee: { id: 21, title: '田中 翔' },
      systemId: 1, serviceId: 5, vendorKey: 'midori-systems',
      receivedAt: '2026-11-25T01:00:00.000Z', firstResponseDue: '2026-11-25T03:00:00.000Z',
      pauses: [{ from: '2026-11-25T01:30:00.000Z', to: '2026-11-25T01:45:00.000Z' }]
    });
    expect(r.firstRespondedAt).toBeUndefined();
    expect('resolvedAt' in r).toBe(false);
  });

  test('an unknown status, a missing requester or an unreadable pause list is an invalid DataError, not a guess', () => {
    for (const bad of [{ status: '保留' }, { requester: undefined }, { pauses: '{"from":1}' }, { category: 'x' }]) {
      expect(() => toInquiryRecord(item(bad))).toThrow(DataError);
      try {
        toInquiryRecord(item(bad));
      } catch (e) {
        expect((e as DataError).kind).toBe('invalid');
      }
    }
  });

  test('an empty pause column is no pause; the receipt falls back to Created', () => {
    expect(parsePauses(undefined)).toEqual([]);
    expect(toInquiryRecord(item({ pauses: undefined, receivedAt: undefined })).receivedAt).toBe('2026-11-25T01:00:00.000Z');
  });
});

describe('newInquiryValues (the notifier contract)', () => {
  test('status 受付, the requester, receipt and due; the body goes through the sanitizer; payload uses <Name>Id', () => {
    const { title, values } = newInquiryValues(
      {
        subject: '  件名  ', body: '<p>x</p><script>1</script>', category: 'howTo', systemId: 1, serviceId: 5, requesterId: 11,
        receivedAt: new Date('2026-11-25T01:00:00.000Z'), firstResponseDue: new Date('2026-11-25T03:00:00.000Z')
      },
      strip
    );
    expect(title).toBe('件名');
    expect(values).toEqual({
      body: '<p>x</p>', category: '操作方法', status: '受付', system: 1, service: 5, requester: 11,
      receivedAt: '2026-11-25T01:00:00.000Z', firstResponseDue: '2026-11-25T03:00:00.000Z'
    });
    const payload = toPayload(InquiriesList, values, title);
    expect(payload).toMatchObject({ Title: '件名', [`${InquiriesList.fields.requester.internalName}Id`]: 11, [`${InquiriesList.fields.system.internalName}Id`]: 1 });
  });
});

describe('inquiryChanges (only what the action changed)', () => {
  const before = toInquiryRecord(item());
  test('nothing changed writes nothing', () => {
    expect(inquiryChanges(before, { ...before }, {}, identity)).toEqual({});
  });
  test('status, clock fields, pauses and texts; a cleared assignee is null', () => {
    const after = { ...before, status: 'waiting' as const, assignee: undefined, pauses: before.pauses.concat([{ from: '2026-11-25T02:00:00.000Z' }]), firstRespondedAt: '2026-11-25T01:50:00.000Z' };
    expect(inquiryChanges(before, after, { firstResponse: '<p>a</p><script>x</script>' }, strip)).toEqual({
      status: '回答待ち',
      assignee: null,
      firstRespondedAt: '2026-11-25T01:50:00.000Z',
      pauses: JSON.stringify(after.pauses),
      firstResponse: '<p>a</p>'
    });
  });
});

describe('faqDraftValues: the FAQ item of a draft the domain promoted from this inquiry', () => {
  const resolved = toInquiryRecord(item({ status: '解決' }));
  const owner = { id: 31, title: '佐藤 花子' };

  test('下書き, linked to its inquiry and system, with review dates and the search text, answer sanitized', () => {
    const draft = promoteInquiryToFaq(resolved, '<p>再起動してください</p><script>x</script>', owner, '2026-11-25', { question: ' 質問 ' });
    if (!draft.ok) throw new Error(draft.code);
    const { title, values } = faqDraftValues(resolved, draft.value, strip);
    expect(title).toBe('質問');
    expect(values).toEqual({
      answer: '<p>再起動してください</p>', category: '障害・不具合', tags: null, status: '下書き', reviewCycleDays: 180, owner: 31, sourceInquiry: 42, system: 1,
      lastReviewed: '2026-11-25', nextReview: '2027-05-24', searchText: '再起動してください', vendorKey: 'midori-systems'
    });
    expect(() => toPayload(FaqList, values, title)).not.toThrow();
  });

  test('refuses to link a draft made from another inquiry', () => {
    const draft = promoteInquiryToFaq({ ...resolved, id: 7 }, '<p>a</p>', owner, '2026-11-25');
    if (!draft.ok) throw new Error(draft.code);
    expect(() => faqDraftValues(resolved, draft.value, strip)).toThrow(DataError);
  });
});
