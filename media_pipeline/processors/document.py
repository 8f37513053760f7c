"""Documents → PDF → page images, text and page count (M2, M3 "convert", C3, Q).

Office files (doc/docx/wps, ppt/pptx/dps, xls/xlsx/et, odt/odp/ods, rtf, csv) and plain text go through
headless LibreOffice; a PDF source skips it. Each LibreOffice run gets its own throwaway profile
(``-env:UserInstallation``), so parallel workers never share or corrupt one, and that profile is seeded
with macros disabled, links to other files never updated and untrusted referer links blocked: an uploaded
document cannot run code or make the server fetch anything. CJK text is set with the Noto CJK fonts
(fonts-noto-cjk), Simplified Chinese preferred.

Pages are rendered by pdftoppm at 1280 px wide and stored as WebP. Page 1 is rendered on its own before
the text is extracted and the other pages are rendered, and ``on_output`` / ``on_preview`` hear of it at
once, so a first preview can be published while a long document is still rendering.
"""

import os
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from django.utils.translation import gettext as _
from PIL import Image

from media_pipeline.errors import MediaError, MediaErrorCode
from media_pipeline.measure import TEXT_MAX_CHARS, measure
from media_pipeline.processors.base import (
    OnPreview,
    Output,
    ProgramFailed,
    Progress,
    Result,
    conversion_failed,
    display_name,
    limit_exceeded,
    no_progress,
    run_program,
    setting,
)
from media_pipeline.sniff import Format, MediaKind, decode_text, detect_format

PAGE_WIDTH = 1280
PAGE_WEBP_QUALITY = 80
TEXT_MAX_BYTES = 20 * 1024 * 1024  # a plain-text source larger than this is cut before conversion

OnOutput = Callable[[Output], None]

# Content format → the extension LibreOffice gets (its type detection trusts both)
_OFFICE_EXTENSIONS = {
    Format.DOCX: "docx",
    Format.XLSX: "xlsx",
    Format.PPTX: "pptx",
    Format.ODT: "odt",
    Format.ODS: "ods",
    Format.ODP: "odp",
    Format.RTF: "rtf",
}
_OLE2_EXTENSIONS = {"doc", "xls", "ppt", "wps", "et", "dps"}
_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
 <prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
 <prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
 <prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Content/Update">
 <prop oor:name="Link" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Content/Update">
 <prop oor:name="Link" oor:op="fuse"><value>1</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/General">
 <prop oor:name="DefaultLocale_CJK" oor:op="fuse"><value>zh-CN</value></prop></item>
</oor:items>
"""
# Writer Link 0 = never (sw UpdateLinks NEVER); Calc Link 1 = never (sc ScLkUpdMode LM_NEVER).


# ---- office → PDF --------------------------------------------------------------------------------


def _text_source(source: Path, work: Path, name: str) -> tuple[Path, str]:
    """Plain text (UTF-8 or GBK) rewritten as UTF-8 for LibreOffice's text import; HTML as its visible text."""
    suffix = source.suffix.lower().lstrip(".")
    if suffix in ("html", "htm"):
        text = measure(source, MediaKind.TEXT, extension=suffix).text  # the visible text only
    else:
        with source.open("rb") as handle:
            data = handle.read(TEXT_MAX_BYTES)
            complete = not handle.read(1)
        text = decode_text(data, final=complete)
        if text is None:
            raise MediaError(
                MediaErrorCode.UNSUPPORTED_TYPE,
                _("“%(name)s” is not a text file in UTF-8 or GB18030 (GBK) encoding.") % {"name": name},
            )
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if suffix == "csv":
        target = work / "source.csv"
        target.write_text(text, encoding="utf-8")
        return target, "CSV:44,34,76,1"  # comma, double quote, UTF-8, from line 1
    target = work / "source.txt"
    target.write_text(text, encoding="utf-8")
    return target, "Text (encoded):UTF8,LF,Noto Sans CJK SC,zh-CN"


def _office_source(source: Path, work: Path, name: str, found: Format | None) -> tuple[Path, str | None]:
    """A copy of the source named ``source.<ext>`` (ASCII, predictable) and the import filter if needed."""
    if found == Format.TEXT:
        return _text_source(source, work, name)
    if found == Format.OLE2:
        suffix = source.suffix.lower().lstrip(".")
        extension = suffix if suffix in _OLE2_EXTENSIONS else "doc"
    elif found in _OFFICE_EXTENSIONS:
        extension = _OFFICE_EXTENSIONS[found]
    else:
        raise MediaError(
            MediaErrorCode.UNSUPPORTED_TYPE,
            _("“%(name)s” is not a document that can be converted to PDF.") % {"name": name},
        )
    target = work / f"source.{extension}"
    shutil.copyfile(source, target)
    return target, None


