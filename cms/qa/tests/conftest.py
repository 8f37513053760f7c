import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def english():
    """Messages are asserted in their English source form, whatever the catalogue translates them to."""
    with translation.override("en"):
        yield
