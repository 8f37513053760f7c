"""Audio → loudness-normalised AAC and waveform peaks for the player (M2, M3 "convert", Q).

Recordings from classrooms and phones differ by 20 dB; ffmpeg's ``loudnorm`` (EBU R128, one pass) brings
them to the same loudness so learners do not ride the volume between resources. The peaks (about 1000
values 0..1) are computed from the *normalised* AAC, i.e. what the player plays, by decoding it to 16-bit
PCM through a pipe: memory stays bounded whatever the length.
"""

import array
import json
import math
import sys
from pathlib import Path

from django.utils.translation import gettext as _

from media_pipeline.errors import MediaError, MediaErrorCode
from media_pipeline.processors.base import (
    Output,
    ProgramFailed,
    Progress,
    Result,
    check_duration,
    conversion_failed,
    demuxer_of,
    display_name,
    duration_of,
    ffmpeg_base,
    ffmpeg_input,
    no_progress,
    probe,
    run_ffmpeg,
    run_program,
    setting,
)

LOUDNESS = "loudnorm=I=-16:TP=-1.5:LRA=11"  # speech-friendly target, as podcasts use
AUDIO_BITRATE = 128_000
PEAKS = 1000
PEAK_SAMPLE_RATE = 8000


class PeakCollector:
    """Max |sample| per bucket of ``bucket`` samples, fed with s16le bytes in any chunking."""

    def __init__(self, bucket: int) -> None:
        self.bucket = max(1, bucket)
        self.peaks: list[float] = []
        self._current = 0
        self._filled = 0
        self._odd = b""

    def feed(self, chunk: bytes) -> None:
        data = self._odd + chunk
        usable = len(data) - len(data) % 2
        self._odd = data[usable:]
        samples = array.array("h")
        samples.frombytes(data[:usable])
        if sys.byteorder == "big":
            samples.byteswap()
        position = 0
        while position < len(samples):
            take = min(self.bucket - self._filled, len(samples) - position)
            window = samples[position : position + take]
            self._current = max(self._current, max(window), -min(window))
            self._filled += take
            position += take
            if self._filled == self.bucket:
                self._flush()

    def _flush(self) -> None:
        self.peaks.append(round(min(self._current, 32767) / 32767, 3))
        self._current = 0
        self._filled = 0

    def finish(self) -> list[float]:
        if self._filled:
            self._flush()
        return self.peaks


def waveform_peaks(audio: Path, *, duration: float | None, progress: Progress = no_progress) -> list[float]:
    """About ``PEAKS`` values 0..1 from ``audio`` decoded to mono 8 kHz s16le on a pipe."""
    total = (duration or 0) * PEAK_SAMPLE_RATE
    collector = PeakCollector(math.ceil(total / PEAKS) if total else PEAK_SAMPLE_RATE // 10)
    try:
        run_program(
            [
                *ffmpeg_base(),
                *ffmpeg_input(audio, "mov"),
                "-map",
                "0:a:0",
                "-ac",
                "1",
                "-ar",
                str(PEAK_SAMPLE_RATE),
                "-c:a",
                "pcm_s16le",
                "-f",
                "s16le",
                "pipe:1",
            ],
            timeout=float(setting("ZYK_FFMPEG_TIMEOUT_SECONDS")),
            on_stdout=collector.feed,
            heartbeat=lambda: progress(0.95),
        )
    except ProgramFailed as error:
        raise conversion_failed(_("waveform"), error) from error
    return collector.finish()


def process_audio(source: Path, out_dir: Path, *, progress: Progress = no_progress, filename: str = "") -> Result:
    """``audio.m4a`` (AAC-LC, loudness-normalised, faststart) and ``peaks.json``.

    Meta: duration_seconds, channels, peaks (count).
    """
    source, out_dir = Path(source).resolve(), Path(out_dir).resolve()
    name = display_name(source, filename)
    probed = probe(source, filename)
    stream = next((s for s in probed.get("streams") or [] if s.get("codec_type") == "audio"), None)
    if stream is None:
        raise MediaError(MediaErrorCode.CORRUPT_FILE, _("“%(name)s” contains no readable audio.") % {"name": name})
    duration = duration_of(probed)
    check_duration(duration, name)
    channels = min(int(stream.get("channels") or 2), 2)
    target = out_dir / "audio.m4a"
    progress(0.0)
    run_ffmpeg(
        [
            *ffmpeg_input(source, demuxer_of(probed)),
            "-map",
            "0:a:0",
            "-vn",
            "-af",
            LOUDNESS,
            "-ac",
            str(channels),
            "-ar",
            "48000",
            "-c:a",
            "aac",
            "-b:a",
            str(AUDIO_BITRATE),
            "-movflags",
            "+faststart",
            "-f",
            "mp4",
            f"file:{target}",
        ],
        progress=progress,
        duration=duration,
        span=0.9,
        what=_("audio"),
    )
    peaks = waveform_peaks(target, duration=duration, progress=progress)
    (out_dir / "peaks.json").write_text(json.dumps(peaks, separators=(",", ":")), encoding="utf-8")
    progress(1.0)
    return Result(
        outputs=[
            Output("aac", "audio.m4a", "audio/mp4", bitrate=AUDIO_BITRATE),
            Output("peaks", "peaks.json", "application/json"),
        ],
        entrypoint="audio.m4a",
        meta={"duration_seconds": duration, "channels": channels, "peaks": len(peaks)},
    )
