"""What a file of a batch upload is about, recognised from its type, folders, name and manifest row (M3).

Teachers organise resources in folders named after the course, the module and the knowledge point
(``数控车削加工技术/项目一 外圆车削/外圆车削对刀/视频/演示.mp4``) and often name files by the library's
naming rule (C3). Recognition reads that structure so a batch of hundreds of files needs its common
attributes entered once. Precedence, least to most specific: batch defaults < folders < file name <
manifest; each attribute remembers where its value came from (``origins``) so the report can say so.

The functions here only read the catalogue (majors, courses, modules, points, naming rules); they write
nothing, so they are tested on their own.
"""

import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from django.db.models import Model
from django.utils.translation import gettext as _

from cms.core.errors import DomainError
from cms.resources import naming, titles
from cms.resources.manifest import split_list
from cms.resources.models import AudienceLevel, Licence, Resource, ResourceSource, Visibility

BATCH, FOLDER, NAME, MANIFEST, FILE, RULE = "batch", "folder", "name", "manifest", "file", "rule"

# Leading numbering people put before a chapter, module or course title: 项目一, 任务2, 第1章, 1.2, 01, 一、, (1) …
_NUMBERING = re.compile(
    r"^\s*(?:"
    r"第\s*[0-9一二三四五六七八九十百零〇两]+\s*(?:章|节|篇|部分|单元|课|讲|项目|模块|任务|周)"
    r"|(?:学习情境|情境|项目|模块|任务|单元|课题|专题|章|节)\s*[0-9一二三四五六七八九十百零〇两]+"
    r"|[0-9]+(?:[.．][0-9]+)*[.．、]?"
    r"|[一二三四五六七八九十]+[、.．]"
    r"|[（(][0-9一二三四五六七八九十]+[)）]"
    r")[\s\-_.、:：．]*"
)
_AUTHOR = re.compile(r"^(?P<name>[^（(]+)(?:[（(](?P<organisation>[^）)]*)[）)])?$")
_TRUE_WORDS = {"是", "需要", "要", "yes", "y", "true", "1"}
_FALSE_WORDS = {"否", "不需要", "不要", "no", "n", "false", "0"}

# Chinese words a manifest may use for the coded choices (the codes and English labels work too).
CHOICE_ALIASES = {
    "source": {"原创": "original", "自建": "original", "企业案例": "enterprise_case", "改编": "adapted",
               "引用": "third_party", "第三方": "third_party"},
    "licence": {"保留所有权利": "all_rights_reserved", "版权所有": "all_rights_reserved", "公共领域": "cc0"},
    "audience_level": {"中职": "secondary", "中等职业": "secondary", "高职": "higher", "高职专科": "higher",
                       "高等职业": "higher", "职业本科": "undergraduate", "本科": "undergraduate",
                       "企业培训": "enterprise", "社会学习者": "public", "社会": "public"},
    "visibility": {"公开": "public", "所有人": "public", "登录用户": "logged_in", "登录可见": "logged_in",
                   "本校": "organisation", "本校可见": "organisation"},
}  # fmt: skip
CHOICES = {"source": ResourceSource, "licence": Licence, "audience_level": AudienceLevel, "visibility": Visibility}

# Attributes in the order they are reported; relation attributes hold model instances while recognising.
RELATIONS = ("organisation", "major", "course", "module")
PLAIN = (
    "keywords",
    "description",
    "source",
    "licence",
    "audience_level",
    "visibility",
    "download_requires_login",
    "authors",
    "rights_holder",
)


def strip_numbering(name: str) -> str:
    """``项目一 外圆车削`` → ``外圆车削``; a name that is nothing but numbering stays as it is."""
    stripped = _NUMBERING.sub("", name.strip(), count=1).strip()
    return stripped or name.strip()


def _same(folder: str, title: str) -> bool:
    folder, title = folder.strip(), title.strip()
    return bool(title) and (folder == title or strip_numbering(folder) == strip_numbering(title))


def _unique(found: list):
    return found[0] if len(found) == 1 else None


