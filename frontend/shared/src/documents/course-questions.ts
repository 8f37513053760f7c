import { graphql } from '../gql';

/** A posted question as the course team and its asker see it (the asker by name only). */
export const courseQuestionFieldsFragment = graphql(`
  fragment CourseQuestionFields on CourseQuestion {
    id
    text
    status
    createdAt
    askedBy
    answer
    answeredBy
    answeredAt
    faqEntryId
    dismissReason
    dismissNote
    dismissedAt
  }
`);

/** 待回答的提问: the course's open questions for the course team (null for everyone else). Personal: POST. */
export const courseOpenQuestionsQuery = graphql(`
  query CourseOpenQuestions($id: ID!, $limit: Int!, $offset: Int!) {
    course(id: $id) {
      id
      openQuestions(limit: $limit, offset: $offset) {
        total
        questions {
          ...CourseQuestionFields
        }
      }
    }
  }
`);

/** 我的提问: the viewer's own questions to the course with status and answers. Personal: POST. */
export const courseMyQuestionsQuery = graphql(`
  query CourseMyQuestions($id: ID!, $limit: Int!, $offset: Int!) {
    course(id: $id) {
      id
      myQuestions(limit: $limit, offset: $offset) {
        total
        questions {
          ...CourseQuestionFields
        }
      }
    }
  }
`);

/** The course team answers a posted question, optionally into the FAQ with knowledge points. */
export const courseQuestionAnswerMutation = graphql(`
  mutation CourseQuestionAnswer($questionId: ID!, $answer: String!, $addToFaq: Boolean, $pointIds: [ID!]) {
    courseQuestionAnswer(questionId: $questionId, answer: $answer, addToFaq: $addToFaq, pointIds: $pointIds) {
      ok
      errors {
        code
        message
        field
      }
      question {
        ...CourseQuestionFields
      }
      faqEntry {
        id
        question
      }
    }
  }
`);

/** The course team dismisses a posted question with a reason. */
export const courseQuestionDismissMutation = graphql(`
  mutation CourseQuestionDismiss($questionId: ID!, $reason: CourseQuestionDismissReason!, $note: String) {
    courseQuestionDismiss(questionId: $questionId, reason: $reason, note: $note) {
      ok
      errors {
        code
        message
        field
      }
      question {
        ...CourseQuestionFields
      }
    }
  }
`);
