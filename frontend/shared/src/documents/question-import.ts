import { graphql } from '../gql';

/*
 * Question import (issue 7: C4, M5). The file itself is posted to /questions/courses/:id/import (multipart);
 * these read it back as a preview and import it, all or nothing.
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
      importedCount
      questionIds
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
