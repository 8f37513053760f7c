import { administeredRoots, manageSections } from './manage-sections';

const roles = (...codes: string[]) => codes.map((role) => ({ role, organisation: { id: '1', name: '示范职业技术学院' } }));

describe('manageSections', () => {
  it('follows the separated duties', () => {
    expect(manageSections({ platformRole: 'AUDIT_ADMIN', roles: [] })).toEqual(['audit']);
    expect(manageSections({ platformRole: 'SECURITY_ADMIN', roles: [] })).toEqual(['roles']);
    expect(manageSections({ platformRole: 'SYSTEM_ADMIN', roles: [] })).toEqual(['organisations', 'users']);
    expect(manageSections({ platformRole: null, roles: roles('ORGANISATION_ADMIN') })).toEqual(['organisations', 'rosters', 'roles']);
  });

  it('keeps user accounts to the system administrator', () => {
    const others = [
      { platformRole: 'SECURITY_ADMIN', roles: [] },
      { platformRole: 'AUDIT_ADMIN', roles: [] },
      { platformRole: null, roles: roles('ORGANISATION_ADMIN') },
    ];
    for (const me of others) expect(manageSections(me)).not.toContain('users');
  });

  it('offers nothing to everyone else', () => {
    expect(manageSections(null)).toEqual([]);
    expect(manageSections({ platformRole: null, roles: roles('TEACHER', 'EDITOR', 'REVIEWER', 'SCHOOL_STUDENT') })).toEqual([]);
  });

  it('knows which organisations one administers directly', () => {
    expect(administeredRoots({ roles: [...roles('TEACHER'), { role: 'ORGANISATION_ADMIN', organisation: { id: '4', name: '精工数控装备有限公司' } }] })).toEqual([
      { id: '4', name: '精工数控装备有限公司' },
    ]);
  });
});
