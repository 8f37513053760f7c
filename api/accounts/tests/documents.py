"""GraphQL documents shared by the accounts API tests."""

ME = "query { me { username displayName phoneMasked phoneVerified email emailVerified isAdministrator "
ME += "roles { role organisation { name } } twoFactor { required enrolled verified } } }"
REGISTER_START = """
mutation($channel: Channel!, $target: String!, $password: String!) {
  registerStart(channel: $channel, target: $target, password: $password) { ok errors { code message field } }
}"""
REGISTER_VERIFY = """
mutation($channel: Channel!, $target: String!, $code: String!) {
  registerVerify(channel: $channel, target: $target, code: $code) {
    ok errors { code message field } me { username phoneMasked phoneVerified emailVerified }
  }
}"""
LOGIN = """
mutation($account: String!, $password: String!, $issueToken: Boolean, $bindTicket: String) {
  loginWithPassword(account: $account, password: $password, issueToken: $issueToken, bindTicket: $bindTicket) {
    ok errors { code message field } token twoFactorRequired me { username }
  }
}"""
LOGIN_CODE_SEND = """
mutation($phone: String!) { loginCodeSend(phone: $phone) { ok errors { code message field } } }"""
LOGIN_SMS = """
mutation($phone: String!, $code: String!, $issueToken: Boolean) {
  loginWithSmsCode(phone: $phone, code: $code, issueToken: $issueToken) {
    ok errors { code message field } token me { username }
  }
}"""
LOGOUT = "mutation { logout { ok errors { code message } } }"
LOGOUT_EVERYWHERE = "mutation { logoutEverywhere { ok endedCount errors { code message } } }"
RESET_START = """
mutation($channel: Channel!, $target: String!) {
  passwordResetStart(channel: $channel, target: $target) { ok errors { code message field } }
}"""
RESET_COMPLETE = """
mutation($channel: Channel!, $target: String!, $code: String!, $newPassword: String!) {
  passwordResetComplete(channel: $channel, target: $target, code: $code, newPassword: $newPassword) {
    ok errors { code message field }
  }
}"""
MY_SESSIONS = """
query { mySessions { totalCount items { id kind method device place current } } }"""
MY_HISTORY = """
query { myLoginHistory { totalCount items { action result device place } } }"""
SESSION_REVOKE = """
mutation($id: ID!) { sessionRevoke(id: $id) { ok errors { code message } session { endReason } } }"""
ENROL_START = "mutation { twoFactorEnrolStart { ok errors { code message } otpauthUrl secret } }"
ENROL_CONFIRM = """
mutation($code: String!) { twoFactorEnrolConfirm(code: $code) { ok errors { code message field } } }"""
VERIFY = """
mutation($code: String!) { twoFactorVerify(code: $code) { ok errors { code message field } } }"""
PASSWORD_CHANGE = """
mutation($old: String!, $new: String!) {
  passwordChange(oldPassword: $old, newPassword: $new) { ok errors { code message field } }
}"""
CONTACT_START = """
mutation($channel: Channel!, $target: String!, $password: String!) {
  contactChangeStart(channel: $channel, target: $target, password: $password) { ok errors { code message field } }
}"""
CONTACT_CONFIRM = """
mutation($channel: Channel!, $target: String!, $code: String!) {
  contactChangeConfirm(channel: $channel, target: $target, code: $code) {
    ok errors { code message field } me { phoneMasked phoneVerified email emailVerified }
  }
}"""
WECHAT_MINI = """
mutation($jsCode: String!) {
  loginWithWechatMini(jsCode: $jsCode) { ok errors { code message } token bindTicket me { username } }
}"""
AUDIT_EVENTS = """
query($action: String) { auditEvents(action: $action) { totalCount items { action result actorName ip } } }"""
