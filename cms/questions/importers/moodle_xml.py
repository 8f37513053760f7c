"""Moodle XML (C4, M5): import and export, so items move between Moodle sites and the bank.

Import maps Moodle's question types to the bank's:

- ``multichoice`` → single choice (``<single>true``) or multiple choice (every answer with a positive fraction is
  right; scored proportionally), ``truefalse`` → true/false, ``shortanswer`` → a blank whose accepted answers
  are the 100 % ones (``usecase`` decides case), ``matching`` → matching (a sub-question without text adds a
  distractor), ``ordering`` → ordering, ``essay`` → essay, or short answer when its box is at most 5 lines
  (``graderinfo`` is the reference answer); ``cloze`` only with short-answer blanks (``{1:SHORTANSWER:=…}``)
  → fill in the blanks; ``category`` and ``description`` are skipped (the latter with a warning); every other
  type is refused with its location.
- ``generalfeedback`` → explanation, ``defaultgrade`` → score, ``tags`` → tags. Per-answer feedback, penalties
  and hints are not kept.
- HTML text keeps formulas written ``$$…$$``, ``\\(…\\)`` or ``\\[…\\]`` as ``data-latex`` elements; images are
  the field's ``<file encoding="base64">`` referenced as ``@@PLUGINFILE@@/name``.

``export_moodle_xml(items, image_loader=…)`` writes the same shapes back (formulas as ``\\(…\\)`` / ``\\[…\\]``,
the site's images embedded), so an export imports again unchanged. Difficulty, knowledge points and the
partial-credit rule of multiple choice have no Moodle field and come back as the defaults. Case analyses and
practical tasks have no Moodle counterpart and are refused by ``export_moodle_xml``.
"""

from __future__ import annotations

import base64
import binascii
import html
import posixpath
import re
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from urllib.parse import quote, unquote
from xml.etree.ElementTree import Element, SubElement, tostring

from bs4 import BeautifulSoup
from django.utils.translation import gettext as _

from cms.questions.content import QuestionType
from cms.questions.importers.base import (
    BLANK,
    IMAGE_PATH,
    Collector,
    ExtractedImage,
    FileRejected,
    ImportResult,
    ItemRejected,
    check_size,
    latex_as_tex,
    new_item,
    option_key,
    parse_xml,
    reading,
    rich_html,
    text_html,
)
from cms.questions.services import ItemData

PLUGINFILE = "@@PLUGINFILE@@/"
CLOZE = re.compile(r"\{(\d*):([A-Z_]+):((?:\\.|[^\\}])*)\}")
CLOZE_BLANKS = {"SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC"}
SHORT_ANSWER_LINES = 5


