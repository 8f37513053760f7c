"""Video → HLS ladder, poster, sprite, MP4 (M2, M3 "convert", C3, Q) with real ffmpeg and ffprobe."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from django.conf import settings

from media_pipeline.errors import MediaError, MediaErrorCode
from media_pipeline.processors import process
from media_pipeline.processors.base import ROLES
from media_pipeline.processors.video import PREVIEW_MASTER, choose_ladder, process_mp4, process_video
from media_pipeline.tests import samples


def ffprobe(path: Path) -> dict:
    completed = subprocess.run(  # noqa: S603
        [  # noqa: S607
            "ffprobe",
            "-v",
            "error",
            "-protocol_whitelist",
            "file",
            "-print_format",
            "json",
            "-show_format",
            "-show_streams",
            f"file:{path}",
        ],
        capture_output=True,
        check=True,
        timeout=30,
    )
    return json.loads(completed.stdout)


def running_with(argument: str) -> list[psutil.Process]:
    """Live (not zombie) processes whose command line mentions ``argument`` (an output folder of one test)."""
    found = []
    for candidate in psutil.process_iter(["cmdline", "status"]):
        try:
            mentions = any(argument in part for part in candidate.info["cmdline"] or ())
            if mentions and candidate.info["status"] != psutil.STATUS_ZOMBIE:
                found.append(candidate)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return found


def still_running_after_kill(argument: str, *, within: float = 5.0) -> list[psutil.Process]:
    """``running_with`` once killed processes had a moment to die (SIGKILL lands when the kernel next schedules
    them, not instantly on a loaded machine); empty as soon as they are gone."""
    deadline = time.monotonic() + within
    while (running := running_with(argument)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return running


@pytest.fixture(scope="session")
def source_360p(tmp_path_factory) -> Path:
    return samples.video(tmp_path_factory.mktemp("video") / "lesson.mp4", seconds=3, size="640x360")


@pytest.fixture(scope="session")
def converted(source_360p, tmp_path_factory):
    """One conversion shared by the assertions below (ffmpeg time is the test suite's budget)."""
    out_dir = tmp_path_factory.mktemp("video-out")
    fractions: list[float] = []
    result = process("video", source_360p, out_dir, progress=fractions.append)
    return result, out_dir, fractions


@pytest.fixture(scope="session")
def two_rungs(tmp_path_factory):
    """A 16 s 854x480 video (rungs 480p and 360p) converted with progress and preview listeners."""
    folder = tmp_path_factory.mktemp("two-rungs")
    source = samples.video(folder / "lesson.mp4", seconds=16, size="854x480")
    out_dir = folder / "out"
    out_dir.mkdir()
    fractions: list[float] = []
    previews = []

    def preview(early) -> None:  # what a player would get from the preview master at that moment
        files = sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file())
        master = (out_dir / early.entrypoint).read_text()
        previews.append((early, files, master, ffprobe(out_dir / early.entrypoint), list(fractions)))

    result = process_video(source, out_dir, progress=fractions.append, on_preview=preview)
    return result, out_dir, fractions, previews


def test_progress_moves_during_the_encode(two_rungs):
    # given a real two-pass encode of a 16 s video (issue 5: "progress bar"; the sprite no longer holds it back)
    _result, _out_dir, fractions, _previews = two_rungs
    # then progress went from 0 to 1, never backwards, with several values in between while encoding
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    during_encode = {fraction for fraction in fractions if 0.0 < fraction < 0.9}
    assert len(during_encode) >= 3, fractions


