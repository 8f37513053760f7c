/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CoursePage($id: ID!) {\n    course(id: $id) {\n      id\n      slug\n      name\n      kind\n      summary\n      intro\n      hours\n      credits\n      semester\n      major {\n        id\n        code\n        name\n      }\n      teachers {\n        id\n        name\n        title\n        organisation\n        role\n        bio\n      }\n      outline {\n        id\n        title\n        summary\n        hours\n      }\n      skillPoints {\n        id\n        name\n        description\n        jobPositions {\n          id\n          name\n          description\n        }\n      }\n      prerequisites {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.CoursePageDocument,
    "\n  fragment MajorOverview on Major {\n    id\n    code\n    name\n    category\n    subcategory\n    level\n    durationYears\n    intro\n    organisations {\n      id\n      name\n      shortName\n      kind\n      role\n      website\n    }\n  }\n": typeof types.MajorOverviewFragmentDoc,
    "\n  fragment TrainingProgramDetails on TrainingProgram {\n    trainingGoal\n    abilities\n    courseSettings {\n      id\n      category\n      credits\n      hours\n      practiceHours\n      courseNames\n    }\n    practiceComponents {\n      id\n      name\n      kind\n      hours\n      credits\n      semester\n      description\n    }\n    graduationRequirements\n    certificates {\n      id\n      name\n      kind\n      level\n      issuer\n      courses {\n        id\n        name\n      }\n    }\n    totalHours\n    totalCredits\n    practiceHoursRatio\n  }\n": typeof types.TrainingProgramDetailsFragmentDoc,
    "\n  fragment CourseGraph on Major {\n    courses {\n      id\n      name\n      kind\n      hours\n      credits\n      semester\n      skillPoints {\n        id\n        name\n        description\n        jobPositions {\n          id\n          name\n        }\n      }\n    }\n    jobPositions {\n      id\n      name\n      description\n    }\n    courseRelations {\n      id\n      kind\n      source {\n        id\n      }\n      target {\n        id\n      }\n    }\n  }\n": typeof types.CourseGraphFragmentDoc,
    "\n  query MajorPage($code: String) {\n    major(code: $code) {\n      ...MajorOverview\n      trainingProgram {\n        ...TrainingProgramDetails\n      }\n      ...CourseGraph\n    }\n  }\n": typeof types.MajorPageDocument,
};
const documents: Documents = {
    "\n  query CoursePage($id: ID!) {\n    course(id: $id) {\n      id\n      slug\n      name\n      kind\n      summary\n      intro\n      hours\n      credits\n      semester\n      major {\n        id\n        code\n        name\n      }\n      teachers {\n        id\n        name\n        title\n        organisation\n        role\n        bio\n      }\n      outline {\n        id\n        title\n        summary\n        hours\n      }\n      skillPoints {\n        id\n        name\n        description\n        jobPositions {\n          id\n          name\n          description\n        }\n      }\n      prerequisites {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.CoursePageDocument,
    "\n  fragment MajorOverview on Major {\n    id\n    code\n    name\n    category\n    subcategory\n    level\n    durationYears\n    intro\n    organisations {\n      id\n      name\n      shortName\n      kind\n      role\n      website\n    }\n  }\n": types.MajorOverviewFragmentDoc,
    "\n  fragment TrainingProgramDetails on TrainingProgram {\n    trainingGoal\n    abilities\n    courseSettings {\n      id\n      category\n      credits\n      hours\n      practiceHours\n      courseNames\n    }\n    practiceComponents {\n      id\n      name\n      kind\n      hours\n      credits\n      semester\n      description\n    }\n    graduationRequirements\n    certificates {\n      id\n      name\n      kind\n      level\n      issuer\n      courses {\n        id\n        name\n      }\n    }\n    totalHours\n    totalCredits\n    practiceHoursRatio\n  }\n": types.TrainingProgramDetailsFragmentDoc,
    "\n  fragment CourseGraph on Major {\n    courses {\n      id\n      name\n      kind\n      hours\n      credits\n      semester\n      skillPoints {\n        id\n        name\n        description\n        jobPositions {\n          id\n          name\n        }\n      }\n    }\n    jobPositions {\n      id\n      name\n      description\n    }\n    courseRelations {\n      id\n      kind\n      source {\n        id\n      }\n      target {\n        id\n      }\n    }\n  }\n": types.CourseGraphFragmentDoc,
    "\n  query MajorPage($code: String) {\n    major(code: $code) {\n      ...MajorOverview\n      trainingProgram {\n        ...TrainingProgramDetails\n      }\n      ...CourseGraph\n    }\n  }\n": types.MajorPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoursePage($id: ID!) {\n    course(id: $id) {\n      id\n      slug\n      name\n      kind\n      summary\n      intro\n      hours\n      credits\n      semester\n      major {\n        id\n        code\n        name\n      }\n      teachers {\n        id\n        name\n        title\n        organisation\n        role\n        bio\n      }\n      outline {\n        id\n        title\n        summary\n        hours\n      }\n      skillPoints {\n        id\n        name\n        description\n        jobPositions {\n          id\n          name\n          description\n        }\n      }\n      prerequisites {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').CoursePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MajorOverview on Major {\n    id\n    code\n    name\n    category\n    subcategory\n    level\n    durationYears\n    intro\n    organisations {\n      id\n      name\n      shortName\n      kind\n      role\n      website\n    }\n  }\n"): typeof import('./graphql').MajorOverviewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingProgramDetails on TrainingProgram {\n    trainingGoal\n    abilities\n    courseSettings {\n      id\n      category\n      credits\n      hours\n      practiceHours\n      courseNames\n    }\n    practiceComponents {\n      id\n      name\n      kind\n      hours\n      credits\n      semester\n      description\n    }\n    graduationRequirements\n    certificates {\n      id\n      name\n      kind\n      level\n      issuer\n      courses {\n        id\n        name\n      }\n    }\n    totalHours\n    totalCredits\n    practiceHoursRatio\n  }\n"): typeof import('./graphql').TrainingProgramDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseGraph on Major {\n    courses {\n      id\n      name\n      kind\n      hours\n      credits\n      semester\n      skillPoints {\n        id\n        name\n        description\n        jobPositions {\n          id\n          name\n        }\n      }\n    }\n    jobPositions {\n      id\n      name\n      description\n    }\n    courseRelations {\n      id\n      kind\n      source {\n        id\n      }\n      target {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CourseGraphFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MajorPage($code: String) {\n    major(code: $code) {\n      ...MajorOverview\n      trainingProgram {\n        ...TrainingProgramDetails\n      }\n      ...CourseGraph\n    }\n  }\n"): typeof import('./graphql').MajorPageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
