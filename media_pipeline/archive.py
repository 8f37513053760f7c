"""Safe reading of ZIP archives (M3 batch upload, HTML5 / virtual-simulation packages).

``inspect_zip`` refuses the whole archive before a single byte is extracted when any entry could escape
the destination folder (absolute paths, ``..``, drive letters, backslash separators used to hide either),
is a symbolic link, is encrypted, or when the archive is a zip bomb (too many entries, too many bytes
once inflated, an inflation ratio beyond the limit). ``extract_entry`` then streams one member while
counting, so a header that lies about the size cannot write more than it declared.

Names: ZIP tools on Chinese Windows write names in GBK (CP936) without the UTF-8 flag; Python decodes
those as CP437, so the raw bytes are recovered and decoded as UTF-8, then GB18030.
"""

import re
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.utils.translation import gettext as _

from media_pipeline.errors import MediaError, MediaErrorCode, format_bytes

_CHUNK = 1024 * 1024
# Entries smaller than this are never called bombs: a few KiB of blank lines compress 200:1 legitimately.
_RATIO_MIN_BYTES = 1024 * 1024
_SKIPPED_FOLDERS = {"__macosx"}
_SKIPPED_FILES = {".ds_store", "thumbs.db"}
_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_UTF8_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1
_UNICODE_PATH_EXTRA = 0x7075
_READABLE_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
_MAX_DEPTH = 32
_MAX_PART_BYTES = 255


@dataclass(frozen=True)
class ArchiveEntry:
    name: str  # "folder/sub/file.ext", "/"-separated, no trailing slash
    parts: tuple[str, ...]
    size: int
    compressed_size: int
    is_dir: bool
    member: str = field(default="", repr=False, compare=False)  # the name zipfile knows the member by


def _unsafe(message: str) -> MediaError:
    return MediaError(MediaErrorCode.UNSAFE_ARCHIVE, message)


def decode_name(info: zipfile.ZipInfo) -> str:
    """The entry's real name: UTF-8 flag, Info-ZIP Unicode path field, else UTF-8 or GB18030 from raw bytes."""
    if info.flag_bits & _UTF8_FLAG:
        return info.orig_filename
    unicode_path = _unicode_path_extra(info)
    if unicode_path is not None:
        return unicode_path
    try:
        raw = info.orig_filename.encode("cp437")
    except UnicodeEncodeError:  # already decoded with another metadata encoding
        return info.orig_filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.orig_filename


def _unicode_path_extra(info: zipfile.ZipInfo) -> str | None:
    extra = info.extra or b""
    position = 0
    while position + 4 <= len(extra):
        header_id, size = struct.unpack_from("<HH", extra, position)
        body = extra[position + 4 : position + 4 + size]
        position += 4 + size
        if header_id == _UNICODE_PATH_EXTRA and len(body) > 5 and body[0] == 1:
            try:
                return body[5:].decode("utf-8")
            except UnicodeDecodeError:
                return None
    return None


def _parts(name: str, *, archive_name: str) -> tuple[str, ...]:
    """Split a decoded entry name into safe parts, refusing anything that could leave the destination."""
    shown = name
    if _CONTROL.search(name):
        raise _unsafe(
            _("“%(archive)s” contains an entry with control characters in its name: “%(entry)s”.")
            % {"archive": archive_name, "entry": _CONTROL.sub("?", shown)}
        )
    normalised = name.replace("\\", "/")
    if normalised.startswith("/") or _DRIVE.match(normalised):
        raise _unsafe(
            _("“%(archive)s” contains an entry with an absolute path: “%(entry)s”.")
            % {"archive": archive_name, "entry": shown}
        )
    parts = tuple(part for part in normalised.split("/") if part not in ("", "."))
    if any(part == ".." for part in parts):
        raise _unsafe(
            _("“%(archive)s” contains an entry that points outside the archive: “%(entry)s”.")
            % {"archive": archive_name, "entry": shown}
        )
    if any(":" in part for part in parts):
        raise _unsafe(
            _("“%(archive)s” contains an entry with a colon in its name: “%(entry)s”.")
            % {"archive": archive_name, "entry": shown}
        )
    if len(parts) > _MAX_DEPTH or any(len(part.encode("utf-8")) > _MAX_PART_BYTES for part in parts):
        raise _unsafe(
            _("“%(archive)s” contains an entry whose path is too deep or too long: “%(entry)s”.")
            % {"archive": archive_name, "entry": shown}
        )
    return parts


def _skipped(parts: tuple[str, ...]) -> bool:
    return bool(parts) and (parts[0].lower() in _SKIPPED_FOLDERS or parts[-1].lower() in _SKIPPED_FILES)


