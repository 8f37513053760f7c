"""What a file is: its extension, its content (magic bytes) and a real decode must agree (M2).

A user names the file; the name alone is never trusted. ``sniff`` maps the extension to a kind and a set
of acceptable content formats, reads the first bytes to find the actual format, and for images decodes
them with Pillow, for audio and video asks ffprobe (when installed) for a stream of the right kind, for
ZIP archives runs the archive safety checks. Anything that does not fit is refused with a ``MediaError``
whose message names the file and says what its content looks like.
"""

import codecs
import re
import struct
import warnings
import zipfile
import zlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath

import filetype
from django.conf import settings
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from PIL import Image

from media_pipeline import tools
from media_pipeline.archive import find_html5_root, inspect_zip
from media_pipeline.errors import MediaError, MediaErrorCode, format_bytes

_HEAD_BYTES = 64 * 1024
_UNSAFE_NAME_CHARS = re.compile(r"[\x00-\x1f\x7f]")
_TEXT_CHECK_BYTES = 1024 * 1024


class MediaKind(models.TextChoices):
    TEXT = "text", gettext_lazy("Text")
    IMAGE = "image", gettext_lazy("Image")
    ANIMATION = "animation", gettext_lazy("Animation")
    VIDEO = "video", gettext_lazy("Video")
    AUDIO = "audio", gettext_lazy("Audio")
    DOCUMENT = "document", gettext_lazy("Document")
    PRESENTATION = "presentation", gettext_lazy("Presentation")
    SPREADSHEET = "spreadsheet", gettext_lazy("Spreadsheet")
    SIMULATION = "simulation", gettext_lazy("HTML5 / virtual simulation")
    ARCHIVE = "archive", gettext_lazy("Archive")


@dataclass(frozen=True)
class Sniffed:
    kind: MediaKind
    mime: str
    extension: str  # lower case, without the dot


class Format(StrEnum):
    """A content format as the bytes tell it, independent of the file name."""

    TEXT = "text"
    PDF = "pdf"
    RTF = "rtf"
    OLE2 = "ole2"  # Office 97–2003 and WPS: doc, xls, ppt, wps, et, dps
    ZIP = "zip"
    ZIP_BROKEN = "zip-broken"
    DOCX = "docx"
    XLSX = "xlsx"
    PPTX = "pptx"
    ODT = "odt"
    ODS = "ods"
    ODP = "odp"
    JPEG = "jpeg"
    PNG = "png"
    GIF = "gif"
    WEBP = "webp"
    BMP = "bmp"
    TIFF = "tiff"
    HEIF = "heif"
    ISOBMFF = "isobmff"  # mp4, m4v, mov, m4a, 3gp
    EBML = "ebml"  # mkv, webm
    AVI = "avi"
    FLV = "flv"
    ASF = "asf"  # wmv, wma
    MPEG_PS = "mpeg-ps"
    MPEG_TS = "mpeg-ts"
    MP3 = "mp3"
    WAV = "wav"
    AAC = "aac"
    OGG = "ogg"
    FLAC = "flac"