def match_major(name: str, majors) -> Model | None:
    """A major by its six-digit code (``460103``, ``460103 数控技术``) or its title."""
    name = name.strip()
    by_code = [m for m in majors if name == m.code or re.match(rf"^{m.code}(?!\d)", name)]
    if by_code:
        return _unique(by_code)
    return _unique([m for m in majors if _same(name, m.title)])


def match_course(name: str, courses, *, contained: bool = False) -> Model | None:
    """A course whose title is the folder name (numbering aside) or, with ``contained``, within it."""
    found = [c for c in courses if _same(name, c.title)]
    if found or not contained:
        return _unique(found)
    inside = [c for c in courses if len(c.title) >= 2 and c.title in name]
    if not inside:
        return None
    longest = max(len(c.title) for c in inside)
    return _unique([c for c in inside if len(c.title) == longest])


def match_module(name: str, modules) -> Model | None:
    """An outline item (module) by title, allowing leading numbering on either side (``1. 外圆车削``)."""
    return _unique([m for m in modules if _same(name, m.title)])


def match_point(name: str, points) -> Model | None:
    return _unique([p for p in points if _same(name, p.name)])


def type_word(name: str) -> str | None:
    """The resource type a folder or name part stands for (视频, 动画, 课件 …), if any."""
    return naming.type_from_word(name) or naming.type_from_word(strip_numbering(name))


def compatible_type(asset, requested: str) -> str | None:
    """``requested`` when the file may be filed under it (same type or a refinement such as video → animation)."""
    from cms.resources.services import type_for_asset

    try:
        return type_for_asset(asset, requested)
    except DomainError:
        return None


class Catalogue:
    """Majors, courses, modules, points and naming rules, each read once per batch."""

    def __init__(self) -> None:
        from cms.courses.models import CoursePage
        from cms.majors.models import MajorPage

        self._majors = list(MajorPage.objects.all().order_by("path"))
        by_path = {m.path: m for m in self._majors}
        self._courses = list(CoursePage.objects.all().order_by("path"))
        self._major_of = {c.pk: by_path.get(c.path[: -CoursePage.steplen]) for c in self._courses}
        self._modules: dict[int, list] = {}
        self._points: dict[int, list] = {}
        self._rules: dict[int, object] = {}

    def majors(self) -> list:
        return self._majors

    def major(self, pk) -> Model | None:
        return next((m for m in self._majors if m.pk == pk), None)

    def course(self, pk) -> Model | None:
        return next((c for c in self._courses if c.pk == pk), None)

    def courses(self, major=None) -> list:
        if major is None:
            return self._courses
        return [c for c in self._courses if self.major_of(c) is not None and self.major_of(c).pk == major.pk]

    def major_of(self, course) -> Model | None:
        return self._major_of.get(course.pk)

    def modules(self, course) -> list:
        from cms.courses.models import OutlineItem

        if course.pk not in self._modules:
            self._modules[course.pk] = list(OutlineItem.objects.filter(course=course).order_by("sort_order", "pk"))
        return self._modules[course.pk]

    def points(self, course) -> list:
        from cms.courses.models import KnowledgePoint

        if course.pk not in self._points:
            self._points[course.pk] = list(KnowledgePoint.objects.filter(course=course).order_by("sort_order", "pk"))
        return self._points[course.pk]

    def rule(self, major):
        if major is None:
            return None
        if major.pk not in self._rules:
            self._rules[major.pk] = titles.rule_for(major)
        return self._rules[major.pk]


