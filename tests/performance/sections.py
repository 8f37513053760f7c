"""Writing one benchmark's section of docs/benchmarks.md without touching the others."""

from pathlib import Path


def section_replace(out: Path, title: str, lines: list[str]) -> None:
    """Replace the section headed ``title`` (a "## …" line) with ``lines``, else insert them before
    "## How to reproduce", else append them."""
    text = out.read_text(encoding="utf-8") if out.exists() else "# Benchmarks\n"
    current = text.split("\n")
    if title in current:
        start = current.index(title)
        end = next((i for i in range(start + 1, len(current)) if current[i].startswith("## ")), len(current))
        current[start:end] = lines
    elif "## How to reproduce" in current:
        at = current.index("## How to reproduce")
        current[at:at] = lines
    else:
        current += ["", *lines]
    out.write_text("\n".join(current).rstrip("\n") + "\n", encoding="utf-8")
