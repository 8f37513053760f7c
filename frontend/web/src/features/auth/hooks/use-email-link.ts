import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CODE_PATTERN } from '@/lib/form-rules';

/** `?email=…&code=…` from the link in a registration or recovery email, when both look right. */
export function useEmailLink(): { email: string; code: string } | null {
  const [params] = useSearchParams();
  const email = params.get('email')?.trim() ?? '';
  const code = params.get('code')?.trim() ?? '';
  return useMemo(() => (email.includes('@') && CODE_PATTERN.test(code) ? { email, code } : null), [email, code]);
}
