"""HTML5 / virtual-simulation packages: a checked ZIP unpacked for serving (M2, M3 "convert", C3).

The package is checked again with the archive rules (``media_pipeline.archive``: no escaping paths, no
links, no bombs, within the settings' limits), must hold an ``index.html`` (at the root or under one chain
of single folders), and only its regular files under that folder are written, to ``package/…``.

File names inside a package keep their own spelling, Chinese included: ``index.html`` refers to them by
name, so renaming would break the package. They are the only outputs whose paths may be non-ASCII; they
are checked (``archive.inspect_zip``) so every part is a plain name.
"""

import mimetypes
from dataclasses import replace
from pathlib import Path, PurePosixPath

from django.utils.translation import gettext as _

from media_pipeline.archive import extract_entry, find_html5_root, inspect_zip
from media_pipeline.errors import MediaError, MediaErrorCode
from media_pipeline.processors.base import Output, Progress, Result, display_name, no_progress
from media_pipeline.sniff import archive_limits

PACKAGE_FOLDER = "package"
# Types a browser needs right (served from storage with these Content-Types); the rest from mimetypes.
_WEB_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".wasm": "application/wasm",
    ".svg": "image/svg+xml",
    ".webp": "image/webp",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".mp4": "video/mp4",
    ".webm": "video/webm",
    ".mp3": "audio/mpeg",
    ".ogg": "audio/ogg",
    ".wav": "audio/wav",
    ".glb": "model/gltf-binary",
    ".gltf": "model/gltf+json",
    ".unityweb": "application/octet-stream",
    ".data": "application/octet-stream",
    ".txt": "text/plain; charset=utf-8",
    ".xml": "application/xml",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
}


def mime_of(name: str) -> str:
    suffix = PurePosixPath(name).suffix.lower()
    return _WEB_TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"


def process_package(source: Path, out_dir: Path, *, progress: Progress = no_progress, filename: str = "") -> Result:
    """``package/<files>`` from a ZIP holding ``index.html``; entrypoint ``package/index.html``.

    Meta: files (count), bytes (total), root (the folder inside the ZIP that held index.html, "" = top).
    """
    source, out_dir = Path(source).resolve(), Path(out_dir).resolve()
    name = display_name(source, filename)
    entries = inspect_zip(source, archive_name=name, **archive_limits())
    root = find_html5_root(entries)
    if root is None:
        raise MediaError(
            MediaErrorCode.UNSUPPORTED_TYPE,
            _("“%(name)s” is not an HTML5 package: it holds no index.html.") % {"name": name},
        )
    depth = len(PurePosixPath(root).parts) if root else 0
    files = [entry for entry in entries if not entry.is_dir and entry.parts[:depth] == tuple(PurePosixPath(root).parts)]
    destination = out_dir / PACKAGE_FOLDER
    destination.mkdir()
    outputs: list[Output] = []
    entrypoint = ""
    total = 0
    progress(0.0)
    for index, entry in enumerate(files):
        inner = replace(entry, name="/".join(entry.parts[depth:]), parts=entry.parts[depth:])  # root stripped
        written = extract_entry(source, inner, destination)
        if not written.is_file() or written.is_symlink():  # extract_entry writes regular files only; be sure
            raise MediaError(
                MediaErrorCode.UNSAFE_ARCHIVE,
                _("“%(archive)s” contains an entry that is not a regular file: “%(entry)s”.")
                % {"archive": name, "entry": entry.name},
            )
        path = f"{PACKAGE_FOLDER}/{inner.name}"
        total += entry.size
        outputs.append(Output("package_file", path, mime_of(inner.name)))
        if len(inner.parts) == 1 and inner.parts[0].lower() == "index.html":
            entrypoint = path
        progress((index + 1) / len(files))
    return Result(outputs=outputs, entrypoint=entrypoint, meta={"files": len(files), "bytes": total, "root": root})
