import type { MeFieldsFragment } from '@zyk/shared';
import { fireEvent } from '@testing-library/react';
import { vi } from 'vitest';

type Handler = (variables: Record<string, unknown>) => unknown;

class GraphqlError {
  readonly code: string;
  readonly message: string;

  constructor(code: string, message: string) {
    this.code = code;
    this.message = message;
  }
}

/** A handler's answer that is a GraphQL error (`errors[0]` with `extensions.code`), not data. */
export const graphqlError = (code: string, message: string) => new GraphqlError(code, message);

/**
 * Stubs fetch with a tiny GraphQL server: `handlers` answer by operation name with the `data` object
 * (or with `graphqlError(code, message)`).
 * Returns the calls (operation, method, variables) for assertions.
 */
export function mockGraphql(handlers: Record<string, Handler>) {
  const calls: { operation: string; method: string; variables: Record<string, unknown> }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    let query = '';
    let variables: Record<string, unknown> = {};
    if (method === 'POST' && typeof init?.body === 'string') {
      ({ query, variables = {} } = JSON.parse(init.body) as { query: string; variables?: Record<string, unknown> });
    } else {
      const url = new URL(String(input), 'http://zyk.test');
      query = url.searchParams.get('query') ?? '';
      variables = JSON.parse(url.searchParams.get('variables') ?? '{}') as Record<string, unknown>;
    }
    const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
    calls.push({ operation, method, variables });
    const handler = handlers[operation];
    const answer = handler ? handler(variables) : graphqlError('INTERNAL', `no mock for ${operation}`);
    const body = answer instanceof GraphqlError ? { data: null, errors: [{ message: answer.message, extensions: { code: answer.code } }] } : { data: answer };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

/** A signed-in person for component tests. */
export function fakeMe(overrides: Partial<MeFieldsFragment> = {}): MeFieldsFragment {
  return {
    id: '7',
    username: 'teacher',
    displayName: '张海涛',
    realName: '张海涛',
    title: '高级工程师',
    phoneMasked: '139****1234',
    phoneVerified: true,
    email: '',
    emailVerified: false,
    avatarUrl: null,
    realNameStatus: 'UNVERIFIED',
    realNameVerified: false,
    studentOrStaffNumber: '',
    department: '',
    className: '',
    platformRole: null,
    platformRoleLabel: null,
    roles: [{ role: 'TEACHER', label: '教师', organisation: { id: '1', name: '华东机电职业技术学院' } }],
    isAdministrator: false,
    twoFactor: { required: false, enrolled: false, verified: false },
    wechatLinked: false,
    ...overrides,
  };
}

export const ok = <T extends object>(extra: T = {} as T) => ({ ok: true, errors: [], ...extra });
export const refused = (code: string, message: string, field: string | null = null) => ({
  ok: false,
  errors: [{ code, message, field }],
});

/** Types a whole value at once (antd forms re-render per keystroke, which is slow in jsdom). */
export function fill(element: HTMLElement, value: string) {
  fireEvent.change(element, { target: { value } });
}
