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
   * The `Date` scalar type represents a Date
   * value as specified by
   * [iso8601](https://en.wikipedia.org/wiki/ISO_8601).
   */
  Date: { input: any; output: any; }
  /**
   * The `DateTime` scalar type represents a DateTime
   * value as specified by
   * [iso8601](https://en.wikipedia.org/wiki/ISO_8601).
   */
  DateTime: { input: any; output: any; }
  /**
   * The `GenericScalar` scalar type represents a generic
   * GraphQL scalar value that could be:
   * String, Boolean, Int, Float, List or Object.
   */
  GenericScalar: { input: any; output: any; }
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

/** What part of the course an answer cites. */
export type AnswerSourceKind =
  | 'FAQ_ENTRY'
  | 'KNOWLEDGE_POINT'
  | 'PREREQUISITE'
  | 'RESOURCE';

export type AssessmentItemInput = {
  /** How it is assessed. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Assessed part. */
  name: Scalars['String']['input'];
  /** Weight in percent; all weights add up to 100. */
  weight: Scalars['Int']['input'];
};

/** IN_PROGRESS; SUBMITTED = waiting for a person to grade open items; GRADED = scored. */
export type AttemptState =
  | 'GRADED'
  | 'IN_PROGRESS'
  | 'SUBMITTED';

/** Who the resource is made for. */
export type AudienceLevel =
  | 'ENTERPRISE'
  | 'HIGHER'
  | 'PUBLIC'
  | 'SECONDARY'
  | 'UNDERGRADUATE';

export type AuthorInput = {
  /** Name as credited. */
  name: Scalars['String']['input'];
  /** Their organisation. */
  organisationName?: InputMaybe<Scalars['String']['input']>;
};

export type BatchItemInput = {
  /** Attributes overriding what was recognised and inherited. */
  input?: InputMaybe<ResourceInput>;
  /** Batch item id. */
  itemId: Scalars['ID']['input'];
  /** Do not create this one. */
  skip?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Outcome of one file of a batch upload. */
export type BatchItemStatus =
  | 'CREATED'
  | 'DUPLICATE'
  | 'FAILED'
  | 'READY';

/** Whether a batch's resources were created. */
export type BatchStatus =
  | 'COMMITTED'
  | 'PREPARED';

export type BatchUploadInput = {
  /** Folders and name as picked (webkitRelativePath), e.g. 数控车削加工技术/项目一/视频/x.mp4. */
  relativePath?: InputMaybe<Scalars['String']['input']>;
  /** A finished upload (tus) of the signed-in person. */
  uploadId: Scalars['ID']['input'];
};

/** Kind of certificate. */
export type CertificateKind =
  | 'ONE_PLUS_X'
  | 'OTHER'
  | 'VOCATIONAL_QUALIFICATION';

/** Where a code is sent. */
export type Channel =
  | 'EMAIL'
  | 'SMS';

/** A course to build or a resource quota. */
export type ConstructionTaskKind =
  | 'COURSE'
  | 'RESOURCES';

/** On-demand conversions: a document to PDF, a video or animation to MP4. */
export type ConversionKind =
  | 'MP4'
  | 'PDF';

export type CourseGoalInput = {
  /** Knowledge, ability or quality goal. */
  kind: GoalKind;
  /** The goal, at most 500 characters. */
  text: Scalars['String']['input'];
};

/** Kind of course. */
export type CourseKind =
  | 'CORE'
  | 'FOUNDATION';

/** Introductory, intermediate or advanced. */
export type CourseLevel =
  | 'ADVANCED'
  | 'INTERMEDIATE'
  | 'INTRODUCTORY';

/** The whole editable portal; lists replace the current rows in the given order. */
export type CoursePortalInput = {
  /** Assessment. */
  assessment: Array<AssessmentItemInput>;
  /** Goals. */
  goals: Array<CourseGoalInput>;
  /** Introduction as HTML (h3, bold, italic, lists, links). */
  intro: Scalars['String']['input'];
  /** Course level. */
  level: CourseLevel;
  /** Teaching methods. */
  methods: Array<TeachingMethodInput>;
  /** Modules. */
  modules: Array<StandardModuleInput>;
  /** One or two sentences, at most 240 characters. */
  summary: Scalars['String']['input'];
  /** Teacher team. */
  teachers: Array<PortalTeacherInput>;
  /** Display template. */
  template: PortalTemplate;
};

/** Why the course team closed a question without answering it. */
export type CourseQuestionDismissReason =
  | 'DUPLICATE'
  | 'OFF_TOPIC'
  | 'OTHER';

/** Open until the course team answers or closes it. */
export type CourseQuestionStatus =
  | 'ANSWERED'
  | 'CLOSED'
  | 'OPEN';

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

/** What a knowledge point still lacks. */
export type CoverageGap =
  | 'NO_QUESTION'
  | 'NO_RESOURCE'
  | 'NO_VIDEO_OR_ANIMATION';

/** Knowledge, ability or quality goal. */
export type GoalKind =
  | 'KNOWLEDGE'
  | 'QUALITY'
  | 'SKILL';

/** CONTAINS: the source includes the target; PREREQUISITE: study the source before the target. */
export type KnowledgeEdgeKind =
  | 'CONTAINS'
  | 'PREREQUISITE';

/** Knowledge point (知识点) or skill point (技能点). */
export type KnowledgePointKind =
  | 'KNOWLEDGE'
  | 'SKILL';

export type KnowledgePointPositionInput = {
  /** A point of the course. */
  pointId: Scalars['ID']['input'];
  /** Horizontal position in graph units. */
  x: Scalars['Float']['input'];
  /** Vertical position in graph units. */
  y: Scalars['Float']['input'];
};

/** Licence the rights holder grants. */
export type Licence =
  | 'ALL_RIGHTS_RESERVED'
  | 'CC0'
  | 'CC_BY'
  | 'CC_BY_NC'
  | 'CC_BY_NC_ND'
  | 'CC_BY_NC_SA'
  | 'CC_BY_ND'
  | 'CC_BY_SA';

/** State of a conversion of the resource's file (NONE: never asked for). */
export type MediaState =
  | 'CANCELLED'
  | 'FAILED'
  | 'NONE'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** Filter of the person's own resources. */
export type MyResourceStatus =
  | 'ALL'
  | 'CHANGED'
  | 'DRAFT'
  | 'LIVE';

/** School, enterprise or other body. */
export type OrganisationKind =
  | 'COURSE_TEAM'
  | 'DEPARTMENT'
  | 'ENTERPRISE'
  | 'OTHER'
  | 'SCHOOL';

/** Host or participating institution of the library. */
export type OrganisationRole =
  | 'HOST'
  | 'PARTICIPATING';

export type PaperInput = {
  /** FIXED: the items in order (at most 100). */
  items?: InputMaybe<Array<PaperItemInput>>;
  /** FIXED items or RANDOM by rules. */
  kind: PaperKind;
  /** Attempts allowed per learner (1–100); empty = no limit. */
  maxAttempts?: InputMaybe<Scalars['Int']['input']>;
  /** The module it tests; empty = the whole course. */
  moduleId?: InputMaybe<Scalars['ID']['input']>;
  /** Open to learners. */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  /** RANDOM: the rules (at most 100). */
  rules?: InputMaybe<Array<PaperRuleInput>>;
  /** Items in a new order per attempt. */
  shuffleItems?: InputMaybe<Scalars['Boolean']['input']>;
  /** Options in a new order per attempt. */
  shuffleOptions?: InputMaybe<Scalars['Boolean']['input']>;
  /** Title (at most 128 characters). */
  title: Scalars['String']['input'];
};

export type PaperItemInput = {
  /** A published item of the course's bank. */
  questionId: Scalars['ID']['input'];
  /** Points in this paper; empty = the item's own score. */
  score?: InputMaybe<Scalars['Float']['input']>;
};

/** FIXED: chosen items; RANDOM: each attempt draws items by the paper's rules. */
export type PaperKind =
  | 'FIXED'
  | 'RANDOM';

export type PaperRuleInput = {
  /** How many items (1–200). */
  count: Scalars['Int']['input'];
  /** Only items of this difficulty (1–5). */
  difficulty?: InputMaybe<Scalars['Int']['input']>;
  /** Only items testing this point. */
  knowledgePointId?: InputMaybe<Scalars['ID']['input']>;
  /** Only items of this module. */
  moduleId?: InputMaybe<Scalars['ID']['input']>;
  /** Item type to draw. */
  questionType: QuestionType;
  /** Points per item. */
  scoreEach: Scalars['Float']['input'];
};

/** One of the three separated administrators. */
export type PlatformRoleCode =
  | 'AUDIT_ADMIN'
  | 'SECURITY_ADMIN'
  | 'SYSTEM_ADMIN';

/** Where the team's newest change to the portal is: live, saved, in review or sent back. */
export type PortalStatus =
  | 'CHANGES_REQUESTED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED';

export type PortalTeacherInput = {
  /** Short biography. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** Team member to keep (account link and photo stay); empty for a new one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Name. */
  name: Scalars['String']['input'];
  /** School or enterprise. */
  organisation?: InputMaybe<Scalars['String']['input']>;
  /** Lead or member. */
  role: TeacherRole;
  /** Professional title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Display template of the public course portal. */
export type PortalTemplate =
  | 'CLASSIC'
  | 'COMPACT'
  | 'VISUAL';

/** Kind of practice component. */
export type PracticeKind =
  | 'GRADUATION_PROJECT'
  | 'INTERNSHIP'
  | 'OTHER'
  | 'TRAINING';

/** Import file formats: Word and Excel templates, Moodle XML, GIFT, Aiken, QTI 2.1. */
export type QuestionImportFormat =
  | 'AIKEN'
  | 'EXCEL'
  | 'GIFT'
  | 'MOODLE_XML'
  | 'QTI'
  | 'WORD';

/** UPLOADED not read yet; PREVIEWED ready to import; IMPORTING confirmed, the worker is importing it; FAILED has errors (nothing imported); IMPORTED done. */
export type QuestionImportStatus =
  | 'FAILED'
  | 'IMPORTED'
  | 'IMPORTING'
  | 'PREVIEWED'
  | 'UPLOADED';

/** One item as the editor sends it (every field; an update replaces the item's draft). */
export type QuestionInput = {
  /** The type's answer key (options and answer, blanks, pairs, order, rubric…), see cms/questions/content.py; empty for short answer, essay and case. */
  content?: InputMaybe<Scalars['GenericScalar']['input']>;
  /** Difficulty 1 (easy) to 5 (hard). */
  difficulty?: InputMaybe<Scalars['Int']['input']>;
  /** Explanation shown after answering, HTML. */
  explanation?: InputMaybe<Scalars['String']['input']>;
  /** Points of the course graph (at most 50). */
  knowledgePointIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Module (outline chapter) of the course; empty for none. */
  moduleId?: InputMaybe<Scalars['ID']['input']>;
  /** Item type. */
  questionType: QuestionType;
  /** Reference answer, HTML. */
  referenceAnswer?: InputMaybe<Scalars['String']['input']>;
  /** Points (0–1000); a case analysis's is the sum of its parts. */
  score?: InputMaybe<Scalars['Float']['input']>;
  /** Where it comes from (default original). */
  source?: InputMaybe<QuestionSource>;
  /** The question, HTML; formulas as <span data-latex>. */
  stem: Scalars['String']['input'];
  /** A case analysis's parts, in order (any type but case; at most 20). */
  subQuestions?: InputMaybe<Array<QuestionInput>>;
  /** Free tags (at most 30). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Where an item comes from. */
export type QuestionSource =
  | 'ADAPTED'
  | 'CERTIFICATE'
  | 'ENTERPRISE_CASE'
  | 'IMPORTED'
  | 'ORIGINAL';

/** DRAFT never published; IN_REVIEW; PUBLISHED; CHANGED = published, edits wait; DELETED = recycled. */
export type QuestionStatus =
  | 'CHANGED'
  | 'DELETED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED';

/** Item type: choice, true/false, blanks, short answer, essay, matching, ordering, case, practical. */
export type QuestionType =
  | 'CASE'
  | 'ESSAY'
  | 'FILL_BLANK'
  | 'MATCHING'
  | 'MULTIPLE'
  | 'ORDERING'
  | 'PRACTICAL'
  | 'SHORT_ANSWER'
  | 'SINGLE'
  | 'TRUE_FALSE';

/** Decision on a claim to a roster row someone else holds. */
export type RealNameClaimStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** Real-name verification state. */
export type RealNameStatus =
  | 'PENDING'
  | 'REJECTED'
  | 'UNVERIFIED'
  | 'VERIFIED';

export type ResourceFilterInput = {
  /** Any of these courses. */
  courseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** All of these points. */
  knowledgePointIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Any of these majors. */
  majorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Any of these modules. */
  moduleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Any of these institutions. */
  organisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Any of these sources. */
  sources?: InputMaybe<Array<ResourceSource>>;
  /** Any of these types. */
  types?: InputMaybe<Array<ResourceType>>;
};

/** Metadata of a resource; omitted fields stay as they are on updates. */
export type ResourceInput = {
  /** Audience level. */
  audienceLevel?: InputMaybe<AudienceLevel>;
  /** Credited authors, in order. */
  authors?: InputMaybe<Array<AuthorInput>>;
  /** Text of a text resource (HTML from the rich-text editor). */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Course of the major; empty string clears it. */
  courseId?: InputMaybe<Scalars['ID']['input']>;
  /** Description, plain text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Downloading needs a login. */
  downloadRequiresLogin?: InputMaybe<Scalars['Boolean']['input']>;
  /** Keywords (at most 30). */
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Points of the course. */
  knowledgePointIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Licence. */
  licence?: InputMaybe<Licence>;
  /** Major. */
  majorId?: InputMaybe<Scalars['ID']['input']>;
  /** Module of the course; empty string clears it. */
  moduleId?: InputMaybe<Scalars['ID']['input']>;
  /** Building institution (where you are teacher or editor). */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Rights holder when not the building institution. */
  rightsHolder?: InputMaybe<Scalars['String']['input']>;
  /** Source. */
  source?: InputMaybe<ResourceSource>;
  /** Title; empty on create: suggested by the naming rule. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Type; for files only a compatible refinement (video → animation). */
  type?: InputMaybe<ResourceType>;
  /** Address of an external link. */
  url?: InputMaybe<Scalars['String']['input']>;
  /** Who may open it once published. */
  visibility?: InputMaybe<Visibility>;
};

/** Order of search results. */
export type ResourceSort =
  | 'MOST_DOWNLOADED'
  | 'MOST_VIEWED'
  | 'NEWEST'
  | 'RELEVANCE';

/** Where the content comes from. */
export type ResourceSource =
  | 'ADAPTED'
  | 'ENTERPRISE_CASE'
  | 'ORIGINAL'
  | 'THIRD_PARTY';

/** Where a resource is in its life cycle (its published version may also have a newer draft). */
export type ResourceStatus =
  | 'DELETED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'NEEDS_CHANGES'
  | 'PUBLISHED';

/** 素材类型: derived from the file, or text / external link. */
export type ResourceType =
  | 'ANIMATION'
  | 'AUDIO'
  | 'DOCUMENT'
  | 'IMAGE'
  | 'LINK'
  | 'PRESENTATION'
  | 'SIMULATION'
  | 'SPREADSHEET'
  | 'TEXT'
  | 'VIDEO';

/** A role held in an organisation (or as a social learner). */
export type RoleCode =
  | 'EDITOR'
  | 'ENTERPRISE_EMPLOYEE'
  | 'ORGANISATION_ADMIN'
  | 'REVIEWER'
  | 'SCHOOL_STUDENT'
  | 'SOCIAL_LEARNER'
  | 'TEACHER';

/** Student or teacher on a school roster. */
export type RosterKind =
  | 'STUDENT'
  | 'TEACHER';

/** Enum for search operator. */
export type SearchOperatorEnum =
  | 'AND'
  | 'OR';

/** Browser session or app/mini-program token. */
export type SessionKind =
  | 'TOKEN'
  | 'WEB';

export type StandardModuleInput = {
  /** Teaching hours, 0–1000. */
  hours: Scalars['Int']['input'];
  /** Outline item to keep (its resources stay classified); empty for a new one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Content of the module. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Module title. */
  title: Scalars['String']['input'];
};

/** Role in the teacher team. */
export type TeacherRole =
  | 'LEAD'
  | 'MEMBER';

export type TeachingMethodInput = {
  /** How the course uses it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Method. */
  name: Scalars['String']['input'];
};

/** Who may open the resource once published. */
export type Visibility =
  | 'LOGGED_IN'
  | 'ORGANISATION'
  | 'PUBLIC';

export type MeFieldsFragment = { __typename?: 'Me', id: string, username: string, displayName: string, realName: string, title: string, phoneMasked: string, phoneVerified: boolean, email: string, emailVerified: boolean, avatarUrl: string | null, realNameStatus: RealNameStatus, realNameVerified: boolean, studentOrStaffNumber: string, department: string, className: string, platformRole: PlatformRoleCode | null, platformRoleLabel: string | null, isAdministrator: boolean, wechatLinked: boolean, roles: Array<{ __typename?: 'RoleAssignment', role: RoleCode, label: string, organisation: { __typename?: 'OrganisationRef', id: string, name: string } | null }>, twoFactor: { __typename?: 'TwoFactorState', required: boolean, enrolled: boolean, verified: boolean } };

export type MutationErrorFieldsFragment = { __typename?: 'MutationError', code: string, message: string, field: string | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, username: string, displayName: string, realName: string, title: string, phoneMasked: string, phoneVerified: boolean, email: string, emailVerified: boolean, avatarUrl: string | null, realNameStatus: RealNameStatus, realNameVerified: boolean, studentOrStaffNumber: string, department: string, className: string, platformRole: PlatformRoleCode | null, platformRoleLabel: string | null, isAdministrator: boolean, wechatLinked: boolean, roles: Array<{ __typename?: 'RoleAssignment', role: RoleCode, label: string, organisation: { __typename?: 'OrganisationRef', id: string, name: string } | null }>, twoFactor: { __typename?: 'TwoFactorState', required: boolean, enrolled: boolean, verified: boolean } } | null };

export type MySessionsQueryVariables = Exact<{
  activeOnly: InputMaybe<Scalars['Boolean']['input']>;
  limit: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
}>;


export type MySessionsQuery = { __typename?: 'Query', mySessions: { __typename?: 'LoginSessionList', totalCount: number, items: Array<{ __typename?: 'LoginSession', id: string, kind: SessionKind, method: string, device: string, place: string, ip: string | null, createdAt: any, lastSeenAt: any, endedAt: any | null, endReason: string | null, current: boolean }> } | null };

export type MyLoginHistoryQueryVariables = Exact<{
  limit: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
}>;


export type MyLoginHistoryQuery = { __typename?: 'Query', myLoginHistory: { __typename?: 'LoginEventList', totalCount: number, items: Array<{ __typename?: 'LoginEvent', id: string, occurredAt: any, action: string, result: string, device: string, place: string, ip: string | null }> } | null };

export type RegisterStartMutationVariables = Exact<{
  channel: Channel;
  target: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type RegisterStartMutation = { __typename?: 'Mutation', registerStart: { __typename?: 'RegisterStart', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type RegisterVerifyMutationVariables = Exact<{
  channel: Channel;
  target: Scalars['String']['input'];
  code: Scalars['String']['input'];
}>;


export type RegisterVerifyMutation = { __typename?: 'Mutation', registerVerify: { __typename?: 'RegisterVerify', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, me: { __typename?: 'Me', id: string, username: string, displayName: string, realName: string, title: string, phoneMasked: string, phoneVerified: boolean, email: string, emailVerified: boolean, avatarUrl: string | null, realNameStatus: RealNameStatus, realNameVerified: boolean, studentOrStaffNumber: string, department: string, className: string, platformRole: PlatformRoleCode | null, platformRoleLabel: string | null, isAdministrator: boolean, wechatLinked: boolean, roles: Array<{ __typename?: 'RoleAssignment', role: RoleCode, label: string, organisation: { __typename?: 'OrganisationRef', id: string, name: string } | null }>, twoFactor: { __typename?: 'TwoFactorState', required: boolean, enrolled: boolean, verified: boolean } } | null } | null };

export type PasswordResetStartMutationVariables = Exact<{
  channel: Channel;
  target: Scalars['String']['input'];
}>;


export type PasswordResetStartMutation = { __typename?: 'Mutation', passwordResetStart: { __typename?: 'PasswordResetStart', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type PasswordResetCompleteMutationVariables = Exact<{
  channel: Channel;
  target: Scalars['String']['input'];
  code: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type PasswordResetCompleteMutation = { __typename?: 'Mutation', passwordResetComplete: { __typename?: 'PasswordResetComplete', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type LoginWithPasswordMutationVariables = Exact<{
  account: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginWithPasswordMutation = { __typename?: 'Mutation', loginWithPassword: { __typename?: 'LoginWithPassword', ok: boolean, twoFactorRequired: boolean | null, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, me: { __typename?: 'Me', id: string, username: string, displayName: string, realName: string, title: string, phoneMasked: string, phoneVerified: boolean, email: string, emailVerified: boolean, avatarUrl: string | null, realNameStatus: RealNameStatus, realNameVerified: boolean, studentOrStaffNumber: string, department: string, className: string, platformRole: PlatformRoleCode | null, platformRoleLabel: string | null, isAdministrator: boolean, wechatLinked: boolean, roles: Array<{ __typename?: 'RoleAssignment', role: RoleCode, label: string, organisation: { __typename?: 'OrganisationRef', id: string, name: string } | null }>, twoFactor: { __typename?: 'TwoFactorState', required: boolean, enrolled: boolean, verified: boolean } } | null } | null };

export type LoginCodeSendMutationVariables = Exact<{
  phone: Scalars['String']['input'];
}>;


export type LoginCodeSendMutation = { __typename?: 'Mutation', loginCodeSend: { __typename?: 'LoginCodeSend', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type LoginWithSmsCodeMutationVariables = Exact<{
  phone: Scalars['String']['input'];
  code: Scalars['String']['input'];
}>;


export type LoginWithSmsCodeMutation = { __typename?: 'Mutation', loginWithSmsCode: { __typename?: 'LoginWithSmsCode', ok: boolean, twoFactorRequired: boolean | null, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, me: { __typename?: 'Me', id: string, username: string, displayName: string, realName: string, title: string, phoneMasked: string, phoneVerified: boolean, email: string, emailVerified: boolean, avatarUrl: string | null, realNameStatus: RealNameStatus, realNameVerified: boolean, studentOrStaffNumber: string, department: string, className: string, platformRole: PlatformRoleCode | null, platformRoleLabel: string | null, isAdministrator: boolean, wechatLinked: boolean, roles: Array<{ __typename?: 'RoleAssignment', role: RoleCode, label: string, organisation: { __typename?: 'OrganisationRef', id: string, name: string } | null }>, twoFactor: { __typename?: 'TwoFactorState', required: boolean, enrolled: boolean, verified: boolean } } | null } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: { __typename?: 'Logout', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type LogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutEverywhereMutation = { __typename?: 'Mutation', logoutEverywhere: { __typename?: 'LogoutEverywhere', ok: boolean, endedCount: number | null, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type TwoFactorEnrolStartMutationVariables = Exact<{ [key: string]: never; }>;


export type TwoFactorEnrolStartMutation = { __typename?: 'Mutation', twoFactorEnrolStart: { __typename?: 'TwoFactorEnrolStart', ok: boolean, otpauthUrl: string | null, secret: string | null, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type TwoFactorEnrolConfirmMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type TwoFactorEnrolConfirmMutation = { __typename?: 'Mutation', twoFactorEnrolConfirm: { __typename?: 'TwoFactorEnrolConfirm', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, me: { __typename?: 'Me', id: string, username: string, displayName: string, realName: string, title: string, phoneMasked: string, phoneVerified: boolean, email: string, emailVerified: boolean, avatarUrl: string | null, realNameStatus: RealNameStatus, realNameVerified: boolean, studentOrStaffNumber: string, department: string, className: string, platformRole: PlatformRoleCode | null, platformRoleLabel: string | null, isAdministrator: boolean, wechatLinked: boolean, roles: Array<{ __typename?: 'RoleAssignment', role: RoleCode, label: string, organisation: { __typename?: 'OrganisationRef', id: string, name: string } | null }>, twoFactor: { __typename?: 'TwoFactorState', required: boolean, enrolled: boolean, verified: boolean } } | null } | null };

export type TwoFactorVerifyMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type TwoFactorVerifyMutation = { __typename?: 'Mutation', twoFactorVerify: { __typename?: 'TwoFactorVerify', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, me: { __typename?: 'Me', id: string, username: string, displayName: string, realName: string, title: string, phoneMasked: string, phoneVerified: boolean, email: string, emailVerified: boolean, avatarUrl: string | null, realNameStatus: RealNameStatus, realNameVerified: boolean, studentOrStaffNumber: string, department: string, className: string, platformRole: PlatformRoleCode | null, platformRoleLabel: string | null, isAdministrator: boolean, wechatLinked: boolean, roles: Array<{ __typename?: 'RoleAssignment', role: RoleCode, label: string, organisation: { __typename?: 'OrganisationRef', id: string, name: string } | null }>, twoFactor: { __typename?: 'TwoFactorState', required: boolean, enrolled: boolean, verified: boolean } } | null } | null };

export type ProfileUpdateMutationVariables = Exact<{
  title: InputMaybe<Scalars['String']['input']>;
  realName: InputMaybe<Scalars['String']['input']>;
}>;


export type ProfileUpdateMutation = { __typename?: 'Mutation', profileUpdate: { __typename?: 'ProfileUpdate', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, me: { __typename?: 'Me', id: string, username: string, displayName: string, realName: string, title: string, phoneMasked: string, phoneVerified: boolean, email: string, emailVerified: boolean, avatarUrl: string | null, realNameStatus: RealNameStatus, realNameVerified: boolean, studentOrStaffNumber: string, department: string, className: string, platformRole: PlatformRoleCode | null, platformRoleLabel: string | null, isAdministrator: boolean, wechatLinked: boolean, roles: Array<{ __typename?: 'RoleAssignment', role: RoleCode, label: string, organisation: { __typename?: 'OrganisationRef', id: string, name: string } | null }>, twoFactor: { __typename?: 'TwoFactorState', required: boolean, enrolled: boolean, verified: boolean } } | null } | null };

export type PasswordChangeMutationVariables = Exact<{
  oldPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type PasswordChangeMutation = { __typename?: 'Mutation', passwordChange: { __typename?: 'PasswordChange', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type ContactChangeStartMutationVariables = Exact<{
  channel: Channel;
  target: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type ContactChangeStartMutation = { __typename?: 'Mutation', contactChangeStart: { __typename?: 'ContactChangeStart', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type ContactChangeConfirmMutationVariables = Exact<{
  channel: Channel;
  target: Scalars['String']['input'];
  code: Scalars['String']['input'];
}>;


export type ContactChangeConfirmMutation = { __typename?: 'Mutation', contactChangeConfirm: { __typename?: 'ContactChangeConfirm', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, me: { __typename?: 'Me', id: string, username: string, displayName: string, realName: string, title: string, phoneMasked: string, phoneVerified: boolean, email: string, emailVerified: boolean, avatarUrl: string | null, realNameStatus: RealNameStatus, realNameVerified: boolean, studentOrStaffNumber: string, department: string, className: string, platformRole: PlatformRoleCode | null, platformRoleLabel: string | null, isAdministrator: boolean, wechatLinked: boolean, roles: Array<{ __typename?: 'RoleAssignment', role: RoleCode, label: string, organisation: { __typename?: 'OrganisationRef', id: string, name: string } | null }>, twoFactor: { __typename?: 'TwoFactorState', required: boolean, enrolled: boolean, verified: boolean } } | null } | null };

export type SessionRevokeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SessionRevokeMutation = { __typename?: 'Mutation', sessionRevoke: { __typename?: 'SessionRevoke', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, session: { __typename?: 'LoginSession', id: string, endedAt: any | null } | null } | null };

export type OrganisationsForRealNameQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationsForRealNameQuery = { __typename?: 'Query', organisationsForRealName: Array<{ __typename?: 'RealNameOrganisation', id: string, name: string, shortName: string, kind: OrganisationKind, hasRoster: boolean }> };

export type RealNameClaimMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  number: Scalars['String']['input'];
}>;


export type RealNameClaimMutation = { __typename?: 'Mutation', realNameClaim: { __typename?: 'RealNameClaimSubmit', ok: boolean, status: RealNameStatus | null, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, claim: { __typename?: 'RealNameClaim', id: string, status: RealNameClaimStatus, createdAt: any } | null } | null };

export type LoginOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type LoginOptionsQuery = { __typename?: 'Query', loginOptions: { __typename?: 'LoginOptions', wechatWeb: boolean } };

export type CourseBuilderResourceFieldsFragment = { __typename?: 'Resource', id: string, title: string, type: ResourceType, status: ResourceStatus };

export type CourseBuilderStructureFieldsFragment = { __typename?: 'CourseStructure', version: number | null, modules: Array<{ __typename?: 'CourseStructureModule', id: string, title: string, parentId: string | null, depth: number, units: Array<{ __typename?: 'CourseStructureUnit', id: string, title: string, items: Array<{ __typename?: 'CourseStructureItem', id: string, order: number, openForTrial: boolean, withdrawn: boolean, resource: { __typename?: 'Resource', id: string, title: string, type: ResourceType, status: ResourceStatus } | null, assembly: { __typename?: 'Assembly', id: string, title: string, description: string } | null, assemblyResources: Array<{ __typename?: 'Resource', id: string, title: string, type: ResourceType, status: ResourceStatus }> }> }> }> };

export type CourseBuildAccessQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CourseBuildAccessQuery = { __typename?: 'Query', course: { __typename?: 'Course', id: string, affectedItems: Array<{ __typename?: 'AffectedItem', itemId: string }> | null } | null };

export type CourseBuilderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  version: InputMaybe<Scalars['Int']['input']>;
}>;


export type CourseBuilderQuery = { __typename?: 'Query', course: { __typename?: 'Course', id: string, name: string, major: { __typename?: 'Major', id: string, code: string, name: string }, structure: { __typename?: 'CourseStructure', version: number | null, modules: Array<{ __typename?: 'CourseStructureModule', id: string, title: string, parentId: string | null, depth: number, units: Array<{ __typename?: 'CourseStructureUnit', id: string, title: string, items: Array<{ __typename?: 'CourseStructureItem', id: string, order: number, openForTrial: boolean, withdrawn: boolean, resource: { __typename?: 'Resource', id: string, title: string, type: ResourceType, status: ResourceStatus } | null, assembly: { __typename?: 'Assembly', id: string, title: string, description: string } | null, assemblyResources: Array<{ __typename?: 'Resource', id: string, title: string, type: ResourceType, status: ResourceStatus }> }> }> }> } | null, affectedItems: Array<{ __typename?: 'AffectedItem', itemId: string, unitId: string, unitTitle: string, moduleId: string, moduleTitle: string, resourceTitles: Array<string> }> | null } | null };

export type CourseBuilderTargetsQueryVariables = Exact<{
  code: InputMaybe<Scalars['String']['input']>;
}>;


export type CourseBuilderTargetsQuery = { __typename?: 'Query', major: { __typename?: 'Major', id: string, courses: Array<{ __typename?: 'Course', id: string, name: string, affectedItems: Array<{ __typename?: 'AffectedItem', itemId: string }> | null }> } | null };

export type CourseBuilderTargetModulesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CourseBuilderTargetModulesQuery = { __typename?: 'Query', course: { __typename?: 'Course', id: string, structure: { __typename?: 'CourseStructure', version: number | null, modules: Array<{ __typename?: 'CourseStructureModule', id: string, title: string, parentId: string | null, depth: number }> } | null } | null };

export type ModuleAddMutationVariables = Exact<{
  courseId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  parentId: InputMaybe<Scalars['ID']['input']>;
  position: InputMaybe<Scalars['Int']['input']>;
}>;


export type ModuleAddMutation = { __typename?: 'Mutation', moduleAdd: { __typename?: 'ModuleAdd', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, module: { __typename?: 'CourseModuleNode', id: string, title: string, parentId: string | null, order: number } | null } | null };

export type ModuleMoveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  courseId: Scalars['ID']['input'];
  parentId: InputMaybe<Scalars['ID']['input']>;
  position: InputMaybe<Scalars['Int']['input']>;
}>;


export type ModuleMoveMutation = { __typename?: 'Mutation', moduleMove: { __typename?: 'ModuleMove', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, module: { __typename?: 'CourseModuleNode', id: string, courseId: string, parentId: string | null, order: number } | null } | null };

export type ModuleCopyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  courseId: Scalars['ID']['input'];
  parentId: InputMaybe<Scalars['ID']['input']>;
  position: InputMaybe<Scalars['Int']['input']>;
}>;


export type ModuleCopyMutation = { __typename?: 'Mutation', moduleCopy: { __typename?: 'ModuleCopy', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, module: { __typename?: 'CourseModuleNode', id: string, courseId: string, parentId: string | null, order: number } | null } | null };

export type UnitAddMutationVariables = Exact<{
  moduleId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  position: InputMaybe<Scalars['Int']['input']>;
}>;


export type UnitAddMutation = { __typename?: 'Mutation', unitAdd: { __typename?: 'UnitAdd', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, unit: { __typename?: 'CourseUnitNode', id: string, title: string, moduleId: string, order: number } | null } | null };

export type ItemAddMutationVariables = Exact<{
  unitId: Scalars['ID']['input'];
  resourceId: InputMaybe<Scalars['ID']['input']>;
  assemblyId: InputMaybe<Scalars['ID']['input']>;
  position: InputMaybe<Scalars['Int']['input']>;
}>;


export type ItemAddMutation = { __typename?: 'Mutation', itemAdd: { __typename?: 'ItemAdd', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, item: { __typename?: 'CourseItemNode', id: string, unitId: string, order: number } | null } | null };

export type ItemsReorderMutationVariables = Exact<{
  unitId: Scalars['ID']['input'];
  itemIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ItemsReorderMutation = { __typename?: 'Mutation', itemsReorder: { __typename?: 'ItemsReorder', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, items: Array<{ __typename?: 'CourseItemNode', id: string, unitId: string, order: number }> | null } | null };

export type ItemRemoveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ItemRemoveMutation = { __typename?: 'Mutation', itemRemove: { __typename?: 'ItemRemove', ok: boolean, removedId: string | null, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type AssemblyCreateMutationVariables = Exact<{
  title: Scalars['String']['input'];
  description: InputMaybe<Scalars['String']['input']>;
  resourceIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type AssemblyCreateMutation = { __typename?: 'Mutation', assemblyCreate: { __typename?: 'AssemblyCreate', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, assembly: { __typename?: 'Assembly', id: string, title: string, description: string } | null } | null };

export type AssemblyUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  title: InputMaybe<Scalars['String']['input']>;
  description: InputMaybe<Scalars['String']['input']>;
  resourceIds: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type AssemblyUpdateMutation = { __typename?: 'Mutation', assemblyUpdate: { __typename?: 'AssemblyUpdate', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, assembly: { __typename?: 'Assembly', id: string, title: string, description: string } | null } | null };

export type CourseStructurePublishMutationVariables = Exact<{
  courseId: Scalars['ID']['input'];
}>;


export type CourseStructurePublishMutation = { __typename?: 'Mutation', courseStructurePublish: { __typename?: 'CourseStructurePublish', ok: boolean, version: number | null, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type CourseStructureVersionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CourseStructureVersionsQuery = { __typename?: 'Query', course: { __typename?: 'Course', id: string, structureVersions: Array<{ __typename?: 'CourseStructureVersion', number: number, publishedAt: any, publishedBy: string | null, itemCount: number }> | null } | null };

export type CourseBuilderAssemblyFieldsFragment = { __typename?: 'Assembly', id: string, title: string, description: string, withdrawnCount: number, courseItemCount: number, canEdit: boolean, updatedAt: any, resources: Array<{ __typename?: 'Resource', id: string, title: string, type: ResourceType, status: ResourceStatus }> };

export type MyAssembliesQueryVariables = Exact<{
  query: InputMaybe<Scalars['String']['input']>;
  limit: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
}>;


export type MyAssembliesQuery = { __typename?: 'Query', myAssemblies: { __typename?: 'AssemblyList', total: number, items: Array<{ __typename?: 'Assembly', id: string, title: string, description: string, withdrawnCount: number, courseItemCount: number, canEdit: boolean, updatedAt: any, resources: Array<{ __typename?: 'Resource', id: string, title: string, type: ResourceType, status: ResourceStatus }> }> } };

export type ModuleRenameMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  title: Scalars['String']['input'];
}>;


export type ModuleRenameMutation = { __typename?: 'Mutation', moduleRename: { __typename?: 'ModuleRename', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, module: { __typename?: 'CourseModuleNode', id: string, title: string } | null } | null };

export type ModuleRemoveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ModuleRemoveMutation = { __typename?: 'Mutation', moduleRemove: { __typename?: 'ModuleRemove', ok: boolean, removedId: string | null, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type UnitRenameMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  title: Scalars['String']['input'];
}>;


export type UnitRenameMutation = { __typename?: 'Mutation', unitRename: { __typename?: 'UnitRename', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, unit: { __typename?: 'CourseUnitNode', id: string, title: string } | null } | null };

export type UnitMoveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  moduleId: Scalars['ID']['input'];
  position: InputMaybe<Scalars['Int']['input']>;
}>;


export type UnitMoveMutation = { __typename?: 'Mutation', unitMove: { __typename?: 'UnitMove', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, unit: { __typename?: 'CourseUnitNode', id: string, moduleId: string, order: number } | null } | null };

export type UnitRemoveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnitRemoveMutation = { __typename?: 'Mutation', unitRemove: { __typename?: 'UnitRemove', ok: boolean, removedId: string | null, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type ItemUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  openForTrial: Scalars['Boolean']['input'];
}>;


export type ItemUpdateMutation = { __typename?: 'Mutation', itemUpdate: { __typename?: 'ItemUpdate', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, item: { __typename?: 'CourseItemNode', id: string, openForTrial: boolean } | null } | null };

export type AssemblyDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssemblyDeleteMutation = { __typename?: 'Mutation', assemblyDelete: { __typename?: 'AssemblyDelete', ok: boolean, removedId: string | null, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type CatalogueCourseCardFragment = { __typename?: 'Course', id: string, name: string, kind: CourseKind, level: CourseLevel, summary: string, hours: number, credits: number, coverUrl: string | null, major: { __typename?: 'Major', id: string, code: string, name: string }, teachers: Array<{ __typename?: 'CourseTeacher', id: string, name: string, title: string, role: TeacherRole, photoUrl: string | null }> };

export type CourseCatalogueQueryVariables = Exact<{
  major: InputMaybe<Scalars['String']['input']>;
  kind: InputMaybe<CourseKind>;
  level: InputMaybe<CourseLevel>;
  search: InputMaybe<Scalars['String']['input']>;
  limit: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
}>;


export type CourseCatalogueQuery = { __typename?: 'Query', courses: { __typename?: 'CourseList', totalCount: number, items: Array<{ __typename?: 'Course', id: string, name: string, kind: CourseKind, level: CourseLevel, summary: string, hours: number, credits: number, coverUrl: string | null, major: { __typename?: 'Major', id: string, code: string, name: string }, teachers: Array<{ __typename?: 'CourseTeacher', id: string, name: string, title: string, role: TeacherRole, photoUrl: string | null }> }>, facets: { __typename?: 'CatalogueFacets', majors: Array<{ __typename?: 'MajorFacetCount', code: string, count: number }>, kinds: Array<{ __typename?: 'KindFacetCount', kind: CourseKind, count: number }>, levels: Array<{ __typename?: 'LevelFacetCount', level: CourseLevel, count: number }> } } };

export type CatalogueMajorsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueMajorsQuery = { __typename?: 'Query', majors: { __typename?: 'MajorList', totalCount: number, items: Array<{ __typename?: 'Major', id: string, code: string, name: string }> } };

export type CoursePortalFieldsFragment = { __typename?: 'CoursePortal', name: string, template: PortalTemplate, level: CourseLevel, summary: string, intro: string, coverUrl: string | null, standard: { __typename?: 'CourseStandard', totalHours: number, goals: Array<{ __typename?: 'CourseGoal', id: string | null, kind: GoalKind, text: string }>, modules: Array<{ __typename?: 'StandardModule', id: string | null, title: string, hours: number, summary: string }>, methods: Array<{ __typename?: 'TeachingMethod', id: string | null, name: string, description: string }>, assessment: Array<{ __typename?: 'AssessmentItem', id: string | null, name: string, weight: number, description: string }> }, teachers: Array<{ __typename?: 'PortalTeacher', id: string | null, name: string, title: string, organisation: string, role: TeacherRole, bio: string, photoUrl: string | null }> };

export type CoursePortalQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CoursePortalQuery = { __typename?: 'Query', course: { __typename?: 'Course', id: string, portal: { __typename?: 'CoursePortal', name: string, template: PortalTemplate, level: CourseLevel, summary: string, intro: string, coverUrl: string | null, standard: { __typename?: 'CourseStandard', totalHours: number, goals: Array<{ __typename?: 'CourseGoal', id: string | null, kind: GoalKind, text: string }>, modules: Array<{ __typename?: 'StandardModule', id: string | null, title: string, hours: number, summary: string }>, methods: Array<{ __typename?: 'TeachingMethod', id: string | null, name: string, description: string }>, assessment: Array<{ __typename?: 'AssessmentItem', id: string | null, name: string, weight: number, description: string }> }, teachers: Array<{ __typename?: 'PortalTeacher', id: string | null, name: string, title: string, organisation: string, role: TeacherRole, bio: string, photoUrl: string | null }> } } | null };

export type CoursePortalDraftFieldsFragment = { __typename?: 'CoursePortalDraft', status: PortalStatus, updatedAt: any | null, comment: string, portal: { __typename?: 'CoursePortal', introSource: string, name: string, template: PortalTemplate, level: CourseLevel, summary: string, intro: string, coverUrl: string | null, standard: { __typename?: 'CourseStandard', totalHours: number, goals: Array<{ __typename?: 'CourseGoal', id: string | null, kind: GoalKind, text: string }>, modules: Array<{ __typename?: 'StandardModule', id: string | null, title: string, hours: number, summary: string }>, methods: Array<{ __typename?: 'TeachingMethod', id: string | null, name: string, description: string }>, assessment: Array<{ __typename?: 'AssessmentItem', id: string | null, name: string, weight: number, description: string }> }, teachers: Array<{ __typename?: 'PortalTeacher', id: string | null, name: string, title: string, organisation: string, role: TeacherRole, bio: string, photoUrl: string | null }> } };

export type CoursePortalTeamDraftQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CoursePortalTeamDraftQuery = { __typename?: 'Query', course: { __typename?: 'Course', id: string, name: string, major: { __typename?: 'Major', id: string, code: string, name: string }, portalDraft: { __typename?: 'CoursePortalDraft', status: PortalStatus, updatedAt: any | null, comment: string, portal: { __typename?: 'CoursePortal', introSource: string, name: string, template: PortalTemplate, level: CourseLevel, summary: string, intro: string, coverUrl: string | null, standard: { __typename?: 'CourseStandard', totalHours: number, goals: Array<{ __typename?: 'CourseGoal', id: string | null, kind: GoalKind, text: string }>, modules: Array<{ __typename?: 'StandardModule', id: string | null, title: string, hours: number, summary: string }>, methods: Array<{ __typename?: 'TeachingMethod', id: string | null, name: string, description: string }>, assessment: Array<{ __typename?: 'AssessmentItem', id: string | null, name: string, weight: number, description: string }> }, teachers: Array<{ __typename?: 'PortalTeacher', id: string | null, name: string, title: string, organisation: string, role: TeacherRole, bio: string, photoUrl: string | null }> } } | null } | null };

export type CoursePortalSaveMutationVariables = Exact<{
  courseId: Scalars['ID']['input'];
  input: CoursePortalInput;
  submit: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CoursePortalSaveMutation = { __typename?: 'Mutation', coursePortalSave: { __typename?: 'CoursePortalSave', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, draft: { __typename?: 'CoursePortalDraft', status: PortalStatus, updatedAt: any | null, comment: string, portal: { __typename?: 'CoursePortal', introSource: string, name: string, template: PortalTemplate, level: CourseLevel, summary: string, intro: string, coverUrl: string | null, standard: { __typename?: 'CourseStandard', totalHours: number, goals: Array<{ __typename?: 'CourseGoal', id: string | null, kind: GoalKind, text: string }>, modules: Array<{ __typename?: 'StandardModule', id: string | null, title: string, hours: number, summary: string }>, methods: Array<{ __typename?: 'TeachingMethod', id: string | null, name: string, description: string }>, assessment: Array<{ __typename?: 'AssessmentItem', id: string | null, name: string, weight: number, description: string }> }, teachers: Array<{ __typename?: 'PortalTeacher', id: string | null, name: string, title: string, organisation: string, role: TeacherRole, bio: string, photoUrl: string | null }> } } | null } | null };

export type CoursePortalSubmitMutationVariables = Exact<{
  courseId: Scalars['ID']['input'];
}>;


export type CoursePortalSubmitMutation = { __typename?: 'Mutation', coursePortalSubmit: { __typename?: 'CoursePortalSubmit', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, draft: { __typename?: 'CoursePortalDraft', status: PortalStatus, updatedAt: any | null, comment: string, portal: { __typename?: 'CoursePortal', introSource: string, name: string, template: PortalTemplate, level: CourseLevel, summary: string, intro: string, coverUrl: string | null, standard: { __typename?: 'CourseStandard', totalHours: number, goals: Array<{ __typename?: 'CourseGoal', id: string | null, kind: GoalKind, text: string }>, modules: Array<{ __typename?: 'StandardModule', id: string | null, title: string, hours: number, summary: string }>, methods: Array<{ __typename?: 'TeachingMethod', id: string | null, name: string, description: string }>, assessment: Array<{ __typename?: 'AssessmentItem', id: string | null, name: string, weight: number, description: string }> }, teachers: Array<{ __typename?: 'PortalTeacher', id: string | null, name: string, title: string, organisation: string, role: TeacherRole, bio: string, photoUrl: string | null }> } } | null } | null };

export type CourseQuestionFieldsFragment = { __typename?: 'CourseQuestion', id: string, text: string, status: CourseQuestionStatus, createdAt: any, askedBy: string | null, answer: string, answeredBy: string | null, answeredAt: any | null, faqEntryId: string | null, dismissReason: CourseQuestionDismissReason | null, dismissNote: string, dismissedAt: any | null };

export type CourseOpenQuestionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type CourseOpenQuestionsQuery = { __typename?: 'Query', course: { __typename?: 'Course', id: string, openQuestions: { __typename?: 'CourseQuestionPage', total: number, questions: Array<{ __typename?: 'CourseQuestion', id: string, text: string, status: CourseQuestionStatus, createdAt: any, askedBy: string | null, answer: string, answeredBy: string | null, answeredAt: any | null, faqEntryId: string | null, dismissReason: CourseQuestionDismissReason | null, dismissNote: string, dismissedAt: any | null }> } | null } | null };

export type CourseMyQuestionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type CourseMyQuestionsQuery = { __typename?: 'Query', course: { __typename?: 'Course', id: string, myQuestions: { __typename?: 'CourseQuestionPage', total: number, questions: Array<{ __typename?: 'CourseQuestion', id: string, text: string, status: CourseQuestionStatus, createdAt: any, askedBy: string | null, answer: string, answeredBy: string | null, answeredAt: any | null, faqEntryId: string | null, dismissReason: CourseQuestionDismissReason | null, dismissNote: string, dismissedAt: any | null }> } | null } | null };

export type CourseQuestionAnswerMutationVariables = Exact<{
  questionId: Scalars['ID']['input'];
  answer: Scalars['String']['input'];
  addToFaq: InputMaybe<Scalars['Boolean']['input']>;
  pointIds: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type CourseQuestionAnswerMutation = { __typename?: 'Mutation', courseQuestionAnswer: { __typename?: 'CourseQuestionAnswer', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, question: { __typename?: 'CourseQuestion', id: string, text: string, status: CourseQuestionStatus, createdAt: any, askedBy: string | null, answer: string, answeredBy: string | null, answeredAt: any | null, faqEntryId: string | null, dismissReason: CourseQuestionDismissReason | null, dismissNote: string, dismissedAt: any | null } | null, faqEntry: { __typename?: 'FaqEntry', id: string, question: string } | null } | null };

export type CourseQuestionDismissMutationVariables = Exact<{
  questionId: Scalars['ID']['input'];
  reason: CourseQuestionDismissReason;
  note: InputMaybe<Scalars['String']['input']>;
}>;


export type CourseQuestionDismissMutation = { __typename?: 'Mutation', courseQuestionDismiss: { __typename?: 'CourseQuestionDismiss', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, question: { __typename?: 'CourseQuestion', id: string, text: string, status: CourseQuestionStatus, createdAt: any, askedBy: string | null, answer: string, answeredBy: string | null, answeredAt: any | null, faqEntryId: string | null, dismissReason: CourseQuestionDismissReason | null, dismissNote: string, dismissedAt: any | null } | null } | null };

export type CoursePageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CoursePageQuery = { __typename?: 'Query', course: { __typename?: 'Course', id: string, slug: string, name: string, kind: CourseKind, summary: string, intro: string, hours: number, credits: number, semester: number | null, major: { __typename?: 'Major', id: string, code: string, name: string }, teachers: Array<{ __typename?: 'CourseTeacher', id: string, name: string, title: string, organisation: string, role: TeacherRole, bio: string }>, outline: Array<{ __typename?: 'OutlineItem', id: string, title: string, summary: string, hours: number }>, skillPoints: Array<{ __typename?: 'SkillPoint', id: string, name: string, description: string, jobPositions: Array<{ __typename?: 'JobPosition', id: string, name: string, description: string }> }>, prerequisites: Array<{ __typename?: 'Course', id: string, name: string, kind: CourseKind }> } | null };

export type CourseKnowledgeGraphQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CourseKnowledgeGraphQuery = { __typename?: 'Query', course: { __typename?: 'Course', id: string, graph: { __typename?: 'KnowledgeGraph', canEdit: boolean, jobPositionOptions: Array<{ __typename?: 'JobPosition', id: string, name: string }>, nodes: Array<{ __typename?: 'KnowledgeGraphNode', id: string, studyOrder: number, step: number, resourceTotal: number, x: number | null, y: number | null, resourceCounts: Array<{ __typename?: 'ResourceCount', type: ResourceType, count: number }>, point: { __typename?: 'KnowledgePoint', id: string, name: string, kind: KnowledgePointKind, description: string, jobPositions: Array<{ __typename?: 'JobPosition', id: string, name: string }> } }>, edges: Array<{ __typename?: 'KnowledgeGraphEdge', id: string, sourceId: string, targetId: string, kind: KnowledgeEdgeKind }> }, coverage: { __typename?: 'CourseCoverage', pointsWithGaps: number, points: Array<{ __typename?: 'PointCoverage', resources: number, videosAndAnimations: number, questions: number, gaps: Array<CoverageGap>, point: { __typename?: 'KnowledgePoint', id: string, name: string, kind: KnowledgePointKind } }> } | null } | null };

export type KnowledgePointResourcesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KnowledgePointResourcesQuery = { __typename?: 'Query', knowledgePoint: { __typename?: 'KnowledgePoint', id: string, name: string, kind: KnowledgePointKind, description: string, resources: Array<{ __typename?: 'Resource', id: string, title: string, type: ResourceType }> } | null };

export type KnowledgeEdgeAddMutationVariables = Exact<{
  sourceId: Scalars['ID']['input'];
  targetId: Scalars['ID']['input'];
  kind: KnowledgeEdgeKind;
}>;


export type KnowledgeEdgeAddMutation = { __typename?: 'Mutation', knowledgeEdgeAdd: { __typename?: 'KnowledgeEdgeAdd', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, edge: { __typename?: 'KnowledgeGraphEdge', id: string, sourceId: string, targetId: string, kind: KnowledgeEdgeKind } | null } | null };

export type KnowledgeEdgeRemoveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KnowledgeEdgeRemoveMutation = { __typename?: 'Mutation', knowledgeEdgeRemove: { __typename?: 'KnowledgeEdgeRemove', ok: boolean, removedId: string | null, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type CourseAnswerQueryVariables = Exact<{
  courseId: Scalars['ID']['input'];
  question: Scalars['String']['input'];
}>;


export type CourseAnswerQuery = { __typename?: 'Query', courseAnswer: { __typename?: 'CourseAnswer', answered: boolean, confidence: number, suggestion: string, canPost: boolean, entry: { __typename?: 'FaqEntry', id: string, question: string, answer: string } | null, points: Array<{ __typename?: 'KnowledgePoint', id: string, name: string, kind: KnowledgePointKind }>, prerequisites: Array<{ __typename?: 'KnowledgePoint', id: string, name: string, kind: KnowledgePointKind }>, resources: Array<{ __typename?: 'AnswerResource', pointId: string, resource: { __typename?: 'Resource', id: string, title: string, type: ResourceType } }>, sources: Array<{ __typename?: 'AnswerSource', kind: AnswerSourceKind, id: string, title: string, reason: string }> } };

export type CourseQuestionPostMutationVariables = Exact<{
  courseId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type CourseQuestionPostMutation = { __typename?: 'Mutation', courseQuestionPost: { __typename?: 'CourseQuestionPost', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, question: { __typename?: 'CourseQuestion', id: string, text: string, status: CourseQuestionStatus, createdAt: any } | null } | null };

export type CourseFaqQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type CourseFaqQuery = { __typename?: 'Query', course: { __typename?: 'Course', id: string, faq: { __typename?: 'CourseFaq', total: number, entries: Array<{ __typename?: 'FaqEntry', id: string, question: string, answer: string, points: Array<{ __typename?: 'KnowledgePoint', id: string, name: string }> }> } } | null };

export type CourseStructureOutlineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CourseStructureOutlineQuery = { __typename?: 'Query', course: { __typename?: 'Course', id: string, structure: { __typename?: 'CourseStructure', version: number | null, modules: Array<{ __typename?: 'CourseStructureModule', id: string, title: string, depth: number, parentId: string | null, units: Array<{ __typename?: 'CourseStructureUnit', id: string, title: string, items: Array<{ __typename?: 'CourseStructureItem', id: string, openForTrial: boolean, locked: boolean, withdrawn: boolean, title: string, type: ResourceType | null, resource: { __typename?: 'Resource', id: string, title: string, type: ResourceType } | null, assembly: { __typename?: 'Assembly', id: string, title: string } | null, assemblyResources: Array<{ __typename?: 'Resource', id: string, title: string, type: ResourceType }> }> }> }> } | null } | null };

export type KnowledgePointAddMutationVariables = Exact<{
  courseId: Scalars['ID']['input'];
  kind: KnowledgePointKind;
  name: Scalars['String']['input'];
  description: InputMaybe<Scalars['String']['input']>;
  jobPositionIds: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type KnowledgePointAddMutation = { __typename?: 'Mutation', knowledgePointAdd: { __typename?: 'KnowledgePointAdd', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, point: { __typename?: 'KnowledgePoint', id: string, name: string, kind: KnowledgePointKind } | null } | null };

export type KnowledgePointUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  kind: KnowledgePointKind;
  name: Scalars['String']['input'];
  description: InputMaybe<Scalars['String']['input']>;
  jobPositionIds: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type KnowledgePointUpdateMutation = { __typename?: 'Mutation', knowledgePointUpdate: { __typename?: 'KnowledgePointUpdate', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, point: { __typename?: 'KnowledgePoint', id: string, name: string, kind: KnowledgePointKind } | null } | null };

export type KnowledgePointRemoveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KnowledgePointRemoveMutation = { __typename?: 'Mutation', knowledgePointRemove: { __typename?: 'KnowledgePointRemove', ok: boolean, removedId: string | null, removedEdges: number | null, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type KnowledgeGraphLayoutSaveMutationVariables = Exact<{
  courseId: Scalars['ID']['input'];
  positions: Array<KnowledgePointPositionInput> | KnowledgePointPositionInput;
}>;


export type KnowledgeGraphLayoutSaveMutation = { __typename?: 'Mutation', knowledgeGraphLayoutSave: { __typename?: 'KnowledgeGraphLayoutSave', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, positions: Array<{ __typename?: 'KnowledgePointPosition', pointId: string, x: number, y: number }> } | null };

export type LibraryResourceCardFieldsFragment = { __typename?: 'Resource', id: string, title: string, type: ResourceType, description: string, keywords: Array<string>, previewUrl: string | null, viewCount: number, downloadCount: number, publishedAt: any | null, organisation: { __typename?: 'NamedRef', id: string, name: string }, major: { __typename?: 'NamedRef', id: string, name: string }, course: { __typename?: 'NamedRef', id: string, name: string } | null };

export type LibraryFacetBucketFieldsFragment = { __typename?: 'FacetBucket', value: string, label: string, count: number };

export type LibraryResourcesQueryVariables = Exact<{
  query: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ResourceFilterInput>;
  sort: InputMaybe<ResourceSort>;
  limit: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
}>;


export type LibraryResourcesQuery = { __typename?: 'Query', resources: { __typename?: 'ResourceSearchResult', total: number, items: Array<{ __typename?: 'Resource', id: string, title: string, type: ResourceType, description: string, keywords: Array<string>, previewUrl: string | null, viewCount: number, downloadCount: number, publishedAt: any | null, organisation: { __typename?: 'NamedRef', id: string, name: string }, major: { __typename?: 'NamedRef', id: string, name: string }, course: { __typename?: 'NamedRef', id: string, name: string } | null }>, facets: { __typename?: 'ResourceFacets', majors: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }>, courses: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }>, types: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }>, sources: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }>, knowledgePoints: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }> } } };

export type LibraryLatestResourcesQueryVariables = Exact<{
  majorId: Scalars['ID']['input'];
  limit: InputMaybe<Scalars['Int']['input']>;
}>;


export type LibraryLatestResourcesQuery = { __typename?: 'Query', resources: { __typename?: 'ResourceSearchResult', total: number, items: Array<{ __typename?: 'Resource', id: string, title: string, type: ResourceType, description: string, keywords: Array<string>, previewUrl: string | null, viewCount: number, downloadCount: number, publishedAt: any | null, organisation: { __typename?: 'NamedRef', id: string, name: string }, major: { __typename?: 'NamedRef', id: string, name: string }, course: { __typename?: 'NamedRef', id: string, name: string } | null }> } };

export type LibraryAutocompleteQueryVariables = Exact<{
  prefix: Scalars['String']['input'];
  limit: InputMaybe<Scalars['Int']['input']>;
}>;


export type LibraryAutocompleteQuery = { __typename?: 'Query', resourceAutocomplete: Array<string> };

export type LibraryResourceMediaFieldsFragment = { __typename?: 'ResourceMedia', state: MediaState, progress: number, errorCode: string, errorMessage: string, playable: boolean, canRetry: boolean, hlsUrl: string, posterUrl: string, spriteVttUrl: string, mp4Url: string, webmUrl: string, audioUrl: string, peaksUrl: string, thumbnailUrl: string, pdfUrl: string, subtitleUrl: string, packageUrl: string, pages: Array<string>, subtitles: Array<{ __typename?: 'SubtitleTrack', language: string, label: string, url: string }>, images: Array<{ __typename?: 'MediaImage', width: number, url: string, fallbackUrl: string }>, conversions: Array<{ __typename?: 'MediaConversion', kind: ConversionKind, state: MediaState, progress: number, url: string, errorMessage: string }> };

export type LibraryResourceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LibraryResourceQuery = { __typename?: 'Query', resource: { __typename?: 'Resource', body: string, url: string, source: ResourceSource, licence: Licence, audienceLevel: AudienceLevel, visibility: Visibility, downloadRequiresLogin: boolean, rightsHolder: string, downloadUrl: string | null, canDownload: boolean, canEdit: boolean, updatedAt: any, id: string, title: string, type: ResourceType, description: string, keywords: Array<string>, previewUrl: string | null, viewCount: number, downloadCount: number, publishedAt: any | null, module: { __typename?: 'NamedRef', id: string, name: string } | null, knowledgePoints: Array<{ __typename?: 'ResourcePoint', id: string, name: string, kind: string }>, authors: Array<{ __typename?: 'ResourceAuthor', name: string, organisationName: string }>, file: { __typename?: 'ResourceFile', filename: string, extension: string, mime: string, size: number, width: number | null, height: number | null, durationSeconds: number | null, pages: number | null } | null, media: { __typename?: 'ResourceMedia', state: MediaState, progress: number, errorCode: string, errorMessage: string, playable: boolean, canRetry: boolean, hlsUrl: string, posterUrl: string, spriteVttUrl: string, mp4Url: string, webmUrl: string, audioUrl: string, peaksUrl: string, thumbnailUrl: string, pdfUrl: string, subtitleUrl: string, packageUrl: string, pages: Array<string>, subtitles: Array<{ __typename?: 'SubtitleTrack', language: string, label: string, url: string }>, images: Array<{ __typename?: 'MediaImage', width: number, url: string, fallbackUrl: string }>, conversions: Array<{ __typename?: 'MediaConversion', kind: ConversionKind, state: MediaState, progress: number, url: string, errorMessage: string }> } | null, organisation: { __typename?: 'NamedRef', id: string, name: string }, major: { __typename?: 'NamedRef', id: string, name: string }, course: { __typename?: 'NamedRef', id: string, name: string } | null } | null };

export type LibraryResourceViewedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LibraryResourceViewedMutation = { __typename?: 'Mutation', resourceViewed: { __typename?: 'ResourceViewed', ok: boolean, viewCount: number | null, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type LibraryResourceMediaRetryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LibraryResourceMediaRetryMutation = { __typename?: 'Mutation', resourceMediaRetry: { __typename?: 'ResourceMediaRetry', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, resource: { __typename?: 'Resource', id: string, media: { __typename?: 'ResourceMedia', state: MediaState, progress: number, errorCode: string, errorMessage: string, playable: boolean, canRetry: boolean, hlsUrl: string, posterUrl: string, spriteVttUrl: string, mp4Url: string, webmUrl: string, audioUrl: string, peaksUrl: string, thumbnailUrl: string, pdfUrl: string, subtitleUrl: string, packageUrl: string, pages: Array<string>, subtitles: Array<{ __typename?: 'SubtitleTrack', language: string, label: string, url: string }>, images: Array<{ __typename?: 'MediaImage', width: number, url: string, fallbackUrl: string }>, conversions: Array<{ __typename?: 'MediaConversion', kind: ConversionKind, state: MediaState, progress: number, url: string, errorMessage: string }> } | null } | null } | null };

export type LibraryResourceConversionRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  kind: ConversionKind;
}>;


export type LibraryResourceConversionRequestMutation = { __typename?: 'Mutation', resourceConversionRequest: { __typename?: 'ResourceConversionRequest', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, resource: { __typename?: 'Resource', id: string, media: { __typename?: 'ResourceMedia', state: MediaState, progress: number, errorCode: string, errorMessage: string, playable: boolean, canRetry: boolean, hlsUrl: string, posterUrl: string, spriteVttUrl: string, mp4Url: string, webmUrl: string, audioUrl: string, peaksUrl: string, thumbnailUrl: string, pdfUrl: string, subtitleUrl: string, packageUrl: string, pages: Array<string>, subtitles: Array<{ __typename?: 'SubtitleTrack', language: string, label: string, url: string }>, images: Array<{ __typename?: 'MediaImage', width: number, url: string, fallbackUrl: string }>, conversions: Array<{ __typename?: 'MediaConversion', kind: ConversionKind, state: MediaState, progress: number, url: string, errorMessage: string }> } | null } | null } | null };

export type MajorOverviewFragment = { __typename?: 'Major', id: string, code: string, name: string, category: string, subcategory: string, level: string, durationYears: number, intro: string, organisations: Array<{ __typename?: 'Organisation', id: string, name: string, shortName: string, kind: OrganisationKind, role: OrganisationRole, website: string }> };

export type TrainingProgramDetailsFragment = { __typename?: 'TrainingProgram', trainingGoal: string, abilities: Array<string>, graduationRequirements: Array<string>, totalHours: number, totalCredits: number, practiceHoursRatio: number, courseSettings: Array<{ __typename?: 'CourseSetting', id: string, category: CourseSettingCategory, credits: number, hours: number, practiceHours: number, courseNames: Array<string> }>, practiceComponents: Array<{ __typename?: 'PracticeComponent', id: string, name: string, kind: PracticeKind, hours: number, credits: number, semester: string, description: string }>, certificates: Array<{ __typename?: 'Certificate', id: string, name: string, kind: CertificateKind, level: string, issuer: string, courses: Array<{ __typename?: 'Course', id: string, name: string }> }> };

export type CourseGraphFragment = { __typename?: 'Major', courses: Array<{ __typename?: 'Course', id: string, name: string, kind: CourseKind, hours: number, credits: number, semester: number | null, skillPoints: Array<{ __typename?: 'SkillPoint', id: string, name: string, description: string, jobPositions: Array<{ __typename?: 'JobPosition', id: string, name: string }> }> }>, jobPositions: Array<{ __typename?: 'JobPosition', id: string, name: string, description: string }>, courseRelations: Array<{ __typename?: 'CourseRelation', id: string, kind: CourseRelationKind, source: { __typename?: 'Course', id: string }, target: { __typename?: 'Course', id: string } }>, courseSystemGraph: { __typename?: 'CourseSystemGraph', courses: Array<{ __typename?: 'CourseSystemCourse', id: string, skillPointCount: number, knowledgePointCount: number }>, jobPositions: Array<{ __typename?: 'JobPosition', id: string, name: string }>, mapsTo: Array<{ __typename?: 'CourseJobLink', courseId: string, jobPositionId: string, pointCount: number }> } };

export type MajorPageQueryVariables = Exact<{
  code: InputMaybe<Scalars['String']['input']>;
}>;


export type MajorPageQuery = { __typename?: 'Query', major: { __typename?: 'Major', id: string, code: string, name: string, category: string, subcategory: string, level: string, durationYears: number, intro: string, trainingProgram: { __typename?: 'TrainingProgram', trainingGoal: string, abilities: Array<string>, graduationRequirements: Array<string>, totalHours: number, totalCredits: number, practiceHoursRatio: number, courseSettings: Array<{ __typename?: 'CourseSetting', id: string, category: CourseSettingCategory, credits: number, hours: number, practiceHours: number, courseNames: Array<string> }>, practiceComponents: Array<{ __typename?: 'PracticeComponent', id: string, name: string, kind: PracticeKind, hours: number, credits: number, semester: string, description: string }>, certificates: Array<{ __typename?: 'Certificate', id: string, name: string, kind: CertificateKind, level: string, issuer: string, courses: Array<{ __typename?: 'Course', id: string, name: string }> }> } | null, organisations: Array<{ __typename?: 'Organisation', id: string, name: string, shortName: string, kind: OrganisationKind, role: OrganisationRole, website: string }>, courses: Array<{ __typename?: 'Course', id: string, name: string, kind: CourseKind, hours: number, credits: number, semester: number | null, skillPoints: Array<{ __typename?: 'SkillPoint', id: string, name: string, description: string, jobPositions: Array<{ __typename?: 'JobPosition', id: string, name: string }> }> }>, jobPositions: Array<{ __typename?: 'JobPosition', id: string, name: string, description: string }>, courseRelations: Array<{ __typename?: 'CourseRelation', id: string, kind: CourseRelationKind, source: { __typename?: 'Course', id: string }, target: { __typename?: 'Course', id: string } }>, courseSystemGraph: { __typename?: 'CourseSystemGraph', courses: Array<{ __typename?: 'CourseSystemCourse', id: string, skillPointCount: number, knowledgePointCount: number }>, jobPositions: Array<{ __typename?: 'JobPosition', id: string, name: string }>, mapsTo: Array<{ __typename?: 'CourseJobLink', courseId: string, jobPositionId: string, pointCount: number }> } } | null };

export type ManagedOrganisationFieldsFragment = { __typename?: 'ManagedOrganisation', id: string, name: string, shortName: string, kind: OrganisationKind, role: OrganisationRole, depth: number, parentId: string | null };

export type AdministeredOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdministeredOrganisationsQuery = { __typename?: 'Query', administeredOrganisations: Array<{ __typename?: 'ManagedOrganisation', id: string, name: string, shortName: string, kind: OrganisationKind, role: OrganisationRole, depth: number, parentId: string | null }> };

export type ConstructionBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type ConstructionBoardQuery = { __typename?: 'Query', constructionBoard: Array<{ __typename?: 'ConstructionBoardRow', targetTotal: number, doneTotal: number, progress: number, overdueCount: number, organisation: { __typename?: 'ManagedOrganisation', id: string, name: string, shortName: string, kind: OrganisationKind, role: OrganisationRole, depth: number, parentId: string | null }, tasks: Array<{ __typename?: 'ConstructionTask', id: string, kind: ConstructionTaskKind, title: string, description: string, targetCount: number, doneCount: number, dueDate: any, progress: number, overdue: boolean, updatedAt: any }> }> };

export type OrganisationCreateMutationVariables = Exact<{
  parentId: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  kind: OrganisationKind;
  shortName: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganisationCreateMutation = { __typename?: 'Mutation', organisationCreate: { __typename?: 'OrganisationCreate', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, organisation: { __typename?: 'ManagedOrganisation', id: string, name: string, shortName: string, kind: OrganisationKind, role: OrganisationRole, depth: number, parentId: string | null } | null } | null };

export type OrganisationInviteMutationVariables = Exact<{
  hostId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  kind: OrganisationKind;
  email: Scalars['String']['input'];
}>;


export type OrganisationInviteMutation = { __typename?: 'Mutation', organisationInvite: { __typename?: 'OrganisationInvite', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, invitation: { __typename?: 'OrganisationInvitation', id: string, email: string, expiresAt: any, organisation: { __typename?: 'Organisation', id: string, name: string } } | null } | null };

export type InvitationAcceptMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationAcceptMutation = { __typename?: 'Mutation', invitationAccept: { __typename?: 'InvitationAccept', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, assignment: { __typename?: 'RoleAssignment', role: RoleCode, label: string, organisation: { __typename?: 'OrganisationRef', id: string, name: string } | null } | null } | null };

export type ConstructionTaskAssignMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  kind: ConstructionTaskKind;
  title: Scalars['String']['input'];
  targetCount: Scalars['Int']['input'];
  dueDate: Scalars['Date']['input'];
  description: InputMaybe<Scalars['String']['input']>;
}>;


export type ConstructionTaskAssignMutation = { __typename?: 'Mutation', constructionTaskAssign: { __typename?: 'ConstructionTaskAssign', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, task: { __typename?: 'ConstructionTask', id: string } | null } | null };

export type ConstructionTaskReportMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  doneCount: Scalars['Int']['input'];
}>;


export type ConstructionTaskReportMutation = { __typename?: 'Mutation', constructionTaskReport: { __typename?: 'ConstructionTaskReport', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, task: { __typename?: 'ConstructionTask', id: string, doneCount: number, progress: number, overdue: boolean } | null } | null };

export type RosterEntriesQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  search: InputMaybe<Scalars['String']['input']>;
  page: InputMaybe<Scalars['Int']['input']>;
  pageSize: InputMaybe<Scalars['Int']['input']>;
}>;


export type RosterEntriesQuery = { __typename?: 'Query', rosterEntries: { __typename?: 'RosterEntryList', totalCount: number, page: number, pageSize: number, items: Array<{ __typename?: 'RosterEntry', id: string, number: string, name: string, kind: RosterKind, department: string, className: string, claimed: boolean, claimedAt: any | null }> } };

export type RealNameClaimsPendingQueryVariables = Exact<{ [key: string]: never; }>;


export type RealNameClaimsPendingQuery = { __typename?: 'Query', realNameClaimsPending: Array<{ __typename?: 'RealNameClaim', id: string, status: RealNameClaimStatus, createdAt: any, number: string, entryName: string, kind: RosterKind, claimantUsername: string, claimantName: string, holderUsername: string, holderName: string, organisation: { __typename?: 'Organisation', id: string, name: string } }> };

export type RealNameClaimDecideMutationVariables = Exact<{
  claimId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  note: InputMaybe<Scalars['String']['input']>;
}>;


export type RealNameClaimDecideMutation = { __typename?: 'Mutation', realNameClaimDecide: { __typename?: 'RealNameClaimDecide', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, claim: { __typename?: 'RealNameClaim', id: string, status: RealNameClaimStatus } | null } | null };

export type RoleAssignMutationVariables = Exact<{
  account: InputMaybe<Scalars['String']['input']>;
  userId: InputMaybe<Scalars['ID']['input']>;
  role: RoleCode;
  organisationId: Scalars['ID']['input'];
}>;


export type RoleAssignMutation = { __typename?: 'Mutation', roleAssign: { __typename?: 'RoleAssign', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, assignment: { __typename?: 'RoleAssignment', role: RoleCode, label: string, organisation: { __typename?: 'OrganisationRef', id: string, name: string } | null } | null } | null };

export type RoleRevokeMutationVariables = Exact<{
  account: InputMaybe<Scalars['String']['input']>;
  userId: InputMaybe<Scalars['ID']['input']>;
  role: RoleCode;
  organisationId: Scalars['ID']['input'];
}>;


export type RoleRevokeMutation = { __typename?: 'Mutation', roleRevoke: { __typename?: 'RoleRevoke', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type OrganisationMembersQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  search: InputMaybe<Scalars['String']['input']>;
  limit: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
}>;


export type OrganisationMembersQuery = { __typename?: 'Query', organisationMembers: { __typename?: 'OrganisationMemberList', totalCount: number, items: Array<{ __typename?: 'OrganisationMember', assignmentId: string, userId: string, username: string, name: string, phone: string, role: RoleCode, roleLabel: string, realNameVerified: boolean }> } };

export type PersonalDataViewMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type PersonalDataViewMutation = { __typename?: 'Mutation', personalDataView: { __typename?: 'PersonalDataView', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, data: { __typename?: 'PersonalData', userId: string, phone: string, realName: string } | null } | null };

export type ManagedUserFieldsFragment = { __typename?: 'ManagedUser', id: string, username: string, nameMasked: string, phoneMasked: string, email: string, isActive: boolean, lockedUntil: any | null, platformRole: PlatformRoleCode | null, realNameVerified: boolean, twoFactorEnrolled: boolean, dateJoined: any, lastLogin: any | null };

export type ManagedUsersQueryVariables = Exact<{
  search: InputMaybe<Scalars['String']['input']>;
  limit: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
}>;


export type ManagedUsersQuery = { __typename?: 'Query', users: { __typename?: 'ManagedUserList', totalCount: number, items: Array<{ __typename?: 'ManagedUser', id: string, username: string, nameMasked: string, phoneMasked: string, email: string, isActive: boolean, lockedUntil: any | null, platformRole: PlatformRoleCode | null, realNameVerified: boolean, twoFactorEnrolled: boolean, dateJoined: any, lastLogin: any | null }> } };

export type UserSetActiveMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  active: Scalars['Boolean']['input'];
}>;


export type UserSetActiveMutation = { __typename?: 'Mutation', userSetActive: { __typename?: 'UserSetActive', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, user: { __typename?: 'ManagedUser', id: string, username: string, nameMasked: string, phoneMasked: string, email: string, isActive: boolean, lockedUntil: any | null, platformRole: PlatformRoleCode | null, realNameVerified: boolean, twoFactorEnrolled: boolean, dateJoined: any, lastLogin: any | null } | null } | null };

export type UserUnlockMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type UserUnlockMutation = { __typename?: 'Mutation', userUnlock: { __typename?: 'UserUnlock', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, user: { __typename?: 'ManagedUser', id: string, username: string, nameMasked: string, phoneMasked: string, email: string, isActive: boolean, lockedUntil: any | null, platformRole: PlatformRoleCode | null, realNameVerified: boolean, twoFactorEnrolled: boolean, dateJoined: any, lastLogin: any | null } | null } | null };

export type TwoFactorResetMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type TwoFactorResetMutation = { __typename?: 'Mutation', twoFactorReset: { __typename?: 'TwoFactorReset', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type AuditEventsQueryVariables = Exact<{
  actor: InputMaybe<Scalars['String']['input']>;
  action: InputMaybe<Scalars['String']['input']>;
  result: InputMaybe<Scalars['String']['input']>;
  objectType: InputMaybe<Scalars['String']['input']>;
  ip: InputMaybe<Scalars['String']['input']>;
  since: InputMaybe<Scalars['DateTime']['input']>;
  until: InputMaybe<Scalars['DateTime']['input']>;
  limit: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventList', totalCount: number, items: Array<{ __typename?: 'AuditEvent', id: string, occurredAt: any, actorName: string, actorRoles: string, ip: string | null, userAgent: string, action: string, result: string, objectType: string, objectId: string, objectRepr: string }> } };

export type QuestionBankPartFieldsFragment = { __typename?: 'Question', id: string, questionType: QuestionType, stem: string, content: any, referenceAnswer: string, explanation: string, difficulty: number, score: number, source: QuestionSource, tags: Array<string>, knowledgePoints: Array<{ __typename?: 'KnowledgePoint', id: string, name: string }>, module: { __typename?: 'OutlineItem', id: string, title: string } | null };

export type QuestionBankItemFieldsFragment = { __typename?: 'Question', status: QuestionStatus, live: boolean, authorName: string, updatedAt: any, id: string, questionType: QuestionType, stem: string, content: any, referenceAnswer: string, explanation: string, difficulty: number, score: number, source: QuestionSource, tags: Array<string>, subQuestions: Array<{ __typename?: 'Question', id: string, questionType: QuestionType, stem: string, content: any, referenceAnswer: string, explanation: string, difficulty: number, score: number, source: QuestionSource, tags: Array<string>, knowledgePoints: Array<{ __typename?: 'KnowledgePoint', id: string, name: string }>, module: { __typename?: 'OutlineItem', id: string, title: string } | null }>, knowledgePoints: Array<{ __typename?: 'KnowledgePoint', id: string, name: string }>, module: { __typename?: 'OutlineItem', id: string, title: string } | null };

export type QuestionBankQueryVariables = Exact<{
  courseId: Scalars['ID']['input'];
  search: InputMaybe<Scalars['String']['input']>;
  questionType: InputMaybe<QuestionType>;
  difficulty: InputMaybe<Scalars['Int']['input']>;
  knowledgePointId: InputMaybe<Scalars['ID']['input']>;
  moduleId: InputMaybe<Scalars['ID']['input']>;
  status: InputMaybe<QuestionStatus>;
  limit: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
}>;


export type QuestionBankQuery = { __typename?: 'Query', questionBank: { __typename?: 'QuestionList', totalCount: number, items: Array<{ __typename?: 'Question', status: QuestionStatus, live: boolean, authorName: string, updatedAt: any, id: string, questionType: QuestionType, stem: string, content: any, referenceAnswer: string, explanation: string, difficulty: number, score: number, source: QuestionSource, tags: Array<string>, subQuestions: Array<{ __typename?: 'Question', id: string, questionType: QuestionType, stem: string, content: any, referenceAnswer: string, explanation: string, difficulty: number, score: number, source: QuestionSource, tags: Array<string>, knowledgePoints: Array<{ __typename?: 'KnowledgePoint', id: string, name: string }>, module: { __typename?: 'OutlineItem', id: string, title: string } | null }>, knowledgePoints: Array<{ __typename?: 'KnowledgePoint', id: string, name: string }>, module: { __typename?: 'OutlineItem', id: string, title: string } | null }> } };

export type QuestionBankCourseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QuestionBankCourseQuery = { __typename?: 'Query', course: { __typename?: 'Course', id: string, name: string, outline: Array<{ __typename?: 'OutlineItem', id: string, title: string }>, graph: { __typename?: 'KnowledgeGraph', nodes: Array<{ __typename?: 'KnowledgeGraphNode', id: string, point: { __typename?: 'KnowledgePoint', id: string, name: string, kind: KnowledgePointKind } }> } } | null };

export type QuestionBankItemQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QuestionBankItemQuery = { __typename?: 'Query', question: { __typename?: 'Question', status: QuestionStatus, live: boolean, authorName: string, updatedAt: any, id: string, questionType: QuestionType, stem: string, content: any, referenceAnswer: string, explanation: string, difficulty: number, score: number, source: QuestionSource, tags: Array<string>, course: { __typename?: 'Course', id: string }, subQuestions: Array<{ __typename?: 'Question', id: string, questionType: QuestionType, stem: string, content: any, referenceAnswer: string, explanation: string, difficulty: number, score: number, source: QuestionSource, tags: Array<string>, knowledgePoints: Array<{ __typename?: 'KnowledgePoint', id: string, name: string }>, module: { __typename?: 'OutlineItem', id: string, title: string } | null }>, knowledgePoints: Array<{ __typename?: 'KnowledgePoint', id: string, name: string }>, module: { __typename?: 'OutlineItem', id: string, title: string } | null } | null };

export type QuestionCreateMutationVariables = Exact<{
  courseId: Scalars['ID']['input'];
  input: QuestionInput;
}>;


export type QuestionCreateMutation = { __typename?: 'Mutation', questionCreate: { __typename?: 'QuestionCreate', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, question: { __typename?: 'Question', status: QuestionStatus, live: boolean, authorName: string, updatedAt: any, id: string, questionType: QuestionType, stem: string, content: any, referenceAnswer: string, explanation: string, difficulty: number, score: number, source: QuestionSource, tags: Array<string>, subQuestions: Array<{ __typename?: 'Question', id: string, questionType: QuestionType, stem: string, content: any, referenceAnswer: string, explanation: string, difficulty: number, score: number, source: QuestionSource, tags: Array<string>, knowledgePoints: Array<{ __typename?: 'KnowledgePoint', id: string, name: string }>, module: { __typename?: 'OutlineItem', id: string, title: string } | null }>, knowledgePoints: Array<{ __typename?: 'KnowledgePoint', id: string, name: string }>, module: { __typename?: 'OutlineItem', id: string, title: string } | null } | null } | null };

export type QuestionUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: QuestionInput;
}>;


export type QuestionUpdateMutation = { __typename?: 'Mutation', questionUpdate: { __typename?: 'QuestionUpdate', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, question: { __typename?: 'Question', status: QuestionStatus, live: boolean, authorName: string, updatedAt: any, id: string, questionType: QuestionType, stem: string, content: any, referenceAnswer: string, explanation: string, difficulty: number, score: number, source: QuestionSource, tags: Array<string>, subQuestions: Array<{ __typename?: 'Question', id: string, questionType: QuestionType, stem: string, content: any, referenceAnswer: string, explanation: string, difficulty: number, score: number, source: QuestionSource, tags: Array<string>, knowledgePoints: Array<{ __typename?: 'KnowledgePoint', id: string, name: string }>, module: { __typename?: 'OutlineItem', id: string, title: string } | null }>, knowledgePoints: Array<{ __typename?: 'KnowledgePoint', id: string, name: string }>, module: { __typename?: 'OutlineItem', id: string, title: string } | null } | null } | null };

export type QuestionDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QuestionDeleteMutation = { __typename?: 'Mutation', questionDelete: { __typename?: 'QuestionDelete', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, question: { __typename?: 'Question', id: string, status: QuestionStatus } | null } | null };

export type QuestionRestoreMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QuestionRestoreMutation = { __typename?: 'Mutation', questionRestore: { __typename?: 'QuestionRestore', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, question: { __typename?: 'Question', id: string, status: QuestionStatus } | null } | null };

export type QuestionSubmitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QuestionSubmitMutation = { __typename?: 'Mutation', questionSubmit: { __typename?: 'QuestionSubmit', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, question: { __typename?: 'Question', id: string, status: QuestionStatus } | null } | null };

export type QuestionCoverageQueryVariables = Exact<{
  courseId: Scalars['ID']['input'];
  includeDrafts: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type QuestionCoverageQuery = { __typename?: 'Query', course: { __typename?: 'Course', id: string, name: string } | null, questionCoverage: { __typename?: 'QuestionCoverage', uncovered: number, untagged: number, points: Array<{ __typename?: 'QuestionCoverageRow', total: number, point: { __typename?: 'KnowledgePoint', id: string, name: string, kind: KnowledgePointKind }, cells: Array<{ __typename?: 'QuestionCoverageCell', questionType: QuestionType, difficulty: number, count: number }> }> } };

export type KnowledgePointQuestionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KnowledgePointQuestionsQuery = { __typename?: 'Query', knowledgePoint: { __typename?: 'KnowledgePoint', id: string, name: string, questions: Array<{ __typename?: 'Question', id: string, questionType: QuestionType, stem: string, status: QuestionStatus, difficulty: number }> } | null };

export type KnowledgePointQuestionsAttachMutationVariables = Exact<{
  pointId: Scalars['ID']['input'];
  questionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type KnowledgePointQuestionsAttachMutation = { __typename?: 'Mutation', knowledgePointQuestionsAttach: { __typename?: 'KnowledgePointQuestionsAttach', ok: boolean, changed: number | null, errors: Array<{ __typename?: 'MutationError', code: string, field: string | null, message: string }> } | null };

export type KnowledgePointQuestionsDetachMutationVariables = Exact<{
  pointId: Scalars['ID']['input'];
  questionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type KnowledgePointQuestionsDetachMutation = { __typename?: 'Mutation', knowledgePointQuestionsDetach: { __typename?: 'KnowledgePointQuestionsDetach', ok: boolean, changed: number | null, errors: Array<{ __typename?: 'MutationError', code: string, field: string | null, message: string }> } | null };

export type KnowledgePointAttachMutationVariables = Exact<{
  pointId: Scalars['ID']['input'];
  resourceIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type KnowledgePointAttachMutation = { __typename?: 'Mutation', knowledgePointAttach: { __typename?: 'KnowledgePointAttach', ok: boolean, changed: number | null, errors: Array<{ __typename?: 'MutationError', code: string, field: string | null, message: string }> } | null };

export type KnowledgePointDetachMutationVariables = Exact<{
  pointId: Scalars['ID']['input'];
  resourceIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type KnowledgePointDetachMutation = { __typename?: 'Mutation', knowledgePointDetach: { __typename?: 'KnowledgePointDetach', ok: boolean, changed: number | null, errors: Array<{ __typename?: 'MutationError', code: string, field: string | null, message: string }> } | null };

export type QuestionImportPreviewMutationVariables = Exact<{
  importId: Scalars['ID']['input'];
  format: InputMaybe<QuestionImportFormat>;
}>;


export type QuestionImportPreviewMutation = { __typename?: 'Mutation', questionImportPreview: { __typename?: 'QuestionImportPreviewPayload', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, preview: { __typename?: 'QuestionImportPreview', importId: string, filename: string, format: QuestionImportFormat | null, status: QuestionImportStatus, canImport: boolean, items: Array<{ __typename?: 'QuestionImportItem', location: string, questionType: QuestionType, stem: string, answer: string, explanation: string, score: number, difficulty: number, tags: Array<string>, subQuestionCount: number, warnings: Array<string>, options: Array<{ __typename?: 'QuestionImportOption', key: string, html: string, side: string | null }>, knowledgePoints: Array<{ __typename?: 'QuestionImportPoint', name: string, found: boolean }> }>, errors: Array<{ __typename?: 'QuestionImportIssue', location: string, message: string }>, warnings: Array<{ __typename?: 'QuestionImportIssue', location: string, message: string }> } | null } | null };

export type QuestionImportConfirmMutationVariables = Exact<{
  importId: Scalars['ID']['input'];
}>;


export type QuestionImportConfirmMutation = { __typename?: 'Mutation', questionImportConfirm: { __typename?: 'QuestionImportConfirm', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, questionImport: { __typename?: 'QuestionImportRecord', id: string, status: QuestionImportStatus, itemCount: number, progress: number | null, questionIds: Array<string>, errors: Array<{ __typename?: 'QuestionImportIssue', location: string, message: string }> } | null } | null };

export type QuestionImportStateFragment = { __typename?: 'QuestionImportRecord', id: string, status: QuestionImportStatus, itemCount: number, progress: number | null, questionIds: Array<string>, errors: Array<{ __typename?: 'QuestionImportIssue', location: string, message: string }> };

export type QuestionImportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QuestionImportQuery = { __typename?: 'Query', questionImport: { __typename?: 'QuestionImportRecord', id: string, status: QuestionImportStatus, itemCount: number, progress: number | null, questionIds: Array<string>, errors: Array<{ __typename?: 'QuestionImportIssue', location: string, message: string }> } | null };

export type QuestionImportCourseQueryVariables = Exact<{
  courseId: Scalars['ID']['input'];
}>;


export type QuestionImportCourseQuery = { __typename?: 'Query', course: { __typename?: 'Course', id: string, name: string } | null, questionBank: { __typename?: 'QuestionList', totalCount: number } };

export type QuestionImportsQueryVariables = Exact<{
  courseId: Scalars['ID']['input'];
}>;


export type QuestionImportsQuery = { __typename?: 'Query', questionImports: Array<{ __typename?: 'QuestionImportRecord', id: string, filename: string, format: QuestionImportFormat | null, status: QuestionImportStatus, itemCount: number, errorCount: number, userName: string, createdAt: any, importedAt: any | null }> };

export type SelfTestSummaryFragment = { __typename?: 'Paper', id: string, title: string, kind: PaperKind, open: boolean, totalScore: number, itemCount: number, maxAttempts: number | null, myAttemptCount: number, myBestScore: number | null, myOpenAttemptId: string | null, module: { __typename?: 'OutlineItem', id: string, title: string } | null };

export type PaperEditFieldsFragment = { __typename?: 'Paper', id: string, title: string, kind: PaperKind, open: boolean, shuffleItems: boolean, shuffleOptions: boolean, maxAttempts: number | null, totalScore: number, itemCount: number, module: { __typename?: 'OutlineItem', id: string, title: string } | null, items: Array<{ __typename?: 'PaperItem', id: string, score: number, question: { __typename?: 'Question', id: string, questionType: QuestionType, stem: string, score: number, difficulty: number } }>, rules: Array<{ __typename?: 'PaperRule', id: string, questionType: QuestionType, count: number, difficulty: number | null, scoreEach: number, module: { __typename?: 'OutlineItem', id: string, title: string } | null, knowledgePoint: { __typename?: 'KnowledgePoint', id: string, name: string } | null }> };

export type CourseSelfTestsQueryVariables = Exact<{
  courseId: Scalars['ID']['input'];
  moduleId: InputMaybe<Scalars['ID']['input']>;
}>;


export type CourseSelfTestsQuery = { __typename?: 'Query', selfTests: Array<{ __typename?: 'Paper', id: string, title: string, kind: PaperKind, open: boolean, totalScore: number, itemCount: number, maxAttempts: number | null, myAttemptCount: number, myBestScore: number | null, myOpenAttemptId: string | null, module: { __typename?: 'OutlineItem', id: string, title: string } | null }> };

export type CoursePapersQueryVariables = Exact<{
  courseId: Scalars['ID']['input'];
}>;


export type CoursePapersQuery = { __typename?: 'Query', course: { __typename?: 'Course', id: string, name: string, outline: Array<{ __typename?: 'OutlineItem', id: string, title: string }>, graph: { __typename?: 'KnowledgeGraph', nodes: Array<{ __typename?: 'KnowledgeGraphNode', id: string, point: { __typename?: 'KnowledgePoint', id: string, name: string } }> } } | null, coursePapers: Array<{ __typename?: 'Paper', id: string, title: string, kind: PaperKind, open: boolean, shuffleItems: boolean, shuffleOptions: boolean, maxAttempts: number | null, totalScore: number, itemCount: number, module: { __typename?: 'OutlineItem', id: string, title: string } | null, items: Array<{ __typename?: 'PaperItem', id: string, score: number, question: { __typename?: 'Question', id: string, questionType: QuestionType, stem: string, score: number, difficulty: number } }>, rules: Array<{ __typename?: 'PaperRule', id: string, questionType: QuestionType, count: number, difficulty: number | null, scoreEach: number, module: { __typename?: 'OutlineItem', id: string, title: string } | null, knowledgePoint: { __typename?: 'KnowledgePoint', id: string, name: string } | null }> }> };

export type PaperBankPickerQueryVariables = Exact<{
  courseId: Scalars['ID']['input'];
  search: InputMaybe<Scalars['String']['input']>;
  questionType: InputMaybe<QuestionType>;
  moduleId: InputMaybe<Scalars['ID']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
}>;


export type PaperBankPickerQuery = { __typename?: 'Query', questionBank: { __typename?: 'QuestionList', totalCount: number, items: Array<{ __typename?: 'Question', id: string, questionType: QuestionType, stem: string, score: number, difficulty: number }> } };

export type PaperRulesCheckQueryVariables = Exact<{
  courseId: Scalars['ID']['input'];
  rules: Array<PaperRuleInput> | PaperRuleInput;
}>;


export type PaperRulesCheckQuery = { __typename?: 'Query', paperRulesCheck: { __typename?: 'PaperRulesCheck', ok: boolean, message: string | null, field: string | null, totalScore: number } };

export type PaperCreateMutationVariables = Exact<{
  courseId: Scalars['ID']['input'];
  input: PaperInput;
}>;


export type PaperCreateMutation = { __typename?: 'Mutation', paperCreate: { __typename?: 'PaperCreate', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, paper: { __typename?: 'Paper', id: string, title: string, kind: PaperKind, open: boolean, shuffleItems: boolean, shuffleOptions: boolean, maxAttempts: number | null, totalScore: number, itemCount: number, module: { __typename?: 'OutlineItem', id: string, title: string } | null, items: Array<{ __typename?: 'PaperItem', id: string, score: number, question: { __typename?: 'Question', id: string, questionType: QuestionType, stem: string, score: number, difficulty: number } }>, rules: Array<{ __typename?: 'PaperRule', id: string, questionType: QuestionType, count: number, difficulty: number | null, scoreEach: number, module: { __typename?: 'OutlineItem', id: string, title: string } | null, knowledgePoint: { __typename?: 'KnowledgePoint', id: string, name: string } | null }> } | null } | null };

export type PaperUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: PaperInput;
}>;


export type PaperUpdateMutation = { __typename?: 'Mutation', paperUpdate: { __typename?: 'PaperUpdate', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, paper: { __typename?: 'Paper', id: string, title: string, kind: PaperKind, open: boolean, shuffleItems: boolean, shuffleOptions: boolean, maxAttempts: number | null, totalScore: number, itemCount: number, module: { __typename?: 'OutlineItem', id: string, title: string } | null, items: Array<{ __typename?: 'PaperItem', id: string, score: number, question: { __typename?: 'Question', id: string, questionType: QuestionType, stem: string, score: number, difficulty: number } }>, rules: Array<{ __typename?: 'PaperRule', id: string, questionType: QuestionType, count: number, difficulty: number | null, scoreEach: number, module: { __typename?: 'OutlineItem', id: string, title: string } | null, knowledgePoint: { __typename?: 'KnowledgePoint', id: string, name: string } | null }> } | null } | null };

export type PaperDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PaperDeleteMutation = { __typename?: 'Mutation', paperDelete: { __typename?: 'PaperDelete', ok: boolean, deletedId: string | null, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type SelfTestPageQueryVariables = Exact<{
  paperId: Scalars['ID']['input'];
}>;


export type SelfTestPageQuery = { __typename?: 'Query', paper: { __typename?: 'Paper', id: string, title: string, kind: PaperKind, open: boolean, totalScore: number, itemCount: number, maxAttempts: number | null, myAttemptCount: number, myBestScore: number | null, myOpenAttemptId: string | null, course: { __typename?: 'Course', id: string, name: string } | null, module: { __typename?: 'OutlineItem', id: string, title: string } | null } | null, attemptHistory: Array<{ __typename?: 'Attempt', id: string, number: number, state: AttemptState, score: number | null, maxScore: number, startedAt: any, submittedAt: any | null }> };

export type AttemptItemFieldsFragment = { __typename?: 'AttemptItem', id: string, questionType: QuestionType, stem: string, score: number, content: any, response: any | null, result: { __typename?: 'AttemptItemResult', points: number | null, maxPoints: number, correct: boolean | null, needsGrading: boolean, answerKey: any | null, referenceAnswer: string, explanation: string } | null };

export type AttemptQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AttemptQuery = { __typename?: 'Query', attempt: { __typename?: 'Attempt', id: string, number: number, state: AttemptState, score: number | null, maxScore: number, startedAt: any, submittedAt: any | null, items: Array<{ __typename?: 'AttemptItem', id: string, questionType: QuestionType, stem: string, score: number, content: any, response: any | null, subQuestions: Array<{ __typename?: 'AttemptItem', id: string, questionType: QuestionType, stem: string, score: number, content: any, response: any | null, result: { __typename?: 'AttemptItemResult', points: number | null, maxPoints: number, correct: boolean | null, needsGrading: boolean, answerKey: any | null, referenceAnswer: string, explanation: string } | null }>, result: { __typename?: 'AttemptItemResult', points: number | null, maxPoints: number, correct: boolean | null, needsGrading: boolean, answerKey: any | null, referenceAnswer: string, explanation: string } | null }> } | null };

export type AttemptStartMutationVariables = Exact<{
  paperId: Scalars['ID']['input'];
}>;


export type AttemptStartMutation = { __typename?: 'Mutation', attemptStart: { __typename?: 'AttemptStart', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, attempt: { __typename?: 'Attempt', id: string } | null } | null };

export type AnswerSaveMutationVariables = Exact<{
  attemptId: Scalars['ID']['input'];
  questionId: Scalars['ID']['input'];
  response: InputMaybe<Scalars['GenericScalar']['input']>;
}>;


export type AnswerSaveMutation = { __typename?: 'Mutation', answerSave: { __typename?: 'AnswerSave', ok: boolean, savedAt: any | null, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }> } | null };

export type AttemptSubmitMutationVariables = Exact<{
  attemptId: Scalars['ID']['input'];
}>;


export type AttemptSubmitMutation = { __typename?: 'Mutation', attemptSubmit: { __typename?: 'AttemptSubmit', ok: boolean, bestScore: number | null, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, attempt: { __typename?: 'Attempt', id: string, state: AttemptState, score: number | null } | null } | null };

export type StudioResourceMediaFieldsFragment = { __typename?: 'ResourceMedia', state: MediaState, progress: number, errorCode: string, errorMessage: string, playable: boolean, canRetry: boolean, subtitles: Array<{ __typename?: 'SubtitleTrack', language: string, label: string, url: string }> };

export type StudioResourceFieldsFragment = { __typename?: 'Resource', id: string, title: string, type: ResourceType, description: string, url: string, source: ResourceSource, licence: Licence, audienceLevel: AudienceLevel, visibility: Visibility, downloadRequiresLogin: boolean, rightsHolder: string, keywords: Array<string>, previewUrl: string | null, canEdit: boolean, status: ResourceStatus, hasUnpublishedChanges: boolean, publishedAt: any | null, updatedAt: any, deletedAt: any | null, organisation: { __typename?: 'NamedRef', id: string, name: string }, major: { __typename?: 'NamedRef', id: string, name: string }, course: { __typename?: 'NamedRef', id: string, name: string } | null, module: { __typename?: 'NamedRef', id: string, name: string } | null, knowledgePoints: Array<{ __typename?: 'ResourcePoint', id: string, name: string, kind: string }>, authors: Array<{ __typename?: 'ResourceAuthor', name: string, organisationName: string }>, file: { __typename?: 'ResourceFile', filename: string, extension: string, mime: string, size: number, width: number | null, height: number | null, durationSeconds: number | null, pages: number | null } | null, media: { __typename?: 'ResourceMedia', state: MediaState, progress: number, errorCode: string, errorMessage: string, playable: boolean, canRetry: boolean, subtitles: Array<{ __typename?: 'SubtitleTrack', language: string, label: string, url: string }> } | null, review: { __typename?: 'ReviewState', level: string, submittedAt: any, submittedBy: string, comment: string } | null };

export type StudioBatchResultFieldsFragment = { __typename?: 'BatchOperationResult', id: string, ok: boolean, code: string, message: string };

export type StudioBatchFieldsFragment = { __typename?: 'ResourceBatch', id: string, status: BatchStatus, createdAt: any, items: Array<{ __typename?: 'ResourceBatchItem', id: string, path: string, status: BatchItemStatus, errorCode: string, message: string, recognised: { __typename?: 'RecognisedAttributes', title: string, type: ResourceType | null, majorId: string | null, courseId: string | null, moduleId: string | null, knowledgePointIds: Array<string>, keywords: Array<string>, description: string, origins: any }, file: { __typename?: 'ResourceFile', filename: string, extension: string, size: number } | null, duplicateOf: { __typename?: 'Resource', id: string, title: string } | null, resource: { __typename?: 'Resource', id: string, title: string, status: ResourceStatus } | null }> };

export type MyResourcesQueryVariables = Exact<{
  query: InputMaybe<Scalars['String']['input']>;
  status: InputMaybe<MyResourceStatus>;
  deleted: InputMaybe<Scalars['Boolean']['input']>;
  limit: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
}>;


export type MyResourcesQuery = { __typename?: 'Query', myResources: { __typename?: 'ResourceList', total: number, items: Array<{ __typename?: 'Resource', id: string, title: string, type: ResourceType, description: string, url: string, source: ResourceSource, licence: Licence, audienceLevel: AudienceLevel, visibility: Visibility, downloadRequiresLogin: boolean, rightsHolder: string, keywords: Array<string>, previewUrl: string | null, canEdit: boolean, status: ResourceStatus, hasUnpublishedChanges: boolean, publishedAt: any | null, updatedAt: any, deletedAt: any | null, organisation: { __typename?: 'NamedRef', id: string, name: string }, major: { __typename?: 'NamedRef', id: string, name: string }, course: { __typename?: 'NamedRef', id: string, name: string } | null, module: { __typename?: 'NamedRef', id: string, name: string } | null, knowledgePoints: Array<{ __typename?: 'ResourcePoint', id: string, name: string, kind: string }>, authors: Array<{ __typename?: 'ResourceAuthor', name: string, organisationName: string }>, file: { __typename?: 'ResourceFile', filename: string, extension: string, mime: string, size: number, width: number | null, height: number | null, durationSeconds: number | null, pages: number | null } | null, media: { __typename?: 'ResourceMedia', state: MediaState, progress: number, errorCode: string, errorMessage: string, playable: boolean, canRetry: boolean, subtitles: Array<{ __typename?: 'SubtitleTrack', language: string, label: string, url: string }> } | null, review: { __typename?: 'ReviewState', level: string, submittedAt: any, submittedBy: string, comment: string } | null }> } };

export type ResourceDraftQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResourceDraftQuery = { __typename?: 'Query', resourceDraft: { __typename?: 'Resource', body: string, bodySource: string, id: string, title: string, type: ResourceType, description: string, url: string, source: ResourceSource, licence: Licence, audienceLevel: AudienceLevel, visibility: Visibility, downloadRequiresLogin: boolean, rightsHolder: string, keywords: Array<string>, previewUrl: string | null, canEdit: boolean, status: ResourceStatus, hasUnpublishedChanges: boolean, publishedAt: any | null, updatedAt: any, deletedAt: any | null, organisation: { __typename?: 'NamedRef', id: string, name: string }, major: { __typename?: 'NamedRef', id: string, name: string }, course: { __typename?: 'NamedRef', id: string, name: string } | null, module: { __typename?: 'NamedRef', id: string, name: string } | null, knowledgePoints: Array<{ __typename?: 'ResourcePoint', id: string, name: string, kind: string }>, authors: Array<{ __typename?: 'ResourceAuthor', name: string, organisationName: string }>, file: { __typename?: 'ResourceFile', filename: string, extension: string, mime: string, size: number, width: number | null, height: number | null, durationSeconds: number | null, pages: number | null } | null, media: { __typename?: 'ResourceMedia', state: MediaState, progress: number, errorCode: string, errorMessage: string, playable: boolean, canRetry: boolean, subtitles: Array<{ __typename?: 'SubtitleTrack', language: string, label: string, url: string }> } | null, review: { __typename?: 'ReviewState', level: string, submittedAt: any, submittedBy: string, comment: string } | null } | null };

export type ResourceReviewHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResourceReviewHistoryQuery = { __typename?: 'Query', resourceReviewHistory: Array<{ __typename?: 'ReviewDecision', level: string, approved: boolean, cancelled: boolean, decidedBy: string, decidedAt: any | null, comment: string, revisionId: string, submittedBy: string }> };

export type ReviewQueueQueryVariables = Exact<{
  limit: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
}>;


export type ReviewQueueQuery = { __typename?: 'Query', reviewQueue: { __typename?: 'ReviewTaskList', total: number, items: Array<{ __typename?: 'ReviewTask', id: string, level: string, startedAt: any, submittedBy: string, resource: { __typename?: 'Resource', body: string, id: string, title: string, type: ResourceType, description: string, url: string, source: ResourceSource, licence: Licence, audienceLevel: AudienceLevel, visibility: Visibility, downloadRequiresLogin: boolean, rightsHolder: string, keywords: Array<string>, previewUrl: string | null, canEdit: boolean, status: ResourceStatus, hasUnpublishedChanges: boolean, publishedAt: any | null, updatedAt: any, deletedAt: any | null, organisation: { __typename?: 'NamedRef', id: string, name: string }, major: { __typename?: 'NamedRef', id: string, name: string }, course: { __typename?: 'NamedRef', id: string, name: string } | null, module: { __typename?: 'NamedRef', id: string, name: string } | null, knowledgePoints: Array<{ __typename?: 'ResourcePoint', id: string, name: string, kind: string }>, authors: Array<{ __typename?: 'ResourceAuthor', name: string, organisationName: string }>, file: { __typename?: 'ResourceFile', filename: string, extension: string, mime: string, size: number, width: number | null, height: number | null, durationSeconds: number | null, pages: number | null } | null, media: { __typename?: 'ResourceMedia', state: MediaState, progress: number, errorCode: string, errorMessage: string, playable: boolean, canRetry: boolean, subtitles: Array<{ __typename?: 'SubtitleTrack', language: string, label: string, url: string }> } | null, review: { __typename?: 'ReviewState', level: string, submittedAt: any, submittedBy: string, comment: string } | null } }> } };

export type ReviewQueueCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewQueueCountQuery = { __typename?: 'Query', reviewQueue: { __typename?: 'ReviewTaskList', total: number } };

export type ResourceFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResourceFormOptionsQuery = { __typename?: 'Query', resourceFormOptions: { __typename?: 'ResourceFormOptions', maxUploadBytes: number, organisations: Array<{ __typename?: 'NamedRef', id: string, name: string }>, majors: Array<{ __typename?: 'FormMajor', id: string, name: string, code: string, namingPattern: string | null, namingEnforced: boolean, courses: Array<{ __typename?: 'FormCourse', id: string, name: string, modules: Array<{ __typename?: 'FormModule', id: string, name: string }>, knowledgePoints: Array<{ __typename?: 'ResourcePoint', id: string, name: string, kind: string }> }> }> } };

export type ResourceTitleSuggestionQueryVariables = Exact<{
  majorId: Scalars['ID']['input'];
  courseId: InputMaybe<Scalars['ID']['input']>;
  moduleId: InputMaybe<Scalars['ID']['input']>;
  knowledgePointId: InputMaybe<Scalars['ID']['input']>;
  type: InputMaybe<Scalars['String']['input']>;
}>;


export type ResourceTitleSuggestionQuery = { __typename?: 'Query', resourceTitleSuggestion: string | null };

export type ResourceBatchQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResourceBatchQuery = { __typename?: 'Query', resourceBatch: { __typename?: 'ResourceBatch', id: string, status: BatchStatus, createdAt: any, items: Array<{ __typename?: 'ResourceBatchItem', id: string, path: string, status: BatchItemStatus, errorCode: string, message: string, recognised: { __typename?: 'RecognisedAttributes', title: string, type: ResourceType | null, majorId: string | null, courseId: string | null, moduleId: string | null, knowledgePointIds: Array<string>, keywords: Array<string>, description: string, origins: any }, file: { __typename?: 'ResourceFile', filename: string, extension: string, size: number } | null, duplicateOf: { __typename?: 'Resource', id: string, title: string } | null, resource: { __typename?: 'Resource', id: string, title: string, status: ResourceStatus } | null }> } | null };

export type ResourceCreateMutationVariables = Exact<{
  input: ResourceInput;
  uploadId: InputMaybe<Scalars['ID']['input']>;
  allowDuplicate: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ResourceCreateMutation = { __typename?: 'Mutation', resourceCreate: { __typename?: 'ResourceCreate', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, resource: { __typename?: 'Resource', id: string, title: string, type: ResourceType, description: string, url: string, source: ResourceSource, licence: Licence, audienceLevel: AudienceLevel, visibility: Visibility, downloadRequiresLogin: boolean, rightsHolder: string, keywords: Array<string>, previewUrl: string | null, canEdit: boolean, status: ResourceStatus, hasUnpublishedChanges: boolean, publishedAt: any | null, updatedAt: any, deletedAt: any | null, organisation: { __typename?: 'NamedRef', id: string, name: string }, major: { __typename?: 'NamedRef', id: string, name: string }, course: { __typename?: 'NamedRef', id: string, name: string } | null, module: { __typename?: 'NamedRef', id: string, name: string } | null, knowledgePoints: Array<{ __typename?: 'ResourcePoint', id: string, name: string, kind: string }>, authors: Array<{ __typename?: 'ResourceAuthor', name: string, organisationName: string }>, file: { __typename?: 'ResourceFile', filename: string, extension: string, mime: string, size: number, width: number | null, height: number | null, durationSeconds: number | null, pages: number | null } | null, media: { __typename?: 'ResourceMedia', state: MediaState, progress: number, errorCode: string, errorMessage: string, playable: boolean, canRetry: boolean, subtitles: Array<{ __typename?: 'SubtitleTrack', language: string, label: string, url: string }> } | null, review: { __typename?: 'ReviewState', level: string, submittedAt: any, submittedBy: string, comment: string } | null } | null, duplicateOf: { __typename?: 'Resource', id: string, title: string } | null } | null };

export type ResourceUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ResourceInput;
  uploadId: InputMaybe<Scalars['ID']['input']>;
}>;


export type ResourceUpdateMutation = { __typename?: 'Mutation', resourceUpdate: { __typename?: 'ResourceUpdate', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, resource: { __typename?: 'Resource', body: string, bodySource: string, id: string, title: string, type: ResourceType, description: string, url: string, source: ResourceSource, licence: Licence, audienceLevel: AudienceLevel, visibility: Visibility, downloadRequiresLogin: boolean, rightsHolder: string, keywords: Array<string>, previewUrl: string | null, canEdit: boolean, status: ResourceStatus, hasUnpublishedChanges: boolean, publishedAt: any | null, updatedAt: any, deletedAt: any | null, organisation: { __typename?: 'NamedRef', id: string, name: string }, major: { __typename?: 'NamedRef', id: string, name: string }, course: { __typename?: 'NamedRef', id: string, name: string } | null, module: { __typename?: 'NamedRef', id: string, name: string } | null, knowledgePoints: Array<{ __typename?: 'ResourcePoint', id: string, name: string, kind: string }>, authors: Array<{ __typename?: 'ResourceAuthor', name: string, organisationName: string }>, file: { __typename?: 'ResourceFile', filename: string, extension: string, mime: string, size: number, width: number | null, height: number | null, durationSeconds: number | null, pages: number | null } | null, media: { __typename?: 'ResourceMedia', state: MediaState, progress: number, errorCode: string, errorMessage: string, playable: boolean, canRetry: boolean, subtitles: Array<{ __typename?: 'SubtitleTrack', language: string, label: string, url: string }> } | null, review: { __typename?: 'ReviewState', level: string, submittedAt: any, submittedBy: string, comment: string } | null } | null, duplicateOf: { __typename?: 'Resource', id: string, title: string } | null } | null };

export type ResourceReviewMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  comment: InputMaybe<Scalars['String']['input']>;
}>;


export type ResourceReviewMutation = { __typename?: 'Mutation', resourceReview: { __typename?: 'ResourceReview', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, resource: { __typename?: 'Resource', id: string, status: ResourceStatus } | null } | null };

export type ResourceWithdrawMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResourceWithdrawMutation = { __typename?: 'Mutation', resourceWithdraw: { __typename?: 'ResourceWithdraw', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, resource: { __typename?: 'Resource', id: string, status: ResourceStatus } | null } | null };

export type ResourcesSubmitMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ResourcesSubmitMutation = { __typename?: 'Mutation', resourcesSubmit: { __typename?: 'ResourcesSubmit', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, results: Array<{ __typename?: 'BatchOperationResult', id: string, ok: boolean, code: string, message: string }> } | null };

export type ResourcesUpdateMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  input: ResourceInput;
}>;


export type ResourcesUpdateMutation = { __typename?: 'Mutation', resourcesUpdate: { __typename?: 'ResourcesUpdate', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, results: Array<{ __typename?: 'BatchOperationResult', id: string, ok: boolean, code: string, message: string }> } | null };

export type ResourcesDeleteMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ResourcesDeleteMutation = { __typename?: 'Mutation', resourcesDelete: { __typename?: 'ResourcesDelete', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, results: Array<{ __typename?: 'BatchOperationResult', id: string, ok: boolean, code: string, message: string }> } | null };

export type ResourcesRestoreMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ResourcesRestoreMutation = { __typename?: 'Mutation', resourcesRestore: { __typename?: 'ResourcesRestore', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, results: Array<{ __typename?: 'BatchOperationResult', id: string, ok: boolean, code: string, message: string }> } | null };

export type ResourcesPurgeMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ResourcesPurgeMutation = { __typename?: 'Mutation', resourcesPurge: { __typename?: 'ResourcesPurge', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, results: Array<{ __typename?: 'BatchOperationResult', id: string, ok: boolean, code: string, message: string }> } | null };

export type ResourcesReconvertMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ResourcesReconvertMutation = { __typename?: 'Mutation', resourcesReconvert: { __typename?: 'ResourcesReconvert', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, results: Array<{ __typename?: 'BatchOperationResult', id: string, ok: boolean, code: string, message: string }> } | null };

export type ResourceBatchPrepareMutationVariables = Exact<{
  uploads: Array<BatchUploadInput> | BatchUploadInput;
  defaults: InputMaybe<ResourceInput>;
}>;


export type ResourceBatchPrepareMutation = { __typename?: 'Mutation', resourceBatchPrepare: { __typename?: 'ResourceBatchPrepare', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, batch: { __typename?: 'ResourceBatch', id: string, status: BatchStatus, createdAt: any, items: Array<{ __typename?: 'ResourceBatchItem', id: string, path: string, status: BatchItemStatus, errorCode: string, message: string, recognised: { __typename?: 'RecognisedAttributes', title: string, type: ResourceType | null, majorId: string | null, courseId: string | null, moduleId: string | null, knowledgePointIds: Array<string>, keywords: Array<string>, description: string, origins: any }, file: { __typename?: 'ResourceFile', filename: string, extension: string, size: number } | null, duplicateOf: { __typename?: 'Resource', id: string, title: string } | null, resource: { __typename?: 'Resource', id: string, title: string, status: ResourceStatus } | null }> } | null } | null };

export type ResourceBatchCommitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  items: InputMaybe<Array<BatchItemInput> | BatchItemInput>;
  submit: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ResourceBatchCommitMutation = { __typename?: 'Mutation', resourceBatchCommit: { __typename?: 'ResourceBatchCommit', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, batch: { __typename?: 'ResourceBatch', id: string, status: BatchStatus, createdAt: any, items: Array<{ __typename?: 'ResourceBatchItem', id: string, path: string, status: BatchItemStatus, errorCode: string, message: string, recognised: { __typename?: 'RecognisedAttributes', title: string, type: ResourceType | null, majorId: string | null, courseId: string | null, moduleId: string | null, knowledgePointIds: Array<string>, keywords: Array<string>, description: string, origins: any }, file: { __typename?: 'ResourceFile', filename: string, extension: string, size: number } | null, duplicateOf: { __typename?: 'Resource', id: string, title: string } | null, resource: { __typename?: 'Resource', id: string, title: string, status: ResourceStatus } | null }> } | null } | null };

export type StudioResourceMediaRetryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StudioResourceMediaRetryMutation = { __typename?: 'Mutation', resourceMediaRetry: { __typename?: 'ResourceMediaRetry', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, resource: { __typename?: 'Resource', id: string, media: { __typename?: 'ResourceMedia', state: MediaState, progress: number, errorCode: string, errorMessage: string, playable: boolean, canRetry: boolean, subtitles: Array<{ __typename?: 'SubtitleTrack', language: string, label: string, url: string }> } | null } | null } | null };

export type StudioResourceSubtitleAttachMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  uploadId: Scalars['ID']['input'];
  language: Scalars['String']['input'];
}>;


export type StudioResourceSubtitleAttachMutation = { __typename?: 'Mutation', resourceSubtitleAttach: { __typename?: 'ResourceSubtitleAttach', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, resource: { __typename?: 'Resource', id: string, media: { __typename?: 'ResourceMedia', state: MediaState, progress: number, errorCode: string, errorMessage: string, playable: boolean, canRetry: boolean, subtitles: Array<{ __typename?: 'SubtitleTrack', language: string, label: string, url: string }> } | null } | null } | null };

export type StudioResourceSubtitleRemoveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  language: Scalars['String']['input'];
}>;


export type StudioResourceSubtitleRemoveMutation = { __typename?: 'Mutation', resourceSubtitleRemove: { __typename?: 'ResourceSubtitleRemove', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: string, message: string, field: string | null }>, resource: { __typename?: 'Resource', id: string, media: { __typename?: 'ResourceMedia', state: MediaState, progress: number, errorCode: string, errorMessage: string, playable: boolean, canRetry: boolean, subtitles: Array<{ __typename?: 'SubtitleTrack', language: string, label: string, url: string }> } | null } | null } | null };

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
export const MeFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeFields on Me {
  id
  username
  displayName
  realName
  title
  phoneMasked
  phoneVerified
  email
  emailVerified
  avatarUrl
  realNameStatus
  realNameVerified
  studentOrStaffNumber
  department
  className
  platformRole
  platformRoleLabel
  roles {
    role
    label
    organisation {
      id
      name
    }
  }
  isAdministrator
  twoFactor {
    required
    enrolled
    verified
  }
  wechatLinked
}
    `, {"fragmentName":"MeFields"}) as unknown as TypedDocumentString<MeFieldsFragment, unknown>;
export const MutationErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}
    `, {"fragmentName":"MutationErrorFields"}) as unknown as TypedDocumentString<MutationErrorFieldsFragment, unknown>;
export const CourseBuilderResourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment CourseBuilderResourceFields on Resource {
  id
  title
  type
  status
}
    `, {"fragmentName":"CourseBuilderResourceFields"}) as unknown as TypedDocumentString<CourseBuilderResourceFieldsFragment, unknown>;
export const CourseBuilderStructureFieldsFragmentDoc = new TypedDocumentString(`
    fragment CourseBuilderStructureFields on CourseStructure {
  version
  modules {
    id
    title
    parentId
    depth
    units {
      id
      title
      items {
        id
        order
        openForTrial
        withdrawn
        resource {
          ...CourseBuilderResourceFields
        }
        assembly {
          id
          title
          description
        }
        assemblyResources {
          ...CourseBuilderResourceFields
        }
      }
    }
  }
}
    fragment CourseBuilderResourceFields on Resource {
  id
  title
  type
  status
}`, {"fragmentName":"CourseBuilderStructureFields"}) as unknown as TypedDocumentString<CourseBuilderStructureFieldsFragment, unknown>;
export const CourseBuilderAssemblyFieldsFragmentDoc = new TypedDocumentString(`
    fragment CourseBuilderAssemblyFields on Assembly {
  id
  title
  description
  withdrawnCount
  courseItemCount
  canEdit
  updatedAt
  resources {
    ...CourseBuilderResourceFields
  }
}
    fragment CourseBuilderResourceFields on Resource {
  id
  title
  type
  status
}`, {"fragmentName":"CourseBuilderAssemblyFields"}) as unknown as TypedDocumentString<CourseBuilderAssemblyFieldsFragment, unknown>;
export const CatalogueCourseCardFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"CatalogueCourseCard"}) as unknown as TypedDocumentString<CatalogueCourseCardFragment, unknown>;
export const CoursePortalFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"CoursePortalFields"}) as unknown as TypedDocumentString<CoursePortalFieldsFragment, unknown>;
export const CoursePortalDraftFieldsFragmentDoc = new TypedDocumentString(`
    fragment CoursePortalDraftFields on CoursePortalDraft {
  status
  updatedAt
  comment
  portal {
    ...CoursePortalFields
    introSource
  }
}
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
}`, {"fragmentName":"CoursePortalDraftFields"}) as unknown as TypedDocumentString<CoursePortalDraftFieldsFragment, unknown>;
export const CourseQuestionFieldsFragmentDoc = new TypedDocumentString(`
    fragment CourseQuestionFields on CourseQuestion {
  id
  text
  status
  createdAt
  askedBy
  answer
  answeredBy
  answeredAt
  faqEntryId
  dismissReason
  dismissNote
  dismissedAt
}
    `, {"fragmentName":"CourseQuestionFields"}) as unknown as TypedDocumentString<CourseQuestionFieldsFragment, unknown>;
export const LibraryResourceCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment LibraryResourceCardFields on Resource {
  id
  title
  type
  description
  keywords
  previewUrl
  viewCount
  downloadCount
  publishedAt
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
}
    `, {"fragmentName":"LibraryResourceCardFields"}) as unknown as TypedDocumentString<LibraryResourceCardFieldsFragment, unknown>;
export const LibraryFacetBucketFieldsFragmentDoc = new TypedDocumentString(`
    fragment LibraryFacetBucketFields on FacetBucket {
  value
  label
  count
}
    `, {"fragmentName":"LibraryFacetBucketFields"}) as unknown as TypedDocumentString<LibraryFacetBucketFieldsFragment, unknown>;
export const LibraryResourceMediaFieldsFragmentDoc = new TypedDocumentString(`
    fragment LibraryResourceMediaFields on ResourceMedia {
  state
  progress
  errorCode
  errorMessage
  playable
  canRetry
  hlsUrl
  posterUrl
  spriteVttUrl
  mp4Url
  webmUrl
  audioUrl
  peaksUrl
  thumbnailUrl
  pdfUrl
  subtitleUrl
  subtitles {
    language
    label
    url
  }
  packageUrl
  images {
    width
    url
    fallbackUrl
  }
  pages
  conversions {
    kind
    state
    progress
    url
    errorMessage
  }
}
    `, {"fragmentName":"LibraryResourceMediaFields"}) as unknown as TypedDocumentString<LibraryResourceMediaFieldsFragment, unknown>;
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
    `, {"fragmentName":"CourseGraph"}) as unknown as TypedDocumentString<CourseGraphFragment, unknown>;
export const ManagedOrganisationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ManagedOrganisationFields on ManagedOrganisation {
  id
  name
  shortName
  kind
  role
  depth
  parentId
}
    `, {"fragmentName":"ManagedOrganisationFields"}) as unknown as TypedDocumentString<ManagedOrganisationFieldsFragment, unknown>;
export const ManagedUserFieldsFragmentDoc = new TypedDocumentString(`
    fragment ManagedUserFields on ManagedUser {
  id
  username
  nameMasked
  phoneMasked
  email
  isActive
  lockedUntil
  platformRole
  realNameVerified
  twoFactorEnrolled
  dateJoined
  lastLogin
}
    `, {"fragmentName":"ManagedUserFields"}) as unknown as TypedDocumentString<ManagedUserFieldsFragment, unknown>;
export const QuestionBankPartFieldsFragmentDoc = new TypedDocumentString(`
    fragment QuestionBankPartFields on Question {
  id
  questionType
  stem
  content
  referenceAnswer
  explanation
  difficulty
  score
  source
  tags
  knowledgePoints {
    id
    name
  }
  module {
    id
    title
  }
}
    `, {"fragmentName":"QuestionBankPartFields"}) as unknown as TypedDocumentString<QuestionBankPartFieldsFragment, unknown>;
export const QuestionBankItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment QuestionBankItemFields on Question {
  ...QuestionBankPartFields
  status
  live
  authorName
  updatedAt
  subQuestions {
    ...QuestionBankPartFields
  }
}
    fragment QuestionBankPartFields on Question {
  id
  questionType
  stem
  content
  referenceAnswer
  explanation
  difficulty
  score
  source
  tags
  knowledgePoints {
    id
    name
  }
  module {
    id
    title
  }
}`, {"fragmentName":"QuestionBankItemFields"}) as unknown as TypedDocumentString<QuestionBankItemFieldsFragment, unknown>;
export const QuestionImportStateFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"QuestionImportState"}) as unknown as TypedDocumentString<QuestionImportStateFragment, unknown>;
export const SelfTestSummaryFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"SelfTestSummary"}) as unknown as TypedDocumentString<SelfTestSummaryFragment, unknown>;
export const PaperEditFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"PaperEditFields"}) as unknown as TypedDocumentString<PaperEditFieldsFragment, unknown>;
export const AttemptItemFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"AttemptItemFields"}) as unknown as TypedDocumentString<AttemptItemFieldsFragment, unknown>;
export const StudioResourceMediaFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"StudioResourceMediaFields"}) as unknown as TypedDocumentString<StudioResourceMediaFieldsFragment, unknown>;
export const StudioResourceFieldsFragmentDoc = new TypedDocumentString(`
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
}`, {"fragmentName":"StudioResourceFields"}) as unknown as TypedDocumentString<StudioResourceFieldsFragment, unknown>;
export const StudioBatchResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment StudioBatchResultFields on BatchOperationResult {
  id
  ok
  code
  message
}
    `, {"fragmentName":"StudioBatchResultFields"}) as unknown as TypedDocumentString<StudioBatchResultFieldsFragment, unknown>;
export const StudioBatchFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"StudioBatchFields"}) as unknown as TypedDocumentString<StudioBatchFieldsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...MeFields
  }
}
    fragment MeFields on Me {
  id
  username
  displayName
  realName
  title
  phoneMasked
  phoneVerified
  email
  emailVerified
  avatarUrl
  realNameStatus
  realNameVerified
  studentOrStaffNumber
  department
  className
  platformRole
  platformRoleLabel
  roles {
    role
    label
    organisation {
      id
      name
    }
  }
  isAdministrator
  twoFactor {
    required
    enrolled
    verified
  }
  wechatLinked
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const MySessionsDocument = new TypedDocumentString(`
    query MySessions($activeOnly: Boolean, $limit: Int, $offset: Int) {
  mySessions(activeOnly: $activeOnly, limit: $limit, offset: $offset) {
    totalCount
    items {
      id
      kind
      method
      device
      place
      ip
      createdAt
      lastSeenAt
      endedAt
      endReason
      current
    }
  }
}
    `) as unknown as TypedDocumentString<MySessionsQuery, MySessionsQueryVariables>;
export const MyLoginHistoryDocument = new TypedDocumentString(`
    query MyLoginHistory($limit: Int, $offset: Int) {
  myLoginHistory(limit: $limit, offset: $offset) {
    totalCount
    items {
      id
      occurredAt
      action
      result
      device
      place
      ip
    }
  }
}
    `) as unknown as TypedDocumentString<MyLoginHistoryQuery, MyLoginHistoryQueryVariables>;
export const RegisterStartDocument = new TypedDocumentString(`
    mutation RegisterStart($channel: Channel!, $target: String!, $password: String!) {
  registerStart(channel: $channel, target: $target, password: $password) {
    ok
    errors {
      ...MutationErrorFields
    }
  }
}
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}`) as unknown as TypedDocumentString<RegisterStartMutation, RegisterStartMutationVariables>;
export const RegisterVerifyDocument = new TypedDocumentString(`
    mutation RegisterVerify($channel: Channel!, $target: String!, $code: String!) {
  registerVerify(channel: $channel, target: $target, code: $code) {
    ok
    errors {
      ...MutationErrorFields
    }
    me {
      ...MeFields
    }
  }
}
    fragment MeFields on Me {
  id
  username
  displayName
  realName
  title
  phoneMasked
  phoneVerified
  email
  emailVerified
  avatarUrl
  realNameStatus
  realNameVerified
  studentOrStaffNumber
  department
  className
  platformRole
  platformRoleLabel
  roles {
    role
    label
    organisation {
      id
      name
    }
  }
  isAdministrator
  twoFactor {
    required
    enrolled
    verified
  }
  wechatLinked
}
fragment MutationErrorFields on MutationError {
  code
  message
  field
}`) as unknown as TypedDocumentString<RegisterVerifyMutation, RegisterVerifyMutationVariables>;
export const PasswordResetStartDocument = new TypedDocumentString(`
    mutation PasswordResetStart($channel: Channel!, $target: String!) {
  passwordResetStart(channel: $channel, target: $target) {
    ok
    errors {
      ...MutationErrorFields
    }
  }
}
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}`) as unknown as TypedDocumentString<PasswordResetStartMutation, PasswordResetStartMutationVariables>;
export const PasswordResetCompleteDocument = new TypedDocumentString(`
    mutation PasswordResetComplete($channel: Channel!, $target: String!, $code: String!, $newPassword: String!) {
  passwordResetComplete(
    channel: $channel
    target: $target
    code: $code
    newPassword: $newPassword
  ) {
    ok
    errors {
      ...MutationErrorFields
    }
  }
}
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}`) as unknown as TypedDocumentString<PasswordResetCompleteMutation, PasswordResetCompleteMutationVariables>;
export const LoginWithPasswordDocument = new TypedDocumentString(`
    mutation LoginWithPassword($account: String!, $password: String!) {
  loginWithPassword(account: $account, password: $password) {
    ok
    errors {
      ...MutationErrorFields
    }
    twoFactorRequired
    me {
      ...MeFields
    }
  }
}
    fragment MeFields on Me {
  id
  username
  displayName
  realName
  title
  phoneMasked
  phoneVerified
  email
  emailVerified
  avatarUrl
  realNameStatus
  realNameVerified
  studentOrStaffNumber
  department
  className
  platformRole
  platformRoleLabel
  roles {
    role
    label
    organisation {
      id
      name
    }
  }
  isAdministrator
  twoFactor {
    required
    enrolled
    verified
  }
  wechatLinked
}
fragment MutationErrorFields on MutationError {
  code
  message
  field
}`) as unknown as TypedDocumentString<LoginWithPasswordMutation, LoginWithPasswordMutationVariables>;
export const LoginCodeSendDocument = new TypedDocumentString(`
    mutation LoginCodeSend($phone: String!) {
  loginCodeSend(phone: $phone) {
    ok
    errors {
      ...MutationErrorFields
    }
  }
}
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}`) as unknown as TypedDocumentString<LoginCodeSendMutation, LoginCodeSendMutationVariables>;
export const LoginWithSmsCodeDocument = new TypedDocumentString(`
    mutation LoginWithSmsCode($phone: String!, $code: String!) {
  loginWithSmsCode(phone: $phone, code: $code) {
    ok
    errors {
      ...MutationErrorFields
    }
    twoFactorRequired
    me {
      ...MeFields
    }
  }
}
    fragment MeFields on Me {
  id
  username
  displayName
  realName
  title
  phoneMasked
  phoneVerified
  email
  emailVerified
  avatarUrl
  realNameStatus
  realNameVerified
  studentOrStaffNumber
  department
  className
  platformRole
  platformRoleLabel
  roles {
    role
    label
    organisation {
      id
      name
    }
  }
  isAdministrator
  twoFactor {
    required
    enrolled
    verified
  }
  wechatLinked
}
fragment MutationErrorFields on MutationError {
  code
  message
  field
}`) as unknown as TypedDocumentString<LoginWithSmsCodeMutation, LoginWithSmsCodeMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout {
    ok
    errors {
      ...MutationErrorFields
    }
  }
}
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}`) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const LogoutEverywhereDocument = new TypedDocumentString(`
    mutation LogoutEverywhere {
  logoutEverywhere {
    ok
    endedCount
    errors {
      ...MutationErrorFields
    }
  }
}
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}`) as unknown as TypedDocumentString<LogoutEverywhereMutation, LogoutEverywhereMutationVariables>;
export const TwoFactorEnrolStartDocument = new TypedDocumentString(`
    mutation TwoFactorEnrolStart {
  twoFactorEnrolStart {
    ok
    errors {
      ...MutationErrorFields
    }
    otpauthUrl
    secret
  }
}
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}`) as unknown as TypedDocumentString<TwoFactorEnrolStartMutation, TwoFactorEnrolStartMutationVariables>;
export const TwoFactorEnrolConfirmDocument = new TypedDocumentString(`
    mutation TwoFactorEnrolConfirm($code: String!) {
  twoFactorEnrolConfirm(code: $code) {
    ok
    errors {
      ...MutationErrorFields
    }
    me {
      ...MeFields
    }
  }
}
    fragment MeFields on Me {
  id
  username
  displayName
  realName
  title
  phoneMasked
  phoneVerified
  email
  emailVerified
  avatarUrl
  realNameStatus
  realNameVerified
  studentOrStaffNumber
  department
  className
  platformRole
  platformRoleLabel
  roles {
    role
    label
    organisation {
      id
      name
    }
  }
  isAdministrator
  twoFactor {
    required
    enrolled
    verified
  }
  wechatLinked
}
fragment MutationErrorFields on MutationError {
  code
  message
  field
}`) as unknown as TypedDocumentString<TwoFactorEnrolConfirmMutation, TwoFactorEnrolConfirmMutationVariables>;
export const TwoFactorVerifyDocument = new TypedDocumentString(`
    mutation TwoFactorVerify($code: String!) {
  twoFactorVerify(code: $code) {
    ok
    errors {
      ...MutationErrorFields
    }
    me {
      ...MeFields
    }
  }
}
    fragment MeFields on Me {
  id
  username
  displayName
  realName
  title
  phoneMasked
  phoneVerified
  email
  emailVerified
  avatarUrl
  realNameStatus
  realNameVerified
  studentOrStaffNumber
  department
  className
  platformRole
  platformRoleLabel
  roles {
    role
    label
    organisation {
      id
      name
    }
  }
  isAdministrator
  twoFactor {
    required
    enrolled
    verified
  }
  wechatLinked
}
fragment MutationErrorFields on MutationError {
  code
  message
  field
}`) as unknown as TypedDocumentString<TwoFactorVerifyMutation, TwoFactorVerifyMutationVariables>;
export const ProfileUpdateDocument = new TypedDocumentString(`
    mutation ProfileUpdate($title: String, $realName: String) {
  profileUpdate(title: $title, realName: $realName) {
    ok
    errors {
      ...MutationErrorFields
    }
    me {
      ...MeFields
    }
  }
}
    fragment MeFields on Me {
  id
  username
  displayName
  realName
  title
  phoneMasked
  phoneVerified
  email
  emailVerified
  avatarUrl
  realNameStatus
  realNameVerified
  studentOrStaffNumber
  department
  className
  platformRole
  platformRoleLabel
  roles {
    role
    label
    organisation {
      id
      name
    }
  }
  isAdministrator
  twoFactor {
    required
    enrolled
    verified
  }
  wechatLinked
}
fragment MutationErrorFields on MutationError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ProfileUpdateMutation, ProfileUpdateMutationVariables>;
export const PasswordChangeDocument = new TypedDocumentString(`
    mutation PasswordChange($oldPassword: String!, $newPassword: String!) {
  passwordChange(oldPassword: $oldPassword, newPassword: $newPassword) {
    ok
    errors {
      ...MutationErrorFields
    }
  }
}
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}`) as unknown as TypedDocumentString<PasswordChangeMutation, PasswordChangeMutationVariables>;
export const ContactChangeStartDocument = new TypedDocumentString(`
    mutation ContactChangeStart($channel: Channel!, $target: String!, $password: String!) {
  contactChangeStart(channel: $channel, target: $target, password: $password) {
    ok
    errors {
      ...MutationErrorFields
    }
  }
}
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ContactChangeStartMutation, ContactChangeStartMutationVariables>;
export const ContactChangeConfirmDocument = new TypedDocumentString(`
    mutation ContactChangeConfirm($channel: Channel!, $target: String!, $code: String!) {
  contactChangeConfirm(channel: $channel, target: $target, code: $code) {
    ok
    errors {
      ...MutationErrorFields
    }
    me {
      ...MeFields
    }
  }
}
    fragment MeFields on Me {
  id
  username
  displayName
  realName
  title
  phoneMasked
  phoneVerified
  email
  emailVerified
  avatarUrl
  realNameStatus
  realNameVerified
  studentOrStaffNumber
  department
  className
  platformRole
  platformRoleLabel
  roles {
    role
    label
    organisation {
      id
      name
    }
  }
  isAdministrator
  twoFactor {
    required
    enrolled
    verified
  }
  wechatLinked
}
fragment MutationErrorFields on MutationError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ContactChangeConfirmMutation, ContactChangeConfirmMutationVariables>;
export const SessionRevokeDocument = new TypedDocumentString(`
    mutation SessionRevoke($id: ID!) {
  sessionRevoke(id: $id) {
    ok
    errors {
      ...MutationErrorFields
    }
    session {
      id
      endedAt
    }
  }
}
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}`) as unknown as TypedDocumentString<SessionRevokeMutation, SessionRevokeMutationVariables>;
export const OrganisationsForRealNameDocument = new TypedDocumentString(`
    query OrganisationsForRealName {
  organisationsForRealName {
    id
    name
    shortName
    kind
    hasRoster
  }
}
    `) as unknown as TypedDocumentString<OrganisationsForRealNameQuery, OrganisationsForRealNameQueryVariables>;
export const RealNameClaimDocument = new TypedDocumentString(`
    mutation RealNameClaim($organisationId: ID!, $name: String!, $number: String!) {
  realNameClaim(organisationId: $organisationId, name: $name, number: $number) {
    ok
    errors {
      ...MutationErrorFields
    }
    status
    claim {
      id
      status
      createdAt
    }
  }
}
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}`) as unknown as TypedDocumentString<RealNameClaimMutation, RealNameClaimMutationVariables>;
export const LoginOptionsDocument = new TypedDocumentString(`
    query LoginOptions {
  loginOptions {
    wechatWeb
  }
}
    `) as unknown as TypedDocumentString<LoginOptionsQuery, LoginOptionsQueryVariables>;
export const CourseBuildAccessDocument = new TypedDocumentString(`
    query CourseBuildAccess($id: ID!) {
  course(id: $id) {
    id
    affectedItems {
      itemId
    }
  }
}
    `) as unknown as TypedDocumentString<CourseBuildAccessQuery, CourseBuildAccessQueryVariables>;
export const CourseBuilderDocument = new TypedDocumentString(`
    query CourseBuilder($id: ID!, $version: Int) {
  course(id: $id) {
    id
    name
    major {
      id
      code
      name
    }
    structure(version: $version) {
      ...CourseBuilderStructureFields
    }
    affectedItems {
      itemId
      unitId
      unitTitle
      moduleId
      moduleTitle
      resourceTitles
    }
  }
}
    fragment CourseBuilderResourceFields on Resource {
  id
  title
  type
  status
}
fragment CourseBuilderStructureFields on CourseStructure {
  version
  modules {
    id
    title
    parentId
    depth
    units {
      id
      title
      items {
        id
        order
        openForTrial
        withdrawn
        resource {
          ...CourseBuilderResourceFields
        }
        assembly {
          id
          title
          description
        }
        assemblyResources {
          ...CourseBuilderResourceFields
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<CourseBuilderQuery, CourseBuilderQueryVariables>;
export const CourseBuilderTargetsDocument = new TypedDocumentString(`
    query CourseBuilderTargets($code: String) {
  major(code: $code) {
    id
    courses {
      id
      name
      affectedItems {
        itemId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CourseBuilderTargetsQuery, CourseBuilderTargetsQueryVariables>;
export const CourseBuilderTargetModulesDocument = new TypedDocumentString(`
    query CourseBuilderTargetModules($id: ID!) {
  course(id: $id) {
    id
    structure {
      version
      modules {
        id
        title
        parentId
        depth
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CourseBuilderTargetModulesQuery, CourseBuilderTargetModulesQueryVariables>;
export const ModuleAddDocument = new TypedDocumentString(`
    mutation ModuleAdd($courseId: ID!, $title: String!, $parentId: ID, $position: Int) {
  moduleAdd(
    courseId: $courseId
    title: $title
    parentId: $parentId
    position: $position
  ) {
    ok
    errors {
      code
      message
      field
    }
    module {
      id
      title
      parentId
      order
    }
  }
}
    `) as unknown as TypedDocumentString<ModuleAddMutation, ModuleAddMutationVariables>;
export const ModuleMoveDocument = new TypedDocumentString(`
    mutation ModuleMove($id: ID!, $courseId: ID!, $parentId: ID, $position: Int) {
  moduleMove(
    id: $id
    courseId: $courseId
    parentId: $parentId
    position: $position
  ) {
    ok
    errors {
      code
      message
      field
    }
    module {
      id
      courseId
      parentId
      order
    }
  }
}
    `) as unknown as TypedDocumentString<ModuleMoveMutation, ModuleMoveMutationVariables>;
export const ModuleCopyDocument = new TypedDocumentString(`
    mutation ModuleCopy($id: ID!, $courseId: ID!, $parentId: ID, $position: Int) {
  moduleCopy(
    id: $id
    courseId: $courseId
    parentId: $parentId
    position: $position
  ) {
    ok
    errors {
      code
      message
      field
    }
    module {
      id
      courseId
      parentId
      order
    }
  }
}
    `) as unknown as TypedDocumentString<ModuleCopyMutation, ModuleCopyMutationVariables>;
export const UnitAddDocument = new TypedDocumentString(`
    mutation UnitAdd($moduleId: ID!, $title: String!, $position: Int) {
  unitAdd(moduleId: $moduleId, title: $title, position: $position) {
    ok
    errors {
      code
      message
      field
    }
    unit {
      id
      title
      moduleId
      order
    }
  }
}
    `) as unknown as TypedDocumentString<UnitAddMutation, UnitAddMutationVariables>;
export const ItemAddDocument = new TypedDocumentString(`
    mutation ItemAdd($unitId: ID!, $resourceId: ID, $assemblyId: ID, $position: Int) {
  itemAdd(
    unitId: $unitId
    resourceId: $resourceId
    assemblyId: $assemblyId
    position: $position
  ) {
    ok
    errors {
      code
      message
      field
    }
    item {
      id
      unitId
      order
    }
  }
}
    `) as unknown as TypedDocumentString<ItemAddMutation, ItemAddMutationVariables>;
export const ItemsReorderDocument = new TypedDocumentString(`
    mutation ItemsReorder($unitId: ID!, $itemIds: [ID!]!) {
  itemsReorder(unitId: $unitId, itemIds: $itemIds) {
    ok
    errors {
      code
      message
      field
    }
    items {
      id
      unitId
      order
    }
  }
}
    `) as unknown as TypedDocumentString<ItemsReorderMutation, ItemsReorderMutationVariables>;
export const ItemRemoveDocument = new TypedDocumentString(`
    mutation ItemRemove($id: ID!) {
  itemRemove(id: $id) {
    ok
    errors {
      code
      message
      field
    }
    removedId
  }
}
    `) as unknown as TypedDocumentString<ItemRemoveMutation, ItemRemoveMutationVariables>;
export const AssemblyCreateDocument = new TypedDocumentString(`
    mutation AssemblyCreate($title: String!, $description: String, $resourceIds: [ID!]!) {
  assemblyCreate(
    title: $title
    description: $description
    resourceIds: $resourceIds
  ) {
    ok
    errors {
      code
      message
      field
    }
    assembly {
      id
      title
      description
    }
  }
}
    `) as unknown as TypedDocumentString<AssemblyCreateMutation, AssemblyCreateMutationVariables>;
export const AssemblyUpdateDocument = new TypedDocumentString(`
    mutation AssemblyUpdate($id: ID!, $title: String, $description: String, $resourceIds: [ID!]) {
  assemblyUpdate(
    id: $id
    title: $title
    description: $description
    resourceIds: $resourceIds
  ) {
    ok
    errors {
      code
      message
      field
    }
    assembly {
      id
      title
      description
    }
  }
}
    `) as unknown as TypedDocumentString<AssemblyUpdateMutation, AssemblyUpdateMutationVariables>;
export const CourseStructurePublishDocument = new TypedDocumentString(`
    mutation CourseStructurePublish($courseId: ID!) {
  courseStructurePublish(courseId: $courseId) {
    ok
    errors {
      code
      message
      field
    }
    version
  }
}
    `) as unknown as TypedDocumentString<CourseStructurePublishMutation, CourseStructurePublishMutationVariables>;
export const CourseStructureVersionsDocument = new TypedDocumentString(`
    query CourseStructureVersions($id: ID!) {
  course(id: $id) {
    id
    structureVersions(limit: 100) {
      number
      publishedAt
      publishedBy
      itemCount
    }
  }
}
    `) as unknown as TypedDocumentString<CourseStructureVersionsQuery, CourseStructureVersionsQueryVariables>;
export const MyAssembliesDocument = new TypedDocumentString(`
    query MyAssemblies($query: String, $limit: Int, $offset: Int) {
  myAssemblies(query: $query, limit: $limit, offset: $offset) {
    total
    items {
      ...CourseBuilderAssemblyFields
    }
  }
}
    fragment CourseBuilderResourceFields on Resource {
  id
  title
  type
  status
}
fragment CourseBuilderAssemblyFields on Assembly {
  id
  title
  description
  withdrawnCount
  courseItemCount
  canEdit
  updatedAt
  resources {
    ...CourseBuilderResourceFields
  }
}`) as unknown as TypedDocumentString<MyAssembliesQuery, MyAssembliesQueryVariables>;
export const ModuleRenameDocument = new TypedDocumentString(`
    mutation ModuleRename($id: ID!, $title: String!) {
  moduleRename(id: $id, title: $title) {
    ok
    errors {
      code
      message
      field
    }
    module {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ModuleRenameMutation, ModuleRenameMutationVariables>;
export const ModuleRemoveDocument = new TypedDocumentString(`
    mutation ModuleRemove($id: ID!) {
  moduleRemove(id: $id) {
    ok
    errors {
      code
      message
      field
    }
    removedId
  }
}
    `) as unknown as TypedDocumentString<ModuleRemoveMutation, ModuleRemoveMutationVariables>;
export const UnitRenameDocument = new TypedDocumentString(`
    mutation UnitRename($id: ID!, $title: String!) {
  unitRename(id: $id, title: $title) {
    ok
    errors {
      code
      message
      field
    }
    unit {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<UnitRenameMutation, UnitRenameMutationVariables>;
export const UnitMoveDocument = new TypedDocumentString(`
    mutation UnitMove($id: ID!, $moduleId: ID!, $position: Int) {
  unitMove(id: $id, moduleId: $moduleId, position: $position) {
    ok
    errors {
      code
      message
      field
    }
    unit {
      id
      moduleId
      order
    }
  }
}
    `) as unknown as TypedDocumentString<UnitMoveMutation, UnitMoveMutationVariables>;
export const UnitRemoveDocument = new TypedDocumentString(`
    mutation UnitRemove($id: ID!) {
  unitRemove(id: $id) {
    ok
    errors {
      code
      message
      field
    }
    removedId
  }
}
    `) as unknown as TypedDocumentString<UnitRemoveMutation, UnitRemoveMutationVariables>;
export const ItemUpdateDocument = new TypedDocumentString(`
    mutation ItemUpdate($id: ID!, $openForTrial: Boolean!) {
  itemUpdate(id: $id, openForTrial: $openForTrial) {
    ok
    errors {
      code
      message
      field
    }
    item {
      id
      openForTrial
    }
  }
}
    `) as unknown as TypedDocumentString<ItemUpdateMutation, ItemUpdateMutationVariables>;
export const AssemblyDeleteDocument = new TypedDocumentString(`
    mutation AssemblyDelete($id: ID!) {
  assemblyDelete(id: $id) {
    ok
    errors {
      code
      message
      field
    }
    removedId
  }
}
    `) as unknown as TypedDocumentString<AssemblyDeleteMutation, AssemblyDeleteMutationVariables>;
export const CourseCatalogueDocument = new TypedDocumentString(`
    query CourseCatalogue($major: String, $kind: CourseKind, $level: CourseLevel, $search: String, $limit: Int, $offset: Int) {
  courses(
    major: $major
    kind: $kind
    level: $level
    search: $search
    limit: $limit
    offset: $offset
  ) {
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
}`) as unknown as TypedDocumentString<CourseCatalogueQuery, CourseCatalogueQueryVariables>;
export const CatalogueMajorsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<CatalogueMajorsQuery, CatalogueMajorsQueryVariables>;
export const CoursePortalDocument = new TypedDocumentString(`
    query CoursePortal($id: ID!) {
  course(id: $id) {
    id
    portal {
      ...CoursePortalFields
    }
  }
}
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
}`) as unknown as TypedDocumentString<CoursePortalQuery, CoursePortalQueryVariables>;
export const CoursePortalTeamDraftDocument = new TypedDocumentString(`
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
fragment CoursePortalDraftFields on CoursePortalDraft {
  status
  updatedAt
  comment
  portal {
    ...CoursePortalFields
    introSource
  }
}`) as unknown as TypedDocumentString<CoursePortalTeamDraftQuery, CoursePortalTeamDraftQueryVariables>;
export const CoursePortalSaveDocument = new TypedDocumentString(`
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
fragment CoursePortalDraftFields on CoursePortalDraft {
  status
  updatedAt
  comment
  portal {
    ...CoursePortalFields
    introSource
  }
}`) as unknown as TypedDocumentString<CoursePortalSaveMutation, CoursePortalSaveMutationVariables>;
export const CoursePortalSubmitDocument = new TypedDocumentString(`
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
fragment CoursePortalDraftFields on CoursePortalDraft {
  status
  updatedAt
  comment
  portal {
    ...CoursePortalFields
    introSource
  }
}`) as unknown as TypedDocumentString<CoursePortalSubmitMutation, CoursePortalSubmitMutationVariables>;
export const CourseOpenQuestionsDocument = new TypedDocumentString(`
    query CourseOpenQuestions($id: ID!, $limit: Int!, $offset: Int!) {
  course(id: $id) {
    id
    openQuestions(limit: $limit, offset: $offset) {
      total
      questions {
        ...CourseQuestionFields
      }
    }
  }
}
    fragment CourseQuestionFields on CourseQuestion {
  id
  text
  status
  createdAt
  askedBy
  answer
  answeredBy
  answeredAt
  faqEntryId
  dismissReason
  dismissNote
  dismissedAt
}`) as unknown as TypedDocumentString<CourseOpenQuestionsQuery, CourseOpenQuestionsQueryVariables>;
export const CourseMyQuestionsDocument = new TypedDocumentString(`
    query CourseMyQuestions($id: ID!, $limit: Int!, $offset: Int!) {
  course(id: $id) {
    id
    myQuestions(limit: $limit, offset: $offset) {
      total
      questions {
        ...CourseQuestionFields
      }
    }
  }
}
    fragment CourseQuestionFields on CourseQuestion {
  id
  text
  status
  createdAt
  askedBy
  answer
  answeredBy
  answeredAt
  faqEntryId
  dismissReason
  dismissNote
  dismissedAt
}`) as unknown as TypedDocumentString<CourseMyQuestionsQuery, CourseMyQuestionsQueryVariables>;
export const CourseQuestionAnswerDocument = new TypedDocumentString(`
    mutation CourseQuestionAnswer($questionId: ID!, $answer: String!, $addToFaq: Boolean, $pointIds: [ID!]) {
  courseQuestionAnswer(
    questionId: $questionId
    answer: $answer
    addToFaq: $addToFaq
    pointIds: $pointIds
  ) {
    ok
    errors {
      code
      message
      field
    }
    question {
      ...CourseQuestionFields
    }
    faqEntry {
      id
      question
    }
  }
}
    fragment CourseQuestionFields on CourseQuestion {
  id
  text
  status
  createdAt
  askedBy
  answer
  answeredBy
  answeredAt
  faqEntryId
  dismissReason
  dismissNote
  dismissedAt
}`) as unknown as TypedDocumentString<CourseQuestionAnswerMutation, CourseQuestionAnswerMutationVariables>;
export const CourseQuestionDismissDocument = new TypedDocumentString(`
    mutation CourseQuestionDismiss($questionId: ID!, $reason: CourseQuestionDismissReason!, $note: String) {
  courseQuestionDismiss(questionId: $questionId, reason: $reason, note: $note) {
    ok
    errors {
      code
      message
      field
    }
    question {
      ...CourseQuestionFields
    }
  }
}
    fragment CourseQuestionFields on CourseQuestion {
  id
  text
  status
  createdAt
  askedBy
  answer
  answeredBy
  answeredAt
  faqEntryId
  dismissReason
  dismissNote
  dismissedAt
}`) as unknown as TypedDocumentString<CourseQuestionDismissMutation, CourseQuestionDismissMutationVariables>;
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
export const CourseKnowledgeGraphDocument = new TypedDocumentString(`
    query CourseKnowledgeGraph($id: ID!) {
  course(id: $id) {
    id
    graph {
      canEdit
      jobPositionOptions {
        id
        name
      }
      nodes {
        id
        studyOrder
        step
        resourceTotal
        x
        y
        resourceCounts {
          type
          count
        }
        point {
          id
          name
          kind
          description
          jobPositions {
            id
            name
          }
        }
      }
      edges {
        id
        sourceId
        targetId
        kind
      }
    }
    coverage {
      pointsWithGaps
      points {
        resources
        videosAndAnimations
        questions
        gaps
        point {
          id
          name
          kind
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CourseKnowledgeGraphQuery, CourseKnowledgeGraphQueryVariables>;
export const KnowledgePointResourcesDocument = new TypedDocumentString(`
    query KnowledgePointResources($id: ID!) {
  knowledgePoint(id: $id) {
    id
    name
    kind
    description
    resources(limit: 50) {
      id
      title
      type
    }
  }
}
    `) as unknown as TypedDocumentString<KnowledgePointResourcesQuery, KnowledgePointResourcesQueryVariables>;
export const KnowledgeEdgeAddDocument = new TypedDocumentString(`
    mutation KnowledgeEdgeAdd($sourceId: ID!, $targetId: ID!, $kind: KnowledgeEdgeKind!) {
  knowledgeEdgeAdd(sourceId: $sourceId, targetId: $targetId, kind: $kind) {
    ok
    errors {
      code
      message
      field
    }
    edge {
      id
      sourceId
      targetId
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<KnowledgeEdgeAddMutation, KnowledgeEdgeAddMutationVariables>;
export const KnowledgeEdgeRemoveDocument = new TypedDocumentString(`
    mutation KnowledgeEdgeRemove($id: ID!) {
  knowledgeEdgeRemove(id: $id) {
    ok
    errors {
      code
      message
      field
    }
    removedId
  }
}
    `) as unknown as TypedDocumentString<KnowledgeEdgeRemoveMutation, KnowledgeEdgeRemoveMutationVariables>;
export const CourseAnswerDocument = new TypedDocumentString(`
    query CourseAnswer($courseId: ID!, $question: String!) {
  courseAnswer(courseId: $courseId, question: $question) {
    answered
    confidence
    entry {
      id
      question
      answer
    }
    points {
      id
      name
      kind
    }
    prerequisites {
      id
      name
      kind
    }
    resources {
      pointId
      resource {
        id
        title
        type
      }
    }
    sources {
      kind
      id
      title
      reason
    }
    suggestion
    canPost
  }
}
    `) as unknown as TypedDocumentString<CourseAnswerQuery, CourseAnswerQueryVariables>;
export const CourseQuestionPostDocument = new TypedDocumentString(`
    mutation CourseQuestionPost($courseId: ID!, $text: String!) {
  courseQuestionPost(courseId: $courseId, text: $text) {
    ok
    errors {
      code
      message
      field
    }
    question {
      id
      text
      status
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<CourseQuestionPostMutation, CourseQuestionPostMutationVariables>;
export const CourseFaqDocument = new TypedDocumentString(`
    query CourseFaq($id: ID!, $limit: Int!, $offset: Int!) {
  course(id: $id) {
    id
    faq(limit: $limit, offset: $offset) {
      total
      entries {
        id
        question
        answer
        points {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CourseFaqQuery, CourseFaqQueryVariables>;
export const CourseStructureOutlineDocument = new TypedDocumentString(`
    query CourseStructureOutline($id: ID!) {
  course(id: $id) {
    id
    structure {
      version
      modules {
        id
        title
        depth
        parentId
        units {
          id
          title
          items {
            id
            openForTrial
            locked
            withdrawn
            title
            type
            resource {
              id
              title
              type
            }
            assembly {
              id
              title
            }
            assemblyResources {
              id
              title
              type
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CourseStructureOutlineQuery, CourseStructureOutlineQueryVariables>;
export const KnowledgePointAddDocument = new TypedDocumentString(`
    mutation KnowledgePointAdd($courseId: ID!, $kind: KnowledgePointKind!, $name: String!, $description: String, $jobPositionIds: [ID!]) {
  knowledgePointAdd(
    courseId: $courseId
    kind: $kind
    name: $name
    description: $description
    jobPositionIds: $jobPositionIds
  ) {
    ok
    errors {
      code
      message
      field
    }
    point {
      id
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<KnowledgePointAddMutation, KnowledgePointAddMutationVariables>;
export const KnowledgePointUpdateDocument = new TypedDocumentString(`
    mutation KnowledgePointUpdate($id: ID!, $kind: KnowledgePointKind!, $name: String!, $description: String, $jobPositionIds: [ID!]) {
  knowledgePointUpdate(
    id: $id
    kind: $kind
    name: $name
    description: $description
    jobPositionIds: $jobPositionIds
  ) {
    ok
    errors {
      code
      message
      field
    }
    point {
      id
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<KnowledgePointUpdateMutation, KnowledgePointUpdateMutationVariables>;
export const KnowledgePointRemoveDocument = new TypedDocumentString(`
    mutation KnowledgePointRemove($id: ID!) {
  knowledgePointRemove(id: $id) {
    ok
    errors {
      code
      message
      field
    }
    removedId
    removedEdges
  }
}
    `) as unknown as TypedDocumentString<KnowledgePointRemoveMutation, KnowledgePointRemoveMutationVariables>;
export const KnowledgeGraphLayoutSaveDocument = new TypedDocumentString(`
    mutation KnowledgeGraphLayoutSave($courseId: ID!, $positions: [KnowledgePointPositionInput!]!) {
  knowledgeGraphLayoutSave(courseId: $courseId, positions: $positions) {
    ok
    errors {
      code
      message
      field
    }
    positions {
      pointId
      x
      y
    }
  }
}
    `) as unknown as TypedDocumentString<KnowledgeGraphLayoutSaveMutation, KnowledgeGraphLayoutSaveMutationVariables>;
export const LibraryResourcesDocument = new TypedDocumentString(`
    query LibraryResources($query: String, $filter: ResourceFilterInput, $sort: ResourceSort, $limit: Int, $offset: Int) {
  resources(
    query: $query
    filter: $filter
    sort: $sort
    limit: $limit
    offset: $offset
  ) {
    total
    items {
      ...LibraryResourceCardFields
    }
    facets {
      majors {
        ...LibraryFacetBucketFields
      }
      courses {
        ...LibraryFacetBucketFields
      }
      types {
        ...LibraryFacetBucketFields
      }
      sources {
        ...LibraryFacetBucketFields
      }
      knowledgePoints {
        ...LibraryFacetBucketFields
      }
    }
  }
}
    fragment LibraryResourceCardFields on Resource {
  id
  title
  type
  description
  keywords
  previewUrl
  viewCount
  downloadCount
  publishedAt
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
}
fragment LibraryFacetBucketFields on FacetBucket {
  value
  label
  count
}`) as unknown as TypedDocumentString<LibraryResourcesQuery, LibraryResourcesQueryVariables>;
export const LibraryLatestResourcesDocument = new TypedDocumentString(`
    query LibraryLatestResources($majorId: ID!, $limit: Int) {
  resources(filter: {majorIds: [$majorId]}, sort: NEWEST, limit: $limit) {
    total
    items {
      ...LibraryResourceCardFields
    }
  }
}
    fragment LibraryResourceCardFields on Resource {
  id
  title
  type
  description
  keywords
  previewUrl
  viewCount
  downloadCount
  publishedAt
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
}`) as unknown as TypedDocumentString<LibraryLatestResourcesQuery, LibraryLatestResourcesQueryVariables>;
export const LibraryAutocompleteDocument = new TypedDocumentString(`
    query LibraryAutocomplete($prefix: String!, $limit: Int) {
  resourceAutocomplete(prefix: $prefix, limit: $limit)
}
    `) as unknown as TypedDocumentString<LibraryAutocompleteQuery, LibraryAutocompleteQueryVariables>;
export const LibraryResourceDocument = new TypedDocumentString(`
    query LibraryResource($id: ID!) {
  resource(id: $id) {
    ...LibraryResourceCardFields
    body
    url
    source
    licence
    audienceLevel
    visibility
    downloadRequiresLogin
    rightsHolder
    module {
      id
      name
    }
    knowledgePoints {
      id
      name
      kind
    }
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
      ...LibraryResourceMediaFields
    }
    downloadUrl
    canDownload
    canEdit
    updatedAt
  }
}
    fragment LibraryResourceCardFields on Resource {
  id
  title
  type
  description
  keywords
  previewUrl
  viewCount
  downloadCount
  publishedAt
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
}
fragment LibraryResourceMediaFields on ResourceMedia {
  state
  progress
  errorCode
  errorMessage
  playable
  canRetry
  hlsUrl
  posterUrl
  spriteVttUrl
  mp4Url
  webmUrl
  audioUrl
  peaksUrl
  thumbnailUrl
  pdfUrl
  subtitleUrl
  subtitles {
    language
    label
    url
  }
  packageUrl
  images {
    width
    url
    fallbackUrl
  }
  pages
  conversions {
    kind
    state
    progress
    url
    errorMessage
  }
}`) as unknown as TypedDocumentString<LibraryResourceQuery, LibraryResourceQueryVariables>;
export const LibraryResourceViewedDocument = new TypedDocumentString(`
    mutation LibraryResourceViewed($id: ID!) {
  resourceViewed(id: $id) {
    ok
    errors {
      code
      message
      field
    }
    viewCount
  }
}
    `) as unknown as TypedDocumentString<LibraryResourceViewedMutation, LibraryResourceViewedMutationVariables>;
export const LibraryResourceMediaRetryDocument = new TypedDocumentString(`
    mutation LibraryResourceMediaRetry($id: ID!) {
  resourceMediaRetry(id: $id) {
    ok
    errors {
      code
      message
      field
    }
    resource {
      id
      media {
        ...LibraryResourceMediaFields
      }
    }
  }
}
    fragment LibraryResourceMediaFields on ResourceMedia {
  state
  progress
  errorCode
  errorMessage
  playable
  canRetry
  hlsUrl
  posterUrl
  spriteVttUrl
  mp4Url
  webmUrl
  audioUrl
  peaksUrl
  thumbnailUrl
  pdfUrl
  subtitleUrl
  subtitles {
    language
    label
    url
  }
  packageUrl
  images {
    width
    url
    fallbackUrl
  }
  pages
  conversions {
    kind
    state
    progress
    url
    errorMessage
  }
}`) as unknown as TypedDocumentString<LibraryResourceMediaRetryMutation, LibraryResourceMediaRetryMutationVariables>;
export const LibraryResourceConversionRequestDocument = new TypedDocumentString(`
    mutation LibraryResourceConversionRequest($id: ID!, $kind: ConversionKind!) {
  resourceConversionRequest(id: $id, kind: $kind) {
    ok
    errors {
      code
      message
      field
    }
    resource {
      id
      media {
        ...LibraryResourceMediaFields
      }
    }
  }
}
    fragment LibraryResourceMediaFields on ResourceMedia {
  state
  progress
  errorCode
  errorMessage
  playable
  canRetry
  hlsUrl
  posterUrl
  spriteVttUrl
  mp4Url
  webmUrl
  audioUrl
  peaksUrl
  thumbnailUrl
  pdfUrl
  subtitleUrl
  subtitles {
    language
    label
    url
  }
  packageUrl
  images {
    width
    url
    fallbackUrl
  }
  pages
  conversions {
    kind
    state
    progress
    url
    errorMessage
  }
}`) as unknown as TypedDocumentString<LibraryResourceConversionRequestMutation, LibraryResourceConversionRequestMutationVariables>;
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
}`) as unknown as TypedDocumentString<MajorPageQuery, MajorPageQueryVariables>;
export const AdministeredOrganisationsDocument = new TypedDocumentString(`
    query AdministeredOrganisations {
  administeredOrganisations {
    ...ManagedOrganisationFields
  }
}
    fragment ManagedOrganisationFields on ManagedOrganisation {
  id
  name
  shortName
  kind
  role
  depth
  parentId
}`) as unknown as TypedDocumentString<AdministeredOrganisationsQuery, AdministeredOrganisationsQueryVariables>;
export const ConstructionBoardDocument = new TypedDocumentString(`
    query ConstructionBoard {
  constructionBoard {
    organisation {
      ...ManagedOrganisationFields
    }
    tasks {
      id
      kind
      title
      description
      targetCount
      doneCount
      dueDate
      progress
      overdue
      updatedAt
    }
    targetTotal
    doneTotal
    progress
    overdueCount
  }
}
    fragment ManagedOrganisationFields on ManagedOrganisation {
  id
  name
  shortName
  kind
  role
  depth
  parentId
}`) as unknown as TypedDocumentString<ConstructionBoardQuery, ConstructionBoardQueryVariables>;
export const OrganisationCreateDocument = new TypedDocumentString(`
    mutation OrganisationCreate($parentId: ID, $name: String!, $kind: OrganisationKind!, $shortName: String) {
  organisationCreate(
    parentId: $parentId
    name: $name
    kind: $kind
    shortName: $shortName
  ) {
    ok
    errors {
      code
      message
      field
    }
    organisation {
      ...ManagedOrganisationFields
    }
  }
}
    fragment ManagedOrganisationFields on ManagedOrganisation {
  id
  name
  shortName
  kind
  role
  depth
  parentId
}`) as unknown as TypedDocumentString<OrganisationCreateMutation, OrganisationCreateMutationVariables>;
export const OrganisationInviteDocument = new TypedDocumentString(`
    mutation OrganisationInvite($hostId: ID!, $name: String!, $kind: OrganisationKind!, $email: String!) {
  organisationInvite(hostId: $hostId, name: $name, kind: $kind, email: $email) {
    ok
    errors {
      code
      message
      field
    }
    invitation {
      id
      email
      expiresAt
      organisation {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationInviteMutation, OrganisationInviteMutationVariables>;
export const InvitationAcceptDocument = new TypedDocumentString(`
    mutation InvitationAccept($token: String!) {
  invitationAccept(token: $token) {
    ok
    errors {
      code
      message
      field
    }
    assignment {
      role
      label
      organisation {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationAcceptMutation, InvitationAcceptMutationVariables>;
export const ConstructionTaskAssignDocument = new TypedDocumentString(`
    mutation ConstructionTaskAssign($organisationId: ID!, $kind: ConstructionTaskKind!, $title: String!, $targetCount: Int!, $dueDate: Date!, $description: String) {
  constructionTaskAssign(
    organisationId: $organisationId
    kind: $kind
    title: $title
    targetCount: $targetCount
    dueDate: $dueDate
    description: $description
  ) {
    ok
    errors {
      code
      message
      field
    }
    task {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConstructionTaskAssignMutation, ConstructionTaskAssignMutationVariables>;
export const ConstructionTaskReportDocument = new TypedDocumentString(`
    mutation ConstructionTaskReport($taskId: ID!, $doneCount: Int!) {
  constructionTaskReport(taskId: $taskId, doneCount: $doneCount) {
    ok
    errors {
      code
      message
      field
    }
    task {
      id
      doneCount
      progress
      overdue
    }
  }
}
    `) as unknown as TypedDocumentString<ConstructionTaskReportMutation, ConstructionTaskReportMutationVariables>;
export const RosterEntriesDocument = new TypedDocumentString(`
    query RosterEntries($organisationId: ID!, $search: String, $page: Int, $pageSize: Int) {
  rosterEntries(
    organisationId: $organisationId
    search: $search
    page: $page
    pageSize: $pageSize
  ) {
    totalCount
    page
    pageSize
    items {
      id
      number
      name
      kind
      department
      className
      claimed
      claimedAt
    }
  }
}
    `) as unknown as TypedDocumentString<RosterEntriesQuery, RosterEntriesQueryVariables>;
export const RealNameClaimsPendingDocument = new TypedDocumentString(`
    query RealNameClaimsPending {
  realNameClaimsPending {
    id
    status
    createdAt
    organisation {
      id
      name
    }
    number
    entryName
    kind
    claimantUsername
    claimantName
    holderUsername
    holderName
  }
}
    `) as unknown as TypedDocumentString<RealNameClaimsPendingQuery, RealNameClaimsPendingQueryVariables>;
export const RealNameClaimDecideDocument = new TypedDocumentString(`
    mutation RealNameClaimDecide($claimId: ID!, $approve: Boolean!, $note: String) {
  realNameClaimDecide(claimId: $claimId, approve: $approve, note: $note) {
    ok
    errors {
      code
      message
      field
    }
    claim {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RealNameClaimDecideMutation, RealNameClaimDecideMutationVariables>;
export const RoleAssignDocument = new TypedDocumentString(`
    mutation RoleAssign($account: String, $userId: ID, $role: RoleCode!, $organisationId: ID!) {
  roleAssign(
    account: $account
    userId: $userId
    role: $role
    organisationId: $organisationId
  ) {
    ok
    errors {
      code
      message
      field
    }
    assignment {
      role
      label
      organisation {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RoleAssignMutation, RoleAssignMutationVariables>;
export const RoleRevokeDocument = new TypedDocumentString(`
    mutation RoleRevoke($account: String, $userId: ID, $role: RoleCode!, $organisationId: ID!) {
  roleRevoke(
    account: $account
    userId: $userId
    role: $role
    organisationId: $organisationId
  ) {
    ok
    errors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<RoleRevokeMutation, RoleRevokeMutationVariables>;
export const OrganisationMembersDocument = new TypedDocumentString(`
    query OrganisationMembers($organisationId: ID!, $search: String, $limit: Int, $offset: Int) {
  organisationMembers(
    organisationId: $organisationId
    search: $search
    limit: $limit
    offset: $offset
  ) {
    totalCount
    items {
      assignmentId
      userId
      username
      name
      phone
      role
      roleLabel
      realNameVerified
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationMembersQuery, OrganisationMembersQueryVariables>;
export const PersonalDataViewDocument = new TypedDocumentString(`
    mutation PersonalDataView($userId: ID!) {
  personalDataView(userId: $userId) {
    ok
    errors {
      code
      message
      field
    }
    data {
      userId
      phone
      realName
    }
  }
}
    `) as unknown as TypedDocumentString<PersonalDataViewMutation, PersonalDataViewMutationVariables>;
export const ManagedUsersDocument = new TypedDocumentString(`
    query ManagedUsers($search: String, $limit: Int, $offset: Int) {
  users(search: $search, limit: $limit, offset: $offset) {
    totalCount
    items {
      ...ManagedUserFields
    }
  }
}
    fragment ManagedUserFields on ManagedUser {
  id
  username
  nameMasked
  phoneMasked
  email
  isActive
  lockedUntil
  platformRole
  realNameVerified
  twoFactorEnrolled
  dateJoined
  lastLogin
}`) as unknown as TypedDocumentString<ManagedUsersQuery, ManagedUsersQueryVariables>;
export const UserSetActiveDocument = new TypedDocumentString(`
    mutation UserSetActive($userId: ID!, $active: Boolean!) {
  userSetActive(userId: $userId, active: $active) {
    ok
    errors {
      code
      message
      field
    }
    user {
      ...ManagedUserFields
    }
  }
}
    fragment ManagedUserFields on ManagedUser {
  id
  username
  nameMasked
  phoneMasked
  email
  isActive
  lockedUntil
  platformRole
  realNameVerified
  twoFactorEnrolled
  dateJoined
  lastLogin
}`) as unknown as TypedDocumentString<UserSetActiveMutation, UserSetActiveMutationVariables>;
export const UserUnlockDocument = new TypedDocumentString(`
    mutation UserUnlock($userId: ID!) {
  userUnlock(userId: $userId) {
    ok
    errors {
      code
      message
      field
    }
    user {
      ...ManagedUserFields
    }
  }
}
    fragment ManagedUserFields on ManagedUser {
  id
  username
  nameMasked
  phoneMasked
  email
  isActive
  lockedUntil
  platformRole
  realNameVerified
  twoFactorEnrolled
  dateJoined
  lastLogin
}`) as unknown as TypedDocumentString<UserUnlockMutation, UserUnlockMutationVariables>;
export const TwoFactorResetDocument = new TypedDocumentString(`
    mutation TwoFactorReset($userId: ID!) {
  twoFactorReset(userId: $userId) {
    ok
    errors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<TwoFactorResetMutation, TwoFactorResetMutationVariables>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($actor: String, $action: String, $result: String, $objectType: String, $ip: String, $since: DateTime, $until: DateTime, $limit: Int, $offset: Int) {
  auditEvents(
    actor: $actor
    action: $action
    result: $result
    objectType: $objectType
    ip: $ip
    since: $since
    until: $until
    limit: $limit
    offset: $offset
  ) {
    totalCount
    items {
      id
      occurredAt
      actorName
      actorRoles
      ip
      userAgent
      action
      result
      objectType
      objectId
      objectRepr
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const QuestionBankDocument = new TypedDocumentString(`
    query QuestionBank($courseId: ID!, $search: String, $questionType: QuestionType, $difficulty: Int, $knowledgePointId: ID, $moduleId: ID, $status: QuestionStatus, $limit: Int, $offset: Int) {
  questionBank(
    courseId: $courseId
    search: $search
    questionType: $questionType
    difficulty: $difficulty
    knowledgePointId: $knowledgePointId
    moduleId: $moduleId
    status: $status
    limit: $limit
    offset: $offset
  ) {
    totalCount
    items {
      ...QuestionBankItemFields
    }
  }
}
    fragment QuestionBankPartFields on Question {
  id
  questionType
  stem
  content
  referenceAnswer
  explanation
  difficulty
  score
  source
  tags
  knowledgePoints {
    id
    name
  }
  module {
    id
    title
  }
}
fragment QuestionBankItemFields on Question {
  ...QuestionBankPartFields
  status
  live
  authorName
  updatedAt
  subQuestions {
    ...QuestionBankPartFields
  }
}`) as unknown as TypedDocumentString<QuestionBankQuery, QuestionBankQueryVariables>;
export const QuestionBankCourseDocument = new TypedDocumentString(`
    query QuestionBankCourse($id: ID!) {
  course(id: $id) {
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
          kind
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionBankCourseQuery, QuestionBankCourseQueryVariables>;
export const QuestionBankItemDocument = new TypedDocumentString(`
    query QuestionBankItem($id: ID!) {
  question(id: $id) {
    ...QuestionBankItemFields
    course {
      id
    }
  }
}
    fragment QuestionBankPartFields on Question {
  id
  questionType
  stem
  content
  referenceAnswer
  explanation
  difficulty
  score
  source
  tags
  knowledgePoints {
    id
    name
  }
  module {
    id
    title
  }
}
fragment QuestionBankItemFields on Question {
  ...QuestionBankPartFields
  status
  live
  authorName
  updatedAt
  subQuestions {
    ...QuestionBankPartFields
  }
}`) as unknown as TypedDocumentString<QuestionBankItemQuery, QuestionBankItemQueryVariables>;
export const QuestionCreateDocument = new TypedDocumentString(`
    mutation QuestionCreate($courseId: ID!, $input: QuestionInput!) {
  questionCreate(courseId: $courseId, input: $input) {
    ok
    errors {
      code
      message
      field
    }
    question {
      ...QuestionBankItemFields
    }
  }
}
    fragment QuestionBankPartFields on Question {
  id
  questionType
  stem
  content
  referenceAnswer
  explanation
  difficulty
  score
  source
  tags
  knowledgePoints {
    id
    name
  }
  module {
    id
    title
  }
}
fragment QuestionBankItemFields on Question {
  ...QuestionBankPartFields
  status
  live
  authorName
  updatedAt
  subQuestions {
    ...QuestionBankPartFields
  }
}`) as unknown as TypedDocumentString<QuestionCreateMutation, QuestionCreateMutationVariables>;
export const QuestionUpdateDocument = new TypedDocumentString(`
    mutation QuestionUpdate($id: ID!, $input: QuestionInput!) {
  questionUpdate(id: $id, input: $input) {
    ok
    errors {
      code
      message
      field
    }
    question {
      ...QuestionBankItemFields
    }
  }
}
    fragment QuestionBankPartFields on Question {
  id
  questionType
  stem
  content
  referenceAnswer
  explanation
  difficulty
  score
  source
  tags
  knowledgePoints {
    id
    name
  }
  module {
    id
    title
  }
}
fragment QuestionBankItemFields on Question {
  ...QuestionBankPartFields
  status
  live
  authorName
  updatedAt
  subQuestions {
    ...QuestionBankPartFields
  }
}`) as unknown as TypedDocumentString<QuestionUpdateMutation, QuestionUpdateMutationVariables>;
export const QuestionDeleteDocument = new TypedDocumentString(`
    mutation QuestionDelete($id: ID!) {
  questionDelete(id: $id) {
    ok
    errors {
      code
      message
      field
    }
    question {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionDeleteMutation, QuestionDeleteMutationVariables>;
export const QuestionRestoreDocument = new TypedDocumentString(`
    mutation QuestionRestore($id: ID!) {
  questionRestore(id: $id) {
    ok
    errors {
      code
      message
      field
    }
    question {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionRestoreMutation, QuestionRestoreMutationVariables>;
export const QuestionSubmitDocument = new TypedDocumentString(`
    mutation QuestionSubmit($id: ID!) {
  questionSubmit(id: $id) {
    ok
    errors {
      code
      message
      field
    }
    question {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionSubmitMutation, QuestionSubmitMutationVariables>;
export const QuestionCoverageDocument = new TypedDocumentString(`
    query QuestionCoverage($courseId: ID!, $includeDrafts: Boolean) {
  course(id: $courseId) {
    id
    name
  }
  questionCoverage(courseId: $courseId, includeDrafts: $includeDrafts) {
    uncovered
    untagged
    points {
      total
      point {
        id
        name
        kind
      }
      cells {
        questionType
        difficulty
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionCoverageQuery, QuestionCoverageQueryVariables>;
export const KnowledgePointQuestionsDocument = new TypedDocumentString(`
    query KnowledgePointQuestions($id: ID!) {
  knowledgePoint(id: $id) {
    id
    name
    questions(limit: 100) {
      id
      questionType
      stem
      status
      difficulty
    }
  }
}
    `) as unknown as TypedDocumentString<KnowledgePointQuestionsQuery, KnowledgePointQuestionsQueryVariables>;
export const KnowledgePointQuestionsAttachDocument = new TypedDocumentString(`
    mutation KnowledgePointQuestionsAttach($pointId: ID!, $questionIds: [ID!]!) {
  knowledgePointQuestionsAttach(pointId: $pointId, questionIds: $questionIds) {
    ok
    changed
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<KnowledgePointQuestionsAttachMutation, KnowledgePointQuestionsAttachMutationVariables>;
export const KnowledgePointQuestionsDetachDocument = new TypedDocumentString(`
    mutation KnowledgePointQuestionsDetach($pointId: ID!, $questionIds: [ID!]!) {
  knowledgePointQuestionsDetach(pointId: $pointId, questionIds: $questionIds) {
    ok
    changed
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<KnowledgePointQuestionsDetachMutation, KnowledgePointQuestionsDetachMutationVariables>;
export const KnowledgePointAttachDocument = new TypedDocumentString(`
    mutation KnowledgePointAttach($pointId: ID!, $resourceIds: [ID!]!) {
  knowledgePointAttach(pointId: $pointId, resourceIds: $resourceIds) {
    ok
    changed
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<KnowledgePointAttachMutation, KnowledgePointAttachMutationVariables>;
export const KnowledgePointDetachDocument = new TypedDocumentString(`
    mutation KnowledgePointDetach($pointId: ID!, $resourceIds: [ID!]!) {
  knowledgePointDetach(pointId: $pointId, resourceIds: $resourceIds) {
    ok
    changed
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<KnowledgePointDetachMutation, KnowledgePointDetachMutationVariables>;
export const QuestionImportPreviewDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<QuestionImportPreviewMutation, QuestionImportPreviewMutationVariables>;
export const QuestionImportConfirmDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<QuestionImportConfirmMutation, QuestionImportConfirmMutationVariables>;
export const QuestionImportDocument = new TypedDocumentString(`
    query QuestionImport($id: ID!) {
  questionImport(id: $id) {
    ...QuestionImportState
  }
}
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
}`) as unknown as TypedDocumentString<QuestionImportQuery, QuestionImportQueryVariables>;
export const QuestionImportCourseDocument = new TypedDocumentString(`
    query QuestionImportCourse($courseId: ID!) {
  course(id: $courseId) {
    id
    name
  }
  questionBank(courseId: $courseId, limit: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<QuestionImportCourseQuery, QuestionImportCourseQueryVariables>;
export const QuestionImportsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<QuestionImportsQuery, QuestionImportsQueryVariables>;
export const CourseSelfTestsDocument = new TypedDocumentString(`
    query CourseSelfTests($courseId: ID!, $moduleId: ID) {
  selfTests(courseId: $courseId, moduleId: $moduleId) {
    ...SelfTestSummary
  }
}
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
}`) as unknown as TypedDocumentString<CourseSelfTestsQuery, CourseSelfTestsQueryVariables>;
export const CoursePapersDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<CoursePapersQuery, CoursePapersQueryVariables>;
export const PaperBankPickerDocument = new TypedDocumentString(`
    query PaperBankPicker($courseId: ID!, $search: String, $questionType: QuestionType, $moduleId: ID, $offset: Int) {
  questionBank(
    courseId: $courseId
    search: $search
    questionType: $questionType
    moduleId: $moduleId
    liveOnly: true
    limit: 10
    offset: $offset
  ) {
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
    `) as unknown as TypedDocumentString<PaperBankPickerQuery, PaperBankPickerQueryVariables>;
export const PaperRulesCheckDocument = new TypedDocumentString(`
    query PaperRulesCheck($courseId: ID!, $rules: [PaperRuleInput!]!) {
  paperRulesCheck(courseId: $courseId, rules: $rules) {
    ok
    message
    field
    totalScore
  }
}
    `) as unknown as TypedDocumentString<PaperRulesCheckQuery, PaperRulesCheckQueryVariables>;
export const PaperCreateDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<PaperCreateMutation, PaperCreateMutationVariables>;
export const PaperUpdateDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<PaperUpdateMutation, PaperUpdateMutationVariables>;
export const PaperDeleteDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PaperDeleteMutation, PaperDeleteMutationVariables>;
export const SelfTestPageDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<SelfTestPageQuery, SelfTestPageQueryVariables>;
export const AttemptDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<AttemptQuery, AttemptQueryVariables>;
export const AttemptStartDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AttemptStartMutation, AttemptStartMutationVariables>;
export const AnswerSaveDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AnswerSaveMutation, AnswerSaveMutationVariables>;
export const AttemptSubmitDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AttemptSubmitMutation, AttemptSubmitMutationVariables>;
export const MyResourcesDocument = new TypedDocumentString(`
    query MyResources($query: String, $status: MyResourceStatus, $deleted: Boolean, $limit: Int, $offset: Int) {
  myResources(
    query: $query
    status: $status
    deleted: $deleted
    limit: $limit
    offset: $offset
  ) {
    total
    items {
      ...StudioResourceFields
    }
  }
}
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
}`) as unknown as TypedDocumentString<MyResourcesQuery, MyResourcesQueryVariables>;
export const ResourceDraftDocument = new TypedDocumentString(`
    query ResourceDraft($id: ID!) {
  resourceDraft(id: $id) {
    ...StudioResourceFields
    body
    bodySource
  }
}
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
}`) as unknown as TypedDocumentString<ResourceDraftQuery, ResourceDraftQueryVariables>;
export const ResourceReviewHistoryDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ResourceReviewHistoryQuery, ResourceReviewHistoryQueryVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewQueueCountDocument = new TypedDocumentString(`
    query ReviewQueueCount {
  reviewQueue(limit: 1) {
    total
  }
}
    `) as unknown as TypedDocumentString<ReviewQueueCountQuery, ReviewQueueCountQueryVariables>;
export const ResourceFormOptionsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ResourceFormOptionsQuery, ResourceFormOptionsQueryVariables>;
export const ResourceTitleSuggestionDocument = new TypedDocumentString(`
    query ResourceTitleSuggestion($majorId: ID!, $courseId: ID, $moduleId: ID, $knowledgePointId: ID, $type: String) {
  resourceTitleSuggestion(
    majorId: $majorId
    courseId: $courseId
    moduleId: $moduleId
    knowledgePointId: $knowledgePointId
    type: $type
  )
}
    `) as unknown as TypedDocumentString<ResourceTitleSuggestionQuery, ResourceTitleSuggestionQueryVariables>;
export const ResourceBatchDocument = new TypedDocumentString(`
    query ResourceBatch($id: ID!) {
  resourceBatch(id: $id) {
    ...StudioBatchFields
  }
}
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
}`) as unknown as TypedDocumentString<ResourceBatchQuery, ResourceBatchQueryVariables>;
export const ResourceCreateDocument = new TypedDocumentString(`
    mutation ResourceCreate($input: ResourceInput!, $uploadId: ID, $allowDuplicate: Boolean) {
  resourceCreate(
    input: $input
    uploadId: $uploadId
    allowDuplicate: $allowDuplicate
  ) {
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
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}
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
}`) as unknown as TypedDocumentString<ResourceCreateMutation, ResourceCreateMutationVariables>;
export const ResourceUpdateDocument = new TypedDocumentString(`
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
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}
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
}`) as unknown as TypedDocumentString<ResourceUpdateMutation, ResourceUpdateMutationVariables>;
export const ResourceReviewDocument = new TypedDocumentString(`
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
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ResourceReviewMutation, ResourceReviewMutationVariables>;
export const ResourceWithdrawDocument = new TypedDocumentString(`
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
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ResourceWithdrawMutation, ResourceWithdrawMutationVariables>;
export const ResourcesSubmitDocument = new TypedDocumentString(`
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
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}
fragment StudioBatchResultFields on BatchOperationResult {
  id
  ok
  code
  message
}`) as unknown as TypedDocumentString<ResourcesSubmitMutation, ResourcesSubmitMutationVariables>;
export const ResourcesUpdateDocument = new TypedDocumentString(`
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
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}
fragment StudioBatchResultFields on BatchOperationResult {
  id
  ok
  code
  message
}`) as unknown as TypedDocumentString<ResourcesUpdateMutation, ResourcesUpdateMutationVariables>;
export const ResourcesDeleteDocument = new TypedDocumentString(`
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
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}
fragment StudioBatchResultFields on BatchOperationResult {
  id
  ok
  code
  message
}`) as unknown as TypedDocumentString<ResourcesDeleteMutation, ResourcesDeleteMutationVariables>;
export const ResourcesRestoreDocument = new TypedDocumentString(`
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
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}
fragment StudioBatchResultFields on BatchOperationResult {
  id
  ok
  code
  message
}`) as unknown as TypedDocumentString<ResourcesRestoreMutation, ResourcesRestoreMutationVariables>;
export const ResourcesPurgeDocument = new TypedDocumentString(`
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
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}
fragment StudioBatchResultFields on BatchOperationResult {
  id
  ok
  code
  message
}`) as unknown as TypedDocumentString<ResourcesPurgeMutation, ResourcesPurgeMutationVariables>;
export const ResourcesReconvertDocument = new TypedDocumentString(`
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
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}
fragment StudioBatchResultFields on BatchOperationResult {
  id
  ok
  code
  message
}`) as unknown as TypedDocumentString<ResourcesReconvertMutation, ResourcesReconvertMutationVariables>;
export const ResourceBatchPrepareDocument = new TypedDocumentString(`
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
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}
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
}`) as unknown as TypedDocumentString<ResourceBatchPrepareMutation, ResourceBatchPrepareMutationVariables>;
export const ResourceBatchCommitDocument = new TypedDocumentString(`
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
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}
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
}`) as unknown as TypedDocumentString<ResourceBatchCommitMutation, ResourceBatchCommitMutationVariables>;
export const StudioResourceMediaRetryDocument = new TypedDocumentString(`
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
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}
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
}`) as unknown as TypedDocumentString<StudioResourceMediaRetryMutation, StudioResourceMediaRetryMutationVariables>;
export const StudioResourceSubtitleAttachDocument = new TypedDocumentString(`
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
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}
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
}`) as unknown as TypedDocumentString<StudioResourceSubtitleAttachMutation, StudioResourceSubtitleAttachMutationVariables>;
export const StudioResourceSubtitleRemoveDocument = new TypedDocumentString(`
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
    fragment MutationErrorFields on MutationError {
  code
  message
  field
}
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
}`) as unknown as TypedDocumentString<StudioResourceSubtitleRemoveMutation, StudioResourceSubtitleRemoveMutationVariables>;