@dataclass
class Recognition:
    """The attributes of one item while they are recognised; relations hold model instances."""

    asset: object = None
    values: dict = field(default_factory=dict)
    origins: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def get(self, attribute: str):
        return self.values.get(attribute)

    def put(self, attribute: str, value, origin: str) -> None:
        """Set ``attribute``; the origin changes only when the value does (an agreeing source adds nothing)."""
        if value is None:
            return
        if _key(self.values.get(attribute)) != _key(value) or attribute not in self.origins:
            self.values[attribute] = value
            self.origins[attribute] = origin

    def drop(self, attribute: str) -> None:
        self.values.pop(attribute, None)
        self.origins.pop(attribute, None)

    # --- relations kept consistent: a more specific major or course drops what no longer belongs ---

    def set_major(self, major, origin: str, catalogue: Catalogue) -> None:
        self.put("major", major, origin)
        course = self.get("course")
        if course is not None and (catalogue.major_of(course) is None or catalogue.major_of(course).pk != major.pk):
            self.drop("course")
            self.drop("module")
            self.drop("knowledge_points")

    def set_course(self, course, origin: str, catalogue: Catalogue) -> None:
        major = catalogue.major_of(course)
        if major is not None and (self.get("major") is None or self.get("major").pk != major.pk):
            self.set_major(major, origin, catalogue)
        self.put("course", course, origin)
        module = self.get("module")
        if module is not None and module.course_id != course.pk:
            self.drop("module")
        points = [p for p in self.get("knowledge_points") or [] if p.course_id == course.pk]
        if points != (self.get("knowledge_points") or []):
            if points:
                self.values["knowledge_points"] = points
            else:
                self.drop("knowledge_points")

    def set_module(self, module, origin: str, catalogue: Catalogue) -> None:
        if self.get("course") is None or self.get("course").pk != module.course_id:
            course = catalogue.course(module.course_id)
            if course is None:
                return
            self.set_course(course, origin, catalogue)
        self.put("module", module, origin)

    def set_points(self, points: list, origin: str, catalogue: Catalogue) -> None:
        if not points:
            return
        course_id = points[0].course_id
        if self.get("course") is None or self.get("course").pk != course_id:
            course = catalogue.course(course_id)
            if course is None:
                return
            self.set_course(course, origin, catalogue)
        self.put("knowledge_points", [p for p in points if p.course_id == course_id], origin)

    def set_type(self, requested: str, origin: str) -> bool:
        """Refine the type when the file allows it; False when it does not (the file's type stays)."""
        allowed = compatible_type(self.asset, requested)
        if allowed is None:
            return False
        self.put("resource_type", allowed, origin)
        return True

    def as_json(self) -> dict:
        """The ``ResourceBatchItem.recognised`` value: ids instead of instances, plus ``origins``."""
        out: dict = {"title": self.values.get("title", ""), "resource_type": self.values.get("resource_type")}
        for name in RELATIONS:
            if self.values.get(name) is not None:
                out[f"{name}_id"] = self.values[name].pk
        if self.values.get("knowledge_points"):
            out["knowledge_point_ids"] = [p.pk for p in self.values["knowledge_points"]]
        for name in PLAIN:
            if self.values.get(name) is not None:
                out[name] = self.values[name]
        origins = {("knowledge_point_ids" if k == "knowledge_points" else k): v for k, v in self.origins.items()}
        out["origins"] = {(f"{k}_id" if k in RELATIONS else k): v for k, v in origins.items()}
        return out


def _key(value):
    if isinstance(value, Model):
        return (type(value).__name__, value.pk)
    if isinstance(value, list):
        return [_key(v) for v in value]
    return value


def from_defaults(defaults: dict, *, asset) -> Recognition:
    """Start from the file's own type and the batch attributes (already checked and resolved)."""
    recognition = Recognition(asset=asset)
    from cms.resources.services import type_for_asset

    recognition.put("resource_type", type_for_asset(asset, None), FILE)
    if defaults.get("resource_type"):
        recognition.set_type(defaults["resource_type"], BATCH)
    for name in (*RELATIONS, "knowledge_points", *PLAIN):
        if defaults.get(name) not in (None, [], ""):
            recognition.put(name, defaults[name], BATCH)
    return recognition


def apply_folders(recognition: Recognition, folders: list[str], catalogue: Catalogue) -> None:
    """Each folder, outermost first, may name the major, a course, a module, a point or a type word."""
    for folder in folders:
        _apply_folder(recognition, folder.strip(), catalogue)