def inspect_zip(
    path: Path, *, max_entries: int, max_uncompressed: int, max_ratio: float, archive_name: str | None = None
) -> list[ArchiveEntry]:
    """The archive's entries (skipping macOS and Windows litter), or MediaError for the whole archive.

    ``archive_name`` is the name shown in messages (the user's file name); defaults to the path's name.
    """
    shown = archive_name or Path(path).name
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as error:
        raise MediaError(
            MediaErrorCode.CORRUPT_FILE, _("“%(name)s” is not a readable ZIP archive.") % {"name": shown}
        ) from error
    if len(infos) > max_entries:
        raise _unsafe(
            _("“%(archive)s” holds %(count)d entries; at most %(limit)d are allowed.")
            % {"archive": shown, "count": len(infos), "limit": max_entries}
        )
    entries: list[ArchiveEntry] = []
    seen: set[str] = set()
    total = 0
    total_compressed = 0
    for info in infos:
        name = decode_name(info)
        parts = _parts(name, archive_name=shown)
        if not parts:
            continue  # "./" or "/" alone: nothing to extract
        joined = "/".join(parts)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise _unsafe(
                _("“%(archive)s” contains a symbolic link: “%(entry)s”.") % {"archive": shown, "entry": joined}
            )
        if info.flag_bits & _ENCRYPTED_FLAG:
            raise _unsafe(
                _("“%(archive)s” contains an encrypted entry: “%(entry)s”. Upload it without a password.")
                % {"archive": shown, "entry": joined}
            )
        is_dir = info.is_dir() or name.endswith("\\")
        if not is_dir and info.compress_type not in _READABLE_METHODS:
            raise MediaError(
                MediaErrorCode.UNSUPPORTED_TYPE,
                _("“%(archive)s” uses a compression method that cannot be read (entry “%(entry)s”).")
                % {"archive": shown, "entry": joined},
            )
        if not is_dir:
            if joined in seen:
                raise _unsafe(
                    _("“%(archive)s” contains the entry “%(entry)s” twice.") % {"archive": shown, "entry": joined}
                )
            seen.add(joined)
        total += info.file_size
        total_compressed += info.compress_size
        if total > max_uncompressed:
            raise _unsafe(
                _("“%(archive)s” would take more than %(limit)s once extracted (at entry “%(entry)s”).")
                % {"archive": shown, "limit": format_bytes(max_uncompressed), "entry": joined}
            )
        if info.file_size > _RATIO_MIN_BYTES and info.file_size > max_ratio * max(info.compress_size, 1):
            raise _unsafe(
                _("“%(archive)s” looks like a zip bomb: entry “%(entry)s” inflates %(ratio)d times.")
                % {"archive": shown, "entry": joined, "ratio": info.file_size // max(info.compress_size, 1)}
            )
        if _skipped(parts):
            continue
        entries.append(
            ArchiveEntry(
                name=joined,
                parts=parts,
                size=0 if is_dir else info.file_size,
                compressed_size=info.compress_size,
                is_dir=is_dir,
                member=info.filename,
            )
        )
    if total > _RATIO_MIN_BYTES and total > max_ratio * max(total_compressed, 1):
        raise _unsafe(
            _("“%(archive)s” looks like a zip bomb: it inflates %(ratio)d times.")
            % {"archive": shown, "ratio": total // max(total_compressed, 1)}
        )
    return entries


def extract_entry(path: Path, entry: ArchiveEntry, dest_dir: Path) -> Path:
    """Stream one member (from ``inspect_zip``) to ``dest_dir/<parts>``; never more than its declared size."""
    root = Path(dest_dir).resolve()
    target = root.joinpath(*entry.parts)
    if not target.resolve().is_relative_to(root):
        raise _unsafe(_("The entry “%(entry)s” points outside the archive.") % {"entry": entry.name})
    if entry.is_dir:
        target.mkdir(parents=True, exist_ok=True)
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    try:
        with zipfile.ZipFile(path) as archive, archive.open(entry.member) as source, target.open("wb") as out:
            while chunk := source.read(_CHUNK):
                written += len(chunk)
                if written > entry.size:
                    raise _unsafe(_("The entry “%(entry)s” holds more bytes than it declares.") % {"entry": entry.name})
                out.write(chunk)
    except MediaError:
        target.unlink(missing_ok=True)
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, NotImplementedError, RuntimeError) as error:
        target.unlink(missing_ok=True)
        raise MediaError(
            MediaErrorCode.CORRUPT_FILE,
            _("The entry “%(entry)s” of the archive cannot be read.") % {"entry": entry.name},
        ) from error
    return target


def find_html5_root(entries: list[ArchiveEntry]) -> str | None:
    """The folder holding the package's ``index.html``: "" for the root, "a" or "a/b" when every file sits in
    one chain of single top folders; None when there is none (then it is a plain archive, not a package)."""
    files = [entry.parts for entry in entries if not entry.is_dir]
    prefix: tuple[str, ...] = ()
    while files:
        if any(len(parts) == 1 and parts[0].lower() == "index.html" for parts in files):
            return str(PurePosixPath(*prefix)) if prefix else ""
        tops = {parts[0] for parts in files}
        if len(tops) != 1 or any(len(parts) == 1 for parts in files):
            return None
        top = tops.pop()
        prefix += (top,)
        files = [parts[1:] for parts in files]
    return None
