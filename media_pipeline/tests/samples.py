"""Tiny real files made at test time (nothing binary is committed).

Images with Pillow, PDF by hand (real text objects, so pdftotext finds words), Office files as the
minimal ZIPs the formats require, audio and video with ffmpeg's lavfi test sources.
"""

import io
import stat
import subprocess
import zipfile
from pathlib import Path

import openpyxl
from PIL import Image


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# ---- images ------------------------------------------------------------------------------------


def image(path: Path, *, size: tuple[int, int] = (32, 24), color: str = "red", **save) -> Path:
    Image.new("RGB", size, color).save(path, **save)
    return path


def animation(path: Path, *, frames: int = 3, size: tuple[int, int] = (16, 16), **save) -> Path:
    colours = ["red", "green", "blue", "yellow", "white"]
    images = [Image.new("RGB", size, colours[index % len(colours)]) for index in range(frames)]
    images[0].save(path, save_all=True, append_images=images[1:], duration=100, loop=0, **save)
    return path


def corrupt_png(path: Path) -> Path:
    """A PNG whose image data is damaged (CRC and zlib stream no longer agree)."""
    data = bytearray(image(path, size=(64, 64)).read_bytes())
    start = data.index(b"IDAT") + 8
    for position in range(start, start + 16):
        data[position] ^= 0xFF
    return write(path, bytes(data))


# ---- documents ---------------------------------------------------------------------------------