def _apply_folder(recognition: Recognition, folder: str, catalogue: Catalogue) -> None:
    if not folder:
        return
    course = recognition.get("course")
    if course is not None:
        module = match_module(folder, catalogue.modules(course))
        point = match_point(folder, catalogue.points(course))
        # The same words can name a module and a point: a module unless one was already named by a folder.
        if module is not None and (point is None or recognition.origins.get("module") != FOLDER):
            recognition.set_module(module, FOLDER, catalogue)
            return
        if point is not None:
            recognition.set_points([point], FOLDER, catalogue)
            return
    major = recognition.get("major")
    found = match_course(folder, catalogue.courses(major))
    if found is not None:
        recognition.set_course(found, FOLDER, catalogue)
        return
    found = match_major(folder, catalogue.majors())
    if found is not None:
        recognition.set_major(found, FOLDER, catalogue)
        return
    word = type_word(folder)
    if word is not None:
        recognition.set_type(word, FOLDER)
        return
    found = match_course(folder, catalogue.courses(major), contained=True)
    if found is not None:
        recognition.set_course(found, FOLDER, catalogue)


def apply_name(recognition: Recognition, stem: str, catalogue: Catalogue, numbering: "Numbering") -> bool:
    """A file name that follows a major's naming rule gives course, module, point and type, and is the title.

    The known major's rule is tried first, then the other majors' (a name carrying its major code).
    """
    known = recognition.get("major")
    known_pk = known.pk if known is not None else None
    candidates = ([known] if known is not None else []) + [m for m in catalogue.majors() if m.pk != known_pk]
    for major in candidates:
        rule = catalogue.rule(major)
        if rule is None:
            continue
        parsed = naming.parse_title(rule.pattern, stem)
        if parsed is None:
            continue
        if parsed.get("major_code", major.code) != major.code or parsed.get("major", major.title) != major.title:
            continue
        named = "major_code" in parsed or "major" in parsed
        if major.pk != known_pk and not named and not match_course(parsed.get("course", ""), catalogue.courses(major)):
            continue  # a rule matched by shape alone is no evidence of its major
        _apply_parsed(recognition, major, parsed, catalogue)
        recognition.put("title", stem, NAME)
        numbering.reserve(rule, major, stem)
        return True
    return False


def _apply_parsed(recognition: Recognition, major, parsed: dict, catalogue: Catalogue) -> None:
    if recognition.get("major") is None or recognition.get("major").pk != major.pk:
        recognition.set_major(major, NAME, catalogue)
    if parsed.get("course"):
        course = match_course(parsed["course"], catalogue.courses(major))
        if course is not None:
            recognition.set_course(course, NAME, catalogue)
    course = recognition.get("course")
    if course is not None and parsed.get("module"):
        module = match_module(parsed["module"], catalogue.modules(course))
        if module is not None:
            recognition.set_module(module, NAME, catalogue)
    if course is not None and parsed.get("knowledge_point"):
        point = match_point(parsed["knowledge_point"], catalogue.points(course))
        if point is not None:
            recognition.set_points([point], NAME, catalogue)
    if parsed.get("type"):
        word = type_word(parsed["type"])
        if word is not None:
            recognition.set_type(word, NAME)


_LABELS = {
    "major": lambda: Resource._meta.get_field("major").verbose_name,
    "course": lambda: Resource._meta.get_field("course").verbose_name,
    "module": lambda: Resource._meta.get_field("module").verbose_name,
    "knowledge_points": lambda: Resource._meta.get_field("knowledge_points").verbose_name,
    "resource_type": lambda: Resource._meta.get_field("resource_type").verbose_name,
    "source": lambda: Resource._meta.get_field("source").verbose_name,
    "licence": lambda: Resource._meta.get_field("licence").verbose_name,
    "audience_level": lambda: Resource._meta.get_field("audience_level").verbose_name,
    "visibility": lambda: Resource._meta.get_field("visibility").verbose_name,
    "download_requires_login": lambda: Resource._meta.get_field("download_requires_login").verbose_name,
}


