"""Audio → loudness-normalised AAC + waveform peaks (M2, M3 "convert", Q) with real ffmpeg."""

import json
import subprocess

import pytest

from media_pipeline.errors import MediaError, MediaErrorCode
from media_pipeline.processors import process
from media_pipeline.processors.audio import PeakCollector
from media_pipeline.tests import samples


@pytest.fixture(scope="session")
def converted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("audio")
    source = samples.tone(folder / "quiet.wav", seconds=3, volume=0.03)  # peak amplitude 0.03
    out_dir = folder / "out"
    out_dir.mkdir()
    return process("audio", source, out_dir), out_dir


def test_aac_in_mp4_with_faststart(converted):
    result, out_dir = converted
    assert result.entrypoint == "audio.m4a"
    command = ["ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams"]
    completed = subprocess.run(  # noqa: S603
        [*command, f"file:{out_dir / 'audio.m4a'}"], capture_output=True, check=True, timeout=30
    )
    probed = json.loads(completed.stdout)
    assert [stream["codec_name"] for stream in probed["streams"]] == ["aac"]
    assert float(probed["format"]["duration"]) == pytest.approx(3, abs=0.2)
    head = (out_dir / "audio.m4a").read_bytes()[:4096]
    assert b"moov" in head
    assert result.meta["duration_seconds"] == pytest.approx(3, abs=0.1)


def test_peaks_about_a_thousand_values_between_zero_and_one(converted):
    result, out_dir = converted
    peaks = json.loads((out_dir / "peaks.json").read_text())
    assert 950 <= len(peaks) <= 1050
    assert result.meta["peaks"] == len(peaks)
    assert all(0 <= value <= 1 for value in peaks)


def test_loudness_normalisation_makes_a_quiet_recording_louder(converted):
    # given a tone whose peaks are at 0.03 of full scale; then the normalised audio peaks well above it
    _result, out_dir = converted
    peaks = json.loads((out_dir / "peaks.json").read_text())
    middle = peaks[100:-100]
    assert min(middle) > 0.1
    assert max(peaks) <= 1


def test_outputs_are_every_file_written(converted):
    result, out_dir = converted
    assert sorted(output.path for output in result.outputs) == sorted(p.name for p in out_dir.iterdir())
    assert {output.role for output in result.outputs} == {"aac", "peaks"}


def test_peak_collector_handles_any_chunking():
    # given 10 buckets of 4 samples with known peaks, fed in odd-sized chunks (one cut mid-sample)
    samples_ = []
    for bucket in range(10):
        samples_ += [0, bucket * 1000, -bucket * 2000, 5]
    data = b"".join(value.to_bytes(2, "little", signed=True) for value in samples_)
    collector = PeakCollector(4)
    for start in range(0, len(data), 7):
        collector.feed(data[start : start + 7])
    assert collector.finish() == [round(bucket * 2000 / 32767, 3) for bucket in range(10)]


def test_a_file_without_audio_is_refused(tmp_path):
    picture = samples.video(tmp_path / "silent.mp4", seconds=1, size="160x120", audio=False)
    with pytest.raises(MediaError) as caught:
        process("audio", picture, tmp_path, filename="录音.mp4")
    assert caught.value.code == MediaErrorCode.CORRUPT_FILE
    assert caught.value.message == "“录音.mp4” contains no readable audio."
