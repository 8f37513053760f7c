import { graphql } from '../gql';

/** The public course page (课程门户). `course` is null when it does not exist or is unpublished. */
export const coursePageQuery = graphql(`
  query CoursePage($id: ID!) {
    course(id: $id) {
      id
      slug
      name
      kind
      summary
      intro
      hours
      credits
      semester
      major {
        id
        code
        name
      }
      teachers {
        id
        name
        title
        organisation
        role
        bio
      }
      outline {
        id
        title
        summary
        hours
      }
      skillPoints {
        id
        name
        description
        jobPositions {
          id
          name
          description
        }
      }
      prerequisites {
        id
        name
        kind
      }
    }
  }
`);

/** The knowledge graph of one course (M7, C2): points in study order, edges, and the team's coverage report. */
export const courseKnowledgeGraphQuery = graphql(`
  query CourseKnowledgeGraph($id: ID!) {
    course(id: $id) {
      id
      graph {
        canEdit
        nodes {
          id
          studyOrder
          step
          resourceTotal
          resourceCounts {
            type
            count
          }
          point {
            id
            name
            kind
            description
          }
        }
        edges {
          id
          sourceId
          targetId
          kind
        }
      }
      coverage {
        pointsWithGaps
        points {
          resources
          videosAndAnimations
          questions
          gaps
          point {
            id
            name
            kind
          }
        }
      }
    }
  }
`);

/** The resources tagged with one knowledge or skill point that the viewer may open. */
export const knowledgePointResourcesQuery = graphql(`
  query KnowledgePointResources($id: ID!) {
    knowledgePoint(id: $id) {
      id
      name
      kind
      description
      resources(limit: 50) {
        id
        title
        type
      }
    }
  }
`);

export const knowledgeEdgeAddMutation = graphql(`
  mutation KnowledgeEdgeAdd($sourceId: ID!, $targetId: ID!, $kind: KnowledgeEdgeKind!) {
    knowledgeEdgeAdd(sourceId: $sourceId, targetId: $targetId, kind: $kind) {
      ok
      errors {
        code
        message
        field
      }
      edge {
        id
        sourceId
        targetId
        kind
      }
    }
  }
`);

export const knowledgeEdgeRemoveMutation = graphql(`
  mutation KnowledgeEdgeRemove($id: ID!) {
    knowledgeEdgeRemove(id: $id) {
      ok
      errors {
        code
        message
        field
      }
      removedId
    }
  }
`);
