"""Images → web renditions and thumbnails; animated images → MP4/WebM (M2, M3 "convert", C3, Q).

Every rendition is re-encoded from decoded pixels after the EXIF orientation is applied, and saved without
EXIF or XMP: a phone photo's GPS position never reaches the public (privacy), and a portrait photo is
upright everywhere, including browsers that ignore the orientation tag. The colour profile is kept for
RGB sources (wide-gamut phone photos would look dull without it); it holds no personal data.

Renditions: WebP (small) plus a JPEG fallback (PNG when the image has transparency) at 1920 and 960 px
wide, never wider than the source, and a 320 px thumbnail in both formats. Animated GIF/PNG/WebP become
a silent H.264 MP4 and a VP9 WebM (``<video autoplay loop muted playsinline>`` is far lighter than a GIF)
with the first frame as poster; transparent pixels are painted white.
"""

import tempfile
import warnings
from pathlib import Path

from django.utils.translation import gettext as _
from PIL import Image, ImageOps

from media_pipeline.errors import MediaError, MediaErrorCode
from media_pipeline.processors.base import (
    Output,
    Progress,
    Result,
    check_duration,
    display_name,
    ffmpeg_input,
    limit_exceeded,
    no_progress,
    run_ffmpeg,
    setting,
)

RENDITION_WIDTHS = (1920, 960)
THUMBNAIL_WIDTH = 320
ANIMATION_MAX_WIDTH = 1280
WEBP_QUALITY = 82
JPEG_QUALITY = 85
_PILLOW_FORMATS = ["JPEG", "PNG", "GIF", "WEBP", "BMP", "TIFF"]
_FFMPEG_DEMUXERS = {"GIF": "gif", "PNG": "apng"}
_MAX_FRAMES = 10_000


def _open(source: Path, name: str) -> Image.Image:
    """Pillow image with the pixel limit checked before any pixel is decoded."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(source, formats=_PILLOW_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _too_many_pixels(name) from error
    except Exception as error:  # Pillow raises many types for damaged files
        raise _damaged(name) from error
    if image.width * image.height > int(setting("ZYK_MEDIA_MAX_PIXELS")):
        image.close()
        raise _too_many_pixels(name)
    return image


def _too_many_pixels(name: str) -> MediaError:
    return limit_exceeded(_("“%(name)s” has too many pixels to be converted safely.") % {"name": name})


def _damaged(name: str) -> MediaError:
    return MediaError(MediaErrorCode.CORRUPT_FILE, _("“%(name)s” is damaged and cannot be read.") % {"name": name})


def is_animated_image(source: Path) -> bool:
    """Whether ``source`` is an image Pillow reads with more than one frame (GIF, APNG, WebP)."""
    try:
        with Image.open(source, formats=["GIF", "PNG", "WEBP"]) as image:
            return bool(getattr(image, "is_animated", False))
    except Exception:  # not an image at all: the caller treats it as video
        return False


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)


def _web_pixels(image: Image.Image) -> tuple[Image.Image, bytes | None]:
    """Upright RGB(A) pixels without metadata, and the colour profile when it still applies."""
    icc = image.info.get("icc_profile") if image.mode in ("RGB", "RGBA") else None
    upright = ImageOps.exif_transpose(image)
    pixels = upright.convert("RGBA" if _has_alpha(upright) else "RGB")
    clean = Image.new(pixels.mode, pixels.size)  # a fresh image: no info/EXIF/XMP carried over
    clean.paste(pixels)
    return clean, icc


def _save(image: Image.Image, path: Path, icc: bytes | None) -> str:
    """Save as the file's suffix says; returns the MIME type."""
    extra = {"icc_profile": icc} if icc else {}
    suffix = path.suffix
    if suffix == ".webp":
        image.save(path, "WEBP", quality=WEBP_QUALITY, method=4, **extra)
        return "image/webp"
    if suffix == ".png":
        image.save(path, "PNG", optimize=True, **extra)
        return "image/png"
    image.save(path, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True, **extra)
    return "image/jpeg"


def _resized(image: Image.Image, width: int) -> Image.Image:
    if width >= image.width:
        return image
    height = max(1, round(image.height * width / image.width))
    return image.resize((width, height), Image.Resampling.LANCZOS)


