"""Authentication: backends, password policy, sessions, two-factor (O2, S)."""
