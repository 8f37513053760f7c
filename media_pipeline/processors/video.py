"""Video → adaptive HLS, poster, scrubbing sprite, MP4 download (M2, M3 "convert", C3, Q).

Two ffmpeg encodes, so a first rendition is playable early (issue 5: first rendition of a 1-minute 720p
video within 15 s, the whole ladder within 30 s, on 2 cores): pass 1 encodes only the smallest rung, then a
poster is seeked and ``on_preview`` hears of a master naming that rung; pass 2 decodes the source again and
encodes the other rungs together (``split`` + ``-var_stream_map``). Both passes write only HLS, so ffmpeg's
progress moves throughout. Rungs share one GOP (a keyframe at every segment boundary), so those of the two
passes switch cleanly. The scrubbing sprite comes from the smallest rung in a cheap run of its own, the MP4
download is the top rung's segments remuxed (no further encode). The master playlist is written by us,
last, once every file it points at exists: a player (or the CDN) can never see a master naming a missing
rung. ``process_mp4`` is the on-demand MP4 alone: one encode, no HLS.

Ladder: rungs are named by the short side of the picture (1080/720/480/360) and never upscale; a source
smaller than 360 keeps its own size as the single rung. Portrait video gets the same rungs, sideways.
"""

import math
import shutil
import tempfile
import time
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from media_pipeline.errors import MediaError, MediaErrorCode
from media_pipeline.processors.base import (
    OnPreview,
    Output,
    Progress,
    Result,
    check_duration,
    demuxer_of,
    display_name,
    duration_of,
    ffmpeg_input,
    limit_exceeded,
    no_progress,
    probe,
    relative,
    run_ffmpeg,
    setting,
)

SEGMENT_SECONDS = 6
MAX_FRAME_RATE = 30
SPRITE_TILE_WIDTH = 160
SPRITE_MAX_TILES = 100
SPRITE_COLUMNS = 10
POSTER_MAX_WIDTH = 1280
DEFAULT_X264_PRESET = "superfast"
PREVIEW_MASTER = "hls/preview.m3u8"  # the early master naming only the smallest rung (never in the final set)


@dataclass(frozen=True)
class Rung:
    short_side: int
    video_bitrate: int  # bits per second
    audio_bitrate: int
    level: str  # H.264 level for the CODECS attribute (Main profile)


LADDER = (
    Rung(1080, 5_000_000, 128_000, "4.0"),
    Rung(720, 2_800_000, 128_000, "3.1"),
    Rung(480, 1_400_000, 128_000, "3.0"),
    Rung(360, 800_000, 96_000, "3.0"),
)
_LEVEL_HEX = {"3.0": "1e", "3.1": "1f", "4.0": "28"}


@dataclass(frozen=True)
class Variant:
    label: str  # "720p"
    width: int
    height: int
    video_bitrate: int
    audio_bitrate: int
    level: str


def _even(value: float) -> int:
    return max(2, round(value / 2) * 2)


def choose_ladder(width: int, height: int) -> list[Variant]:
    """The rungs for a picture shown at ``width`` x ``height``: no rung above the source's short side."""
    short, long_ = min(width, height), max(width, height)
    rungs = [rung for rung in LADDER if rung.short_side <= short]
    if not rungs:  # smaller than the smallest rung: one rung at the source's own (even) size
        low = LADDER[-1]
        rungs = [Rung(short, low.video_bitrate, low.audio_bitrate, low.level)]
    variants = []
    for rung in rungs:
        scaled_short = _even(rung.short_side)
        scaled_long = _even(long_ * rung.short_side / short)
        w, h = (scaled_long, scaled_short) if width >= height else (scaled_short, scaled_long)
        variants.append(Variant(f"{scaled_short}p", w, h, rung.video_bitrate, rung.audio_bitrate, rung.level))
    return variants


# ---- probing -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VideoInfo:
    width: int  # as shown: rotation and pixel aspect applied
    height: int
    duration: float | None
    frame_rate: float | None
    has_audio: bool
    demuxer: str


def _rotation(stream: dict) -> int:
    rotate = (stream.get("tags") or {}).get("rotate")
    for side_data in stream.get("side_data_list") or []:
        if "rotation" in side_data:
            rotate = side_data["rotation"]
    try:
        return int(float(rotate)) % 360
    except (TypeError, ValueError):
        return 0


