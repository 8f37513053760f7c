import { graphql } from '../gql';

/*
 * The coverage matrix of a course's question bank (issue 7: C4 "covers all content") and the knowledge
 * point's side of item tagging (issue 6: M7). The team's own reads.
 */

/** Every point of the course × item count by type and difficulty. */
export const questionCoverageQuery = graphql(`
  query QuestionCoverage($courseId: ID!, $includeDrafts: Boolean) {
    course(id: $courseId) {
      id
      name
    }
    questionCoverage(courseId: $courseId, includeDrafts: $includeDrafts) {
      uncovered
      untagged
      points {
        total
        point {
          id
          name
          kind
        }
        cells {
          questionType
          difficulty
          count
        }
      }
    }
  }
`);

/** The bank items testing one point (the team sees drafts; others get an empty list). */
export const knowledgePointQuestionsQuery = graphql(`
  query KnowledgePointQuestions($id: ID!) {
    knowledgePoint(id: $id) {
      id
      name
      questions(limit: 100) {
        id
        questionType
        stem
        status
        difficulty
      }
    }
  }
`);

export const knowledgePointQuestionsAttachMutation = graphql(`
  mutation KnowledgePointQuestionsAttach($pointId: ID!, $questionIds: [ID!]!) {
    knowledgePointQuestionsAttach(pointId: $pointId, questionIds: $questionIds) {
      ok
      changed
      errors {
        code
        field
        message
      }
    }
  }
`);

export const knowledgePointQuestionsDetachMutation = graphql(`
  mutation KnowledgePointQuestionsDetach($pointId: ID!, $questionIds: [ID!]!) {
    knowledgePointQuestionsDetach(pointId: $pointId, questionIds: $questionIds) {
      ok
      changed
      errors {
        code
        field
        message
      }
    }
  }
`);

export const knowledgePointAttachMutation = graphql(`
  mutation KnowledgePointAttach($pointId: ID!, $resourceIds: [ID!]!) {
    knowledgePointAttach(pointId: $pointId, resourceIds: $resourceIds) {
      ok
      changed
      errors {
        code
        field
        message
      }
    }
  }
`);

export const knowledgePointDetachMutation = graphql(`
  mutation KnowledgePointDetach($pointId: ID!, $resourceIds: [ID!]!) {
    knowledgePointDetach(pointId: $pointId, resourceIds: $resourceIds) {
      ok
      changed
      errors {
        code
        field
        message
      }
    }
  }
`);
