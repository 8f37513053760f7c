import { createContext, useContext } from 'react';
import type { AffectedItemData } from '../api/course-structure';
import type { AssemblyDraft } from '../components/assembly-editor';
import type { StructureModule } from '../utils/structure';
import type { StructureActions } from './use-structure-actions';

/** What is being dragged in the tree (HTML5 drag and drop does not tell drop targets before the drop). */
export interface Dragged {
  kind: 'item' | 'unit' | 'module';
  id: string;
}

/** Shared by every node of the structure tree. */
export interface BuilderContextValue {
  courseId: string;
  /** A published version is shown: nothing can be changed. */
  readOnly: boolean;
  modules: readonly StructureModule[];
  /** Affected items by item id (their withdrawn resources' titles). */
  affected: ReadonlyMap<string, AffectedItemData>;
  /** The unit the affected-items panel pointed at. */
  highlightUnitId: string | null;
  dragged: Dragged | null;
  setDragged: (dragged: Dragged | null) => void;
  openLibrary: (unitId: string | null) => void;
  openTransfer: (module: StructureModule) => void;
  /** Opens the assembly editor (积件) on a new or existing assembly. */
  editAssembly: (draft: AssemblyDraft) => void;
  /** The tree's changes (one set of mutations for the whole page). */
  actions: StructureActions;
}

export const BuilderContext = createContext<BuilderContextValue | null>(null);

export function useBuilder(): BuilderContextValue {
  const value = useContext(BuilderContext);
  if (!value) throw new Error('useBuilder needs a BuilderContext');
  return value;
}