def test_the_smallest_rung_is_playable_before_the_others_are_encoded(two_rungs):
    # given the 854x480 conversion
    result, out_dir, _fractions, previews = two_rungs
    # then on_preview was called once: the 360p rung, the poster and a master naming only 360p
    assert len(previews) == 1
    early, files_then, master, probed, progress_then = previews[0]
    assert early.entrypoint == PREVIEW_MASTER
    assert {o.role for o in early.outputs} == {"hls_segment", "hls_playlist", "poster", "hls_master"}
    assert {o.label for o in early.outputs if o.role.startswith("hls_") and o.role != "hls_master"} == {"360p"}
    assert master.count("#EXT-X-STREAM-INF") == 1 and "360p/index.m3u8" in master
    assert float(probed["format"]["duration"]) == pytest.approx(16, abs=0.5)
    assert {s["codec_type"] for s in probed["streams"]} == {"video", "audio"}
    # at a time when nothing of 480p existed yet and progress was still short of the end
    assert not any(name.startswith("hls/480p/") and name.endswith(".ts") for name in files_then)
    assert 0.0 < progress_then[-1] < 0.9
    # and the final set keeps every preview file but its master, which is gone from disk
    final = {o.path for o in result.outputs}
    assert {o.path for o in early.outputs} - final == {PREVIEW_MASTER}
    assert not (out_dir / PREVIEW_MASTER).exists()
    written = {p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file()}
    assert written == final
    assert [rung["label"] for rung in result.meta["ladder"]] == ["480p", "360p"]


def test_rungs_of_both_passes_switch_at_the_same_points(two_rungs):
    # given rungs encoded by two ffmpeg runs; then their segments have the same lengths (aligned keyframes)
    _result, out_dir, _fractions, _previews = two_rungs

    def lengths(label: str) -> list[str]:
        text = (out_dir / "hls" / label / "index.m3u8").read_text()
        return [line for line in text.splitlines() if line.startswith("#EXTINF:")]

    assert lengths("480p") == lengths("360p")
    assert len(lengths("360p")) == 3  # 6 + 6 + 4 s
    master = (out_dir / "hls/master.m3u8").read_text()
    assert master.index("480p/index.m3u8") < master.index("360p/index.m3u8")  # best first


def test_the_mp4_alone_is_one_encode_of_the_top_rung(tmp_path):
    # given a 854x480 video; when only the MP4 is asked for (the on-demand "mp4" job)
    source = samples.video(tmp_path / "lesson.mp4", seconds=2, size="854x480")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    fractions: list[float] = []
    result = process_mp4(source, out_dir, progress=fractions.append, filename="车削.mp4")
    # then one H.264 + AAC file at the top rung's size, index first, and nothing else was written
    assert [(o.role, o.path, o.width, o.height) for o in result.outputs] == [("mp4", "download.mp4", 854, 480)]
    assert result.entrypoint == "download.mp4"
    assert [p.name for p in out_dir.iterdir()] == ["download.mp4"]
    probed = ffprobe(out_dir / "download.mp4")
    assert sorted(s["codec_name"] for s in probed["streams"]) == ["aac", "h264"]
    assert float(probed["format"]["duration"]) == pytest.approx(2, abs=0.2)
    head = (out_dir / "download.mp4").read_bytes()[:4096]
    assert b"moov" in head
    assert result.meta["duration_seconds"] == pytest.approx(2, abs=0.2)
    assert result.outputs[0].bitrate > 0
    assert fractions[0] == 0.0 and fractions[-1] == 1.0


def test_hls_master_passes_ffprobe_and_plays_both_streams(converted):
    # given a 3 s 640x360 video with sound, converted
    result, out_dir, _fractions = converted
    # then the master playlist (entrypoint) is read by ffprobe through the file protocol only
    assert result.entrypoint == "hls/master.m3u8"
    probed = ffprobe(out_dir / result.entrypoint)
    assert probed["format"]["format_name"] == "hls"
    assert float(probed["format"]["duration"]) == pytest.approx(3, abs=0.3)
    kinds = {stream["codec_type"]: stream for stream in probed["streams"]}
    assert kinds["video"]["codec_name"] == "h264"
    assert (kinds["video"]["width"], kinds["video"]["height"]) == (640, 360)
    assert kinds["audio"]["codec_name"] == "aac"


def test_ladder_of_a_360p_source_has_one_rung_and_never_upscales(converted):
    result, out_dir, _fractions = converted
    assert [rung["label"] for rung in result.meta["ladder"]] == ["360p"]
    assert all(rung["height"] <= 360 for rung in result.meta["ladder"])
    master = (out_dir / "hls/master.m3u8").read_text()
    assert master.count("#EXT-X-STREAM-INF") == 1
    assert "RESOLUTION=640x360" in master
    assert "360p/index.m3u8" in master
    variant = (out_dir / "hls/360p/index.m3u8").read_text()
    assert "#EXT-X-PLAYLIST-TYPE:VOD" in variant
    assert "#EXT-X-INDEPENDENT-SEGMENTS" in variant


