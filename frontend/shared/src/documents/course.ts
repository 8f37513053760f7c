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
        jobPositionOptions {
          id
          name
        }
        nodes {
          id
          studyOrder
          step
          resourceTotal
          x
          y
          resourceCounts {
            type
            count
          }
          point {
            id
            name
            kind
            description
            jobPositions {
              id
              name
            }
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

/** Ask the course FAQ (knowledge Q&A, M7): a cited answer, or a decline with a suggestion and the offer to post. */
export const courseAnswerQuery = graphql(`
  query CourseAnswer($courseId: ID!, $question: String!) {
    courseAnswer(courseId: $courseId, question: $question) {
      answered
      confidence
      entry {
        id
        question
        answer
      }
      points {
        id
        name
        kind
      }
      prerequisites {
        id
        name
        kind
      }
      resources {
        pointId
        resource {
          id
          title
          type
        }
      }
      sources {
        kind
        id
        title
        reason
      }
      suggestion
      canPost
    }
  }
`);

/** Post a question the FAQ did not answer to the course Q&A. */
export const courseQuestionPostMutation = graphql(`
  mutation CourseQuestionPost($courseId: ID!, $text: String!) {
    courseQuestionPost(courseId: $courseId, text: $text) {
      ok
      errors {
        code
        message
        field
      }
      question {
        id
        text
        status
        createdAt
      }
    }
  }
`);

/** A page of the course FAQ (常见问题) in course order, with the total. */
export const courseFaqQuery = graphql(`
  query CourseFaq($id: ID!, $limit: Int!, $offset: Int!) {
    course(id: $id) {
      id
      faq(limit: $limit, offset: $offset) {
        total
        entries {
          id
          question
          answer
          points {
            id
            name
          }
        }
      }
    }
  }
`);

/**
 * The course structure learners see (M5, M6): the latest published version (the team: its working copy),
 * modules → units → items; for anonymous visitors only items open for trial (试学) carry what to open.
 */
export const courseStructureOutlineQuery = graphql(`
  query CourseStructureOutline($id: ID!) {
    course(id: $id) {
      id
      structure {
        version
        modules {
          id
          title
          depth
          parentId
          units {
            id
            title
            items {
              id
              openForTrial
              locked
              withdrawn
              title
              type
              resource {
                id
                title
                type
              }
              assembly {
                id
                title
              }
              assemblyResources {
                id
                title
                type
              }
            }
          }
        }
      }
    }
  }
`);