_FORMAT_LABELS = {
    Format.TEXT: gettext_lazy("plain text"),
    Format.PDF: gettext_lazy("PDF document"),
    Format.RTF: gettext_lazy("RTF document"),
    Format.OLE2: gettext_lazy("Office 97–2003 or WPS file"),
    Format.ZIP: gettext_lazy("ZIP archive"),
    Format.ZIP_BROKEN: gettext_lazy("ZIP archive"),
    Format.DOCX: gettext_lazy("Word document (.docx)"),
    Format.XLSX: gettext_lazy("Excel workbook (.xlsx)"),
    Format.PPTX: gettext_lazy("PowerPoint presentation (.pptx)"),
    Format.ODT: gettext_lazy("OpenDocument text (.odt)"),
    Format.ODS: gettext_lazy("OpenDocument spreadsheet (.ods)"),
    Format.ODP: gettext_lazy("OpenDocument presentation (.odp)"),
    Format.JPEG: gettext_lazy("JPEG image"),
    Format.PNG: gettext_lazy("PNG image"),
    Format.GIF: gettext_lazy("GIF image"),
    Format.WEBP: gettext_lazy("WebP image"),
    Format.BMP: gettext_lazy("BMP image"),
    Format.TIFF: gettext_lazy("TIFF image"),
    Format.HEIF: gettext_lazy("HEIF/HEIC photo"),
    Format.ISOBMFF: gettext_lazy("MP4/MOV media"),
    Format.EBML: gettext_lazy("Matroska/WebM media"),
    Format.AVI: gettext_lazy("AVI video"),
    Format.FLV: gettext_lazy("Flash video (FLV)"),
    Format.ASF: gettext_lazy("Windows Media (WMV/WMA)"),
    Format.MPEG_PS: gettext_lazy("MPEG video"),
    Format.MPEG_TS: gettext_lazy("MPEG transport stream"),
    Format.MP3: gettext_lazy("MP3 audio"),
    Format.WAV: gettext_lazy("WAV audio"),
    Format.AAC: gettext_lazy("AAC audio"),
    Format.OGG: gettext_lazy("Ogg media"),
    Format.FLAC: gettext_lazy("FLAC audio"),
}

_K = MediaKind
_F = Format
# extension → (kind, MIME type, content formats accepted under that extension)
_TYPES: dict[str, tuple[MediaKind, str, frozenset[Format]]] = {
    "txt": (_K.TEXT, "text/plain", frozenset({_F.TEXT})),
    "md": (_K.TEXT, "text/markdown", frozenset({_F.TEXT})),
    "html": (_K.TEXT, "text/html", frozenset({_F.TEXT})),
    "htm": (_K.TEXT, "text/html", frozenset({_F.TEXT})),
    # Subtitles (attached to a video; also accepted as plain text)
    "srt": (_K.TEXT, "application/x-subrip", frozenset({_F.TEXT})),
    "vtt": (_K.TEXT, "text/vtt", frozenset({_F.TEXT})),
    "jpg": (_K.IMAGE, "image/jpeg", frozenset({_F.JPEG})),
    "jpeg": (_K.IMAGE, "image/jpeg", frozenset({_F.JPEG})),
    "png": (_K.IMAGE, "image/png", frozenset({_F.PNG})),
    "webp": (_K.IMAGE, "image/webp", frozenset({_F.WEBP})),
    "bmp": (_K.IMAGE, "image/bmp", frozenset({_F.BMP})),
    "tif": (_K.IMAGE, "image/tiff", frozenset({_F.TIFF})),
    "tiff": (_K.IMAGE, "image/tiff", frozenset({_F.TIFF})),
    "gif": (_K.ANIMATION, "image/gif", frozenset({_F.GIF})),
    "apng": (_K.ANIMATION, "image/apng", frozenset({_F.PNG})),
    "mp4": (_K.VIDEO, "video/mp4", frozenset({_F.ISOBMFF})),
    "m4v": (_K.VIDEO, "video/x-m4v", frozenset({_F.ISOBMFF})),
    "mov": (_K.VIDEO, "video/quicktime", frozenset({_F.ISOBMFF})),
    "webm": (_K.VIDEO, "video/webm", frozenset({_F.EBML})),
    "mkv": (_K.VIDEO, "video/x-matroska", frozenset({_F.EBML})),
    "avi": (_K.VIDEO, "video/x-msvideo", frozenset({_F.AVI})),
    "flv": (_K.VIDEO, "video/x-flv", frozenset({_F.FLV})),
    "wmv": (_K.VIDEO, "video/x-ms-wmv", frozenset({_F.ASF})),
    "mpg": (_K.VIDEO, "video/mpeg", frozenset({_F.MPEG_PS, _F.MPEG_TS})),
    "mpeg": (_K.VIDEO, "video/mpeg", frozenset({_F.MPEG_PS, _F.MPEG_TS})),
    "mp3": (_K.AUDIO, "audio/mpeg", frozenset({_F.MP3})),
    "wav": (_K.AUDIO, "audio/wav", frozenset({_F.WAV})),
    "m4a": (_K.AUDIO, "audio/mp4", frozenset({_F.ISOBMFF})),
    "aac": (_K.AUDIO, "audio/aac", frozenset({_F.AAC})),
    "ogg": (_K.AUDIO, "audio/ogg", frozenset({_F.OGG})),
    "oga": (_K.AUDIO, "audio/ogg", frozenset({_F.OGG})),
    "flac": (_K.AUDIO, "audio/flac", frozenset({_F.FLAC})),
    "wma": (_K.AUDIO, "audio/x-ms-wma", frozenset({_F.ASF})),
    "pdf": (_K.DOCUMENT, "application/pdf", frozenset({_F.PDF})),
    "doc": (_K.DOCUMENT, "application/msword", frozenset({_F.OLE2})),
    "docx": (
        _K.DOCUMENT,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        frozenset({_F.DOCX}),
    ),
    "odt": (_K.DOCUMENT, "application/vnd.oasis.opendocument.text", frozenset({_F.ODT})),
    "rtf": (_K.DOCUMENT, "application/rtf", frozenset({_F.RTF})),
    # WPS Office writes its own extensions in the OLE2 container, newer versions also as OOXML.
    "wps": (_K.DOCUMENT, "application/wps-office.wps", frozenset({_F.OLE2, _F.DOCX})),
    "ppt": (_K.PRESENTATION, "application/vnd.ms-powerpoint", frozenset({_F.OLE2})),
    "pptx": (
        _K.PRESENTATION,
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        frozenset({_F.PPTX}),
    ),
    "odp": (_K.PRESENTATION, "application/vnd.oasis.opendocument.presentation", frozenset({_F.ODP})),
    "dps": (_K.PRESENTATION, "application/wps-office.dps", frozenset({_F.OLE2, _F.PPTX})),
    "xls": (_K.SPREADSHEET, "application/vnd.ms-excel", frozenset({_F.OLE2})),
    "xlsx": (
        _K.SPREADSHEET,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        frozenset({_F.XLSX}),
    ),
    "ods": (_K.SPREADSHEET, "application/vnd.oasis.opendocument.spreadsheet", frozenset({_F.ODS})),
    "csv": (_K.SPREADSHEET, "text/csv", frozenset({_F.TEXT})),
    "et": (_K.SPREADSHEET, "application/wps-office.et", frozenset({_F.OLE2, _F.XLSX})),
    "zip": (_K.ARCHIVE, "application/zip", frozenset({_F.ZIP})),
}

