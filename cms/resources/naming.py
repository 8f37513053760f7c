"""The naming rule (C3): one title pattern per major, validated, parsed back into attributes and suggested.

A pattern such as ``{专业代码}-{课程}-{知识点}-{素材类型}-{序号}`` is compiled to an anchored regular
expression. Validation says *which part* disagrees with the resource's attributes; parsing lets batch
upload recognise course, knowledge point and type from a file name that follows the rule (M3).
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

# Placeholder → attribute it stands for. Type names are the Chinese ones used in titles, whatever the UI
# language, because titles are Chinese.
PLACEHOLDERS = {
    "专业代码": "major_code",
    "专业": "major",
    "课程": "course",
    "模块": "module",
    "知识点": "knowledge_point",
    "素材类型": "type",
    "序号": "sequence",
}
TYPE_NAMES_ZH = {
    "text": "文本",
    "image": "图片",
    "animation": "动画",
    "video": "视频",
    "audio": "音频",
    "document": "文档",
    "presentation": "演示文稿",
    "spreadsheet": "电子表格",
    "simulation": "虚拟仿真",
    "link": "链接",
}
# Other words people put in file names for the same types.
TYPE_ALIASES_ZH = {
    "微课": "video",
    "视频": "video",
    "录像": "video",
    "动画": "animation",
    "图片": "image",
    "图像": "image",
    "照片": "image",
    "音频": "audio",
    "文本": "text",
    "文档": "document",
    "教案": "document",
    "课件": "presentation",
    "演示文稿": "presentation",
    "PPT": "presentation",
    "电子表格": "spreadsheet",
    "表格": "spreadsheet",
    "虚拟仿真": "simulation",
    "仿真": "simulation",
    "链接": "link",
}
_TOKEN = re.compile(r"\{([^{}]*)\}")
SEQUENCE_WIDTH = 2


class NamingPatternError(ValueError):
    pass


@dataclass(frozen=True)
class CompiledPattern:
    pattern: str
    regex: re.Pattern
    parts: tuple[str, ...]  # attribute names in order


@dataclass
class TitleCheck:
    """The outcome of checking a title: ``parsed`` parts when it has the shape, and every problem found."""

    parsed: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def compile_pattern(pattern: str) -> CompiledPattern:
    regex, parts, position = "^", [], 0
    for match in _TOKEN.finditer(pattern):
        name = match.group(1)
        if name not in PLACEHOLDERS:
            raise NamingPatternError(
                _("Unknown placeholder {%(name)s}. Use: %(known)s.")
                % {"name": name, "known": " ".join(f"{{{p}}}" for p in PLACEHOLDERS)}
            )
        attribute = PLACEHOLDERS[name]
        if attribute in parts:
            raise NamingPatternError(_("The placeholder {%(name)s} appears twice.") % {"name": name})
        literal = pattern[position : match.start()]
        if parts and not literal:
            raise NamingPatternError(_("Put a separator such as “-” between two placeholders."))
        regex += re.escape(literal)
        regex += rf"(?P<{attribute}>\d{{1,4}})" if attribute == "sequence" else rf"(?P<{attribute}>.+?)"
        parts.append(attribute)
        position = match.end()
    if not parts:
        raise NamingPatternError(_("A naming rule needs at least one placeholder such as {课程}."))
    regex += re.escape(pattern[position:]) + "$"
    return CompiledPattern(pattern=pattern, regex=re.compile(regex), parts=tuple(parts))


def parse_title(pattern: str, title: str) -> dict[str, str] | None:
    match = compile_pattern(pattern).regex.match(title.strip())
    return {k: v.strip() for k, v in match.groupdict().items()} if match else None


def expected_parts(*, major=None, course=None, module=None, knowledge_points=(), resource_type: str = "") -> dict:
    """What each placeholder must say for these attributes (knowledge point: any of them)."""
    return {
        "major_code": major.code if major else None,
        "major": major.title if major else None,
        "course": course.title if course else None,
        "module": module.title if module else None,
        "knowledge_point": [kp.name for kp in knowledge_points] or None,
        "type": TYPE_NAMES_ZH.get(resource_type),
    }


def check_title(pattern: str, title: str, **attributes) -> TitleCheck:
    """Check ``title`` against the rule and the resource's attributes (C3)."""
    compiled = compile_pattern(pattern)
    match = compiled.regex.match(title.strip())
    if not match:
        return TitleCheck(
            problems=[_("The title does not follow the naming rule “%(pattern)s”.") % {"pattern": pattern}]
        )
    parsed = {k: v.strip() for k, v in match.groupdict().items()}
    check = TitleCheck(parsed=parsed)
    expected = expected_parts(**attributes)
    labels = {attribute: name for name, attribute in PLACEHOLDERS.items()}
    for attribute, value in parsed.items():
        wanted = expected.get(attribute)
        if attribute == "sequence" or wanted is None:
            continue
        if isinstance(wanted, list):
            if value not in wanted:
                check.problems.append(
                    _("The {%(part)s} part “%(value)s” is not one of the resource's points: %(wanted)s.")
                    % {"part": labels[attribute], "value": value, "wanted": "、".join(wanted)}
                )
        elif value != wanted:
            check.problems.append(
                _("The {%(part)s} part should be “%(wanted)s”, not “%(value)s”.")
                % {"part": labels[attribute], "wanted": wanted, "value": value}
            )
    return check


def title_prefix(pattern: str, values: dict[str, str | None]) -> str | None:
    """The title up to the {序号} placeholder, or None when a needed part is unknown."""
    compiled = compile_pattern(pattern)
    out, position = "", 0
    for match in _TOKEN.finditer(pattern):
        out += pattern[position : match.start()]
        attribute = PLACEHOLDERS[match.group(1)]
        if attribute == "sequence":
            return out
        value = values.get(attribute)
        if not value:
            return None
        out += value
        position = match.end()
    return out if "sequence" not in compiled.parts else None


def suggest_title(pattern: str, values: dict[str, str | None], next_sequence: int) -> str | None:
    """Fill the pattern; ``None`` when an attribute it needs is missing."""
    out, position = "", 0
    for match in _TOKEN.finditer(pattern):
        out += pattern[position : match.start()]
        attribute = PLACEHOLDERS[match.group(1)]
        value = str(next_sequence).zfill(SEQUENCE_WIDTH) if attribute == "sequence" else values.get(attribute)
        if not value:
            return None
        out += value
        position = match.end()
    return out + pattern[position:]


def type_from_word(word: str) -> str | None:
    return TYPE_ALIASES_ZH.get(word.strip()) or TYPE_ALIASES_ZH.get(word.strip().upper())
