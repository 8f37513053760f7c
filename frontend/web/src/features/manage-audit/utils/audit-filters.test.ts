import { auditExportUrl, auditVariables, EMPTY_AUDIT_FILTERS } from './audit-filters';

describe('audit filters', () => {
  it('export the same filters as the search, with the server’s parameter names', () => {
    const filters = {
      ...EMPTY_AUDIT_FILTERS,
      actor: ' orgadmin ',
      result: 'denied',
      objectType: 'accounts.user',
      since: '2025-03-01T00:00:00+08:00',
    };
    const url = new URL(auditExportUrl(filters), 'http://x.invalid');
    expect(url.pathname).toBe('/audit/export.csv');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      actor: 'orgadmin',
      result: 'denied',
      object_type: 'accounts.user',
      since: '2025-03-01T00:00:00+08:00',
    });
    expect(auditVariables(filters)).toMatchObject({ actor: 'orgadmin', objectType: 'accounts.user', action: null, until: null });
  });

  it('export everything without filters', () => {
    expect(auditExportUrl(EMPTY_AUDIT_FILTERS)).toBe('/audit/export.csv');
  });
});