def process_image(source: Path, out_dir: Path, *, progress: Progress = no_progress, filename: str = "") -> Result:
    """``image-<w>.webp`` + ``image-<w>.jpg|png`` per width, ``thumb-<w>.webp`` + fallback.

    The entrypoint is the largest WebP. Meta: width, height (upright), has_alpha, renditions.
    """
    source, out_dir = Path(source), Path(out_dir)
    name = display_name(source, filename)
    with _open(source, name) as image:
        try:
            pixels, icc = _web_pixels(image)  # decodes: a damaged file fails here
        except Exception as error:
            raise _damaged(name) from error
    fallback = ".png" if pixels.mode == "RGBA" else ".jpg"
    widths = sorted({min(width, pixels.width) for width in RENDITION_WIDTHS}, reverse=True)
    plan = [("image", f"image-{width}", width) for width in widths]
    thumb = min(THUMBNAIL_WIDTH, pixels.width)
    plan.append(("thumbnail", f"thumb-{thumb}", thumb))
    outputs: list[Output] = []
    for index, (role, stem, width) in enumerate(plan):
        resized = _resized(pixels, width)
        for suffix in (".webp", fallback):
            mime = _save(resized, out_dir / f"{stem}{suffix}", icc)
            outputs.append(Output(role, f"{stem}{suffix}", mime, resized.width, resized.height, label=f"{width}w"))
        progress((index + 1) / len(plan))
    return Result(
        outputs=outputs,
        entrypoint=outputs[0].path,
        meta={
            "width": pixels.width,
            "height": pixels.height,
            "has_alpha": pixels.mode == "RGBA",
            "renditions": [width for _role, _stem, width in plan[:-1]],
        },
    )


# ---- animations ----------------------------------------------------------------------------------


def _animation_facts(source: Path, name: str) -> tuple[str, int, int, float]:
    """(Pillow format, width, height, seconds) with the limits checked."""
    with _open(source, name) as image:
        frames = getattr(image, "n_frames", 1)
        if frames > _MAX_FRAMES:
            raise limit_exceeded(
                _("“%(name)s” has %(frames)d frames; at most %(limit)d can be converted.")
                % {"name": name, "frames": frames, "limit": _MAX_FRAMES}
            )
        total_ms = 0
        for index in range(frames):
            image.seek(index)
            total_ms += int(image.info.get("duration") or 100)
        return image.format, image.width, image.height, total_ms / 1000


def _even(value: float) -> int:
    return max(2, round(value / 2) * 2)


def process_animation(source: Path, out_dir: Path, *, progress: Progress = no_progress, filename: str = "") -> Result:
    """``animation.mp4`` (H.264, faststart), ``animation.webm`` (VP9) and ``poster.webp`` + fallback.

    Meta: width, height, duration_seconds, loop (always True: players loop it like the GIF did).
    """
    source, out_dir = Path(source).resolve(), Path(out_dir).resolve()
    name = display_name(source, filename)
    found, width, height, seconds = _animation_facts(source, name)
    check_duration(seconds, name)
    out_width = _even(min(width, ANIMATION_MAX_WIDTH))
    out_height = _even(height * out_width / width)
    with tempfile.TemporaryDirectory(prefix="zyk-anim-") as work:
        readable, demuxer = source, _FFMPEG_DEMUXERS.get(found)
        if demuxer is None:  # animated WebP: ffmpeg cannot decode it; Pillow rewrites it as APNG, losslessly
            readable, demuxer = Path(work) / "frames.png", "apng"
            with _open(source, name) as image:
                image.save(readable, "PNG", save_all=True, default_image=False)
        # Constant 25 fps first (keeps the last frame's delay), then paint the frame over a white copy of itself.
        graph = (
            f"[0:v]fps=25,scale={out_width}:{out_height}:flags=lanczos,format=rgba,split[fg][copy];"
            "[copy]drawbox=c=white:t=fill[bg];[bg][fg]overlay=format=auto,setsar=1,format=yuv420p[v]"
        )
        common = [*ffmpeg_input(readable, demuxer), "-filter_complex", graph, "-map", "[v]", "-an"]
        run_ffmpeg(
            [
                *common,
                "-c:v",
                "libx264",
                "-preset",
                "veryfast",
                "-crf",
                "23",
                "-movflags",
                "+faststart",
                "-f",
                "mp4",
                f"file:{out_dir / 'animation.mp4'}",
            ],
            progress=progress,
            duration=seconds,
            span=0.6,
            what=_("animation"),
        )
        run_ffmpeg(
            [
                *common,
                "-c:v",
                "libvpx-vp9",
                "-deadline",
                "realtime",
                "-cpu-used",
                "8",
                "-crf",
                "36",
                "-b:v",
                "0",
                "-f",
                "webm",
                f"file:{out_dir / 'animation.webm'}",
            ],
            progress=progress,
            duration=seconds,
            start=0.6,
            span=0.35,
            what=_("animation"),
        )
    with _open(source, name) as image:
        image.seek(0)
        pixels, icc = _web_pixels(image)
    poster = _resized(pixels, out_width)
    fallback = ".png" if poster.mode == "RGBA" else ".jpg"
    outputs = [
        Output("mp4", "animation.mp4", "video/mp4", out_width, out_height),
        Output("webm", "animation.webm", "video/webm", out_width, out_height),
    ]
    for suffix in (".webp", fallback):
        mime = _save(poster, out_dir / f"poster{suffix}", icc)
        outputs.append(Output("poster", f"poster{suffix}", mime, poster.width, poster.height))
    progress(1.0)
    return Result(
        outputs=outputs,
        entrypoint="animation.mp4",
        meta={"width": out_width, "height": out_height, "duration_seconds": seconds, "loop": True},
    )
