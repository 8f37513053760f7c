import { graphql } from '../gql';

/*
 * The course question bank (题库) and its item editor (issue 7: C4, M5): the team's list with filters and
 * recycle bin, one item as its latest draft, and the mutations that write it. Every read here is the
 * team's own and goes by POST.
 */

/** A case analysis's part as the editor needs it. */
export const questionBankPartFieldsFragment = graphql(`
  fragment QuestionBankPartFields on Question {
    id
    questionType
    stem
    content
    referenceAnswer
    explanation
    difficulty
    score
    source
    tags
    knowledgePoints {
      id
      name
    }
    module {
      id
      title
    }
  }
`);

/** One item of the bank (list row and editor). */
export const questionBankItemFieldsFragment = graphql(`
  fragment QuestionBankItemFields on Question {
    ...QuestionBankPartFields
    status
    live
    authorName
    updatedAt
    subQuestions {
      ...QuestionBankPartFields
    }
  }
`);

/** A page of a course's bank, filtered. */
export const questionBankQuery = graphql(`
  query QuestionBank(
    $courseId: ID!
    $search: String
    $questionType: QuestionType
    $difficulty: Int
    $knowledgePointId: ID
    $moduleId: ID
    $status: QuestionStatus
    $limit: Int
    $offset: Int
  ) {
    questionBank(
      courseId: $courseId
      search: $search
      questionType: $questionType
      difficulty: $difficulty
      knowledgePointId: $knowledgePointId
      moduleId: $moduleId
      status: $status
      limit: $limit
      offset: $offset
    ) {
      totalCount
      items {
        ...QuestionBankItemFields
      }
    }
  }
`);

/** The course's modules and graph points the bank filters by and the editor tags with. */
export const questionBankCourseQuery = graphql(`
  query QuestionBankCourse($id: ID!) {
    course(id: $id) {
      id
      name
      outline {
        id
        title
      }
      graph {
        nodes {
          id
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

/** One item as its latest draft, for the editor. */
export const questionBankItemQuery = graphql(`
  query QuestionBankItem($id: ID!) {
    question(id: $id) {
      ...QuestionBankItemFields
      course {
        id
      }
    }
  }
`);

export const questionCreateMutation = graphql(`
  mutation QuestionCreate($courseId: ID!, $input: QuestionInput!) {
    questionCreate(courseId: $courseId, input: $input) {
      ok
      errors {
        code
        message
        field
      }
      question {
        ...QuestionBankItemFields
      }
    }
  }
`);

export const questionUpdateMutation = graphql(`
  mutation QuestionUpdate($id: ID!, $input: QuestionInput!) {
    questionUpdate(id: $id, input: $input) {
      ok
      errors {
        code
        message
        field
      }
      question {
        ...QuestionBankItemFields
      }
    }
  }
`);

export const questionDeleteMutation = graphql(`
  mutation QuestionDelete($id: ID!) {
    questionDelete(id: $id) {
      ok
      errors {
        code
        message
        field
      }
      question {
        id
        status
      }
    }
  }
`);

export const questionRestoreMutation = graphql(`
  mutation QuestionRestore($id: ID!) {
    questionRestore(id: $id) {
      ok
      errors {
        code
        message
        field
      }
      question {
        id
        status
      }
    }
  }
`);

/** Send the item's latest draft to review (the review workflow, as for resources). */
export const questionSubmitMutation = graphql(`
  mutation QuestionSubmit($id: ID!) {
    questionSubmit(id: $id) {
      ok
      errors {
        code
        message
        field
      }
      question {
        id
        status
      }
    }
  }
`);
