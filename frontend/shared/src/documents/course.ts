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
