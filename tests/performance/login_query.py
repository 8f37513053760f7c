"""The password-login benchmark's mutation and accounts, shared by login.py, login_accounts.py and report.py.

The same mutation the mini-program and API clients send (docs/api-contract.graphql): ``issueToken`` asks for
a bearer token, so the benchmark needs neither a cookie jar nor a CSRF token (the ``X-ZYK-Client`` header
marks the request as a non-browser client).
"""

LOGIN_MUTATION = (
    "mutation($a: String!, $p: String!) { loginWithPassword(account: $a, password: $p, issueToken: true) "
    "{ ok errors { code message } token } }"
)
# Five wrong passwords lock an account, and one person rarely signs in many times a second: spread the load
# over many accounts that all know the right password.
ACCOUNT_PREFIX = "bench-user-"
DEFAULT_ACCOUNTS = 200


def account_name(number: int) -> str:
    return f"{ACCOUNT_PREFIX}{number}"
