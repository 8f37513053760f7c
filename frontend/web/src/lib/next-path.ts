/**
 * The `next` parameter of the login flows: where to go after logging in. Only same-origin relative
 * paths are accepted ("/me", "/admin/?x=1#y"); anything that a browser could read as another origin
 * ("//evil.example", "/\\evil.example", "https://…", "javascript:…") or that carries control
 * characters falls back to the default, so a crafted link cannot send a fresh login elsewhere (S).
 */
export function safeNextPath(raw: string | null | undefined, fallback = '/'): string {
  if (!raw) return fallback;
  const value = raw.trim();
  if (!value.startsWith('/')) return fallback;
  // "//host" and "/\host" are protocol-relative to browsers; control characters and backslashes
  // are normalised away by URL parsers and can hide either.
  if (value.startsWith('//') || value.includes('\\') || [...value].some((char) => char < ' ' || char === '\u007f')) return fallback;
  try {
    const base = 'http://zyk.invalid';
    const url = new URL(value, base);
    if (url.origin !== base) return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}

/** True when `path` is `prefix` itself or below it ("/admin", "/admin/", "/admin?x", not "/administer"). */
function isUnder(path: string, prefix: string): boolean {
  return path.startsWith(prefix) && (path.length === prefix.length || '/?#'.includes(path[prefix.length]));
}

/** Paths Django serves itself (admin, downloads, auth redirects): reached by a full page load. */
const SERVER_PREFIXES = ['/admin', '/audit', '/documents', '/auth', '/graphql', '/media', '/static'];

export function isServerPath(path: string): boolean {
  return SERVER_PREFIXES.some((prefix) => isUnder(path, prefix));
}

/** Pages of the login flows themselves: never a useful place to return to. */
const AUTH_ROUTES = ['/login', '/register', '/forgot-password', '/two-factor'];

/** "/login?next=%2Fcourses%2F5" (no parameter for the home page or another login page). */
export function loginPath(next?: string | null, route = '/login'): string {
  const target = safeNextPath(next, '/');
  if (target === '/' || AUTH_ROUTES.some((r) => isUnder(target, r))) return route;
  return `${route}?${new URLSearchParams({ next: target }).toString()}`;
}
