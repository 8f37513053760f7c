"""HTML5 / virtual-simulation packages unpacked for serving (M2, M3 "convert", C3)."""

import pytest

from media_pipeline.errors import MediaError, MediaErrorCode
from media_pipeline.processors import process
from media_pipeline.processors.archive import process_package
from media_pipeline.tests import samples


def test_the_package_under_its_top_folder_is_unpacked_with_its_own_names(tmp_path):
    # given a package zipped with its folder, Chinese names inside, and macOS litter
    package = samples.zip_of(
        tmp_path / "仿真.zip",
        {
            "数控仿真/index.html": "<html><img src='图片/车床.png'></html>",
            "数控仿真/js/app.js": "console.log(1)",
            "数控仿真/图片/车床.png": b"\x89PNG\r\n\x1a\n",
            "__MACOSX/数控仿真/._index.html": b"junk",
        },
    )
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    # when processed as a simulation
    result = process("simulation", package, out_dir)
    # then its files sit under package/ without the top folder, index.html is the entrypoint
    assert result.entrypoint == "package/index.html"
    assert sorted((o.path, o.mime) for o in result.outputs) == [
        ("package/index.html", "text/html; charset=utf-8"),
        ("package/js/app.js", "text/javascript"),
        ("package/图片/车床.png", "image/png"),
    ]
    assert (out_dir / "package/图片/车床.png").read_bytes() == b"\x89PNG\r\n\x1a\n"
    written = sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file())
    assert written == sorted(o.path for o in result.outputs)
    size = sum((out_dir / path).stat().st_size for path in written)
    assert result.meta == {"files": 3, "bytes": size, "root": "数控仿真"}


def test_a_zip_without_index_html_is_not_a_package(tmp_path):
    archive = samples.zip_of(tmp_path / "a.zip", {"readme.txt": "hello"})
    with pytest.raises(MediaError) as caught:
        process_package(archive, tmp_path, filename="资料.zip")
    assert caught.value.code == MediaErrorCode.UNSUPPORTED_TYPE
    assert caught.value.message == "“资料.zip” is not an HTML5 package: it holds no index.html."


def test_links_and_escaping_paths_are_refused_before_anything_is_written(tmp_path):
    archive = samples.zip_with_symlink(tmp_path / "a.zip", "index.html", "/etc/passwd")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(MediaError) as caught:
        process_package(archive, out_dir)
    assert caught.value.code == MediaErrorCode.UNSAFE_ARCHIVE
    assert list(out_dir.iterdir()) == []


def test_a_plain_archive_needs_no_conversion(tmp_path):
    archive = samples.zip_of(tmp_path / "a.zip", {"readme.txt": "hello"})
    result = process("archive", archive, tmp_path)
    assert (result.outputs, result.entrypoint) == ([], "")
