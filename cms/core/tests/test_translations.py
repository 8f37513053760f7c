"""Chinese first (non-negotiable 6): every backend string has a zh-hans translation, compiled and committed."""

import re
import subprocess
from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parents[2] / "locale"
ENTRY = re.compile(r'^msgid "(.*)"\nmsgstr "(.*)"$', re.MULTILINE)


@pytest.mark.parametrize("language", ["zh_Hans"])
def test_every_message_is_translated(language):
    po = (LOCALE / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    untranslated = [msgid for msgid, msgstr in ENTRY.findall(po) if msgid and not msgstr]
    assert "#, fuzzy" not in po.split("msgid", 2)[2], "fuzzy entries are not used at run time"
    assert untranslated == []


@pytest.mark.parametrize("language", ["zh_Hans", "en"])
def test_compiled_catalogue_is_up_to_date(language, tmp_path):
    folder = LOCALE / language / "LC_MESSAGES"
    fresh = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check-format", "-o", str(fresh), str(folder / "django.po")], check=True)  # noqa: S603,S607
    assert fresh.read_bytes() == (folder / "django.mo").read_bytes(), "run: manage.py compilemessages"
