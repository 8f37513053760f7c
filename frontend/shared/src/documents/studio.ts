import { graphql } from '../gql';

/*
 * The resource studio (M1, M2, M3): what teachers and editors upload and manage (我的资源), batch
 * uploads and their reports, online editing of drafts, and the reviewers' queue. Everything here is
 * personal: the web client sends these reads by POST, never by a cacheable GET.
 */

/** How far the conversion of a resource's file is (the studio's lists and editor show it). */
export const studioResourceMediaFieldsFragment = graphql(`
  fragment StudioResourceMediaFields on ResourceMedia {
    state
    progress
    errorCode
    errorMessage
    playable
    canRetry
    subtitles {
      language
      label
      url
    }
  }
`);

/** A resource as the studio lists and edits it (the draft for managers). */
export const studioResourceFieldsFragment = graphql(`
  fragment StudioResourceFields on Resource {
    id
    title
    type
    description
    url
    source
    licence
    audienceLevel
    visibility
    downloadRequiresLogin
    rightsHolder
    organisation {
      id
      name
    }
    major {
      id
      name
    }
    course {
      id
      name
    }
    module {
      id
      name
    }
    knowledgePoints {
      id
      name
      kind
    }
    keywords
    authors {
      name
      organisationName
    }
    file {
      filename
      extension
      mime
      size
      width
      height
      durationSeconds
      pages
    }
    media {
      ...StudioResourceMediaFields
    }
    previewUrl
    canEdit
    status
    hasUnpublishedChanges
    review {
      level
      submittedAt
      submittedBy
      comment
    }
    publishedAt
    updatedAt
    deletedAt
  }
`);

/** One outcome per resource of a batch tool; one refusal never hides the others. */
export const studioBatchResultFieldsFragment = graphql(`
  fragment StudioBatchResultFields on BatchOperationResult {
    id
    ok
    code
    message
  }
`);

/** A batch upload with its per-file report. */
export const studioBatchFieldsFragment = graphql(`
  fragment StudioBatchFields on ResourceBatch {
    id
    status
    createdAt
    items {
      id
      path
      status
      errorCode
      message
      recognised {
        title
        type
        majorId
        courseId
        moduleId
        knowledgePointIds
        keywords
        description
        origins
      }
      file {
        filename
        extension
        size
      }
      duplicateOf {
        id
        title
      }
      resource {
        id
        title
        status
      }
    }
  }
`);

/** 我的资源 (or its recycle bin): what the person uploaded or edits for their institutions. */
export const myResourcesQuery = graphql(`
  query MyResources($query: String, $status: MyResourceStatus, $deleted: Boolean, $limit: Int, $offset: Int) {
    myResources(query: $query, status: $status, deleted: $deleted, limit: $limit, offset: $offset) {
      total
      items {
        ...StudioResourceFields
      }
    }
  }
`);

/** The latest draft of one resource, with the text of a text resource as stored (for editing). */
export const resourceDraftQuery = graphql(`
  query ResourceDraft($id: ID!) {
    resourceDraft(id: $id) {
      ...StudioResourceFields
      body
      bodySource
    }
  }
`);

/** Every review decision on a resource, newest first. */
export const resourceReviewHistoryQuery = graphql(`
  query ResourceReviewHistory($id: ID!) {
    resourceReviewHistory(id: $id) {
      level
      approved
      cancelled
      decidedBy
      decidedAt
      comment
      revisionId
      submittedBy
    }
  }
`);

/** What waits for the signed-in reviewer's decision, oldest first. */
export const reviewQueueQuery = graphql(`
  query ReviewQueue($limit: Int, $offset: Int) {
    reviewQueue(limit: $limit, offset: $offset) {
      total
      items {
        id
        level
        startedAt
        submittedBy
        resource {
          ...StudioResourceFields
          body
        }
      }
    }
  }
`);

/** Only how many reviews wait (the header shows 审核 to reviewers with work). */
export const reviewQueueCountQuery = graphql(`
  query ReviewQueueCount {
    reviewQueue(limit: 1) {
      total
    }
  }
`);

/** Institutions, majors, courses, modules, points and the size limit for the upload and edit forms. */
export const resourceFormOptionsQuery = graphql(`
  query ResourceFormOptions {
    resourceFormOptions {
      organisations {
        id
        name
      }
      majors {
        id
        name
        code
        namingPattern
        namingEnforced
        courses {
          id
          name
          modules {
            id
            name
          }
          knowledgePoints {
            id
            name
            kind
          }
        }
      }
      maxUploadBytes
    }
  }
`);

/** The next title by the major's naming rule. */
export const resourceTitleSuggestionQuery = graphql(`
  query ResourceTitleSuggestion($majorId: ID!, $courseId: ID, $moduleId: ID, $knowledgePointId: ID, $type: String) {
    resourceTitleSuggestion(
      majorId: $majorId
      courseId: $courseId
      moduleId: $moduleId
      knowledgePointId: $knowledgePointId
      type: $type
    )
  }
`);

/** A batch upload of the signed-in person with its report. */
export const resourceBatchQuery = graphql(`
  query ResourceBatch($id: ID!) {
    resourceBatch(id: $id) {
      ...StudioBatchFields
    }
  }
`);

