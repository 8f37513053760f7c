import { useOutletContext } from 'react-router';
import type { Me } from '@/hooks/use-me';
import type { ManageSection } from '@/lib/manage-sections';

/** What the console layout hands its pages: the signed-in administrator and the sections they may use. */
export interface ManageContext {
  me: Me;
  sections: ManageSection[];
}

export function useManageContext(): ManageContext {
  return useOutletContext<ManageContext>();
}
