import zipfile

import pytest

from media_pipeline.archive import ArchiveEntry, extract_entry, find_html5_root, inspect_zip
from media_pipeline.errors import MediaError
from media_pipeline.tests import samples

LIMITS = {"max_entries": 100, "max_uncompressed": 200 * 1024 * 1024, "max_ratio": 100}


def _refusal(path, **limits) -> MediaError:
    with pytest.raises(MediaError) as caught:
        inspect_zip(path, **{**LIMITS, **limits})
    return caught.value


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("../evil.txt", "../evil.txt"),
        ("docs/../../evil.txt", "docs/../../evil.txt"),
        ("..\\evil.txt", "..\\evil.txt"),
        ("/etc/passwd", "/etc/passwd"),
        ("C:/Windows/evil.dll", "C:/Windows/evil.dll"),
        ("\\\\server\\share\\evil.txt", "\\\\server\\share\\evil.txt"),
    ],
)
def test_entries_escaping_the_folder_refuse_the_archive(tmp_path, name, shown):
    # given
    path = samples.zip_of(tmp_path / "a.zip", {"ok.txt": "fine", name: "evil"})
    # when
    error = _refusal(path)
    # then
    assert error.code == "UNSAFE_ARCHIVE"
    assert shown in error.message and "a.zip" in error.message


def test_a_symlink_entry_refuses_the_archive(tmp_path):
    error = _refusal(samples.zip_with_symlink(tmp_path / "a.zip", "link", "/etc/passwd"))
    assert error.code == "UNSAFE_ARCHIVE" and "“link”" in error.message


def test_a_zip_bomb_is_refused(tmp_path):
    # given: 50 MB of zeros that compress to about 50 KB
    path = samples.zip_bomb(tmp_path / "bomb.zip", megabytes=50)
    # when
    error = _refusal(path)
    # then
    assert error.code == "UNSAFE_ARCHIVE" and "zeros.bin" in error.message and "zip bomb" in error.message


def test_too_many_bytes_once_inflated_is_refused(tmp_path):
    path = samples.zip_of(tmp_path / "a.zip", {"a.txt": "x" * 600, "b.txt": "y" * 600})
    error = _refusal(path, max_uncompressed=1000)
    assert error.code == "UNSAFE_ARCHIVE" and "b.txt" in error.message


def test_too_many_entries_is_refused(tmp_path):
    path = samples.zip_of(tmp_path / "many.zip", {f"{index}.txt": "x" for index in range(11)})
    error = _refusal(path, max_entries=10)
    assert error.code == "UNSAFE_ARCHIVE" and "many.zip" in error.message and "11" in error.message


def test_an_encrypted_entry_is_refused(tmp_path):
    error = _refusal(samples.zip_encrypted_flag(tmp_path / "a.zip", "secret.txt"))
    assert error.code == "UNSAFE_ARCHIVE" and "secret.txt" in error.message


def test_a_corrupt_zip_is_refused(tmp_path):
    data = samples.zip_of(tmp_path / "a.zip", {"a.txt": "x" * 100}).read_bytes()
    error = _refusal(samples.write(tmp_path / "b.zip", data[: len(data) // 2]))
    assert error.code == "CORRUPT_FILE"


def test_duplicate_entries_are_refused(tmp_path):
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "1")
        archive.writestr("./a.txt", "2")
    error = _refusal(path)
    assert error.code == "UNSAFE_ARCHIVE" and "a.txt" in error.message


def test_gbk_names_from_chinese_windows_are_decoded(tmp_path):
    # given: names written as GBK bytes without the UTF-8 flag, as Windows' built-in zip does
    path = samples.zip_with_raw_names(
        tmp_path / "a.zip",
        {"课件/第一章.txt".encode("gbk"): b"1", "说明.txt".encode("gbk"): b"2", "utf8名.txt".encode(): b"3"},
    )
    # when
    entries = inspect_zip(path, **LIMITS)
    # then
    assert [entry.name for entry in entries] == ["课件/第一章.txt", "说明.txt", "utf8名.txt"]
    assert entries[0].parts == ("课件", "第一章.txt")


def test_utf8_flagged_names_and_litter(tmp_path):
    path = samples.zip_of(
        tmp_path / "a.zip",
        {
            "资料/图.png": b"x",
            "__MACOSX/资料/._图.png": b"x",
            "资料/.DS_Store": b"x",
            "资料/Thumbs.db": b"x",
            "资料/子目录/": b"",
        },
    )
    entries = inspect_zip(path, **LIMITS)
    assert [(entry.name, entry.is_dir, entry.size) for entry in entries] == [
        ("资料/图.png", False, 1),
        ("资料/子目录", True, 0),
    ]


def test_html5_root(tmp_path):
    def entries(*names):
        return [ArchiveEntry(name=n, parts=tuple(n.split("/")), size=1, compressed_size=1, is_dir=False) for n in names]

    assert find_html5_root(entries("index.html", "js/a.js")) == ""
    assert find_html5_root(entries("仿真/index.html", "仿真/js/a.js")) == "仿真"
    assert find_html5_root(entries("包/内/INDEX.html", "包/内/a.js")) == "包/内"
    assert find_html5_root(entries("a/index.html", "b/index.html")) is None
    assert find_html5_root(entries("a/index.html", "readme.txt")) is None
    assert find_html5_root(entries("a/b/c.html")) is None
    assert find_html5_root([]) is None


def test_html5_root_in_a_nested_single_folder_from_a_zip(tmp_path):
    path = samples.zip_of(
        tmp_path / "a.zip", {"虚拟仿真/index.html": "<html>", "虚拟仿真/res/a.js": "1", "__MACOSX/x": "x"}
    )
    assert find_html5_root(inspect_zip(path, **LIMITS)) == "虚拟仿真"


def test_extract_entry_streams_members(tmp_path):
    # given
    path = samples.zip_of(tmp_path / "a.zip", {"课件/第一章.txt": "内容", "课件/空/": ""})
    entries = inspect_zip(path, **LIMITS)
    # when
    written = [extract_entry(path, entry, tmp_path / "out") for entry in entries]
    # then
    assert written[0] == tmp_path / "out" / "课件" / "第一章.txt"
    assert written[0].read_text() == "内容"
    assert written[1].is_dir()


def test_extract_entry_stops_at_the_declared_size(tmp_path):
    # given: an entry whose header says fewer bytes than it holds
    path = samples.zip_of(tmp_path / "a.zip", {"a.txt": "x" * 1000})
    entry = inspect_zip(path, **LIMITS)[0]
    lying = ArchiveEntry(name=entry.name, parts=entry.parts, size=10, compressed_size=1, is_dir=False, member="a.txt")
    # when
    with pytest.raises(MediaError) as caught:
        extract_entry(path, lying, tmp_path / "out")
    # then
    assert caught.value.code == "UNSAFE_ARCHIVE"
    assert not (tmp_path / "out" / "a.txt").exists()
