import { TypedDocumentString } from '@zyk/shared';
import { ApiError, csrfToken, graphqlRequest, isMutation } from './graphql-client';

const doc = new TypedDocumentString<{ major: { name: string } | null }, { code: string | null }>(
  'query MajorPage($code: String) { major(code: $code) { name } }',
);

function mockFetch(body: unknown, status = 200) {
  const fetchMock = vi.fn().mockResolvedValue(
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('graphqlRequest', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends a read as a cacheable GET to /graphql/ with the API language and returns data', async () => {
    const fetchMock = mockFetch({ data: { major: { name: '数控技术' } } });

    const data = await graphqlRequest(doc, { code: null }, { language: 'en' });

    expect(data).toEqual({ major: { name: '数控技术' } });
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    const sent = new URL(url, 'http://zyk.test');
    expect(sent.pathname).toBe('/graphql/');
    expect(init.method).toBe('GET');
    expect(init.body).toBeUndefined();
    expect((init.headers as Record<string, string>)['Accept-Language']).toBe('en');
    expect(sent.searchParams.get('query')).toBe(doc.toString());
    expect(JSON.parse(sent.searchParams.get('variables') ?? '')).toEqual({ code: null });
  });

  it('POSTs mutations with the CSRF token', async () => {
    const fetchMock = mockFetch({ data: { ok: true } });
    vi.stubGlobal('document', { cookie: 'csrftoken=abc' });
    const mutation = new TypedDocumentString('mutation Save { ok }') as unknown as typeof doc;

    await graphqlRequest(mutation, { code: null }, { language: 'en' });

    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/graphql/');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['X-CSRFToken']).toBe('abc');
  });

  it('POSTs a personal read when asked to, so it never appears in a URL or a shared cache', async () => {
    const fetchMock = mockFetch({ data: { major: null } });
    vi.stubGlobal('document', { cookie: 'csrftoken=xyz' });

    await graphqlRequest(doc, { code: null }, { language: 'zh-CN', method: 'POST' });

    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/graphql/');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['X-CSRFToken']).toBe('xyz');
    expect(JSON.parse(init.body as string)).toEqual({ query: doc.toString(), variables: { code: null } });
  });

  it('asks for simplified Chinese by the server language code', async () => {
    const fetchMock = mockFetch({ data: { major: null } });

    await graphqlRequest(doc, { code: '460103' }, { language: 'zh-CN' });

    const init = fetchMock.mock.calls[0][1] as RequestInit;
    expect((init.headers as Record<string, string>)['Accept-Language']).toBe('zh-hans');
  });

  it('throws the translated server message with its error code', async () => {
    mockFetch({ data: null, errors: [{ message: '输入无效', extensions: { code: 'INVALID_INPUT' } }] }, 400);

    const error = await graphqlRequest(doc, { code: 'x' }, { language: 'zh-CN' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ message: '输入无效', code: 'INVALID_INPUT', status: 400 });
  });

  it('turns an HTTP failure without GraphQL errors into a translated message', async () => {
    mockFetch('<html>Bad gateway</html>', 502);

    const error = await graphqlRequest(doc, { code: null }, { language: 'en' }).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: 'HTTP', status: 502 });
    expect((error as Error).message).toContain('HTTP 502');
  });

  it('turns a network failure into a translated message', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    const error = await graphqlRequest(doc, { code: null }, { language: 'zh-CN' }).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: 'NETWORK', message: '无法连接服务器，请检查网络后重试。' });
  });
});

describe('isMutation', () => {
  it('tells mutations from queries, fragments first or not', () => {
    expect(isMutation('mutation A { ok }')).toBe(true);
    expect(isMutation('fragment F on X { a }\nmutation A { ok }')).toBe(true);
    expect(isMutation('query Major { major { name } }')).toBe(false);
    expect(isMutation('{ major { mutationCount } }')).toBe(false);
  });
});

describe('csrfToken', () => {
  it('reads Django’s csrftoken cookie among others', () => {
    expect(csrfToken('sessionid=abc; csrftoken=Tok%2B123; theme=dark')).toBe('Tok+123');
  });

  it('is empty when there is no token cookie', () => {
    expect(csrfToken('sessionid=abc')).toBe('');
  });
});
