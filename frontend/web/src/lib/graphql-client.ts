import type { TypedDocumentString } from '@zyk/shared';
import i18n, { apiLanguage } from '@/lib/i18n';

export const GRAPHQL_ENDPOINT = '/graphql/';

/** Error codes the API puts in `extensions.code`, plus the two the client adds itself. */
export type ApiErrorCode =
  | 'NOT_FOUND'
  | 'INVALID_INPUT'
  | 'PERMISSION_DENIED'
  | 'QUERY_TOO_COMPLEX'
  | 'INTERNAL'
  | 'NETWORK'
  | 'HTTP';

/**
 * A failed request. For GraphQL errors `message` is the server's message, already translated by
 * the Accept-Language we sent; for network/HTTP failures it is our own translated text.
 */
export class ApiError extends Error {
  readonly code: ApiErrorCode | string;
  readonly status?: number;

  constructor(message: string, code: ApiErrorCode | string, status?: number) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Django's CSRF token from its cookie. The server demands it on POSTs that a session cookie
 * authenticates (a teacher or editor who also uses the admin); anonymous reads need none.
 */
export function csrfToken(cookie: string = typeof document === 'undefined' ? '' : document.cookie): string {
  const match = /(?:^|;\s*)csrftoken=([^;]+)/.exec(cookie);
  return match ? decodeURIComponent(match[1]) : '';
}

/** Mutations change state and go by POST; everything else is a read. */
export function isMutation(documentText: string): boolean {
  return /^\s*mutation\b/m.test(documentText);
}

export interface RequestOptions {
  language: string;
  signal?: AbortSignal;
  /**
   * 'POST' for personal reads (me, mySessions, myLoginHistory): they must never end up in a URL, a
   * server log or a shared cache. Mutations always go by POST.
   */
  method?: 'GET' | 'POST';
}

/**
 * Sends one operation to the API in the given UI language and returns its `data`. Public reads go by
 * GET so that the nginx edge and CDNs can cache them (requirement Q); mutations and personal reads by
 * POST with Django's CSRF token (S).
 */
export async function graphqlRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { language, signal, method = 'GET' }: RequestOptions,
): Promise<TResult> {
  let response: Response;
  try {
    const query = document.toString();
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': apiLanguage(language) };
    if (method === 'POST' || isMutation(query)) {
      response = await fetch(GRAPHQL_ENDPOINT, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json', 'X-CSRFToken': csrfToken() },
        body: JSON.stringify({ query, variables }),
        credentials: 'same-origin',
        signal,
      });
    } else {
      const params = new URLSearchParams({ query, variables: JSON.stringify(variables ?? {}) });
      response = await fetch(`${GRAPHQL_ENDPOINT}?${params.toString()}`, {
        method: 'GET',
        headers,
        credentials: 'same-origin',
        signal,
      });
    }
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(i18n.t('errors.network', { lng: language }), 'NETWORK');
  }

  let body: GraphQLResponse<TResult> | undefined;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    body = undefined;
  }

  const firstError = body?.errors?.[0];
  if (firstError) {
    throw new ApiError(firstError.message, firstError.extensions?.code ?? 'INTERNAL', response.status);
  }
  if (!response.ok || !body || body.data == null) {
    throw new ApiError(i18n.t('errors.http', { lng: language, status: response.status }), 'HTTP', response.status);
  }
  return body.data;
}
