import { graphql } from '../gql';

/*
 * Question import (issue 7: C4, M5). The file itself is posted to /questions/courses/:id/import (multipart);
 * these read it back as a preview and import it, all or nothing (on the worker; the page polls questionImport).
 */

export const questionImportPreviewMutation = graphql(`
  mutation QuestionImportPreview($importId: ID!, $format: QuestionImportFormat) {
    questionImportPreview(importId: $importId, format: $format) {
      ok
      errors {
        code
        message
        field
      }
      preview {
        importId
        filename
        format
        status
        canImport
        items {
          location
          questionType
          stem
          options {
            key
            html
            side
          }
          answer
          explanation
          score
          difficulty
          knowledgePoints {
            name
            found
          }
          tags
          subQuestionCount
          warnings
        }
        errors {
          location
          message
        }
        warnings {
          location
          message
        }
      }
    }
  }
`);

export const questionImportConfirmMutation = graphql(`
  mutation QuestionImportConfirm($importId: ID!) {
    questionImportConfirm(importId: $importId) {
      ok
      errors {
        code
        message
        field
      }
      questionImport {
        ...QuestionImportState
      }
    }
  }
`);

/** What the import page needs to follow a confirmed import until the worker is done. */
export const questionImportStateFragment = graphql(`
  fragment QuestionImportState on QuestionImportRecord {
    id
    status
    itemCount
    progress
    questionIds
    errors {
      location
      message
    }
  }
`);

/** One import, polled while IMPORTING (issue 7: the worker imports; the page waits for IMPORTED or FAILED). */
export const questionImportQuery = graphql(`
  query QuestionImport($id: ID!) {
    questionImport(id: $id) {
      ...QuestionImportState
    }
  }
`);

/** The course's name and bank size; refused (NOT_FOUND) unless the signed-in person edits the course. */
export const questionImportCourseQuery = graphql(`
  query QuestionImportCourse($courseId: ID!) {
    course(id: $courseId) {
      id
      name
    }
    questionBank(courseId: $courseId, limit: 1) {
      totalCount
    }
  }
`);

/** The course's import log, newest first. */
export const questionImportsQuery = graphql(`
  query QuestionImports($courseId: ID!) {
    questionImports(courseId: $courseId, limit: 10) {
      id
      filename
      format
      status
      itemCount
      errorCount
      userName
      createdAt
      importedAt
    }
  }
`);