export const resourceCreateMutation = graphql(`
  mutation ResourceCreate($input: ResourceInput!, $uploadId: ID, $allowDuplicate: Boolean) {
    resourceCreate(input: $input, uploadId: $uploadId, allowDuplicate: $allowDuplicate) {
      ok
      errors {
        ...MutationErrorFields
      }
      resource {
        ...StudioResourceFields
      }
      duplicateOf {
        id
        title
      }
    }
  }
`);

export const resourceUpdateMutation = graphql(`
  mutation ResourceUpdate($id: ID!, $input: ResourceInput!, $uploadId: ID) {
    resourceUpdate(id: $id, input: $input, uploadId: $uploadId) {
      ok
      errors {
        ...MutationErrorFields
      }
      resource {
        ...StudioResourceFields
        body
        bodySource
      }
      duplicateOf {
        id
        title
      }
    }
  }
`);

export const resourceReviewMutation = graphql(`
  mutation ResourceReview($id: ID!, $approve: Boolean!, $comment: String) {
    resourceReview(id: $id, approve: $approve, comment: $comment) {
      ok
      errors {
        ...MutationErrorFields
      }
      resource {
        id
        status
      }
    }
  }
`);

export const resourceWithdrawMutation = graphql(`
  mutation ResourceWithdraw($id: ID!) {
    resourceWithdraw(id: $id) {
      ok
      errors {
        ...MutationErrorFields
      }
      resource {
        id
        status
      }
    }
  }
`);

export const resourcesSubmitMutation = graphql(`
  mutation ResourcesSubmit($ids: [ID!]!) {
    resourcesSubmit(ids: $ids) {
      ok
      errors {
        ...MutationErrorFields
      }
      results {
        ...StudioBatchResultFields
      }
    }
  }
`);

export const resourcesUpdateMutation = graphql(`
  mutation ResourcesUpdate($ids: [ID!]!, $input: ResourceInput!) {
    resourcesUpdate(ids: $ids, input: $input) {
      ok
      errors {
        ...MutationErrorFields
      }
      results {
        ...StudioBatchResultFields
      }
    }
  }
`);

export const resourcesDeleteMutation = graphql(`
  mutation ResourcesDelete($ids: [ID!]!) {
    resourcesDelete(ids: $ids) {
      ok
      errors {
        ...MutationErrorFields
      }
      results {
        ...StudioBatchResultFields
      }
    }
  }
`);

export const resourcesRestoreMutation = graphql(`
  mutation ResourcesRestore($ids: [ID!]!) {
    resourcesRestore(ids: $ids) {
      ok
      errors {
        ...MutationErrorFields
      }
      results {
        ...StudioBatchResultFields
      }
    }
  }
`);

export const resourcesPurgeMutation = graphql(`
  mutation ResourcesPurge($ids: [ID!]!) {
    resourcesPurge(ids: $ids) {
      ok
      errors {
        ...MutationErrorFields
      }
      results {
        ...StudioBatchResultFields
      }
    }
  }
`);

export const resourcesReconvertMutation = graphql(`
  mutation ResourcesReconvert($ids: [ID!]!) {
    resourcesReconvert(ids: $ids) {
      ok
      errors {
        ...MutationErrorFields
      }
      results {
        ...StudioBatchResultFields
      }
    }
  }
`);

export const resourceBatchPrepareMutation = graphql(`
  mutation ResourceBatchPrepare($uploads: [BatchUploadInput!]!, $defaults: ResourceInput) {
    resourceBatchPrepare(uploads: $uploads, defaults: $defaults) {
      ok
      errors {
        ...MutationErrorFields
      }
      batch {
        ...StudioBatchFields
      }
    }
  }
`);

export const resourceBatchCommitMutation = graphql(`
  mutation ResourceBatchCommit($id: ID!, $items: [BatchItemInput!], $submit: Boolean) {
    resourceBatchCommit(id: $id, items: $items, submit: $submit) {
      ok
      errors {
        ...MutationErrorFields
      }
      batch {
        ...StudioBatchFields
      }
    }
  }
`);

/** 重新转换 of one resource whose conversion failed or was cancelled (its editors). */
export const studioResourceMediaRetryMutation = graphql(`
  mutation StudioResourceMediaRetry($id: ID!) {
    resourceMediaRetry(id: $id) {
      ok
      errors {
        ...MutationErrorFields
      }
      resource {
        id
        media {
          ...StudioResourceMediaFields
        }
      }
    }
  }
`);

/** Subtitles (.srt / .vtt from a finished resumable upload) for a video, one per language (its editors). */
export const studioResourceSubtitleAttachMutation = graphql(`
  mutation StudioResourceSubtitleAttach($id: ID!, $uploadId: ID!, $language: String!) {
    resourceSubtitleAttach(id: $id, uploadId: $uploadId, language: $language) {
      ok
      errors {
        ...MutationErrorFields
      }
      resource {
        id
        media {
          ...StudioResourceMediaFields
        }
      }
    }
  }
`);

/** Takes one language's subtitles off a video (its editors). */
export const studioResourceSubtitleRemoveMutation = graphql(`
  mutation StudioResourceSubtitleRemove($id: ID!, $language: String!) {
    resourceSubtitleRemove(id: $id, language: $language) {
      ok
      errors {
        ...MutationErrorFields
      }
      resource {
        id
        media {
          ...StudioResourceMediaFields
        }
      }
    }
  }
`);