def convert_to_pdf(source: Path, work: Path, *, progress: Progress = no_progress, filename: str = "") -> Path:
    """``work/source.pdf`` from an office or text file, by headless LibreOffice with a fresh profile.

    ``work`` is an existing, private temporary folder; the profile is made (and left) inside it.
    """
    source, work = Path(source).resolve(), Path(work).resolve()
    name = display_name(source, filename)
    found = detect_format(source)
    prepared, infilter = _office_source(source, work, name, found)
    profile = work / "profile"
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(_PROFILE, encoding="utf-8")
    out = work / "pdf"
    out.mkdir()
    args = [
        "soffice",
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--invisible",
        "--nologo",
        "--nodefault",
        "--nofirststartwizard",
        "--norestore",
        "--nolockcheck",
    ]
    if infilter:
        args.append(f"--infilter={infilter}")
    args += ["--convert-to", "pdf", "--outdir", str(out), str(prepared)]
    env = {**os.environ, "HOME": str(work), "TMPDIR": str(work), "SAL_USE_VCLPLUGIN": "svp"}
    said: list[bytes] = []
    try:
        run_program(
            args,
            timeout=float(setting("ZYK_LIBREOFFICE_TIMEOUT_SECONDS")),
            on_stdout=said.append,
            heartbeat=lambda: progress(0.1),
            env=env,
            cwd=work,
        )
    except ProgramFailed as error:
        raise conversion_failed(_("office document to PDF"), error) from error
    pdf = out / f"{prepared.stem}.pdf"
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise MediaError(
            MediaErrorCode.CORRUPT_FILE,
            _("“%(name)s” could not be opened for conversion: it is damaged or protected by a password.")
            % {"name": name},
        )
    return pdf


# ---- PDF → count, text, pages --------------------------------------------------------------------


def _pdf_tool(args: list[str], *, progress: Progress, at: float, what: str, name: str) -> bytes:
    said: list[bytes] = []
    try:
        run_program(
            args,
            timeout=float(setting("ZYK_PDF_TIMEOUT_SECONDS")),
            on_stdout=said.append,
            heartbeat=lambda: progress(at),
        )
    except ProgramFailed as error:
        if args[0] == "pdfinfo":
            raise MediaError(
                MediaErrorCode.CORRUPT_FILE,
                _("“%(name)s” cannot be opened: it is damaged or protected by a password.") % {"name": name},
            ) from error
        raise conversion_failed(what, error) from error
    return b"".join(said)


def pdf_page_count(pdf: Path, *, name: str = "", progress: Progress = no_progress) -> int:
    """Pages of ``pdf`` (pdfinfo); MediaError when it cannot be opened or has more than ZYK_MEDIA_MAX_PAGES."""
    info = _pdf_tool(["pdfinfo", str(Path(pdf).resolve())], progress=progress, at=0.4, what="pdfinfo", name=name)
    match = re.search(rb"^Pages:\s+(\d+)", info, re.MULTILINE)
    pages = int(match.group(1)) if match else 0
    if pages < 1:
        raise MediaError(MediaErrorCode.CORRUPT_FILE, _("“%(name)s” has no pages.") % {"name": name})
    maximum = int(setting("ZYK_MEDIA_MAX_PAGES"))
    if pages > maximum:
        raise limit_exceeded(
            _("“%(name)s” has %(pages)d pages; at most %(limit)d can be converted.")
            % {"name": name, "pages": pages, "limit": maximum}
        )
    return pages


def pdf_text(pdf: Path, *, progress: Progress = no_progress, at: float = 0.45) -> str:
    """The text layer (pdftotext, UTF-8), pages separated by blank lines, cut at TEXT_MAX_CHARS (for search)."""
    raw = _pdf_tool(
        ["pdftotext", "-enc", "UTF-8", "-q", str(Path(pdf).resolve()), "-"],
        progress=progress,
        at=at,
        what=_("text extraction"),
        name="",
    )
    text = raw[: TEXT_MAX_CHARS * 4].decode("utf-8", errors="ignore").replace("\x00", "")
    return re.sub(r"\n\s*\f\s*", "\n\n", text).replace("\f", "\n\n").strip()[:TEXT_MAX_CHARS]


