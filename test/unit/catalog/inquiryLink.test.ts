import { inquiryLinkFor, serviceIdFromSearch } from '../../../src/ui/inquiryLink';
import { formatTarget } from '../../../src/webparts/serviceCatalog/components/catalogView';

describe('catalog → inquiry page contract (?service=<id>)', () => {
  test('adds or replaces the service parameter, keeping other parameters and the hash', () => {
    expect(inquiryLinkFor('/sites/opsdesk/SitePages/Inquiry.aspx', 5)).toBe('/sites/opsdesk/SitePages/Inquiry.aspx?service=5');
    expect(inquiryLinkFor('/p.aspx?env=embedded#top', 5)).toBe('/p.aspx?env=embedded&service=5#top');
    expect(inquiryLinkFor('/p.aspx?service=3&x=1', 5)).toBe('/p.aspx?x=1&service=5');
  });

  test('the inquiry page reads the service back', () => {
    expect(serviceIdFromSearch('?env=embedded&service=12')).toBe(12);
    expect(serviceIdFromSearch('?service=abc')).toBeUndefined();
    expect(serviceIdFromSearch('')).toBeUndefined();
  });

  test('targets read as business hours and minutes', () => {
    expect(formatTarget(90, 'ja')).toBe('1時間30分（営業時間）');
    expect(formatTarget(undefined, 'ja')).toBe('設定なし');
    expect(formatTarget(30, 'en')).toBe('30 min (business time)');
  });
});
