/**
 * The password policy of the server (cms/accounts/password_validation.py), checked as the user types
 * so that the hint can tick rules off. The server stays the judge: it also refuses common and
 * all-digit passwords, and its translated message is shown when it does.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MIN_CLASSES = 3;

export interface PasswordCheck {
  longEnough: boolean;
  /** How many of lowercase, uppercase, digits and symbols occur (anything not an ASCII letter or digit is a symbol). */
  classes: number;
  enoughClasses: boolean;
  notAccountName: boolean;
  ok: boolean;
}

export function characterClasses(password: string): number {
  const classes = new Set<string>();
  for (const char of password) {
    if (char >= 'a' && char <= 'z') classes.add('lower');
    else if (char >= 'A' && char <= 'Z') classes.add('upper');
    else if (char >= '0' && char <= '9') classes.add('digit');
    else classes.add('symbol');
  }
  return classes.size;
}

const normalised = (value: string) => value.trim().toLowerCase();

/** The names a password may not equal: account name, phone, email and the email's local part. */
export function accountNames(...values: (string | null | undefined)[]): string[] {
  const names = new Set<string>();
  for (const raw of values) {
    const value = normalised(raw ?? '');
    if (!value) continue;
    names.add(value);
    if (value.includes('@')) names.add(value.slice(0, value.lastIndexOf('@')));
    if (/^\+?86\d{11}$/.test(value.replace(/[\s-]/g, ''))) names.add(value.replace(/[\s-]/g, '').replace(/^\+?86/, ''));
  }
  names.delete('');
  return [...names];
}

export function checkPassword(password: string, names: string[] = []): PasswordCheck {
  const classes = characterClasses(password);
  const longEnough = [...password].length >= PASSWORD_MIN_LENGTH;
  const enoughClasses = classes >= PASSWORD_MIN_CLASSES;
  const notAccountName = !password || !names.includes(normalised(password));
  return { longEnough, classes, enoughClasses, notAccountName, ok: longEnough && enoughClasses && notAccountName };
}
