import { auditEventsQuery, type AuditEventsQuery } from '@zyk/shared';
import { useAdminQuery } from '@/hooks/use-admin-query';
import { auditVariables, type AuditFilters } from '../utils/audit-filters';

export type AuditEventRow = AuditEventsQuery['auditEvents']['items'][number];

export const AUDIT_PAGE_SIZE = 20;

/** One page of the audit trail, newest first (audit administrators, two-factor verified). */
export function useAuditEvents(filters: AuditFilters, page: number, pageSize = AUDIT_PAGE_SIZE) {
  return useAdminQuery('audit-events', auditEventsQuery, {
    ...auditVariables(filters),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
}
