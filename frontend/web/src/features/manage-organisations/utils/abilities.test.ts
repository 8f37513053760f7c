import { organisationAbilities } from './abilities';

const tree = [
  { id: '1', parentId: null, role: 'HOST' },
  { id: '2', parentId: '1', role: 'PARTICIPATING' },
  { id: '3', parentId: '2', role: 'PARTICIPATING' },
  { id: '9', parentId: null, role: 'HOST' },
];
const admin = (id: string) => ({ platformRole: null, roles: [{ role: 'ORGANISATION_ADMIN', organisation: { id, name: id } }] });

describe('organisationAbilities', () => {
  it('lets a host administrator invite and assign throughout the subtree', () => {
    const abilities = organisationAbilities(admin('1'), tree);
    expect(abilities.get('3')).toEqual({ create: true, invite: true, assign: true, report: true });
    expect(abilities.get('9')).toEqual({ create: false, invite: false, assign: false, report: false });
  });

  it('lets a participating administrator report and create, not invite or assign', () => {
    expect(organisationAbilities(admin('2'), tree).get('2')).toEqual({ create: true, invite: false, assign: false, report: true });
  });

  it('lets the system administrator create organisations only', () => {
    expect(organisationAbilities({ platformRole: 'SYSTEM_ADMIN', roles: [] }, tree).get('1')).toEqual({
      create: true,
      invite: false,
      assign: false,
      report: false,
    });
  });
});