def pdf(path: Path, pages: list[str]) -> Path:
    """A valid PDF with one line of Helvetica text per page (ASCII)."""
    objects: list[bytes] = []
    page_ids = []
    font_id = 3 + 2 * len(pages)
    for index, text in enumerate(pages):
        page_id, content_id = 3 + 2 * index, 4 + 2 * index
        page_ids.append(page_id)
        stream = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
        objects.append(
            (
                f"{page_id} 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {content_id} 0 R >> endobj\n"
            ).encode()
        )
        objects.append(
            f"{content_id} 0 obj << /Length {len(stream)} >> stream\n".encode() + stream + b"\nendstream endobj\n"
        )
    kids = " ".join(f"{page_id} 0 R" for page_id in page_ids)
    head = [
        b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n",
        f"2 0 obj << /Type /Pages /Kids [{kids}] /Count {len(pages)} >> endobj\n".encode(),
    ]
    font = f"{font_id} 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n".encode()
    body = head + objects + [font]
    output = io.BytesIO()
    output.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for obj in body:
        offsets.append(output.tell())
        output.write(obj)
    xref = output.tell()
    output.write(f"xref\n0 {len(body) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        output.write(f"{offset:010d} 00000 n \n".encode())
    output.write(f"trailer << /Size {len(body) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return write(path, output.getvalue())


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)


def docx(path: Path, paragraphs: list[str]) -> Path:
    body = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    return zip_of(path, {"[Content_Types].xml": _CONTENT_TYPES, "word/document.xml": document})


def pptx(path: Path, slides: list[list[str]]) -> Path:
    members = {"[Content_Types].xml": _CONTENT_TYPES, "ppt/presentation.xml": "<p:presentation/>"}
    for number, lines in enumerate(slides, start=1):
        paragraphs = "".join(f"<a:p><a:r><a:t>{line}</a:t></a:r></a:p>" for line in lines)
        members[f"ppt/slides/slide{number}.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            f"<p:cSld><p:spTree><p:sp><p:txBody>{paragraphs}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>"
        )
    return zip_of(path, members)


def xlsx(path: Path, rows: list[tuple]) -> Path:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(list(row))
    workbook.save(path)
    return path


def odf(path: Path, mimetype: str, paragraphs: list[str]) -> Path:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        "<office:body><office:text>"
        + "".join(f"<text:p>{text}</text:p>" for text in paragraphs)
        + "</office:text></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # stored, first, as ODF requires
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def ole2(path: Path) -> Path:
    """The OLE2 compound-file signature and an empty header sector (doc, xls, ppt, wps, et, dps)."""
    return write(path, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)


def rtf(path: Path) -> Path:
    return write(path, rb"{\rtf1\ansi Hello}")


# ---- archives ----------------------------------------------------------------------------------


def zip_of(path: Path, members: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


class _RawNameInfo(zipfile.ZipInfo):
    """A member whose name is written as given bytes without the UTF-8 flag (as Chinese Windows tools do)."""

    raw_name = b""

    def _encodeFilenameFlags(self):
        return self.raw_name, self.flag_bits & ~0x800


def zip_with_raw_names(path: Path, members: dict[bytes, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for raw, data in members.items():
            info = _RawNameInfo(raw.decode("latin-1"))
            info.raw_name = raw
            archive.writestr(info, data)
    return path


def zip_with_symlink(path: Path, name: str, target: str) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        info = zipfile.ZipInfo(name)
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, target)
    return path


def zip_encrypted_flag(path: Path, name: str) -> Path:
    """A member flagged as encrypted (bit 0 of the general-purpose flags) in both headers."""
    zip_of(path, {name: b"secret"})
    data = bytearray(path.read_bytes())
    local = data.index(b"PK\x03\x04")
    central = data.index(b"PK\x01\x02")
    data[local + 6] |= 0x01
    data[central + 8] |= 0x01
    return write(path, bytes(data))


def zip_bomb(path: Path, *, megabytes: int = 50) -> Path:
    with (
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("zeros.bin", "w") as member,
    ):
        block = bytes(1024 * 1024)
        for _ in range(megabytes):
            member.write(block)
    return path


# ---- audio and video ---------------------------------------------------------------------------

_VIDEO = ["-f", "lavfi", "-i", "testsrc=duration=1:size=160x120:rate=10"]
_AUDIO = ["-f", "lavfi", "-i", "sine=duration=1"]
FFMPEG_RECIPES: dict[str, list[str]] = {
    "mp4": [*_VIDEO, *_AUDIO, "-c:v", "mpeg4", "-c:a", "aac", "-f", "mp4"],
    "m4v": [*_VIDEO, "-c:v", "mpeg4", "-f", "mp4"],
    "mov": [*_VIDEO, "-c:v", "mpeg4", "-f", "mov"],
    "webm": [*_VIDEO, "-c:v", "libvpx", "-f", "webm"],
    "mkv": [*_VIDEO, "-c:v", "mpeg4", "-f", "matroska"],
    "avi": [*_VIDEO, "-c:v", "mpeg4", "-f", "avi"],
    "flv": [*_VIDEO, "-c:v", "flv", "-f", "flv"],
    "wmv": [*_VIDEO, "-c:v", "wmv2", "-f", "asf"],
    "mpg": [*_VIDEO, "-c:v", "mpeg1video", "-r", "25", "-f", "mpeg"],
    "mp3": [*_AUDIO, "-c:a", "libmp3lame", "-f", "mp3"],
    "wav": [*_AUDIO, "-f", "wav"],
    "m4a": [*_AUDIO, "-c:a", "aac", "-f", "mp4"],
    "aac": [*_AUDIO, "-c:a", "aac", "-f", "adts"],
    "ogg": [*_AUDIO, "-c:a", "libvorbis", "-f", "ogg"],
    "flac": [*_AUDIO, "-c:a", "flac", "-f", "flac"],
    "wma": [*_AUDIO, "-c:a", "wmav2", "-f", "asf"],
    "mp4-audio-only": [*_AUDIO, "-c:a", "aac", "-f", "mp4"],
}


def ffmpeg(path: Path, recipe: str) -> Path:
    subprocess.run(  # noqa: S603 - fixed arguments
        ["ffmpeg", "-nostdin", "-v", "error", "-y", *FFMPEG_RECIPES[recipe], str(path)],  # noqa: S607
        check=True,
        timeout=60,
    )
    return path


# ---- conversion samples (processors) -----------------------------------------------------------


def video(path: Path, *, seconds: float = 3, size: str = "640x360", rate: int = 25, audio: bool = True) -> Path:
    """A testsrc video (H.264, yuv420p) with an optional sine tone: the source of the conversion tests."""
    sources = ["-f", "lavfi", "-i", f"testsrc=duration={seconds}:size={size}:rate={rate}"]
    if audio:
        sources += ["-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}"]
    codecs = ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"]
    codecs += ["-c:a", "aac", "-shortest"] if audio else []
    subprocess.run(  # noqa: S603 - fixed arguments
        ["ffmpeg", "-nostdin", "-v", "error", "-y", *sources, *codecs, "-f", "mp4", str(path)],  # noqa: S607
        check=True,
        timeout=60,
    )
    return path


def truncated(path: Path, source: Path, *, keep: float = 0.3) -> Path:
    """The first ``keep`` share of ``source``'s bytes: a damaged file (an MP4 without its index)."""
    data = source.read_bytes()
    return write(path, data[: int(len(data) * keep)])


_OPENABLE_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_OPENABLE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="word/document.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'
)


def docx_pages(path: Path, pages: list[list[str]]) -> Path:
    """A .docx Word and LibreOffice open (package relationships included): paragraphs per page, page breaks
    between pages. ``docx`` above is only what sniffing needs; LibreOffice refuses it."""
    page_break = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    body = page_break.join(
        "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs) for paragraphs in pages
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    return zip_of(
        path,
        {"[Content_Types].xml": _OPENABLE_CONTENT_TYPES, "_rels/.rels": _OPENABLE_RELS, "word/document.xml": document},
    )


def photo_with_exif(path: Path, *, size: tuple[int, int] = (400, 200), orientation: int = 6) -> Path:
    """A JPEG as a phone writes it: left half red, right half blue, stored sideways with an EXIF orientation,
    a camera make and a GPS position (30°15'12.5"N 120°9'1"E)."""
    picture = Image.new("RGB", size, "blue")
    picture.paste((255, 0, 0), (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: (30.0, 15.0, 12.5), 3: "E", 4: (120.0, 9.0, 1.0)}
    picture.save(path, "JPEG", exif=exif.tobytes(), quality=90)
    return path


def tone(path: Path, *, seconds: float = 3, volume: float = 0.03) -> Path:
    """A quiet 440 Hz tone (WAV): loudness normalisation must make it louder."""
    subprocess.run(  # noqa: S603 - fixed arguments
        [  # noqa: S607
            "ffmpeg",
            "-nostdin",
            "-v",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            f"sine=frequency=440:duration={seconds},volume={volume}",
            "-f",
            "wav",
            str(path),
        ],
        check=True,
        timeout=60,
    )
    return path


def rotated(path: Path, source: Path, *, degrees: int = 90) -> Path:
    """``source`` with a display rotation (as phones record portrait video), stream-copied."""
    subprocess.run(  # noqa: S603 - fixed arguments
        [  # noqa: S607
            "ffmpeg",
            "-nostdin",
            "-v",
            "error",
            "-y",
            "-i",
            str(source),
            "-c",
            "copy",
            "-metadata:s:v:0",
            f"rotate={degrees}",
            str(path),
        ],
        check=True,
        timeout=60,
    )
    return path
