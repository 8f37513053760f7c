import { graphql } from '../gql';

/** A self-test as learners pick it: size, total and the viewer's own attempts (issue 7: L5). */
export const selfTestSummaryFragment = graphql(`
  fragment SelfTestSummary on Paper {
    id
    title
    kind
    open
    totalScore
    itemCount
    maxAttempts
    module {
      id
      title
    }
    myAttemptCount
    myBestScore
    myOpenAttemptId
  }
`);

/** A paper as its course team edits it: settings, fixed items (with their bank item) or rules. */
export const paperEditFieldsFragment = graphql(`
  fragment PaperEditFields on Paper {
    id
    title
    kind
    open
    shuffleItems
    shuffleOptions
    maxAttempts
    totalScore
    itemCount
    module {
      id
      title
    }
    items {
      id
      score
      question {
        id
        questionType
        stem
        score
        difficulty
      }
    }
    rules {
      id
      questionType
      count
      difficulty
      scoreEach
      module {
        id
        title
      }
      knowledgePoint {
        id
        name
      }
    }
  }
`);

/** 自测 on the course page: the open self-tests with the viewer's attempts and best score. Personal: POST. */
export const courseSelfTestsQuery = graphql(`
  query CourseSelfTests($courseId: ID!, $moduleId: ID) {
    selfTests(courseId: $courseId, moduleId: $moduleId) {
      ...SelfTestSummary
    }
  }
`);

/** The paper editor's page: the course (modules, points) and all its papers (course team). */
export const coursePapersQuery = graphql(`
  query CoursePapers($courseId: ID!) {
    course(id: $courseId) {
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
          }
        }
      }
    }
    coursePapers(courseId: $courseId) {
      ...PaperEditFields
    }
  }
`);

/** Published items of the bank to pick for a fixed paper. */
export const paperBankPickerQuery = graphql(`
  query PaperBankPicker($courseId: ID!, $search: String, $questionType: QuestionType, $moduleId: ID, $offset: Int) {
    questionBank(courseId: $courseId, search: $search, questionType: $questionType, moduleId: $moduleId, liveOnly: true, limit: 10, offset: $offset) {
      totalCount
      items {
        id
        questionType
        stem
        score
        difficulty
      }
    }
  }
`);

/** The live check of random-paper rules against the published bank. */
export const paperRulesCheckQuery = graphql(`
  query PaperRulesCheck($courseId: ID!, $rules: [PaperRuleInput!]!) {
    paperRulesCheck(courseId: $courseId, rules: $rules) {
      ok
      message
      field
      totalScore
    }
  }
`);

export const paperCreateMutation = graphql(`
  mutation PaperCreate($courseId: ID!, $input: PaperInput!) {
    paperCreate(courseId: $courseId, input: $input) {
      ok
      errors {
        code
        message
        field
      }
      paper {
        ...PaperEditFields
      }
    }
  }
`);

export const paperUpdateMutation = graphql(`
  mutation PaperUpdate($id: ID!, $input: PaperInput!) {
    paperUpdate(id: $id, input: $input) {
      ok
      errors {
        code
        message
        field
      }
      paper {
        ...PaperEditFields
      }
    }
  }
`);

export const paperDeleteMutation = graphql(`
  mutation PaperDelete($id: ID!) {
    paperDelete(id: $id) {
      ok
      errors {
        code
        message
        field
      }
      deletedId
    }
  }
`);

/** The self-test page: the paper, the viewer's history (newest first). Personal: POST. */
export const selfTestPageQuery = graphql(`
  query SelfTestPage($paperId: ID!) {
    paper(id: $paperId) {
      ...SelfTestSummary
      course {
        id
        name
      }
    }
    attemptHistory(paperId: $paperId) {
      id
      number
      state
      score
      maxScore
      startedAt
      submittedAt
    }
  }
`);

export const attemptItemFieldsFragment = graphql(`
  fragment AttemptItemFields on AttemptItem {
    id
    questionType
    stem
    score
    content
    response
    result {
      points
      maxPoints
      correct
      needsGrading
      answerKey
      referenceAnswer
      explanation
    }
  }
`);

/** One of the viewer's attempts with its items (keys and explanations only once submitted). */
export const attemptQuery = graphql(`
  query Attempt($id: ID!) {
    attempt(id: $id) {
      id
      number
      state
      score
      maxScore
      startedAt
      submittedAt
      items {
        ...AttemptItemFields
        subQuestions {
          ...AttemptItemFields
        }
      }
    }
  }
`);

export const attemptStartMutation = graphql(`
  mutation AttemptStart($paperId: ID!) {
    attemptStart(paperId: $paperId) {
      ok
      errors {
        code
        message
        field
      }
      attempt {
        id
      }
    }
  }
`);

export const answerSaveMutation = graphql(`
  mutation AnswerSave($attemptId: ID!, $questionId: ID!, $response: GenericScalar) {
    answerSave(attemptId: $attemptId, questionId: $questionId, response: $response) {
      ok
      errors {
        code
        message
        field
      }
      savedAt
    }
  }
`);

export const attemptSubmitMutation = graphql(`
  mutation AttemptSubmit($attemptId: ID!) {
    attemptSubmit(attemptId: $attemptId) {
      ok
      errors {
        code
        message
        field
      }
      bestScore
      attempt {
        id
        state
        score
      }
    }
  }
`);
