import { graphql } from '../gql';

/** What a catalogue card shows of a course (M6): cover, name, kind, level, hours, credits, teachers, summary. */
export const catalogueCourseCardFragment = graphql(`
  fragment CatalogueCourseCard on Course {
    id
    name
    kind
    level
    summary
    hours
    credits
    coverUrl
    major {
      id
      code
      name
    }
    teachers {
      id
      name
      title
      role
      photoUrl
    }
  }
`);

/**
 * One page of the course catalogue (课程), filtered by major code, kind, level and words, with how many courses
 * each filter option would give with the other filters kept (the counts next to the options).
 */
export const courseCatalogueQuery = graphql(`
  query CourseCatalogue($major: String, $kind: CourseKind, $level: CourseLevel, $search: String, $limit: Int, $offset: Int) {
    courses(major: $major, kind: $kind, level: $level, search: $search, limit: $limit, offset: $offset) {
      totalCount
      items {
        ...CatalogueCourseCard
      }
      facets {
        majors {
          code
          count
        }
        kinds {
          kind
          count
        }
        levels {
          level
          count
        }
      }
    }
  }
`);

/** The majors to offer in the catalogue's major filter. */
export const catalogueMajorsQuery = graphql(`
  query CatalogueMajors {
    majors(limit: 100) {
      totalCount
      items {
        id
        code
        name
      }
    }
  }
`);