def test_ladder_choice_from_the_source_size():
    assert [v.label for v in choose_ladder(1920, 1080)] == ["1080p", "720p", "480p", "360p"]
    assert [(v.width, v.height) for v in choose_ladder(1280, 720)] == [(1280, 720), (854, 480), (640, 360)]
    assert choose_ladder(1080, 1920)[0].width == 1080  # portrait: same rungs, sideways
    assert [(v.label, v.width, v.height) for v in choose_ladder(320, 240)] == [("240p", 320, 240)]  # own size
    assert [(v.label, v.width, v.height) for v in choose_ladder(321, 241)] == [("240p", 320, 240)]  # even


def test_outputs_list_every_file_written_master_last(converted):
    result, out_dir, _fractions = converted
    written = {path.relative_to(out_dir).as_posix() for path in out_dir.rglob("*") if path.is_file()}
    listed = [output.path for output in result.outputs]
    assert sorted(listed) == sorted(written)
    assert all(path.isascii() for path in listed)
    assert result.outputs[-1].role == "hls_master"
    roles = {output.role for output in result.outputs}
    assert roles <= ROLES
    assert roles == {"hls_master", "hls_playlist", "hls_segment", "poster", "sprite", "sprite_vtt", "mp4"}


def test_download_mp4_is_h264_aac_with_faststart(converted):
    _result, out_dir, _fractions = converted
    probed = ffprobe(out_dir / "download.mp4")
    codecs = sorted(stream["codec_name"] for stream in probed["streams"])
    assert codecs == ["aac", "h264"]
    assert float(probed["format"]["duration"]) == pytest.approx(3, abs=0.3)
    head = (out_dir / "download.mp4").read_bytes()[:4096]
    assert head.index(b"moov") < len(head)  # the index is at the front: playback starts before the download ends
    assert b"mdat" not in head[: head.index(b"moov")]


def test_poster_sprite_and_vtt(converted):
    result, out_dir, _fractions = converted
    poster = ffprobe(out_dir / "poster.jpg")["streams"][0]
    assert (poster["width"], poster["height"]) == (640, 360)
    sprite = next(output for output in result.outputs if output.role == "sprite")
    probed = ffprobe(out_dir / "sprite.jpg")["streams"][0]
    assert (probed["width"], probed["height"]) == (sprite.width, sprite.height) == (480, 90)
    vtt = (out_dir / "sprite.vtt").read_text()
    assert vtt.startswith("WEBVTT")
    assert "00:00:00.000 --> 00:00:01.000\nsprite.jpg#xywh=0,0,160,90" in vtt
    assert "00:00:02.000 --> 00:00:03.000\nsprite.jpg#xywh=320,0,160,90" in vtt
    assert result.meta["duration_seconds"] == pytest.approx(3, abs=0.1)
    assert (result.meta["width"], result.meta["height"]) == (640, 360)


def test_progress_runs_from_zero_to_one(converted):
    _result, _out_dir, fractions = converted
    assert fractions[0] == 0.0
    assert fractions[-1] == 1.0
    assert fractions == sorted(fractions)


def test_a_corrupt_video_is_refused_with_a_clear_error(source_360p, tmp_path):
    broken = samples.truncated(tmp_path / "broken.mp4", source_360p)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(MediaError) as caught:
        process_video(broken, out_dir, filename="第一课.mp4")
    assert caught.value.code == MediaErrorCode.CORRUPT_FILE
    assert caught.value.message == "“第一课.mp4” is damaged or is not a media file, so it cannot be converted."
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize(
    "playlist",
    [
        "#EXTM3U\n#EXT-X-TARGETDURATION:3\n#EXTINF:3,\n{segment}\n#EXT-X-ENDLIST\n",
        "ffconcat version 1.0\nfile '{segment}'\n",
    ],
    ids=["m3u8", "ffconcat"],
)
def test_playlists_and_concat_lists_are_refused(playlist, source_360p, tmp_path):
    # given a playlist naming a real local file (ffprobe would happily follow it)
    listing = samples.write(tmp_path / "lesson.mp4", playlist.format(segment=source_360p).encode())
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    # then it is refused as a playlist, nothing is written
    with pytest.raises(MediaError) as caught:
        process_video(listing, out_dir)
    assert caught.value.code == MediaErrorCode.UNSUPPORTED_TYPE
    assert "is a playlist" in caught.value.message
    assert list(out_dir.iterdir()) == []