def _ratio(value) -> Fraction | None:
    try:
        numerator, _sep, denominator = str(value).partition(":" if ":" in str(value) else "/")
        result = Fraction(int(numerator), int(denominator or 1))
    except (ValueError, ZeroDivisionError):
        return None
    return result if result > 0 else None


def video_info(source: Path, filename: str = "") -> VideoInfo:
    """What the conversion needs to know, with the limits checked (duration, pixels)."""
    name = display_name(source, filename)
    probed = probe(source, filename)
    streams = probed.get("streams") or []
    video = next(
        (
            stream
            for stream in streams
            if stream.get("codec_type") == "video" and not (stream.get("disposition") or {}).get("attached_pic")
        ),
        None,
    )
    if video is None or not video.get("width") or not video.get("height"):
        raise MediaError(MediaErrorCode.CORRUPT_FILE, _("“%(name)s” contains no readable video.") % {"name": name})
    width, height = int(video["width"]), int(video["height"])
    if width * height > int(setting("ZYK_MEDIA_MAX_VIDEO_PIXELS")):
        raise limit_exceeded(
            _("“%(name)s” is %(width)d×%(height)d pixels; the largest video that can be converted is 8K.")
            % {"name": name, "width": width, "height": height}
        )
    aspect = _ratio(video.get("sample_aspect_ratio")) or Fraction(1)
    if aspect != 1 and Fraction(1, 4) <= aspect <= 4:
        width = int(width * aspect)
    if _rotation(video) in (90, 270):
        width, height = height, width
    duration = duration_of(probed)
    check_duration(duration, name)
    rate = _ratio(video.get("avg_frame_rate")) or _ratio(video.get("r_frame_rate"))
    return VideoInfo(
        width=width,
        height=height,
        duration=duration,
        frame_rate=float(rate) if rate else None,
        has_audio=any(stream.get("codec_type") == "audio" for stream in streams),
        demuxer=demuxer_of(probed),
    )


# ---- conversion ----------------------------------------------------------------------------------


def _sprite_plan(duration: float | None, width: int, height: int) -> tuple[float, int, int, int, int]:
    """(interval seconds, tiles, columns, tile width, tile height) for at most SPRITE_MAX_TILES tiles."""
    seconds = duration or 1.0
    interval = max(1.0, math.ceil(seconds / SPRITE_MAX_TILES))
    tiles = max(1, math.ceil(seconds / interval))
    columns = min(SPRITE_COLUMNS, tiles)
    tile_height = _even(SPRITE_TILE_WIDTH * height / width)
    return interval, tiles, columns, SPRITE_TILE_WIDTH, tile_height