def _not_recognised(recognition: Recognition, line: int, attribute: str, value: str) -> None:
    recognition.warnings.append(
        _("Manifest row %(line)d: %(column)s “%(value)s” was not recognised and is left out.")
        % {"line": line, "column": _LABELS[attribute](), "value": value}
    )


def choice_value(attribute: str, value: str) -> str | None:
    """A coded choice from its code, its label (English or the current language) or a Chinese word."""
    value = value.strip()
    choices = CHOICES[attribute]
    if value in choices.values:
        return value
    if value in CHOICE_ALIASES.get(attribute, {}):
        return CHOICE_ALIASES[attribute][value]
    for code, label in choices.choices:
        if value.lower() in (str(label).lower(), code.replace("_", " ")):
            return code
    return None


def parse_authors(value: str) -> list[dict]:
    """``王老师（示范学院）、李工`` → [{"name": "王老师", "organisation_name": "示范学院"}, {"name": "李工", …}]."""
    authors = []
    for part in re.split(r"[、，,;；\n]+", value):
        match = _AUTHOR.match(part.strip())
        if match and match.group("name").strip():
            authors.append(
                {
                    "name": match.group("name").strip()[:64],
                    "organisation_name": (match.group("organisation") or "").strip()[:128],
                }
            )
    return authors


def apply_manifest(recognition: Recognition, *, line: int, values: dict[str, str], catalogue: Catalogue) -> None:
    """A manifest row wins over everything else; names it gives that match nothing become warnings."""
    if values.get("major"):
        major = match_major(values["major"], catalogue.majors())
        if major is None:
            _not_recognised(recognition, line, "major", values["major"])
        else:
            recognition.set_major(major, MANIFEST, catalogue)
    if values.get("course"):
        course = match_course(values["course"], catalogue.courses(recognition.get("major")), contained=True)
        if course is None:
            _not_recognised(recognition, line, "course", values["course"])
        else:
            recognition.set_course(course, MANIFEST, catalogue)
    course = recognition.get("course")
    if values.get("module"):
        module = match_module(values["module"], catalogue.modules(course)) if course is not None else None
        if module is None:
            _not_recognised(recognition, line, "module", values["module"])
        else:
            recognition.set_module(module, MANIFEST, catalogue)
    if values.get("knowledge_points"):
        points, unknown = [], []
        for name in split_list(values["knowledge_points"]):
            point = match_point(name, catalogue.points(course)) if course is not None else None
            (points if point is not None else unknown).append(point or name)
        for name in unknown:
            _not_recognised(recognition, line, "knowledge_points", name)
        recognition.set_points(points, MANIFEST, catalogue)
    if values.get("resource_type"):
        word = type_word(values["resource_type"]) or (
            values["resource_type"] if values["resource_type"] in naming.TYPE_NAMES_ZH else None
        )
        if word is None or not recognition.set_type(word, MANIFEST):
            _not_recognised(recognition, line, "resource_type", values["resource_type"])
    for attribute in CHOICES:
        if values.get(attribute):
            code = choice_value(attribute, values[attribute])
            if code is None:
                _not_recognised(recognition, line, attribute, values[attribute])
            else:
                recognition.put(attribute, code, MANIFEST)
    if values.get("download_requires_login"):
        word = values["download_requires_login"].strip().lower()
        if word in _TRUE_WORDS or word in _FALSE_WORDS:
            recognition.put("download_requires_login", word in _TRUE_WORDS, MANIFEST)
        else:
            _not_recognised(recognition, line, "download_requires_login", values["download_requires_login"])
    if values.get("title"):
        recognition.put("title", values["title"].strip()[:200], MANIFEST)
    if values.get("keywords"):
        recognition.put("keywords", [k[:100] for k in split_list(values["keywords"])][:30], MANIFEST)
    if values.get("description"):
        recognition.put("description", values["description"].strip(), MANIFEST)
    if values.get("rights_holder"):
        recognition.put("rights_holder", values["rights_holder"].strip()[:128], MANIFEST)
    if values.get("authors"):
        recognition.put("authors", parse_authors(values["authors"]), MANIFEST)