def test_a_video_longer_than_the_limit_is_refused(settings, source_360p, tmp_path):
    settings.ZYK_MEDIA_MAX_DURATION_SECONDS = 2
    with pytest.raises(MediaError) as caught:
        process_video(source_360p, tmp_path, filename="lesson.mp4")
    assert caught.value.code == MediaErrorCode.LIMIT_EXCEEDED
    assert list(tmp_path.iterdir()) == []


def test_a_video_larger_than_the_pixel_limit_is_refused(settings, source_360p, tmp_path):
    settings.ZYK_MEDIA_MAX_VIDEO_PIXELS = 640 * 360 - 1
    with pytest.raises(MediaError) as caught:
        process_video(source_360p, tmp_path)
    assert caught.value.code == MediaErrorCode.LIMIT_EXCEEDED


def test_a_timeout_kills_ffmpeg(settings, source_360p, tmp_path):
    # given a timeout far shorter than any encode
    settings.ZYK_FFMPEG_TIMEOUT_SECONDS = 0.01
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    # when converting
    with pytest.raises(MediaError) as caught:
        process_video(source_360p, out_dir)
    # then the run is stopped with TIMED_OUT, no ffmpeg writing into out_dir is left, no master published
    assert caught.value.code == MediaErrorCode.TIMED_OUT
    assert still_running_after_kill(str(out_dir)) == []
    assert not (out_dir / "hls/master.m3u8").exists()


def test_an_exception_from_progress_aborts_and_kills_ffmpeg(source_360p, tmp_path):
    class Aborted(Exception):
        pass

    def abort(fraction: float) -> None:
        if fraction > 0:
            raise Aborted

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(Aborted):
        process_video(samples.video(tmp_path / "long.mp4", seconds=20, size="640x360"), out_dir, progress=abort)
    assert still_running_after_kill(str(out_dir)) == []
    assert not (out_dir / "hls/master.m3u8").exists()


def test_a_phone_video_recorded_sideways_comes_out_upright(source_360p, tmp_path):
    # given a landscape-coded 640x360 video with a 90° display rotation (a portrait phone recording)
    portrait = samples.rotated(tmp_path / "phone.mp4", source_360p, degrees=90)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    # when converted, then every picture is portrait 360x640, in the 360p rung
    result = process_video(portrait, out_dir)
    assert (result.meta["width"], result.meta["height"]) == (360, 640)
    assert [(rung["label"], rung["width"], rung["height"]) for rung in result.meta["ladder"]] == [("360p", 360, 640)]
    video = next(s for s in ffprobe(out_dir / "hls/master.m3u8")["streams"] if s["codec_type"] == "video")
    assert (video["width"], video["height"]) == (360, 640)
    poster = ffprobe(out_dir / "poster.jpg")["streams"][0]
    assert (poster["width"], poster["height"]) == (360, 640)


WORKER = """
import sys
import django

django.setup()
from pathlib import Path
from media_pipeline.processors.video import process_video

process_video(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_a_killed_worker_takes_its_ffmpeg_with_it(tmp_path):
    """ffmpeg also stops on its own once its progress pipe has no reader; LibreOffice, which needs the
    kernel's parent-death signal, is tested in test_processors_document."""
    # given a worker process converting a 20 s video
    source = samples.video(tmp_path / "long.mp4", seconds=20, size="640x360")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test", "PYTHONPATH": str(settings.BASE_DIR)}
    worker = subprocess.Popen(  # noqa: S603
        [sys.executable, "-c", WORKER, str(source), str(out_dir)], env=env, stdin=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 30
        while not running_with(str(out_dir)) and time.monotonic() < deadline and worker.poll() is None:
            time.sleep(0.05)
        converting = running_with(str(out_dir))
        assert converting, "ffmpeg never started"
        # when the worker is killed outright (no Python cleanup runs)
        worker.kill()
        worker.wait()
        # then its ffmpeg goes too (dead or a zombie waiting for init to reap it)
        deadline = time.monotonic() + 10
        while running_with(str(out_dir)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert running_with(str(out_dir)) == []
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
