/** The audit search's filters, as the form holds them; empty strings mean "any". */
export interface AuditFilters {
  actor: string;
  action: string;
  result: string;
  objectType: string;
  ip: string;
  /** ISO 8601 date-times with offset, e.g. 2025-03-01T00:00:00+08:00. */
  since: string;
  until: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilters = {
  actor: '',
  action: '',
  result: '',
  objectType: '',
  ip: '',
  since: '',
  until: '',
};

export const AUDIT_RESULTS = ['success', 'failure', 'denied'] as const;

/** The GraphQL variables of the filters: only those set. */
export function auditVariables(filters: AuditFilters) {
  const value = (text: string) => text.trim() || null;
  return {
    actor: value(filters.actor),
    action: value(filters.action),
    result: value(filters.result),
    objectType: value(filters.objectType),
    ip: value(filters.ip),
    since: value(filters.since),
    until: value(filters.until),
  };
}

export const AUDIT_EXPORT_PATH = '/audit/export.csv';

/** The CSV export of exactly what the search shows (the server's parameter names are snake_case). */
export function auditExportUrl(filters: AuditFilters): string {
  const params = new URLSearchParams();
  const add = (name: string, text: string) => {
    if (text.trim()) params.set(name, text.trim());
  };
  add('actor', filters.actor);
  add('action', filters.action);
  add('result', filters.result);
  add('object_type', filters.objectType);
  add('ip', filters.ip);
  add('since', filters.since);
  add('until', filters.until);
  const query = params.toString();
  return query ? `${AUDIT_EXPORT_PATH}?${query}` : AUDIT_EXPORT_PATH;
}
