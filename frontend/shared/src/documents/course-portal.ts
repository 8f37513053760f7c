import { graphql } from '../gql';

/** What every portal template shows (M6): template, level, intro, course standard and teacher team. */
export const coursePortalFieldsFragment = graphql(`
  fragment CoursePortalFields on CoursePortal {
    name
    template
    level
    summary
    intro
    coverUrl
    standard {
      goals {
        id
        kind
        text
      }
      modules {
        id
        title
        hours
        summary
      }
      methods {
        id
        name
        description
      }
      assessment {
        id
        name
        weight
        description
      }
      totalHours
    }
    teachers {
      id
      name
      title
      organisation
      role
      bio
      photoUrl
    }
  }
`);

/** The live portal of one course (public: GET, cacheable). */
export const coursePortalQuery = graphql(`
  query CoursePortal($id: ID!) {
    course(id: $id) {
      id
      portal {
        ...CoursePortalFields
      }
    }
  }
`);

/** The team's newest change to the portal and its review; `portalDraft` is null outside the team. Personal: POST. */
export const coursePortalDraftFieldsFragment = graphql(`
  fragment CoursePortalDraftFields on CoursePortalDraft {
    status
    updatedAt
    comment
    portal {
      ...CoursePortalFields
      introSource
    }
  }
`);

export const coursePortalDraftQuery = graphql(`
  query CoursePortalTeamDraft($id: ID!) {
    course(id: $id) {
      id
      name
      major {
        id
        code
        name
      }
      portalDraft {
        ...CoursePortalDraftFields
      }
    }
  }
`);

/** Save the whole portal as a draft (optionally sending it to review at once). */
export const coursePortalSaveMutation = graphql(`
  mutation CoursePortalSave($courseId: ID!, $input: CoursePortalInput!, $submit: Boolean) {
    coursePortalSave(courseId: $courseId, input: $input, submit: $submit) {
      ok
      errors {
        code
        message
        field
      }
      draft {
        ...CoursePortalDraftFields
      }
    }
  }
`);

/** Send the newest draft to the 课程门户审核 workflow. */
export const coursePortalSubmitMutation = graphql(`
  mutation CoursePortalSubmit($courseId: ID!) {
    coursePortalSubmit(courseId: $courseId) {
      ok
      errors {
        code
        message
        field
      }
      draft {
        ...CoursePortalDraftFields
      }
    }
  }
`);