class ExportError(Exception):
    """Items that cannot be written in the format; ``problems`` lists (item number, reason)."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        super().__init__("; ".join(f"{n}: {reason}" for n, reason in problems))
        self.problems = problems


# --- import -------------------------------------------------------------------------------------------------


def parse(data: bytes, *, filename: str) -> ImportResult:
    collector = Collector()
    with reading(collector, filename):
        check_size(data)
        root = parse_xml(data)
        if root.tag != "quiz":
            raise FileRejected(_("This is not a Moodle XML file (its root is not <quiz>)."))
        count = 0
        for question in root.iter("question"):
            kind = question.get("type", "")
            if kind == "category":
                continue
            count += 1
            name = (question.findtext("name/text") or "").strip()
            if name:
                location = _("question %(n)s “%(name)s”") % {"n": count, "name": name[:80]}
            else:
                location = _("question %(n)s") % {"n": count}
            if kind == "description":
                collector.warn(location, _("A description is not a question; it is skipped."))
                continue
            reader = _Question(question, collector)
            try:
                item = reader.item(kind)
            except ItemRejected as error:
                collector.error(location, error.message)
                continue
            if collector.add(location, item, images=reader.images):
                for note in reader.notes:
                    collector.warn(location, note)
        if count == 0:
            collector.error(filename, _("The file holds no questions."))
    return collector.finish()


def _fraction(element: Element) -> float:
    try:
        return float(element.get("fraction", "0"))
    except ValueError:
        raise ItemRejected(_("An answer’s fraction is not a number."))


class _Question:
    """One ``<question>`` read into ``ItemData``; images it uses go to the file's ``ImageBox``."""

    def __init__(self, element: Element, collector: Collector) -> None:
        self.element = element
        self.box = collector.images
        self.images: list[ExtractedImage] = []
        self.notes: list[str] = []

    def rich(self, field: Element | None, *, text: str | None = None) -> str:
        """A text field (``questiontext``, ``answer`` …) as the bank's HTML, its embedded images extracted."""
        if field is None:
            return ""
        raw = field.findtext("text") or "" if text is None else text
        files = {}
        for file in field.findall("file"):
            path = (file.get("path") or "/").strip("/")
            files[posixpath.join(path, file.get("name") or "")] = file

        def image(src: str) -> str | None:
            if not src.startswith(PLUGINFILE):
                return None
            name = unquote(src[len(PLUGINFILE) :]).split("?", 1)[0].lstrip("/")
            file = files.get(name)
            if file is None:
                return None
            if file.get("encoding", "base64") != "base64":
                raise ItemRejected(_("The file “%(name)s” is not base64-encoded.") % {"name": name})
            try:
                data = base64.b64decode("".join((file.text or "").split()), validate=True)
            except (binascii.Error, ValueError):
                raise ItemRejected(_("The file “%(name)s” is not valid base64.") % {"name": name})
            extracted = self.box.add(data, name)
            self.images.append(extracted)
            return IMAGE_PATH + extracted.name

        kind = field.get("format", "html")
        if kind == "html" or (kind == "moodle_auto_format" and "<" in raw):
            return rich_html(raw, images=image)
        return text_html(raw)

    def plain(self, field: Element | None) -> str:
        """An answer kept as plain text (blanks): tags dropped, entities decoded."""
        raw = (field.findtext("text") if field is not None else "") or ""
        return " ".join(BeautifulSoup(raw, "html.parser").get_text().split())

    def item(self, kind: str) -> ItemData:
        element = self.element
        reader = {
            "multichoice": self._multichoice,
            "truefalse": self._truefalse,
            "shortanswer": self._shortanswer,
            "cloze": self._cloze,
            "multianswer": self._cloze,
            "matching": self._matching,
            "ordering": self._ordering,
            "essay": self._essay,
        }.get(kind)
        if reader is None:
            raise ItemRejected(_("The question type “%(type)s” is not supported.") % {"type": kind or "?"})
        data = reader(self.rich(element.find("questiontext")))
        data.explanation = self.rich(element.find("generalfeedback"))
        grade = element.findtext("defaultgrade")
        if grade is not None and data.question_type != QuestionType.CASE:
            try:
                score = Decimal(grade.strip()).quantize(Decimal("0.01"))
            except (InvalidOperation, ValueError):
                raise ItemRejected(_("The default grade “%(grade)s” is not a number.") % {"grade": grade[:20]})
            if not Decimal(0) <= score <= Decimal(1000):
                raise ItemRejected(_("The score must be between 0 and 1000."))
            data.score = score
        data.tags = [t.strip()[:100] for t in (x.text or "" for x in element.findall("tags/tag/text")) if t.strip()]
        return data

    # one reader per Moodle type

    def _multichoice(self, stem: str) -> ItemData:
        single = (self.element.findtext("single") or "true").strip().lower() in ("true", "1")
        options, right, partial = [], [], []
        answers = self.element.findall("answer")
        if len(answers) > 26:
            raise ItemRejected(_("A question has at most 26 options."))
        for i, answer in enumerate(answers):
            key = option_key(i)
            options.append({"key": key, "text": self.rich(answer)})
            fraction = _fraction(answer)
            if single and fraction >= 99.99:
                right.append(key)
            elif fraction > 0:
                (partial if single else right).append(key)
        if single:
            if len(right) != 1:
                raise ItemRejected(_("A single choice needs exactly one option with fraction 100."))
            for key in partial:
                self.notes.append(
                    _("Partial credit for option %(key)s is dropped: a single choice has one right answer.")
                    % {"key": key}
                )
            return new_item(QuestionType.SINGLE, stem, {"options": options, "answer": right[0]})
        if not right:
            raise ItemRejected(_("No option has a positive fraction."))
        return new_item(QuestionType.MULTIPLE, stem, {"options": options, "answer": right, "partial": "proportional"})

    def _truefalse(self, stem: str) -> ItemData:
        answer = None
        for element in self.element.findall("answer"):
            if _fraction(element) >= 99.99:
                value = self.plain(element).lower()
                if value not in ("true", "false"):
                    raise ItemRejected(_("A true/false answer is “true” or “false”."))
                answer = value == "true"
        if answer is None:
            raise ItemRejected(_("Neither “true” nor “false” has fraction 100."))
        return new_item(QuestionType.TRUE_FALSE, stem, {"answer": answer})

    def _blank_answers(self, answers: Iterable[tuple[float, str]]) -> list[str]:
        accepted = []
        for fraction, text in answers:
            if fraction >= 99.99:
                if "*" in text:
                    raise ItemRejected(_("Wildcards (*) in accepted answers are not supported: “%(a)s”.") % {"a": text})
                accepted.append(text)
            elif fraction > 0:
                raise ItemRejected(
                    _("Partial credit for an accepted answer is not supported (“%(a)s”); accept it fully or drop it.")
                    % {"a": text}
                )
        if not accepted:
            raise ItemRejected(_("No accepted answer has fraction 100."))
        return accepted

    def _shortanswer(self, stem: str) -> ItemData:
        accepted = self._blank_answers((_fraction(a), self.plain(a)) for a in self.element.findall("answer"))
        case = (self.element.findtext("usecase") or "0").strip() == "1"
        return new_item(QuestionType.FILL_BLANK, stem, {"blanks": [{"answers": accepted, "ignore_case": not case}]})

    def _cloze(self, stem: str) -> ItemData:
        raw = self.element.findtext("questiontext/text") or ""
        blanks = []
        for match in CLOZE.finditer(raw):
            kind = match.group(2)
            if kind not in CLOZE_BLANKS:
                raise ItemRejected(
                    _("Embedded answers (cloze) are imported only as short-answer blanks; “%(kind)s” is not supported.")
                    % {"kind": kind}
                )
            answers = []
            for part in re.split(r"(?<!\\)~", match.group(3)):
                part = re.split(r"(?<!\\)#", part, maxsplit=1)[0]
                weight = re.match(r"^%(-?\d+(?:\.\d+)?)%", part)
                if weight:
                    fraction, part = float(weight.group(1)), part[weight.end() :]
                elif part.startswith("="):
                    fraction, part = 100.0, part[1:]
                else:
                    fraction = 0.0
                text = html.unescape(re.sub(r"\\(.)", r"\1", part)).strip()
                answers.append((fraction, text))
            blanks.append(
                {"answers": self._blank_answers(answers), "ignore_case": kind not in {"SHORTANSWER_C", "SAC", "MWC"}}
            )
        if not blanks:
            raise ItemRejected(_("The cloze text has no embedded answers."))
        text = CLOZE.sub(BLANK, raw)
        field = self.element.find("questiontext")
        return new_item(QuestionType.FILL_BLANK, self.rich(field, text=text), {"blanks": blanks})

    def _matching(self, stem: str) -> ItemData:
        left, right, pairs, right_keys = [], [], {}, {}
        for sub in self.element.findall("subquestion"):
            target = text_html(self.plain(sub.find("answer")))
            if not target:
                raise ItemRejected(_("A matching pair has no answer."))
            if target not in right_keys:
                right_keys[target] = option_key(len(right))
                right.append({"key": right_keys[target], "text": target})
            text = self.rich(sub)
            if text:
                key = str(len(left) + 1)
                left.append({"key": key, "text": text})
                pairs[key] = right_keys[target]
        return new_item(QuestionType.MATCHING, stem, {"left": left, "right": right, "answer": pairs})

    def _ordering(self, stem: str) -> ItemData:
        answers = self.element.findall("answer")
        if len(answers) > 26:
            raise ItemRejected(_("An ordering question has at most 26 items."))
        ordered = sorted(enumerate(answers), key=lambda pair: (_fraction(pair[1]), pair[0]))
        items = [{"key": option_key(i), "text": self.rich(answer)} for i, (_n, answer) in enumerate(ordered)]
        grading = (self.element.findtext("gradingtype") or "").strip().upper()
        partial = "none" if grading in ("ALL_OR_NOTHING", "-1") else "proportional"
        return new_item(
            QuestionType.ORDERING, stem, {"items": items, "answer": [i["key"] for i in items], "partial": partial}
        )

    def _essay(self, stem: str) -> ItemData:
        try:
            lines = int((self.element.findtext("responsefieldlines") or "15").strip())
        except ValueError:
            lines = 15
        kind = QuestionType.SHORT_ANSWER if lines <= SHORT_ANSWER_LINES else QuestionType.ESSAY
        return new_item(kind, stem, reference_answer=self.rich(self.element.find("graderinfo")))