ACCEPTED_EXTENSIONS: tuple[str, ...] = tuple(_TYPES)

# What a user may call a file beyond what was detected: an animation exported as MP4 is still an animation.
# A ZIP without index.html can never be a simulation, so archive → simulation is deliberately absent.
_REFINEMENTS = {(MediaKind.VIDEO, MediaKind.ANIMATION)}

_PILLOW_FORMATS = {
    Format.JPEG: "JPEG",
    Format.PNG: "PNG",
    Format.GIF: "GIF",
    Format.WEBP: "WEBP",
    Format.BMP: "BMP",
    Format.TIFF: "TIFF",
}
_ODF_MIMETYPES = {
    b"application/vnd.oasis.opendocument.text": Format.ODT,
    b"application/vnd.oasis.opendocument.spreadsheet": Format.ODS,
    b"application/vnd.oasis.opendocument.presentation": Format.ODP,
}
_OOXML_FOLDERS = (("word/", Format.DOCX), ("xl/", Format.XLSX), ("ppt/", Format.PPTX))
_ASF_GUID = bytes.fromhex("3026B2758E66CF11A6D900AA0062CE6C")
_BMP_HEADER_SIZES = {12, 16, 40, 52, 56, 64, 108, 124}
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif", b"avis"}


def extension_of(filename: str) -> str:
    """Lower-case extension without the dot ("" when there is none); Windows paths are cut at "\\"."""
    return PurePosixPath(filename.replace("\\", "/")).suffix.lower().lstrip(".")


