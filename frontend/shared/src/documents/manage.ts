import { graphql } from '../gql';

/*
 * The management console (管理中心): organisations and construction tasks (O1), rosters and real-name
 * claims (O2), role assignment and role holders (O2), user accounts (O2, S) and the audit log (S). Everything here is for administrators who
 * passed two-factor login: the web client sends these reads by POST, never by a cacheable GET.
 */

export const managedOrganisationFieldsFragment = graphql(`
  fragment ManagedOrganisationFields on ManagedOrganisation {
    id
    name
    shortName
    kind
    role
    depth
    parentId
  }
`);

export const administeredOrganisationsQuery = graphql(`
  query AdministeredOrganisations {
    administeredOrganisations {
      ...ManagedOrganisationFields
    }
  }
`);

export const constructionBoardQuery = graphql(`
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
`);

export const organisationCreateMutation = graphql(`
  mutation OrganisationCreate($parentId: ID, $name: String!, $kind: OrganisationKind!, $shortName: String) {
    organisationCreate(parentId: $parentId, name: $name, kind: $kind, shortName: $shortName) {
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
`);

export const organisationInviteMutation = graphql(`
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
`);

export const invitationAcceptMutation = graphql(`
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
`);

export const constructionTaskAssignMutation = graphql(`
  mutation ConstructionTaskAssign(
    $organisationId: ID!
    $kind: ConstructionTaskKind!
    $title: String!
    $targetCount: Int!
    $dueDate: Date!
    $description: String
  ) {
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
`);

export const constructionTaskReportMutation = graphql(`
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
`);

// ---- rosters and real-name claims (O2)

export const rosterEntriesQuery = graphql(`
  query RosterEntries($organisationId: ID!, $search: String, $page: Int, $pageSize: Int) {
    rosterEntries(organisationId: $organisationId, search: $search, page: $page, pageSize: $pageSize) {
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
`);

export const realNameClaimsPendingQuery = graphql(`
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
`);

export const realNameClaimDecideMutation = graphql(`
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
`);

// ---- roles (O2)

export const roleAssignMutation = graphql(`
  mutation RoleAssign($account: String, $userId: ID, $role: RoleCode!, $organisationId: ID!) {
    roleAssign(account: $account, userId: $userId, role: $role, organisationId: $organisationId) {
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
`);

export const roleRevokeMutation = graphql(`
  mutation RoleRevoke($account: String, $userId: ID, $role: RoleCode!, $organisationId: ID!) {
    roleRevoke(account: $account, userId: $userId, role: $role, organisationId: $organisationId) {
      ok
      errors {
        code
        message
        field
      }
    }
  }
`);

/** Role holders of one organisation, names and phones masked (personalDataView unmasks one, audited). */
export const organisationMembersQuery = graphql(`
  query OrganisationMembers($organisationId: ID!, $search: String, $limit: Int, $offset: Int) {
    organisationMembers(organisationId: $organisationId, search: $search, limit: $limit, offset: $offset) {
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
`);

/** The unmasked phone and real name of one member; every call is written to the audit log. */
export const personalDataViewMutation = graphql(`
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
`);

// ---- user accounts (system administrator; O2, S)

export const managedUserFieldsFragment = graphql(`
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
`);

export const managedUsersQuery = graphql(`
  query ManagedUsers($search: String, $limit: Int, $offset: Int) {
    users(search: $search, limit: $limit, offset: $offset) {
      totalCount
      items {
        ...ManagedUserFields
      }
    }
  }
`);

export const userSetActiveMutation = graphql(`
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
`);

export const userUnlockMutation = graphql(`
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
`);

export const twoFactorResetMutation = graphql(`
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
`);

// ---- audit log (S)

export const auditEventsQuery = graphql(`
  query AuditEvents(
    $actor: String
    $action: String
    $result: String
    $objectType: String
    $ip: String
    $since: DateTime
    $until: DateTime
    $limit: Int
    $offset: Int
  ) {
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
`);
