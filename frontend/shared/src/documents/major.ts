import { graphql } from '../gql';

/** Header/hero band of a major: identity and the institutions that build its library. */
export const majorOverviewFragment = graphql(`
  fragment MajorOverview on Major {
    id
    code
    name
    category
    subcategory
    level
    durationYears
    intro
    organisations {
      id
      name
      shortName
      kind
      role
      website
    }
  }
`);

/** The core elements of the talent-training program (C1). */
export const trainingProgramDetailsFragment = graphql(`
  fragment TrainingProgramDetails on TrainingProgram {
    trainingGoal
    abilities
    courseSettings {
      id
      category
      credits
      hours
      practiceHours
      courseNames
    }
    practiceComponents {
      id
      name
      kind
      hours
      credits
      semester
      description
    }
    graduationRequirements
    certificates {
      id
      name
      kind
      level
      issuer
      courses {
        id
        name
      }
    }
    totalHours
    totalCredits
    practiceHoursRatio
  }
`);

/**
 * Everything the knowledge graph of the course system (C2) and its text fallback draw; `courseSystemGraph`
 * adds each course's skill/knowledge point counts and the jobs its points map to (the course graphs' data).
 */
export const courseGraphFragment = graphql(`
  fragment CourseGraph on Major {
    courses {
      id
      name
      kind
      hours
      credits
      semester
      skillPoints {
        id
        name
        description
        jobPositions {
          id
          name
        }
      }
    }
    jobPositions {
      id
      name
      description
    }
    courseRelations {
      id
      kind
      source {
        id
      }
      target {
        id
      }
    }
    courseSystemGraph {
      courses {
        id
        skillPointCount
        knowledgePointCount
      }
      jobPositions {
        id
        name
      }
      mapsTo {
        courseId
        jobPositionId
        pointCount
      }
    }
  }
`);

/** The home page: a major by code, or the featured major when `code` is omitted. */
export const majorPageQuery = graphql(`
  query MajorPage($code: String) {
    major(code: $code) {
      ...MajorOverview
      trainingProgram {
        ...TrainingProgramDetails
      }
      ...CourseGraph
    }
  }
`);
