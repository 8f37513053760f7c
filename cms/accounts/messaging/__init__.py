"""Adapters to the outside world for sign-up and sign-in (O2): SMS, email and WeChat.

Each adapter reads its provider settings at call time and raises one exception type whose message is
translated and safe to show users; provider details go to the log. Tests talk to real local servers
speaking the providers' protocols (tests/fakes/, fixtures in tests/plugins/external_services.py).
"""
