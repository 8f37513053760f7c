import { graphql } from '../gql';

/**
 * The course team's graph editor (M7, C2): points added, changed and removed (their edges go with them),
 * and where the team placed them (graph units; learners see the same picture).
 */
export const knowledgePointAddMutation = graphql(`
  mutation KnowledgePointAdd($courseId: ID!, $kind: KnowledgePointKind!, $name: String!, $description: String, $jobPositionIds: [ID!]) {
    knowledgePointAdd(courseId: $courseId, kind: $kind, name: $name, description: $description, jobPositionIds: $jobPositionIds) {
      ok
      errors {
        code
        message
        field
      }
      point {
        id
        name
        kind
      }
    }
  }
`);

export const knowledgePointUpdateMutation = graphql(`
  mutation KnowledgePointUpdate($id: ID!, $kind: KnowledgePointKind!, $name: String!, $description: String, $jobPositionIds: [ID!]) {
    knowledgePointUpdate(id: $id, kind: $kind, name: $name, description: $description, jobPositionIds: $jobPositionIds) {
      ok
      errors {
        code
        message
        field
      }
      point {
        id
        name
        kind
      }
    }
  }
`);

export const knowledgePointRemoveMutation = graphql(`
  mutation KnowledgePointRemove($id: ID!) {
    knowledgePointRemove(id: $id) {
      ok
      errors {
        code
        message
        field
      }
      removedId
      removedEdges
    }
  }
`);

export const knowledgeGraphLayoutSaveMutation = graphql(`
  mutation KnowledgeGraphLayoutSave($courseId: ID!, $positions: [KnowledgePointPositionInput!]!) {
    knowledgeGraphLayoutSave(courseId: $courseId, positions: $positions) {
      ok
      errors {
        code
        message
        field
      }
      positions {
        pointId
        x
        y
      }
    }
  }
`);