def clean_filename(name: str) -> str:
    """The last path component, without control characters, at most 255 characters (extension kept)."""
    name = _UNSAFE_NAME_CHARS.sub("", name.replace("\\", "/").rsplit("/", 1)[-1]).strip()
    if len(name) > 255:
        stem, dot, extension = name.rpartition(".")
        name = f"{stem[: 254 - len(extension)]}.{extension}" if dot and len(extension) <= 16 else name[:255]
    return name


def extension_supported(filename: str) -> bool:
    return extension_of(filename) in _TYPES


def unsupported_type_error(filename: str) -> MediaError:
    return MediaError(
        MediaErrorCode.UNSUPPORTED_TYPE,
        _("“%(name)s” is not a supported file type. Accepted: %(extensions)s.")
        % {"name": filename, "extensions": ", ".join(ACCEPTED_EXTENSIONS)},
    )


def kinds_compatible(detected: MediaKind, requested: str) -> bool:
    """Whether a user may file a file detected as ``detected`` under the kind ``requested``."""
    if requested not in MediaKind.values:
        return False
    requested_kind = MediaKind(requested)
    return requested_kind == detected or (MediaKind(detected), requested_kind) in _REFINEMENTS


def sniff(path: Path, filename: str) -> Sniffed:
    """The kind, MIME type and extension of the file at ``path`` that the user called ``filename``."""
    path = Path(path)
    size = path.stat().st_size
    if size == 0:
        raise MediaError(MediaErrorCode.EMPTY_FILE, _("“%(name)s” is empty.") % {"name": filename})
    extension = extension_of(filename)
    if extension not in _TYPES:
        raise unsupported_type_error(filename)
    limit = getattr(settings, "ZYK_UPLOAD_MAX_BYTES", 2 * 1024**3)
    if size > limit:
        raise MediaError(
            MediaErrorCode.TOO_LARGE,
            _("“%(name)s” is larger than the limit of %(limit)s.") % {"name": filename, "limit": format_bytes(limit)},
        )
    kind, mime, accepted = _TYPES[extension]
    found = detect_format(path)
    if found == Format.ZIP_BROKEN:
        raise _corrupt(filename)
    if found not in accepted:
        raise _mismatch(path, filename, extension, kind, found)
    if kind == MediaKind.TEXT or (kind == MediaKind.SPREADSHEET and found == Format.TEXT):
        _check_text(path, filename)
    elif kind in (MediaKind.IMAGE, MediaKind.ANIMATION):
        kind = _check_image(path, filename, found)
    elif kind in (MediaKind.VIDEO, MediaKind.AUDIO):
        _check_streams(path, filename, kind)
    elif found == Format.PDF:
        _check_pdf(path, filename)
    elif kind == MediaKind.ARCHIVE:
        kind = _zip_kind(path, filename)
    return Sniffed(kind=kind, mime=mime, extension=extension)


def detect_format(path: Path) -> Format | None:
    """The content format from the bytes alone; None when nothing known matches."""
    with Path(path).open("rb") as handle:
        head = handle.read(_HEAD_BYTES)
        if head[:3] == b"ID3" and len(head) >= 10 and head[3] in (2, 3, 4) and all(b < 0x80 for b in head[6:10]):
            # An ID3v2 tag can precede MP3, AAC and FLAC streams; look behind it.
            tag_size = _syncsafe(head[6:10]) + 10 + (10 if head[5] & 0x10 else 0)
            handle.seek(tag_size)
            behind = handle.read(16)
            if behind.startswith(b"fLaC"):
                return Format.FLAC
            if _is_adts(behind):
                return Format.AAC
            return Format.MP3
    return _detect_head(path, head)


