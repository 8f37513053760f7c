import pytest

from cms.accounts.services import role_groups_ensure


@pytest.fixture(autouse=True)
def groups(db):
    return role_groups_ensure()
