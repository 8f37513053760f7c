import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  courseKnowledgeGraphQuery,
  knowledgeEdgeAddMutation,
  knowledgeEdgeRemoveMutation,
  knowledgeGraphLayoutSaveMutation,
  knowledgePointAddMutation,
  knowledgePointRemoveMutation,
  knowledgePointResourcesQuery,
  knowledgePointUpdateMutation,
  type CourseKnowledgeGraphQuery,
} from '@zyk/shared';
import { useApiMutation } from '@/hooks/use-api-mutation';
import { useLanguage } from '@/hooks/use-language';
import { graphqlRequest } from '@/lib/graphql-client';

export type CourseKnowledgeGraphData = NonNullable<CourseKnowledgeGraphQuery['course']>;
export type KnowledgeGraphData = CourseKnowledgeGraphData['graph'];
export type KnowledgeGraphNodeData = KnowledgeGraphData['nodes'][number];
export type KnowledgeGraphEdgeData = KnowledgeGraphData['edges'][number];
export type CourseCoverageData = NonNullable<CourseKnowledgeGraphData['coverage']>;

const graphKey = (id: string) => ['course-knowledge-graph', id];

/** The course's knowledge graph (and the coverage report when the viewer is on the team). */
export function useCourseKnowledgeGraph(id: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: [...graphKey(id), language],
    queryFn: ({ signal }) => graphqlRequest(courseKnowledgeGraphQuery, { id }, { language, signal }),
  });
}

/** The resources of one point the viewer may open; only asked for once a point is picked. */
export function useKnowledgePointResources(id: string | null) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['knowledge-point-resources', id, language],
    queryFn: ({ signal }) => graphqlRequest(knowledgePointResourcesQuery, { id: id ?? '' }, { language, signal }),
    enabled: id !== null,
  });
}

/** Refetch the graph (study order and steps change with every edge) after a change. */
function useRefreshGraph(courseId: string) {
  const client = useQueryClient();
  return { onSuccess: () => void client.invalidateQueries({ queryKey: graphKey(courseId) }) };
}

/** Link two points (prerequisite or contains); refused with a translated reason, e.g. a cycle. */
export function useKnowledgeEdgeAdd(courseId: string) {
  return useApiMutation(knowledgeEdgeAddMutation, (result) => result.knowledgeEdgeAdd, useRefreshGraph(courseId));
}

/** Remove an edge. */
export function useKnowledgeEdgeRemove(courseId: string) {
  return useApiMutation(knowledgeEdgeRemoveMutation, (result) => result.knowledgeEdgeRemove, useRefreshGraph(courseId));
}

/** Add a knowledge or skill point (graph editor); refused with the server's reason, e.g. a repeated name. */
export function useKnowledgePointAdd(courseId: string) {
  return useApiMutation(knowledgePointAddMutation, (result) => result.knowledgePointAdd, useRefreshGraph(courseId));
}

/** Change a point's kind, name, description and job positions. */
export function useKnowledgePointUpdate(courseId: string) {
  return useApiMutation(knowledgePointUpdateMutation, (result) => result.knowledgePointUpdate, useRefreshGraph(courseId));
}

/** Remove a point; its links (and resource tags) go with it. */
export function useKnowledgePointRemove(courseId: string) {
  const client = useQueryClient();
  return useApiMutation(knowledgePointRemoveMutation, (result) => result.knowledgePointRemove, {
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: graphKey(courseId) });
      void client.invalidateQueries({ queryKey: ['knowledge-point-resources'] });
    },
  });
}

/**
 * Save where points sit. The graph is not refetched (the chart already shows the new places); the
 * cached nodes take the stored positions, so the next render and the next visit agree with the server.
 */
export function useKnowledgeGraphLayoutSave(courseId: string) {
  const client = useQueryClient();
  return useApiMutation(knowledgeGraphLayoutSaveMutation, (result) => result.knowledgeGraphLayoutSave, {
    onSuccess: (payload) => {
      const stored = new Map(payload.positions.map((p) => [p.pointId, p]));
      client.setQueriesData<CourseKnowledgeGraphQuery>({ queryKey: graphKey(courseId) }, (data) => {
        if (!data?.course) return data;
        const nodes = data.course.graph.nodes.map((node) => {
          const position = stored.get(node.id);
          return position ? { ...node, x: position.x, y: position.y } : node;
        });
        return { ...data, course: { ...data.course, graph: { ...data.course.graph, nodes } } };
      });
    },
  });
}
