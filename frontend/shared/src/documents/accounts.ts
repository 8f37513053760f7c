import { graphql } from '../gql';

/*
 * Accounts (O2) and the personal space (O3). Everything here is personal: the web client sends these
 * queries by POST, never by a cacheable GET (see graphqlRequest's `method` option).
 */

/** What the header, the personal space and the login flows need to know about the signed-in person. */
export const meFieldsFragment = graphql(`
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
`);

/** A refused mutation's reasons: a stable code, a translated message and the input field it is about. */
export const mutationErrorFieldsFragment = graphql(`
  fragment MutationErrorFields on MutationError {
    code
    message
    field
  }
`);

/** The signed-in person, or null. */
export const meQuery = graphql(`
  query Me {
    me {
      ...MeFields
    }
  }
`);

export const mySessionsQuery = graphql(`
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
`);

export const myLoginHistoryQuery = graphql(`
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
`);

// ---- registration and password recovery

export const registerStartMutation = graphql(`
  mutation RegisterStart($channel: Channel!, $target: String!, $password: String!) {
    registerStart(channel: $channel, target: $target, password: $password) {
      ok
      errors {
        ...MutationErrorFields
      }
    }
  }
`);

export const registerVerifyMutation = graphql(`
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
`);

export const passwordResetStartMutation = graphql(`
  mutation PasswordResetStart($channel: Channel!, $target: String!) {
    passwordResetStart(channel: $channel, target: $target) {
      ok
      errors {
        ...MutationErrorFields
      }
    }
  }
`);

export const passwordResetCompleteMutation = graphql(`
  mutation PasswordResetComplete($channel: Channel!, $target: String!, $code: String!, $newPassword: String!) {
    passwordResetComplete(channel: $channel, target: $target, code: $code, newPassword: $newPassword) {
      ok
      errors {
        ...MutationErrorFields
      }
    }
  }
`);

// ---- logging in and out

export const loginWithPasswordMutation = graphql(`
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
`);

export const loginCodeSendMutation = graphql(`
  mutation LoginCodeSend($phone: String!) {
    loginCodeSend(phone: $phone) {
      ok
      errors {
        ...MutationErrorFields
      }
    }
  }
`);

export const loginWithSmsCodeMutation = graphql(`
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
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout {
      ok
      errors {
        ...MutationErrorFields
      }
    }
  }
`);

export const logoutEverywhereMutation = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere {
      ok
      endedCount
      errors {
        ...MutationErrorFields
      }
    }
  }
`);

// ---- two-factor login for administrators

export const twoFactorEnrolStartMutation = graphql(`
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
`);

export const twoFactorEnrolConfirmMutation = graphql(`
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
`);

export const twoFactorVerifyMutation = graphql(`
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
`);

// ---- the personal space

export const profileUpdateMutation = graphql(`
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
`);

export const passwordChangeMutation = graphql(`
  mutation PasswordChange($oldPassword: String!, $newPassword: String!) {
    passwordChange(oldPassword: $oldPassword, newPassword: $newPassword) {
      ok
      errors {
        ...MutationErrorFields
      }
    }
  }
`);

export const contactChangeStartMutation = graphql(`
  mutation ContactChangeStart($channel: Channel!, $target: String!, $password: String!) {
    contactChangeStart(channel: $channel, target: $target, password: $password) {
      ok
      errors {
        ...MutationErrorFields
      }
    }
  }
`);

export const contactChangeConfirmMutation = graphql(`
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
`);

export const sessionRevokeMutation = graphql(`
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
`);

// ---- real-name verification against a school roster

/** Schools and enterprises one can verify one's real name at (public). */
export const organisationsForRealNameQuery = graphql(`
  query OrganisationsForRealName {
    organisationsForRealName {
      id
      name
      shortName
      kind
      hasRoster
    }
  }
`);

export const realNameClaimMutation = graphql(`
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
`);

/** Which login methods the site offers (public, cacheable: read by GET). */
export const loginOptionsQuery = graphql(`
  query LoginOptions {
    loginOptions {
      wechatWeb
    }
  }
`);
