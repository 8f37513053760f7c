import { isServerPath, loginPath, safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps same-origin relative paths with their query and hash', () => {
    expect(safeNextPath('/me')).toBe('/me');
    expect(safeNextPath('/courses/5?tab=outline#unit-2')).toBe('/courses/5?tab=outline#unit-2');
    expect(safeNextPath('/admin/')).toBe('/admin/');
    expect(safeNextPath('  /me/security  ')).toBe('/me/security');
  });

  it.each([
    ['another origin', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example/me'],
    ['a backslash trick', '/\\evil.example'],
    ['a backslash after the slash', '/\\/evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', 'me'],
    ['a tab hidden in the host', '/\t/evil.example'],
    ['a newline inside', '/m\ne'],
    ['nothing', ''],
    ['null', null],
  ])('falls back for %s', (_what, value) => {
    expect(safeNextPath(value)).toBe('/');
    expect(safeNextPath(value, '/me')).toBe('/me');
  });

  it('normalises dot segments that try to leave the site', () => {
    expect(safeNextPath('/../../etc')).toBe('/etc');
  });
});

describe('isServerPath', () => {
  it('knows the pages Django serves itself', () => {
    expect(isServerPath('/admin/')).toBe(true);
    expect(isServerPath('/admin')).toBe(true);
    expect(isServerPath('/admin/pages/3/edit/?x=1')).toBe(true);
    expect(isServerPath('/auth/wechat/start?next=/')).toBe(true);
    expect(isServerPath('/administer')).toBe(false);
    expect(isServerPath('/me')).toBe(false);
    expect(isServerPath('/')).toBe(false);
  });
});

describe('loginPath', () => {
  it('carries where to come back to', () => {
    expect(loginPath('/courses/5')).toBe('/login?next=%2Fcourses%2F5');
    expect(loginPath('/me', '/two-factor')).toBe('/two-factor?next=%2Fme');
  });

  it('leaves out the home page, login pages and unsafe targets', () => {
    expect(loginPath('/')).toBe('/login');
    expect(loginPath('/login?next=/me')).toBe('/login');
    expect(loginPath('/register')).toBe('/login');
    expect(loginPath('//evil.example')).toBe('/login');
    expect(loginPath(null, '/register')).toBe('/register');
  });
});
