"""SMS, email and WeChat (O2): providers chosen by settings, credentials only from the environment.

Filled in by the accounts issue; see cms/accounts/messaging/.
"""
