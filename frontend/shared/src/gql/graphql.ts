/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * The `DateTime` scalar type represents a DateTime
   * value as specified by
   * [iso8601](https://en.wikipedia.org/wiki/ISO_8601).
   */
  DateTime: { input: any; output: any; }
  /**
   * Allows use of a JSON String for input / output from the GraphQL schema.
   *
   * Use of this type is *not recommended* as you lose the benefits of having a defined, static
   * schema (one of the key benefits of GraphQL).
   */
  JSONString: { input: any; output: any; }
  /** GraphQL type for an integer that must be equal or greater than zero. */
  PositiveInt: { input: any; output: any; }
  /**
   * Leverages the internal Python implementation of UUID (uuid.UUID) to provide native UUID objects
   * in fields, resolvers and input.
   */
  UUID: { input: any; output: any; }
};

/** Kind of certificate. */
export type CertificateKind =
  | 'ONE_PLUS_X'
  | 'OTHER'
  | 'VOCATIONAL_QUALIFICATION';

/** Kind of course. */
export type CourseKind =
  | 'CORE'
  | 'FOUNDATION';

/** PREREQUISITE: source before target. RELATED: association. */
export type CourseRelationKind =
  | 'PREREQUISITE'
  | 'RELATED';

/** Block of the course settings. */
export type CourseSettingCategory =
  | 'CORE'
  | 'EXTENSION'
  | 'FOUNDATION'
  | 'PUBLIC_BASIC';

/** School, enterprise or other body. */
export type OrganisationKind =
  | 'ENTERPRISE'
  | 'OTHER'
  | 'SCHOOL';

/** Host or participating institution of the library. */
export type OrganisationRole =
  | 'HOST'
  | 'PARTICIPATING';

/** Kind of practice component. */
export type PracticeKind =
  | 'GRADUATION_PROJECT'
  | 'INTERNSHIP'
  | 'OTHER'
  | 'TRAINING';

/** Enum for search operator. */
export type SearchOperatorEnum =
  | 'AND'
  | 'OR';

/** Role in the teacher team. */
export type TeacherRole =
  | 'LEAD'
  | 'MEMBER';

export type CoursePageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CoursePageQuery = { __typename?: 'Query', course: { __typename?: 'Course', id: string, slug: string, name: string, kind: CourseKind, summary: string, intro: string, hours: number, credits: number, semester: number | null, major: { __typename?: 'Major', id: string, code: string, name: string }, teachers: Array<{ __typename?: 'CourseTeacher', id: string, name: string, title: string, organisation: string, role: TeacherRole, bio: string }>, outline: Array<{ __typename?: 'OutlineItem', id: string, title: string, summary: string, hours: number }>, skillPoints: Array<{ __typename?: 'SkillPoint', id: string, name: string, description: string, jobPositions: Array<{ __typename?: 'JobPosition', id: string, name: string, description: string }> }>, prerequisites: Array<{ __typename?: 'Course', id: string, name: string, kind: CourseKind }> } | null };

export type MajorOverviewFragment = { __typename?: 'Major', id: string, code: string, name: string, category: string, subcategory: string, level: string, durationYears: number, intro: string, organisations: Array<{ __typename?: 'Organisation', id: string, name: string, shortName: string, kind: OrganisationKind, role: OrganisationRole, website: string }> };

export type TrainingProgramDetailsFragment = { __typename?: 'TrainingProgram', trainingGoal: string, abilities: Array<string>, graduationRequirements: Array<string>, totalHours: number, totalCredits: number, practiceHoursRatio: number, courseSettings: Array<{ __typename?: 'CourseSetting', id: string, category: CourseSettingCategory, credits: number, hours: number, practiceHours: number, courseNames: Array<string> }>, practiceComponents: Array<{ __typename?: 'PracticeComponent', id: string, name: string, kind: PracticeKind, hours: number, credits: number, semester: string, description: string }>, certificates: Array<{ __typename?: 'Certificate', id: string, name: string, kind: CertificateKind, level: string, issuer: string, courses: Array<{ __typename?: 'Course', id: string, name: string }> }> };

export type CourseGraphFragment = { __typename?: 'Major', courses: Array<{ __typename?: 'Course', id: string, name: string, kind: CourseKind, hours: number, credits: number, semester: number | null, skillPoints: Array<{ __typename?: 'SkillPoint', id: string, name: string, description: string, jobPositions: Array<{ __typename?: 'JobPosition', id: string, name: string }> }> }>, jobPositions: Array<{ __typename?: 'JobPosition', id: string, name: string, description: string }>, courseRelations: Array<{ __typename?: 'CourseRelation', id: string, kind: CourseRelationKind, source: { __typename?: 'Course', id: string }, target: { __typename?: 'Course', id: string } }> };

export type MajorPageQueryVariables = Exact<{
  code: InputMaybe<Scalars['String']['input']>;
}>;


export type MajorPageQuery = { __typename?: 'Query', major: { __typename?: 'Major', id: string, code: string, name: string, category: string, subcategory: string, level: string, durationYears: number, intro: string, trainingProgram: { __typename?: 'TrainingProgram', trainingGoal: string, abilities: Array<string>, graduationRequirements: Array<string>, totalHours: number, totalCredits: number, practiceHoursRatio: number, courseSettings: Array<{ __typename?: 'CourseSetting', id: string, category: CourseSettingCategory, credits: number, hours: number, practiceHours: number, courseNames: Array<string> }>, practiceComponents: Array<{ __typename?: 'PracticeComponent', id: string, name: string, kind: PracticeKind, hours: number, credits: number, semester: string, description: string }>, certificates: Array<{ __typename?: 'Certificate', id: string, name: string, kind: CertificateKind, level: string, issuer: string, courses: Array<{ __typename?: 'Course', id: string, name: string }> }> } | null, organisations: Array<{ __typename?: 'Organisation', id: string, name: string, shortName: string, kind: OrganisationKind, role: OrganisationRole, website: string }>, courses: Array<{ __typename?: 'Course', id: string, name: string, kind: CourseKind, hours: number, credits: number, semester: number | null, skillPoints: Array<{ __typename?: 'SkillPoint', id: string, name: string, description: string, jobPositions: Array<{ __typename?: 'JobPosition', id: string, name: string }> }> }>, jobPositions: Array<{ __typename?: 'JobPosition', id: string, name: string, description: string }>, courseRelations: Array<{ __typename?: 'CourseRelation', id: string, kind: CourseRelationKind, source: { __typename?: 'Course', id: string }, target: { __typename?: 'Course', id: string } }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MajorOverviewFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"MajorOverview"}) as unknown as TypedDocumentString<MajorOverviewFragment, unknown>;
export const TrainingProgramDetailsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"TrainingProgramDetails"}) as unknown as TypedDocumentString<TrainingProgramDetailsFragment, unknown>;
export const CourseGraphFragmentDoc = new TypedDocumentString(`
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
}
    `, {"fragmentName":"CourseGraph"}) as unknown as TypedDocumentString<CourseGraphFragment, unknown>;
export const CoursePageDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<CoursePageQuery, CoursePageQueryVariables>;
export const MajorPageDocument = new TypedDocumentString(`
    query MajorPage($code: String) {
  major(code: $code) {
    ...MajorOverview
    trainingProgram {
      ...TrainingProgramDetails
    }
    ...CourseGraph
  }
}
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
}`) as unknown as TypedDocumentString<MajorPageQuery, MajorPageQueryVariables>;