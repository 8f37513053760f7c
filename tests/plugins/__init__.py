"""pytest plugins shared by every test package (registered in the repository's conftest.py)."""