class Numbering:
    """Sequence numbers of titles taken within one batch, per major and title prefix (C3).

    ``titles.title_suggest`` numbers after the titles already in the library; this keeps counting across
    the items of the batch, so three new videos of one point become 01, 02 and 03, not three times 01.
    """

    def __init__(self) -> None:
        self._taken: dict[tuple[int, str], int] = {}

    def reserve(self, rule, major, title: str) -> None:
        parsed = naming.parse_title(rule.pattern, title)
        if not parsed or "sequence" not in parsed:
            return
        prefix = naming.title_prefix(rule.pattern, parsed)
        if prefix is not None:
            key = (major.pk, prefix)
            self._taken[key] = max(self._taken.get(key, 0), int(parsed["sequence"]))

    def suggest(self, rule, *, major, course, module, point, resource_type: str) -> str | None:
        suggestion = titles.title_suggest(
            major=major, course=course, module=module, knowledge_point=point, resource_type=resource_type
        )
        if suggestion is None:
            return None
        values = titles.title_values(
            major=major, course=course, module=module, knowledge_point=point, resource_type=resource_type
        )
        prefix = naming.title_prefix(rule.pattern, values)
        parsed = naming.parse_title(rule.pattern, suggestion)
        if prefix is None or not parsed or "sequence" not in parsed:
            return suggestion
        key = (major.pk, prefix)
        number = max(int(parsed["sequence"]), self._taken.get(key, 0) + 1)
        self._taken[key] = number
        return naming.suggest_title(rule.pattern, values, number)


def finish_title(recognition: Recognition, *, stem: str, catalogue: Catalogue, numbering: Numbering) -> None:
    """Without a title from the name or the manifest: the next title by the rule, else the file's name."""
    if recognition.get("title"):
        return
    major = recognition.get("major")
    rule = catalogue.rule(major)
    if rule is not None:
        points = recognition.get("knowledge_points") or []
        suggestion = numbering.suggest(
            rule,
            major=major,
            course=recognition.get("course"),
            module=recognition.get("module"),
            point=points[0] if points else None,
            resource_type=recognition.get("resource_type"),
        )
        if suggestion:
            recognition.put("title", suggestion[:200], RULE)
            return
    recognition.put("title", stem[:200] or "-", FILE)


def warnings(recognition: Recognition, catalogue: Catalogue) -> list[str]:
    """What must be fixed (with overrides) before the item can be created as it stands."""
    found = list(recognition.warnings)
    if recognition.get("organisation") is None:
        found.append(_("Choose the building institution before creating this resource."))
    major = recognition.get("major")
    if major is None:
        found.append(_("No major was recognised; choose one before creating this resource."))
        return found
    rule = catalogue.rule(major)
    if rule is not None:
        check = naming.check_title(
            rule.pattern,
            recognition.get("title") or "",
            major=major,
            course=recognition.get("course"),
            module=recognition.get("module"),
            knowledge_points=recognition.get("knowledge_points") or [],
            resource_type=recognition.get("resource_type") or "",
        )
        found.extend(check.problems)
    return found


def folders_and_stem(path: str) -> tuple[list[str], str]:
    """``a/b/c.mp4`` → (["a", "b"], "c")."""
    pure = PurePosixPath(path)
    return list(pure.parts[:-1]), pure.stem


def recognise(
    *, path: str, asset, defaults: dict, catalogue: Catalogue, numbering: Numbering, manifest_rows=()
) -> Recognition:
    """Everything but the title suggestion (which waits until every name in the batch reserved its number)."""
    folders, stem = folders_and_stem(path)
    recognition = from_defaults(defaults, asset=asset)
    apply_folders(recognition, folders, catalogue)
    apply_name(recognition, stem, catalogue, numbering)
    for row in manifest_rows:
        apply_manifest(recognition, line=row.line, values=row.values, catalogue=catalogue)
    rule = catalogue.rule(recognition.get("major"))
    if rule is not None and recognition.origins.get("title") == MANIFEST:
        numbering.reserve(rule, recognition.get("major"), recognition.get("title"))
    return recognition
