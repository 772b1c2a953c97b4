import { desiredSecurity, issueGrants, proposalGrants, recordGrants } from '../../../notifier/src/core/security';
import type { IWantedGrant } from '../../../notifier/src/core/security';

const show = (grants: IWantedGrant[]): string[] =>
  grants.map((g) => `${'group' in g.principal ? g.principal.group : `user:${g.principal.user}`}=${g.level}`).sort();

describe('desiredSecurity: who may read and write an item, by the list\'s itemSecurity mode', () => {
  test('requesterVendorIct: requester, assignee, the assigned vendor\'s group and the ICT center, at their list levels', () => {
    const d = desiredSecurity('inquiries', { mode: 'requesterVendorIct', requesterId: 11, assigneeId: 12, vendorKey: 'midori-systems' });
    expect(d.inherit).toBe(false);
    expect(show((d as { grants: IWantedGrant[] }).grants)).toEqual(['ictCenter=edit', 'user:11=contribute', 'user:12=contribute', 'vendor:midori-systems=contribute']);
  });

  test('requesterVendorIct before routing: no vendor group at all', () => {
    const d = desiredSecurity('inquiries', { mode: 'requesterVendorIct', requesterId: 11 });
    expect(show((d as { grants: IWantedGrant[] }).grants)).toEqual(['ictCenter=edit', 'user:11=contribute']);
  });

  test.each([
    ['sharedArea', ['csp=read', 'department=contribute', 'ictCenter=contribute', 'vendor:v1=read']],
    ['dedicatedArea', ['csp=read', 'department=read', 'ictCenter=contribute', 'vendor:v1=read']],
    ['awsService', ['csp=read', 'department=read', 'ictCenter=contribute']],
    ['network', ['department=read', 'ictCenter=contribute', 'vendor:v1=read']],
    ['devices', ['department=read', 'ictCenter=contribute', 'vendor:v1=read']]
  ] as const)('roleMatrix %s: approver and ICT write, the other involved roles read (§8)', (area, expected) => {
    expect(show(issueGrants({ area, vendorKey: 'v1' }))).toEqual(expected);
  });

  test('roleMatrix without a vendor: no vendor group is granted', () => {
    expect(show(issueGrants({ area: 'network' }))).toEqual(['department=read', 'ictCenter=contribute']);
  });

  test('parentIssue: only the approver\'s group writes; the ICT center reads where it does not approve', () => {
    expect(show(proposalGrants({ area: 'sharedArea', vendorKey: 'v1' }))).toEqual(['csp=read', 'department=contribute', 'ictCenter=read', 'vendor:v1=read']);
    expect(show(proposalGrants({ area: 'network', vendorKey: 'v1' }))).toEqual(['department=read', 'ictCenter=contribute', 'vendor:v1=read']);
  });

  test('issueRecord: everyone the issue grants reads, nobody writes', () => {
    expect(show(recordGrants({ area: 'sharedArea', vendorKey: 'v1' }))).toEqual(['csp=read', 'department=read', 'ictCenter=read', 'vendor:v1=read']);
  });

  test('parentIssue / issueRecord without a parent issue: ICT center only, never open', () => {
    expect(show((desiredSecurity('proposals', { mode: 'parentIssue' }) as { grants: IWantedGrant[] }).grants)).toEqual(['ictCenter=edit']);
  });

  test('vendorScoped: owning vendor + ICT; all vendor groups read when shared; unrestricted documents inherit', () => {
    const own = desiredSecurity('knowledge', { mode: 'vendorScoped', vendorKey: 'a', library: false }, ['a', 'b']);
    expect(show((own as { grants: IWantedGrant[] }).grants)).toEqual(['ictCenter=edit', 'vendor:a=contribute']);
    const shared = desiredSecurity('knowledge', { mode: 'vendorScoped', vendorKey: 'a', sharedWithAll: true, library: false }, ['a', 'b']);
    expect(show((shared as { grants: IWantedGrant[] }).grants)).toEqual(['ictCenter=edit', 'vendor:a=contribute', 'vendor:b=read']);
    expect(desiredSecurity('documents', { mode: 'vendorScoped', vendorKey: 'a', restricted: false, library: true })).toEqual({ inherit: true });
    const restricted = desiredSecurity('documents', { mode: 'vendorScoped', vendorKey: 'a', restricted: true, library: true });
    expect(show((restricted as { grants: IWantedGrant[] }).grants)).toEqual(['ictCenter=edit', 'vendor:a=contribute']);
    const nobody = desiredSecurity('knowledge', { mode: 'vendorScoped', library: false });
    expect(show((nobody as { grants: IWantedGrant[] }).grants)).toEqual(['ictCenter=edit']);
  });

  describe('ownVendorEdits (services, FAQ): everyone reads, only the ICT center and the item\'s own vendor write', () => {
    const grantsOf = (listKey: string, vendorKey?: string): string[] =>
      show((desiredSecurity(listKey, { mode: 'ownVendorEdits', vendorKey }, ['midori-systems', 'sakura-its']) as { grants: IWantedGrant[] }).grants);

    test.each(['services', 'faq'])('%s: the item\'s vendor keeps Contribute, the other vendor is lowered to Read, the ICT center keeps Design (approval)', (listKey) => {
      expect(grantsOf(listKey, 'midori-systems')).toEqual([
        'csp=read', 'department=read', 'ictCenter=design', 'vendor:midori-systems=contribute', 'vendor:sakura-its=read'
      ]);
    });

    test('no vendor on the item: the ICT center alone writes, every vendor reads', () => {
      expect(grantsOf('services')).toEqual(['csp=read', 'department=read', 'ictCenter=design', 'vendor:midori-systems=read', 'vendor:sakura-its=read']);
    });

    test('a vendor key that names no vendor of the site grants no write (and no unknown group)', () => {
      expect(grantsOf('faq', 'nobody-inc')).toEqual(['csp=read', 'department=read', 'ictCenter=design', 'vendor:midori-systems=read', 'vendor:sakura-its=read']);
    });

    test('never inherits: an inheriting item would leave every vendor group the list\'s Contribute', () => {
      expect(desiredSecurity('services', { mode: 'ownVendorEdits', vendorKey: 'sakura-its' }, ['midori-systems', 'sakura-its']).inherit).toBe(false);
    });
  });

  test('inherit lists stay inherited', () => {
    expect(desiredSecurity('systems', { mode: 'inherit' })).toEqual({ inherit: true });
  });
});
