import { accountNames, characterClasses, checkPassword } from './password-policy';

describe('the password policy', () => {
  it('counts lowercase, uppercase, digits and symbols (anything else counts as a symbol)', () => {
    expect(characterClasses('abc')).toBe(1);
    expect(characterClasses('abcABC')).toBe(2);
    expect(characterClasses('abcABC123')).toBe(3);
    expect(characterClasses('abcABC123!')).toBe(4);
    expect(characterClasses('密码abc123')).toBe(3);
  });

  it('accepts 8 characters from 3 classes that are not the account name', () => {
    expect(checkPassword('Abcdef12')).toMatchObject({ ok: true, longEnough: true, enoughClasses: true, notAccountName: true });
  });

  it('says which rule a password breaks', () => {
    expect(checkPassword('Ab1!')).toMatchObject({ ok: false, longEnough: false, enoughClasses: true });
    expect(checkPassword('abcdefgh12')).toMatchObject({ ok: false, longEnough: true, enoughClasses: false, classes: 2 });
    expect(checkPassword('Teacher.1', accountNames('teacher.1'))).toMatchObject({ ok: false, notAccountName: false });
  });

  it('compares with the phone number, the email and its local part, ignoring case', () => {
    const names = accountNames('+8613912345678', 'Zhang.Wei-01@School.edu.cn');
    expect(names).toEqual(expect.arrayContaining(['13912345678', 'zhang.wei-01@school.edu.cn', 'zhang.wei-01']));
    expect(checkPassword('ZHANG.WEI-01', names).notAccountName).toBe(false);
  });
});