def _detect_head(path: Path, head: bytes) -> Format | None:
    if head.startswith(b"\xff\xd8\xff"):
        return Format.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Format.PNG
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return Format.GIF
    if head[:4] == b"RIFF" and len(head) >= 12:
        return {b"WEBP": Format.WEBP, b"WAVE": Format.WAV, b"AVI ": Format.AVI}.get(head[8:12])
    if head.startswith(b"BM") and len(head) >= 18 and struct.unpack_from("<I", head, 14)[0] in _BMP_HEADER_SIZES:
        return Format.BMP
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return Format.TIFF
    if head[4:8] == b"ftyp":
        return Format.HEIF if head[8:12] in _HEIF_BRANDS else Format.ISOBMFF
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return Format.EBML
    if head.startswith(b"FLV\x01"):
        return Format.FLV
    if head.startswith(_ASF_GUID):
        return Format.ASF
    if head.startswith(b"\x00\x00\x01\xba") or head.startswith(b"\x00\x00\x01\xb3"):
        return Format.MPEG_PS
    if len(head) > 376 and head[0] == 0x47 and head[188] == 0x47 and head[376] == 0x47:
        return Format.MPEG_TS
    if head.startswith(b"OggS"):
        return Format.OGG
    if head.startswith(b"fLaC"):
        return Format.FLAC
    if head.startswith(b"ADIF") or _is_adts(head):
        return Format.AAC
    if _is_mp3_frame(head):
        return Format.MP3
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"%PDF-"):
        return Format.PDF
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return Format.OLE2
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return _zip_flavour(path)
    if head.startswith(b"{\\rtf"):
        return Format.RTF
    if decode_text(head, final=len(head) < _HEAD_BYTES) is not None:
        return Format.TEXT
    if b"%PDF-" in head[:1024]:  # readers accept junk before the header; text that merely mentions it is text
        return Format.PDF
    return None


def _syncsafe(data: bytes) -> int:
    return (data[0] & 0x7F) << 21 | (data[1] & 0x7F) << 14 | (data[2] & 0x7F) << 7 | (data[3] & 0x7F)


def _is_adts(head: bytes) -> bool:
    # 12 sync bits, then layer == 0 (MPEG audio frames have a non-zero layer)
    return len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xF6) == 0xF0


def _is_mp3_frame(head: bytes) -> bool:
    if len(head) < 4 or head[0] != 0xFF or (head[1] & 0xE0) != 0xE0:
        return False
    version, layer = (head[1] >> 3) & 0x3, (head[1] >> 1) & 0x3
    bitrate, rate = head[2] >> 4, (head[2] >> 2) & 0x3
    return version != 1 and layer != 0 and bitrate not in (0, 15) and rate != 3


def _zip_flavour(path: Path) -> Format:
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                with archive.open("mimetype") as handle:
                    declared = handle.read(100).strip()
                if declared in _ODF_MIMETYPES:
                    return _ODF_MIMETYPES[declared]
            for folder, found in _OOXML_FOLDERS:
                if "[Content_Types].xml" in names and any(name.startswith(folder) for name in names):
                    return found
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError):
        return Format.ZIP_BROKEN
    return Format.ZIP


def decode_text(data: bytes, *, final: bool = True) -> str | None:
    """Text of ``data`` (UTF-8 with or without BOM, UTF-16 with BOM, GB18030), None when it is not text.

    With ``final=False`` an incomplete multi-byte character at the end (a cut buffer) is not an error.
    """
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        encodings: tuple[str, ...] = ("utf-16",)
    elif b"\x00" in data:
        return None
    elif data.startswith(codecs.BOM_UTF8):
        encodings = ("utf-8-sig",)
    else:
        encodings = ("utf-8", "gb18030")
    for encoding in encodings:
        try:
            return codecs.getincrementaldecoder(encoding)().decode(data, final)
        except UnicodeDecodeError:
            continue
    return None


def _mismatch(path: Path, filename: str, extension: str, kind: MediaKind, found: Format | None) -> MediaError:
    message = _("“%(name)s” is not a valid .%(extension)s file: its content looks like %(actual)s.") % {
        "name": filename,
        "extension": extension,
        "actual": _describe(path, found),
    }
    if found is not None and _TYPES_BY_FORMAT.get(found) == kind:
        message = f"{message} {_('Save it again with the right extension.')}"
    return MediaError(MediaErrorCode.CONTENT_MISMATCH, message)


def _describe(path: Path, found: Format | None) -> str:
    if found is not None:
        return str(_FORMAT_LABELS[found])
    guess = None
    try:
        guess = filetype.guess(str(path))
    except (OSError, TypeError):
        guess = None
    if guess is not None:
        return _("%(type)s data") % {"type": guess.extension.upper()}
    return _("unrecognised binary data")


