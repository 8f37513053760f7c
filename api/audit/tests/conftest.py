from api.accounts.tests.conftest import admin_browser, browser, groups, new_browser  # noqa: F401 - shared fixtures