def page_path(number: int) -> str:
    return f"pages/page-{number:04d}.webp"


def render_pages(
    pdf: Path,
    out_dir: Path,
    *,
    first: int,
    last: int,
    progress: Progress = no_progress,
    start: float = 0.0,
    span: float = 1.0,
) -> list[Output]:
    """Pages ``first``..``last`` as ``pages/page-NNNN.webp`` (PAGE_WIDTH wide) under ``out_dir``."""
    pdf, out_dir = Path(pdf).resolve(), Path(out_dir).resolve()
    (out_dir / "pages").mkdir(exist_ok=True)
    outputs: list[Output] = []
    with tempfile.TemporaryDirectory(prefix="zyk-pages-") as work:
        prefix = Path(work) / "p"

        def beat() -> None:  # pages appear one by one: report them
            done = sum(1 for _entry in Path(work).iterdir())
            progress(start + span * 0.8 * min(1.0, done / (last - first + 1)))

        _pdf_tool(
            [
                "pdftoppm",
                "-png",
                "-f",
                str(first),
                "-l",
                str(last),
                "-scale-to-x",
                str(PAGE_WIDTH),
                "-scale-to-y",
                "-1",
                str(pdf),
                str(prefix),
            ],
            progress=lambda _fraction: beat(),
            at=start,
            what=_("page images"),
            name="",
        )
        rendered = sorted(
            (int(match.group(1)), path)
            for path in Path(work).glob("p-*.png")
            if (match := re.fullmatch(r"p-(\d+)\.png", path.name))
        )
        for index, (number, path) in enumerate(rendered):
            relative_path = page_path(number)
            with Image.open(path) as page:
                page.convert("RGB").save(out_dir / relative_path, "WEBP", quality=PAGE_WEBP_QUALITY, method=4)
                size = page.size
            outputs.append(Output("page", relative_path, "image/webp", size[0], size[1], label=f"page {number}"))
            progress(start + span * (0.8 + 0.2 * (index + 1) / len(rendered)))
    return outputs


# ---- the processor -------------------------------------------------------------------------------


def process_document(
    source: Path,
    out_dir: Path,
    *,
    progress: Progress = no_progress,
    filename: str = "",
    on_output: OnOutput | None = None,
    on_preview: OnPreview | None = None,
) -> Result:
    """``document.pdf``, ``pages/page-NNNN.webp`` (page 1 first) and meta pages + text.

    ``on_output`` (optional) is called with each Output as soon as its file is complete: the PDF, then
    page 1, then the other pages. ``on_preview`` (optional, documents of more than one page) gets the PDF
    and page 1 as one Result (entry point page 1) before the other pages are rendered. The entrypoint is
    page 1.
    """
    source, out_dir = Path(source).resolve(), Path(out_dir).resolve()
    name = display_name(source, filename)
    notify = on_output or (lambda _output: None)
    progress(0.0)
    pdf = out_dir / "document.pdf"
    if detect_format(source) == Format.PDF:
        shutil.copyfile(source, pdf)
    else:
        with tempfile.TemporaryDirectory(prefix="zyk-office-") as work:
            shutil.move(convert_to_pdf(source, Path(work), progress=progress, filename=filename), pdf)
    pages = pdf_page_count(pdf, name=name, progress=progress)
    pdf_output = Output("pdf", "document.pdf", "application/pdf")
    notify(pdf_output)
    first = render_pages(pdf, out_dir, first=1, last=1, progress=progress, start=0.5, span=0.05)
    if not first:
        raise conversion_failed(_("page images"))
    notify(first[0])
    if on_preview is not None and pages > 1:
        on_preview(
            Result(
                outputs=[pdf_output, first[0]],
                entrypoint=first[0].path,
                meta={"pages": pages, "width": first[0].width, "height": first[0].height, "preview": True},
            )
        )
    text = pdf_text(pdf, progress=progress, at=0.55)  # after page 1: the first preview does not wait for it
    rest = (
        render_pages(pdf, out_dir, first=2, last=pages, progress=progress, start=0.55, span=0.45) if pages > 1 else []
    )
    for output in rest:
        notify(output)
    progress(1.0)
    return Result(
        outputs=[pdf_output, *first, *rest],
        entrypoint=first[0].path,
        meta={"pages": pages, "text": text, "width": first[0].width, "height": first[0].height},
    )