def _timestamp(seconds: float) -> str:
    milliseconds = round(seconds * 1000)
    hours, rest = divmod(milliseconds, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def sprite_vtt(
    duration: float, interval: float, tiles: int, columns: int, tile_width: int, tile_height: int, image: str
) -> str:
    """WebVTT cues mapping each time span to its tile: ``sprite.jpg#xywh=x,y,w,h`` (media fragments)."""
    lines = ["WEBVTT", ""]
    for index in range(tiles):
        start = index * interval
        end = min(duration, start + interval) if index == tiles - 1 else start + interval
        if end <= start:
            break
        x, y = (index % columns) * tile_width, (index // columns) * tile_height
        lines += [f"{_timestamp(start)} --> {_timestamp(end)}", f"{image}#xywh={x},{y},{tile_width},{tile_height}", ""]
    return "\n".join(lines)


def x264_preset() -> str:
    """libx264 preset of every encode (``ZYK_VIDEO_X264_PRESET``, default "superfast").

    Measured on 2 cores with a noisy 720p source, superfast needs about a third less CPU than veryfast for the
    720p + 480p rungs at the same bitrates (docs/benchmarks.md, "Media pipeline"); at these bitrates the
    difference in picture quality is small, and the full ladder of a 1-minute video fits in 30 s.
    """
    return str(getattr(settings, "ZYK_VIDEO_X264_PRESET", DEFAULT_X264_PRESET))


def _frame_rate_plan(info: VideoInfo) -> tuple[str, int]:
    """(filter prefix capping the frame rate, GOP length in frames: one keyframe per segment)."""
    rate = info.frame_rate if info.frame_rate and info.frame_rate <= MAX_FRAME_RATE else MAX_FRAME_RATE
    capped = f"fps={MAX_FRAME_RATE}," if not info.frame_rate or info.frame_rate > MAX_FRAME_RATE else ""
    return capped, max(1, round(rate * SEGMENT_SECONDS))


def _x264_args(gop: int) -> list[str]:
    """H.264 Main, fixed GOP with a keyframe at every segment boundary: rungs of different passes stay aligned."""
    return [
        "-c:v",
        "libx264",
        "-preset",
        x264_preset(),
        "-profile:v",
        "main",
        "-sc_threshold",
        "0",
        "-g",
        str(gop),
        "-keyint_min",
        str(gop),
        "-force_key_frames",
        f"expr:gte(t,n_forced*{SEGMENT_SECONDS})",
    ]


def _encode_command(source: Path, info: VideoInfo, rungs: list[Variant], out_dir: Path) -> list[str]:
    """One decode of the source, one HLS rendition per rung (``split`` + ``-var_stream_map``), nothing else.

    Only HLS outputs, so ffmpeg's progress (``out_time``) moves with the encode; an output that is written
    only at the end (the sprite's tile grid) would hold every progress report back until then.
    """
    count = len(rungs)
    capped, gop = _frame_rate_plan(info)
    graph = [f"[0:v:0]{capped}split={count}" + "".join(f"[s{i}]" for i in range(count))]
    for index, variant in enumerate(rungs):
        graph.append(f"[s{index}]scale={variant.width}:{variant.height},setsar=1,format=yuv420p[v{index}]")
    if info.has_audio:
        graph.append(f"[0:a:0]asplit={count}" + "".join(f"[a{i}]" for i in range(count)))
    args = [*ffmpeg_input(source, info.demuxer), "-filter_complex", ";".join(graph)]
    for index in range(count):
        args += ["-map", f"[v{index}]"]
        if info.has_audio:
            args += ["-map", f"[a{index}]"]
    args += _x264_args(gop)
    for index, variant in enumerate(rungs):
        args += [
            f"-b:v:{index}",
            str(variant.video_bitrate),
            f"-maxrate:v:{index}",
            str(int(variant.video_bitrate * 1.07)),
            f"-bufsize:v:{index}",
            str(int(variant.video_bitrate * 1.5)),
            f"-level:v:{index}",
            variant.level,
        ]
        if info.has_audio:
            args += [f"-b:a:{index}", str(variant.audio_bitrate)]
    if info.has_audio:
        args += ["-c:a", "aac", "-ac", "2", "-ar", "48000"]
    stream_map = " ".join(
        f"v:{index},a:{index},name:{variant.label}" if info.has_audio else f"v:{index},name:{variant.label}"
        for index, variant in enumerate(rungs)
    )
    hls = out_dir / "hls"
    args += [
        "-f",
        "hls",
        "-hls_time",
        str(SEGMENT_SECONDS),
        "-hls_playlist_type",
        "vod",
        "-hls_flags",
        "independent_segments",
        "-hls_segment_type",
        "mpegts",
        "-hls_segment_filename",
        f"file:{hls}/%v/seg-%05d.ts",
        "-var_stream_map",
        stream_map,
        f"file:{hls}/%v/index.m3u8",
    ]
    return args


def _segments(playlist: Path) -> list[tuple[str, float]]:
    """(segment file name, seconds) in playlist order."""
    segments: list[tuple[str, float]] = []
    seconds = 0.0
    for line in playlist.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("#EXTINF:"):
            seconds = float(line[len("#EXTINF:") :].split(",")[0])
        elif line and not line.startswith("#"):
            segments.append((line, seconds))
    return segments


def _bandwidths(folder: Path, segments: list[tuple[str, float]]) -> tuple[int, int]:
    """(peak, average) bits per second over the segments as written: what the master must declare."""
    total_bits, total_seconds, peak = 0, 0.0, 0
    for name, seconds in segments:
        bits = (folder / name).stat().st_size * 8
        total_bits += bits
        total_seconds += seconds
        if seconds > 0:
            peak = max(peak, math.ceil(bits / max(seconds, 0.5)))
    average = math.ceil(total_bits / total_seconds) if total_seconds else 0
    return max(peak, average), average


def master_playlist(entries: list[tuple[Variant, int, int]], *, has_audio: bool, frame_rate: float) -> str:
    """The master playlist text: one EXT-X-STREAM-INF per (variant, peak, average), best first."""
    lines = ["#EXTM3U", "#EXT-X-VERSION:6", "#EXT-X-INDEPENDENT-SEGMENTS"]
    for variant, peak, average in entries:
        codecs = f"avc1.4d40{_LEVEL_HEX[variant.level]}" + (",mp4a.40.2" if has_audio else "")
        lines.append(
            f"#EXT-X-STREAM-INF:BANDWIDTH={peak},AVERAGE-BANDWIDTH={average},"
            f'RESOLUTION={variant.width}x{variant.height},CODECS="{codecs}",FRAME-RATE={frame_rate:.3f}'
        )
        lines.append(f"{variant.label}/index.m3u8")
    return "\n".join(lines) + "\n"


def _joined_segments(folder: Path, segments: list[tuple[str, float]], target: Path) -> Path:
    """The rung's MPEG-TS segments as one file (MPEG-TS concatenates byte-wise): input for remux or sprite."""
    with target.open("wb") as out:
        for name, _seconds in segments:
            with (folder / name).open("rb") as segment:
                shutil.copyfileobj(segment, out)
    return target


def _remux_mp4(
    folder: Path, segments: list[tuple[str, float]], target: Path, *, progress: Progress, start: float, span: float
) -> None:
    """The download MP4 from the top rung's TS segments: no second encode."""
    with tempfile.TemporaryDirectory(prefix="zyk-mp4-") as work:
        joined = _joined_segments(folder, segments, Path(work) / "all.ts")
        run_ffmpeg(
            [
                *ffmpeg_input(joined, "mpegts"),
                "-map",
                "0",
                "-c",
                "copy",
                "-bsf:a",
                "aac_adtstoasc",
                "-movflags",
                "+faststart",
                "-f",
                "mp4",
                f"file:{target}",
            ],
            progress=progress,
            duration=None,
            start=start,
            span=span,
            what=_("MP4 download"),
        )


def _sprite(
    folder: Path,
    segments: list[tuple[str, float]],
    target: Path,
    plan: tuple,
    *,
    duration: float | None,
    progress: Progress,
    start: float,
    span: float,
) -> None:
    """The scrubbing sprite from the smallest rung already encoded: a cheap decode, in its own ffmpeg run."""
    interval, tiles, columns, tile_width, tile_height = plan
    rows = math.ceil(tiles / columns)
    with tempfile.TemporaryDirectory(prefix="zyk-sprite-") as work:
        joined = _joined_segments(folder, segments, Path(work) / "all.ts")
        run_ffmpeg(
            [
                *ffmpeg_input(joined, "mpegts"),
                "-map",
                "0:v:0",
                "-vf",
                f"fps=1/{interval:g},scale={tile_width}:{tile_height},setsar=1,tile={columns}x{rows}",
                "-frames:v",
                "1",
                "-update",
                "1",
                "-q:v",
                "4",
                f"file:{target}",
            ],
            progress=progress,
            duration=None,  # the tile grid is one frame at the very end: ffmpeg's own progress cannot say
            start=start,
            span=span,
            what=_("scrubbing sprite"),
        )


def _poster(source: Path, info: VideoInfo, target: Path, *, progress: Progress, at: float) -> tuple[int, int]:
    width = min(info.width, POSTER_MAX_WIDTH)
    height = _even(info.height * width / info.width)
    width = _even(width)
    seek = min((info.duration or 0) * 0.1, 10.0)
    run_ffmpeg(
        [
            "-ss",
            f"{seek:.3f}",
            *ffmpeg_input(source, info.demuxer),
            "-map",
            "0:v:0",
            "-frames:v",
            "1",
            "-vf",
            f"scale={width}:{height},setsar=1",
            "-q:v",
            "3",
            "-update",
            "1",
            f"file:{target}",
        ],
        progress=progress,
        duration=None,
        start=at,
        span=0.0,
        what=_("poster"),
    )
    return width, height


def _rung_outputs(out_dir: Path, variant: Variant) -> tuple[list[Output], tuple[Variant, int, int], list]:
    """The rung's segments and playlist as Outputs, its (variant, peak, average) and its segments."""
    folder = out_dir / "hls" / variant.label
    segments = _segments(folder / "index.m3u8")
    if not segments:
        raise MediaError(
            MediaErrorCode.CONVERSION_FAILED,
            _("The video could not be converted: no %(label)s segments were produced.") % {"label": variant.label},
        )
    peak, average = _bandwidths(folder, segments)
    outputs = [
        Output("hls_segment", relative(out_dir, folder / name), "video/mp2t", label=variant.label)
        for name, _seconds in segments
    ]
    outputs.append(
        Output(
            "hls_playlist",
            relative(out_dir, folder / "index.m3u8"),
            "application/vnd.apple.mpegurl",
            width=variant.width,
            height=variant.height,
            bitrate=peak,
            label=variant.label,
        )
    )
    return outputs, (variant, peak, average), segments


def _master_output(path: str, entries: list[tuple[Variant, int, int]]) -> Output:
    top, peak, _average = entries[0]
    return Output(
        "hls_master",
        path,
        "application/vnd.apple.mpegurl",
        width=top.width,
        height=top.height,
        bitrate=peak,
        label=top.label,
    )


def _encode_shares(info: VideoInfo, first: Variant, rest: list[Variant]) -> tuple[float, float]:
    """Where the first pass ends and the second ends on the 0..1 progress scale (by pixels to process).

    Each pass decodes the whole source (about a third of the cost of encoding as many pixels) and encodes
    its rungs; the remaining 10 % are the sprite, the MP4 remux and the playlists.
    """
    decode = 0.3 * info.width * info.height
    first_cost = decode + first.width * first.height
    rest_cost = decode + sum(variant.width * variant.height for variant in rest) if rest else 0.0
    end = 0.9
    return end * first_cost / (first_cost + rest_cost), end


def _video_meta(info: VideoInfo, duration: float, entries: list[tuple[Variant, int, int]]) -> dict:
    return {
        "duration_seconds": duration or None,
        "width": info.width,
        "height": info.height,
        "has_audio": info.has_audio,
        "ladder": [
            {
                "label": variant.label,
                "width": variant.width,
                "height": variant.height,
                "bandwidth": peak,
                "average_bandwidth": average,
                "video_bitrate": variant.video_bitrate,
                "audio_bitrate": variant.audio_bitrate if info.has_audio else None,
            }
            for variant, peak, average in entries
        ],
    }


def process_video(
    source: Path,
    out_dir: Path,
    *,
    progress: Progress = no_progress,
    filename: str = "",
    on_preview: OnPreview | None = None,
) -> Result:
    """HLS ladder (``hls/<label>/index.m3u8`` + segments, ``hls/master.m3u8`` last), ``poster.jpg``,
    ``sprite.jpg`` + ``sprite.vtt``, ``download.mp4``. Meta: duration_seconds, width, height, ladder, sprite.

    The smallest rung is encoded first, on its own; when more rungs follow, ``on_preview`` (optional) gets a
    playable ``Result`` at once: that rung, the poster and ``hls/preview.m3u8`` (a master naming only that
    rung, its entry point). Every file of it but ``hls/preview.m3u8`` is also part of the final Result; the
    preview master is removed again before returning (the final ``outputs`` list every file left).
    """
    source, out_dir = Path(source).resolve(), Path(out_dir).resolve()
    info = video_info(source, filename)
    ladder = choose_ladder(info.width, info.height)
    first, rest = ladder[-1], ladder[:-1]
    for variant in ladder:
        (out_dir / "hls" / variant.label).mkdir(parents=True, exist_ok=True)
    plan = _sprite_plan(info.duration, info.width, info.height)
    first_end, encode_end = _encode_shares(info, first, rest)
    frame_rate = min(info.frame_rate or MAX_FRAME_RATE, MAX_FRAME_RATE)
    timings: dict[str, float] = {}  # seconds per step, for operators and the benchmark
    clock = time.perf_counter()

    def lap(step: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[step] = round(now - clock, 2)
        clock = now

    progress(0.0)

    # Pass 1: the smallest rung alone, then the poster: enough to start playing.
    run_ffmpeg(
        _encode_command(source, info, [first], out_dir),
        progress=progress,
        duration=info.duration,
        span=first_end,
        what=_("video"),
    )
    lap("first_pass")
    first_outputs, first_entry, first_segments = _rung_outputs(out_dir, first)
    duration = info.duration or sum(seconds for _name, seconds in first_segments)
    poster_width, poster_height = _poster(source, info, out_dir / "poster.jpg", progress=progress, at=first_end)
    lap("poster")
    poster = Output("poster", "poster.jpg", "image/jpeg", width=poster_width, height=poster_height)
    preview_path = out_dir / PREVIEW_MASTER
    if rest and on_preview is not None:
        preview_path.write_text(
            master_playlist([first_entry], has_audio=info.has_audio, frame_rate=frame_rate), encoding="utf-8"
        )
        on_preview(
            Result(
                outputs=[*first_outputs, poster, _master_output(PREVIEW_MASTER, [first_entry])],
                entrypoint=PREVIEW_MASTER,
                meta={**_video_meta(info, duration, [first_entry]), "preview": True},
            )
        )
        lap("preview")

    # Pass 2: the other rungs in one run (one more decode of the source).
    outputs: list[Output] = []
    entries: list[tuple[Variant, int, int]] = []
    if rest:
        run_ffmpeg(
            _encode_command(source, info, rest, out_dir),
            progress=progress,
            duration=info.duration,
            start=first_end,
            span=encode_end - first_end,
            what=_("video"),
        )
        lap("second_pass")
        for variant in rest:
            rung_outputs, entry, _rung_segments = _rung_outputs(out_dir, variant)
            outputs += rung_outputs
            entries.append(entry)
    outputs += first_outputs
    entries.append(first_entry)

    _sprite(
        out_dir / "hls" / first.label,
        first_segments,
        out_dir / "sprite.jpg",
        plan,
        duration=duration,
        progress=progress,
        start=encode_end,
        span=0.04,
    )
    lap("sprite")
    interval, tiles, columns, tile_width, tile_height = plan
    rows = math.ceil(tiles / columns)
    outputs.append(Output("sprite", "sprite.jpg", "image/jpeg", width=columns * tile_width, height=rows * tile_height))
    (out_dir / "sprite.vtt").write_text(
        sprite_vtt(duration or interval, interval, tiles, columns, tile_width, tile_height, "sprite.jpg"),
        encoding="utf-8",
    )
    outputs.append(Output("sprite_vtt", "sprite.vtt", "text/vtt"))

    top = ladder[0]
    top_folder = out_dir / "hls" / top.label
    _remux_mp4(
        top_folder,
        _segments(top_folder / "index.m3u8"),
        out_dir / "download.mp4",
        progress=progress,
        start=encode_end + 0.04,
        span=0.05,
    )
    lap("mp4")
    top_bitrate = entries[0][2]
    outputs.append(Output("mp4", "download.mp4", "video/mp4", top.width, top.height, top_bitrate, top.label))
    outputs.append(poster)

    # Last: the master, once everything it names exists; the preview master has served its turn.
    preview_path.unlink(missing_ok=True)
    (out_dir / "hls" / "master.m3u8").write_text(
        master_playlist(entries, has_audio=info.has_audio, frame_rate=frame_rate), encoding="utf-8"
    )
    outputs.append(_master_output("hls/master.m3u8", entries))
    progress(1.0)
    return Result(
        outputs=outputs,
        entrypoint="hls/master.m3u8",
        meta={
            **_video_meta(info, duration, entries),
            "sprite": {"interval_seconds": interval, "tiles": tiles, "columns": columns},
            "timings_s": timings,
        },
    )


def process_mp4(source: Path, out_dir: Path, *, progress: Progress = no_progress, filename: str = "") -> Result:
    """Only ``download.mp4``: one encode at the ladder's top rung (H.264 Main + AAC, faststart), no HLS.

    For the on-demand "mp4" job: a download of a video whose standard conversion is not wanted or not done.
    """
    source, out_dir = Path(source).resolve(), Path(out_dir).resolve()
    info = video_info(source, filename)
    top = choose_ladder(info.width, info.height)[0]
    capped, gop = _frame_rate_plan(info)
    target = out_dir / "download.mp4"
    args = [
        *ffmpeg_input(source, info.demuxer),
        "-map",
        "0:v:0",
        "-vf",
        f"{capped}scale={top.width}:{top.height},setsar=1,format=yuv420p",
        *_x264_args(gop),
        "-b:v",
        str(top.video_bitrate),
        "-maxrate",
        str(int(top.video_bitrate * 1.07)),
        "-bufsize",
        str(int(top.video_bitrate * 1.5)),
        "-level:v",
        top.level,
    ]
    if info.has_audio:
        args += ["-map", "0:a:0", "-c:a", "aac", "-b:a", str(top.audio_bitrate), "-ac", "2", "-ar", "48000"]
    args += ["-movflags", "+faststart", "-f", "mp4", f"file:{target}"]
    progress(0.0)
    run_ffmpeg(args, progress=progress, duration=info.duration, span=0.99, what=_("MP4 download"))
    duration = info.duration or 0.0
    bitrate = math.ceil(target.stat().st_size * 8 / duration) if duration else None
    progress(1.0)
    return Result(
        outputs=[Output("mp4", "download.mp4", "video/mp4", top.width, top.height, bitrate=bitrate, label=top.label)],
        entrypoint="download.mp4",
        meta={
            "duration_seconds": duration or None,
            "width": info.width,
            "height": info.height,
            "has_audio": info.has_audio,
        },
    )
