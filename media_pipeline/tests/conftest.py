import pytest
from django.utils import translation

from media_pipeline.tests import samples


@pytest.fixture(autouse=True)
def media_dirs(settings, tmp_path):
    """Uploads and stored assets of each test in its own temporary folders."""
    settings.ZYK_UPLOAD_DIR = tmp_path / "uploads"
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings


@pytest.fixture(scope="session")
def av_files(tmp_path_factory) -> dict:
    """One small file per ffmpeg recipe, made once per test session: {"mp4": Path, ...}."""
    folder = tmp_path_factory.mktemp("av")
    files = {}
    for recipe in samples.FFMPEG_RECIPES:
        extension = "mp4" if recipe == "mp4-audio-only" else recipe
        files[recipe] = samples.ffmpeg(folder / f"{recipe.replace('-', '_')}.{extension}", recipe)
    return files


@pytest.fixture(autouse=True)
def english():
    """Messages are asserted in their English source form, whatever the catalogue translates them to."""
    with translation.override("en"):
        yield