# --- export -------------------------------------------------------------------------------------------------

ImageLoader = Callable[[str], "tuple[bytes, str] | None"]


def _fraction_text(value: float) -> str:
    return f"{value:.7f}".rstrip("0").rstrip(".") if value % 1 else str(int(value))


class _Writer:
    def __init__(self, image_loader: ImageLoader | None) -> None:
        self.image_loader = image_loader

    def text(self, parent: Element, tag: str, html_text: str, *, fmt: str = "html", **attrs) -> Element:
        """``<tag format="html"><text>…</text><file …/></tag>`` with formulas as TeX and images embedded."""
        field = SubElement(parent, tag, {"format": fmt, **attrs})
        soup = BeautifulSoup(latex_as_tex(html_text), "html.parser")
        names: dict[str, str] = {}
        for img in soup.find_all("img"):
            src = str(img.get("src", ""))
            if src not in names:
                loaded = self.image_loader(src) if self.image_loader else None
                if loaded is None:
                    raise ItemRejected(_("The image “%(src)s” could not be read.") % {"src": src})
                name = posixpath.basename(src.split("?", 1)[0]) or "image"
                if name in names.values():
                    name = f"{len(names) + 1}-{name}"
                names[src] = name
                file = SubElement(field, "file", {"name": name, "path": "/", "encoding": "base64"})
                file.text = base64.b64encode(loaded[0]).decode()
            img["src"] = PLUGINFILE + quote(names[src])
        text = Element("text")
        text.text = str(soup)
        field.insert(0, text)
        return field

    def question(self, data: ItemData) -> Element:
        kind = data.question_type
        content = data.content or {}
        moodle_type = {
            QuestionType.SINGLE: "multichoice",
            QuestionType.MULTIPLE: "multichoice",
            QuestionType.TRUE_FALSE: "truefalse",
            QuestionType.MATCHING: "matching",
            QuestionType.ORDERING: "ordering",
            QuestionType.SHORT_ANSWER: "essay",
            QuestionType.ESSAY: "essay",
        }.get(kind)
        stem = data.stem
        if kind == QuestionType.FILL_BLANK:
            moodle_type = "shortanswer" if len(content.get("blanks", [])) == 1 else "cloze"
        if moodle_type is None:
            raise ItemRejected(_("A %(type)s item has no Moodle XML counterpart.") % {"type": kind})
        question = Element("question", {"type": moodle_type})
        name = " ".join(BeautifulSoup(latex_as_tex(stem), "html.parser").get_text().split())[:50]
        SubElement(SubElement(question, "name"), "text").text = name or "-"
        if moodle_type == "cloze":
            stem = _cloze_stem(stem, content)
        self.text(question, "questiontext", stem)
        self.text(question, "generalfeedback", data.explanation or "")
        SubElement(question, "defaultgrade").text = _fraction_text(float(Decimal(str(data.score))))
        SubElement(question, "penalty").text = "0.3333333"
        SubElement(question, "hidden").text = "0"
        getattr(self, f"_{kind}")(question, content, data)
        if data.tags:
            tags = SubElement(question, "tags")
            for tag in data.tags:
                SubElement(SubElement(tags, "tag"), "text").text = tag
        return question

    def _choices(self, question: Element, content: dict, fractions: dict[str, str], single: bool) -> None:
        SubElement(question, "single").text = "true" if single else "false"
        SubElement(question, "shuffleanswers").text = "true"
        SubElement(question, "answernumbering").text = "ABCD"
        for option in content["options"]:
            answer = self.text(question, "answer", option["text"], fraction=fractions.get(option["key"], "0"))
            SubElement(SubElement(answer, "feedback", {"format": "html"}), "text").text = ""

    def _single(self, question: Element, content: dict, data: ItemData) -> None:
        self._choices(question, content, {content["answer"]: "100"}, single=True)

    def _multiple(self, question: Element, content: dict, data: ItemData) -> None:
        share = _fraction_text(100 / len(content["answer"]))
        fractions = {o["key"]: "-100" for o in content["options"]} | dict.fromkeys(content["answer"], share)
        self._choices(question, content, fractions, single=False)

    def _true_false(self, question: Element, content: dict, data: ItemData) -> None:
        for value in (True, False):
            answer = SubElement(question, "answer", {"fraction": "100" if content["answer"] is value else "0"})
            SubElement(answer, "text").text = "true" if value else "false"

    def _fill_blank(self, question: Element, content: dict, data: ItemData) -> None:
        if question.get("type") == "cloze":
            return
        blank = content["blanks"][0]
        SubElement(question, "usecase").text = "0" if blank.get("ignore_case", True) else "1"
        for accepted in blank["answers"]:
            answer = SubElement(question, "answer", {"fraction": "100", "format": "moodle_auto_format"})
            SubElement(answer, "text").text = accepted

    def _matching(self, question: Element, content: dict, data: ItemData) -> None:
        SubElement(question, "shuffleanswers").text = "true"
        right = {r["key"]: r["text"] for r in content["right"]}
        used = set(content["answer"].values())
        rows = [(row["text"], right[content["answer"][row["key"]]]) for row in content["left"]]
        rows += [("", r["text"]) for r in content["right"] if r["key"] not in used]
        for left_text, right_text in rows:
            sub = self.text(question, "subquestion", left_text)
            plain = " ".join(BeautifulSoup(latex_as_tex(right_text), "html.parser").get_text().split())
            SubElement(SubElement(sub, "answer"), "text").text = plain

    def _ordering(self, question: Element, content: dict, data: ItemData) -> None:
        SubElement(question, "layouttype").text = "VERTICAL"
        SubElement(question, "selecttype").text = "ALL"
        SubElement(question, "selectcount").text = "0"
        grading = "ALL_OR_NOTHING" if content.get("partial", "none") == "none" else "ABSOLUTE_POSITION"
        SubElement(question, "gradingtype").text = grading
        texts = {i["key"]: i["text"] for i in content["items"]}
        for position, key in enumerate(content["answer"], start=1):
            self.text(question, "answer", texts[key], fraction=str(position))

    def _essay(self, question: Element, content: dict, data: ItemData) -> None:
        lines = SHORT_ANSWER_LINES if data.question_type == QuestionType.SHORT_ANSWER else 15
        SubElement(question, "responseformat").text = "editor"
        SubElement(question, "responserequired").text = "1"
        SubElement(question, "responsefieldlines").text = str(lines)
        SubElement(question, "attachments").text = "0"
        self.text(question, "graderinfo", data.reference_answer or "")

    _short_answer = _essay