def _types_by_format() -> dict[Format, MediaKind]:
    kinds: dict[Format, MediaKind] = {}
    for kind, _mime, formats in _TYPES.values():
        for found in formats:
            kinds.setdefault(found, kind)
    return kinds


_TYPES_BY_FORMAT = _types_by_format()


def _corrupt(filename: str) -> MediaError:
    return MediaError(MediaErrorCode.CORRUPT_FILE, _("“%(name)s” is damaged and cannot be read.") % {"name": filename})


def _check_text(path: Path, filename: str) -> None:
    with path.open("rb") as handle:
        data = handle.read(_TEXT_CHECK_BYTES + 1)
    complete = len(data) <= _TEXT_CHECK_BYTES
    if decode_text(data[:_TEXT_CHECK_BYTES], final=complete) is None:
        raise MediaError(
            MediaErrorCode.CONTENT_MISMATCH,
            _("“%(name)s” is not a text file in UTF-8 or GB18030 (GBK) encoding.") % {"name": filename},
        )


def _check_image(path: Path, filename: str, found: Format) -> MediaKind:
    """Decode the image for real (Pillow); animated GIF, PNG (APNG) and WebP are animations."""
    formats = [_PILLOW_FORMATS[found]]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path, formats=formats) as image:
                animated = bool(getattr(image, "is_animated", False))
                image.verify()
            with Image.open(path, formats=formats) as image:
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise MediaError(
            MediaErrorCode.TOO_LARGE,
            _("“%(name)s” has too many pixels to be processed safely.") % {"name": filename},
        ) from error
    except Exception as error:  # Pillow raises many types (OSError, SyntaxError, ValueError, struct.error …)
        raise _corrupt(filename) from error
    return MediaKind.ANIMATION if animated else MediaKind.IMAGE


def _check_streams(path: Path, filename: str, kind: MediaKind) -> None:
    """ffprobe must find a video stream in a video (cover pictures do not count) or an audio stream in audio."""
    try:
        probe = tools.ffprobe(path)
    except tools.ToolFailed as error:
        raise _corrupt(filename) from error
    if probe is None:
        return  # ffprobe not installed: the magic bytes already agreed
    streams = probe.get("streams") or []
    if kind == MediaKind.VIDEO:
        found = any(
            stream.get("codec_type") == "video" and not (stream.get("disposition") or {}).get("attached_pic")
            for stream in streams
        )
        message = _("“%(name)s” contains no video stream.")
    else:
        found = any(stream.get("codec_type") == "audio" for stream in streams)
        message = _("“%(name)s” contains no audio stream.")
    if not found:
        raise MediaError(MediaErrorCode.CONTENT_MISMATCH, message % {"name": filename})


def _check_pdf(path: Path, filename: str) -> None:
    """pdfinfo (when installed) must open it: a truncated or password-protected PDF cannot be shown."""
    try:
        tools.run(["pdfinfo", str(path.resolve())], timeout=tools.PROBE_TIMEOUT_SECONDS)
    except tools.ToolFailed as error:
        raise MediaError(
            MediaErrorCode.CORRUPT_FILE,
            _("“%(name)s” cannot be opened: it is damaged or protected by a password.") % {"name": filename},
        ) from error


def archive_limits() -> dict[str, float]:
    """The archive limits from settings, as keyword arguments for ``inspect_zip``."""
    return {
        "max_entries": getattr(settings, "ZYK_ARCHIVE_MAX_ENTRIES", 5000),
        "max_uncompressed": getattr(settings, "ZYK_ARCHIVE_MAX_UNCOMPRESSED_BYTES", 8 * 1024**3),
        "max_ratio": getattr(settings, "ZYK_ARCHIVE_MAX_RATIO", 100),
    }


def _zip_kind(path: Path, filename: str) -> MediaKind:
    entries = inspect_zip(path, archive_name=filename, **archive_limits())
    return MediaKind.SIMULATION if find_html5_root(entries) is not None else MediaKind.ARCHIVE
