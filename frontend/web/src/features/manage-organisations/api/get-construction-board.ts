import { constructionBoardQuery, type ConstructionBoardQuery } from '@zyk/shared';
import { useAdminQuery } from '@/hooks/use-admin-query';

export type BoardRow = ConstructionBoardQuery['constructionBoard'][number];
export type BoardTask = BoardRow['tasks'][number];

/** Every organisation I administer with its construction tasks and totals, in tree order (O1). */
export function useConstructionBoard() {
  return useAdminQuery('construction-board', constructionBoardQuery, {});
}