def _cloze_stem(stem: str, content: dict) -> str:
    """The stem with each ``____`` replaced by its blank's ``{1:SHORTANSWER:=a~=b}`` (extra blanks at the end)."""
    codes = []
    for blank in content["blanks"]:
        kind = "SHORTANSWER" if blank.get("ignore_case", True) else "SHORTANSWER_C"
        answers = "~".join(
            "=" + html.escape(re.sub(r"([}#~/\"\\])", r"\\\1", a), quote=False) for a in blank["answers"]
        )
        codes.append(f"{{1:{kind}:{answers}}}")
    pieces = stem.split(BLANK)
    out = [pieces[0]]
    for i, piece in enumerate(pieces[1:]):
        out.append(codes[i] if i < len(codes) else BLANK)
        out.append(piece)
    out.extend(" " + code for code in codes[len(pieces) - 1 :])
    return "".join(out)


def export_moodle_xml(items: Iterable[ItemData], *, image_loader: ImageLoader | None = None) -> bytes:
    """A Moodle XML quiz of ``items``; ``image_loader(src)`` gives (bytes, content type) of each image.

    Raises ``ExportError`` listing every item that cannot be written (case analyses, practical tasks, images
    that cannot be read)."""
    writer = _Writer(image_loader)
    quiz = Element("quiz")
    problems = []
    for n, data in enumerate(items, start=1):
        try:
            quiz.append(writer.question(data))
        except ItemRejected as error:
            problems.append((n, error.message))
    if problems:
        raise ExportError(problems)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(quiz, encoding="unicode").encode()
