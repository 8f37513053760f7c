"""QTI 2.1 (C4, M5): import of assessment items (a single XML file or an IMS content package) and export.

Each ``assessmentItem`` holds one interaction kind:

- ``choiceInteraction`` → single choice (``maxChoices="1"``) or multiple choice; ``textEntryInteraction`` (one or
  more, inline) → fill in the blanks, each shown as ``____``, accepted answers from ``correctResponse`` and the
  mapping's positive entries (``caseSensitive``); ``matchInteraction`` → matching (first set left, second set
  right, ``directedPair`` values); ``orderInteraction`` → ordering; ``extendedTextInteraction`` → essay, or
  short answer when ``expectedLines`` ≤ 5. Other interactions are refused with their location.
- Partial credit: a ``mapping`` (``map_response``) scores proportionally, otherwise all or nothing.
- The item body without the interactions is the stem; a ``rubricBlock`` for scorers is the reference answer; the
  first ``modalFeedback`` is the explanation; ``MAXSCORE`` is the score.
- Formulas: MathML with a LaTeX annotation (``<annotation encoding="LaTeX">``) or ``$$…$$`` / ``\\(…\\)`` in
  text; MathML without one is refused. Images come from the package (paths relative to the item file).

``export_qti(items, image_loader=…)`` writes a content package (``imsmanifest.xml``, ``items/*.xml``, images)
that imports back unchanged; case analyses and practical tasks have no QTI counterpart and are refused.
"""

from __future__ import annotations

import html
import io
import posixpath
import zipfile
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from urllib.parse import unquote
from xml.etree.ElementTree import Element, SubElement, register_namespace, tostring

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
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
    SafeZip,
    check_size,
    local,
    new_item,
    option_key,
    parse_xml,
    reading,
    rich_html,
)
from cms.questions.importers.moodle_xml import ExportError, ImageLoader
from cms.questions.services import ItemData

QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1"
MATHML = "http://www.w3.org/1998/Math/MathML"
CP = "http://www.imsglobal.org/xsd/imscp_v1p1"
TEX_ENCODINGS = {"latex", "application/x-tex", "tex", "text/x-tex"}
INTERACTIONS = {
    "choiceInteraction",
    "textEntryInteraction",
    "matchInteraction",
    "orderInteraction",
    "extendedTextInteraction",
}
KEPT_ATTRIBUTES = {"src", "alt", "width", "height", "href", "colspan", "rowspan"}
SHORT_ANSWER_LINES = 5
register_namespace("", QTI)  # items are written with QTI as the default namespace
register_namespace("m", MATHML)


# --- import -------------------------------------------------------------------------------------------------


def parse(data: bytes, *, filename: str) -> ImportResult:
    collector = Collector()
    with reading(collector, filename):
        check_size(data)
        if data[:2] == b"PK":
            _package(SafeZip(data), collector)
        else:
            _item(parse_xml(data), _("question %(n)s") % {"n": 1}, None, "", collector)
    return collector.finish()


def _package(archive: SafeZip, collector: Collector) -> None:
    hrefs: list[str] = []
    if archive.has("imsmanifest.xml"):
        manifest = parse_xml(archive.read("imsmanifest.xml"))
        for resource in manifest.iter():
            if local(resource.tag) == "resource" and (resource.get("type") or "").startswith("imsqti_item_xmlv2p"):
                hrefs.append(posixpath.normpath(unquote(resource.get("href") or "")))
    else:
        hrefs = sorted(name for name in archive.names() if name.endswith(".xml"))
    if not hrefs:
        raise FileRejected(_("The package lists no QTI assessment items."))
    for n, href in enumerate(hrefs, start=1):
        location = _("question %(n)s (%(file)s)") % {"n": n, "file": href}
        if not archive.has(href):
            collector.error(location, _("The package has no file “%(name)s”.") % {"name": href})
            continue
        try:
            root = parse_xml(archive.read(href))
        except FileRejected as error:
            collector.error(location, error.message)
            continue
        _item(root, location, archive, posixpath.dirname(href), collector)


def _item(root: Element, location: str, archive: SafeZip | None, folder: str, collector: Collector) -> None:
    if local(root.tag) != "assessmentItem":
        collector.error(location, _("This is not a QTI assessment item (its root is <%(tag)s>).") % {"tag": root.tag})
        return
    title = root.get("title")
    if title:
        location = f"{location} “{title[:80]}”"
    reader = _Item(root, archive, folder, collector)
    try:
        data = reader.read()
    except ItemRejected as error:
        collector.error(location, error.message)
        return
    collector.add(location, data, images=reader.images)


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if local(child.tag) == name]


def _find(element: Element, name: str) -> Element | None:
    return next((e for e in element.iter() if local(e.tag) == name), None)


class _Item:
    def __init__(self, root: Element, archive: SafeZip | None, folder: str, collector: Collector) -> None:
        self.root = root
        self.archive = archive
        self.folder = folder
        self.box = collector.images
        self.images: list[ExtractedImage] = []
        self.responses = {r.get("identifier"): r for r in _children(root, "responseDeclaration")}

    # markup

    def html(self, element: Element, *, replace: Callable[[Element], str | None] | None = None) -> str:
        """The element's content as HTML; ``replace`` gives the HTML for an interaction ("" to drop it)."""
        parts = [html.escape(element.text or "", quote=False)]
        for child in element:
            name = local(child.tag)
            replacement = replace(child) if replace else None
            if replacement is not None:
                parts.append(replacement)
            elif name == "math":
                parts.append(self.math(child))
            elif name == "div" and child.get("class") == "stem":  # the wrapper ``export_qti`` writes
                parts.append(self.html(child, replace=replace))
            elif name in INTERACTIONS or name in ("rubricBlock", "modalFeedback"):
                pass
            else:
                attrs = "".join(
                    f' {k}="{html.escape(v)}"' for k, v in child.attrib.items() if local(k) in KEPT_ATTRIBUTES
                )
                parts.append(f"<{name}{attrs}>{self.html(child, replace=replace)}</{name}>")
            parts.append(html.escape(child.tail or "", quote=False))
        return "".join(parts)

    def math(self, element: Element) -> str:
        for node in element.iter():
            if local(node.tag) == "annotation" and (node.get("encoding") or "").lower() in TEX_ENCODINGS:
                latex = html.escape((node.text or "").strip())
                tag = "div" if element.get("display") == "block" else "span"
                return f'<{tag} data-latex="{latex}">{latex}</{tag}>'
        raise ItemRejected(_("A MathML formula has no LaTeX annotation; only LaTeX formulas can be imported."))

    def rich(self, element: Element | None, **kwargs) -> str:
        return rich_html(self.html(element, **kwargs), images=self.image) if element is not None else ""

    def image(self, src: str) -> str | None:
        if self.archive is None or "://" in src or src.startswith(("/", "data:")):
            return None
        name = posixpath.normpath(posixpath.join(self.folder, unquote(src)))
        if name.startswith("..") or not self.archive.has(name):
            return None
        extracted = self.box.add(self.archive.read(name), name)
        self.images.append(extracted)
        return IMAGE_PATH + extracted.name

    # the item

    def values(self, identifier: str | None) -> list[str]:
        response = self.responses.get(identifier)
        correct = _find(response, "correctResponse") if response is not None else None
        return [(v.text or "").strip() for v in _children(correct, "value")] if correct is not None else []

    def partial(self, identifier: str | None, otherwise: str = "none") -> str:
        response = self.responses.get(identifier)
        return "proportional" if response is not None and _find(response, "mapping") is not None else otherwise

    def read(self) -> ItemData:
        body = _find(self.root, "itemBody")
        if body is None:
            raise ItemRejected(_("The item has no itemBody."))
        kinds = set()
        for node in body.iter():
            name = local(node.tag)
            if name.endswith("Interaction"):
                if name not in INTERACTIONS:
                    raise ItemRejected(_("The interaction “%(name)s” is not supported.") % {"name": name})
                kinds.add(name)
        if len(kinds) != 1:
            raise ItemRejected(
                _("An item needs exactly one kind of interaction; this one has %(n)s.") % {"n": len(kinds)}
            )
        kind = kinds.pop()
        interaction = _find(body, kind)
        data = getattr(self, f"_{kind}")(body, interaction)
        feedback = _find(self.root, "modalFeedback")
        data.explanation = self.rich(feedback)
        for rubric in body.iter():
            if local(rubric.tag) == "rubricBlock" and "scorer" in (rubric.get("view") or ""):
                data.reference_answer = self.rich(rubric)
        for outcome in _children(self.root, "outcomeDeclaration"):
            if outcome.get("identifier") == "MAXSCORE":
                value = _find(outcome, "value")
                try:
                    data.score = Decimal((value.text or "").strip()).quantize(Decimal("0.01"))
                except (InvalidOperation, AttributeError):
                    raise ItemRejected(_("MAXSCORE is not a number."))
        return data

    def stem(self, body: Element, interaction: Element) -> str:
        """The body with the interaction's prompt in its place and the interaction itself left out."""

        def replace(child: Element) -> str | None:
            if child is interaction:
                prompt = _find(child, "prompt")
                return self.html(prompt) if prompt is not None else ""
            return None

        return self.rich(body, replace=replace)

    def choices(self, interaction: Element, name: str = "simpleChoice") -> tuple[list[dict], dict[str, str]]:
        elements = [c for c in interaction.iter() if local(c.tag) == name]
        if len(elements) > 26:
            raise ItemRejected(_("A question has at most 26 options."))
        keys = {c.get("identifier"): option_key(i) for i, c in enumerate(elements)}
        return [{"key": keys[c.get("identifier")], "text": self.rich(c)} for c in elements], keys

    def _choiceInteraction(self, body: Element, interaction: Element) -> ItemData:
        options, keys = self.choices(interaction)
        identifier = interaction.get("responseIdentifier")
        answer = [keys.get(v, v) for v in self.values(identifier)]
        stem = self.stem(body, interaction)
        if interaction.get("maxChoices", "1") == "1" and set(keys) == {"T", "F"}:  # how export_qti writes true/false
            if len(answer) != 1:
                raise ItemRejected(_("A single choice needs exactly one correct value."))
            return new_item(QuestionType.TRUE_FALSE, stem, {"answer": answer[0] == keys["T"]})
        if interaction.get("maxChoices", "1") == "1":
            if len(answer) != 1:
                raise ItemRejected(_("A single choice needs exactly one correct value."))
            return new_item(QuestionType.SINGLE, stem, {"options": options, "answer": answer[0]})
        content = {"options": options, "answer": answer, "partial": self.partial(identifier)}
        return new_item(QuestionType.MULTIPLE, stem, content)

    def _textEntryInteraction(self, body: Element, interaction: Element) -> ItemData:
        blanks = []

        def replace(child: Element) -> str | None:
            if local(child.tag) != "textEntryInteraction":
                return None
            identifier = child.get("responseIdentifier")
            accepted = list(self.values(identifier))
            case = False
            response = self.responses.get(identifier)
            for entry in response.iter() if response is not None else []:
                if local(entry.tag) == "mapEntry" and float(entry.get("mappedValue") or 0) > 0:
                    if entry.get("mapKey") not in accepted:
                        accepted.append(entry.get("mapKey") or "")
                    case = case or entry.get("caseSensitive") == "true"
            if not any(a.strip() for a in accepted):
                raise ItemRejected(_("A blank has no correct answer."))
            blanks.append({"answers": [a for a in accepted if a.strip()], "ignore_case": not case})
            return BLANK

        stem = self.rich(body, replace=replace)
        return new_item(QuestionType.FILL_BLANK, stem, {"blanks": blanks})

    def _matchInteraction(self, body: Element, interaction: Element) -> ItemData:
        sets = [s for s in interaction.iter() if local(s.tag) == "simpleMatchSet"]
        if len(sets) != 2:
            raise ItemRejected(_("A match interaction needs two sets."))
        sources = [c for c in sets[0] if local(c.tag) == "simpleAssociableChoice"]
        targets = [c for c in sets[1] if local(c.tag) == "simpleAssociableChoice"]
        left_keys = {c.get("identifier"): str(i + 1) for i, c in enumerate(sources)}
        right_keys = {c.get("identifier"): option_key(i) for i, c in enumerate(targets)}
        left = [{"key": left_keys[c.get("identifier")], "text": self.rich(c)} for c in sources]
        right = [{"key": right_keys[c.get("identifier")], "text": self.rich(c)} for c in targets]
        identifier = interaction.get("responseIdentifier")
        pairs = {}
        for value in self.values(identifier):
            source, _space, target = value.partition(" ")
            if source not in left_keys or target.strip() not in right_keys:
                raise ItemRejected(_("The correct pair “%(pair)s” names unknown choices.") % {"pair": value})
            pairs[left_keys[source]] = right_keys[target.strip()]
        content = {"left": left, "right": right, "answer": pairs, "partial": self.partial(identifier)}
        return new_item(QuestionType.MATCHING, self.stem(body, interaction), content)

    def _orderInteraction(self, body: Element, interaction: Element) -> ItemData:
        items, keys = self.choices(interaction)
        identifier = interaction.get("responseIdentifier")
        order = [keys.get(v, v) for v in self.values(identifier)]
        content = {"items": items, "answer": order, "partial": self.partial(identifier)}
        return new_item(QuestionType.ORDERING, self.stem(body, interaction), content)

    def _extendedTextInteraction(self, body: Element, interaction: Element) -> ItemData:
        try:
            lines = int(interaction.get("expectedLines") or 15)
        except ValueError:
            lines = 15
        kind = QuestionType.SHORT_ANSWER if lines <= SHORT_ANSWER_LINES else QuestionType.ESSAY
        return new_item(kind, self.stem(body, interaction))


# --- export -------------------------------------------------------------------------------------------------


def _q(name: str) -> str:
    return f"{{{QTI}}}{name}"


class _Writer:
    def __init__(self, image_loader: ImageLoader | None) -> None:
        self.image_loader = image_loader
        self.files: dict[str, bytes] = {}  # package path → bytes
        self.by_src: dict[str, str] = {}

    def image(self, src: str) -> str:
        if src not in self.by_src:
            loaded = self.image_loader(src) if self.image_loader else None
            if loaded is None:
                raise ItemRejected(_("The image “%(src)s” could not be read.") % {"src": src})
            name = posixpath.basename(src.split("?", 1)[0]) or "image"
            if f"items/images/{name}" in self.files:
                name = f"{len(self.files) + 1}-{name}"
            self.files[f"items/images/{name}"] = loaded[0]
            self.by_src[src] = f"images/{name}"
        return self.by_src[src]

    def flow(self, parent: Element, html_text: str, *, blanks: list[Element] | None = None) -> None:
        """The bank's HTML as QTI XHTML under ``parent``: formulas as MathML with a LaTeX annotation, images
        into the package, and (for blanks) each ``____`` replaced by the next of ``blanks``."""
        soup = BeautifulSoup(html_text or "", "html.parser")
        pending = list(blanks or [])

        def text(target: Element, last: Element | None, value: str) -> Element | None:
            pieces = value.split(BLANK) if blanks is not None else [value]
            for i, piece in enumerate(pieces):
                if i:
                    blank = pending.pop(0) if pending else None
                    if blank is None:
                        piece = BLANK + piece
                    else:
                        target.append(blank)
                        last = blank
                if last is None:
                    target.text = (target.text or "") + piece
                else:
                    last.tail = (last.tail or "") + piece
            return last

        def walk(target: Element, node: Tag) -> None:
            last = None
            for child in node.children:
                if isinstance(child, Comment):
                    continue
                if isinstance(child, NavigableString):
                    last = text(target, last, str(child))
                    continue
                if not isinstance(child, Tag):
                    continue
                if child.has_attr("data-latex"):
                    element = SubElement(target, f"{{{MATHML}}}math")
                    if child.name == "div":
                        element.set("display", "block")
                    semantics = SubElement(element, f"{{{MATHML}}}semantics")
                    SubElement(semantics, f"{{{MATHML}}}mrow")
                    SubElement(semantics, f"{{{MATHML}}}annotation", {"encoding": "LaTeX"}).text = str(
                        child["data-latex"]
                    )
                else:
                    attrs = {k: str(v) for k, v in child.attrs.items() if k in KEPT_ATTRIBUTES}
                    if child.name == "img":
                        attrs["src"] = self.image(attrs.get("src", ""))
                        attrs.setdefault("alt", "")
                    element = SubElement(target, _q(child.name), attrs)
                    walk(element, child)
                last = element

        walk(parent, soup)
        if pending:
            paragraph = SubElement(parent, _q("p"))
            for blank in pending:
                paragraph.append(blank)

    def response(self, item: Element, identifier: str, cardinality: str, base: str, values: list[str]) -> Element:
        response = SubElement(
            item,
            _q("responseDeclaration"),
            {"identifier": identifier, "cardinality": cardinality, "baseType": base},
        )
        if values:
            correct = SubElement(response, _q("correctResponse"))
            for value in values:
                SubElement(correct, _q("value")).text = value
        return response

    def item(self, data: ItemData, identifier: str) -> Element:
        kind = data.question_type
        if kind in (QuestionType.CASE, QuestionType.PRACTICAL):
            raise ItemRejected(_("A %(type)s item has no QTI counterpart.") % {"type": kind})
        content = data.content or {}
        title = " ".join(BeautifulSoup(data.stem, "html.parser").get_text().split())[:50] or identifier
        item = Element(
            _q("assessmentItem"),
            {"identifier": identifier, "title": title, "adaptive": "false", "timeDependent": "false"},
        )
        mapped = False
        if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
            cardinality = "single" if kind == QuestionType.SINGLE else "multiple"
            answer = content["answer"] if isinstance(content["answer"], list) else [content["answer"]]
            response = self.response(item, "RESPONSE", cardinality, "identifier", answer)
            if content.get("partial", "none") != "none" and kind == QuestionType.MULTIPLE:
                mapped = self.mapping(response, {key: 1 / len(answer) for key in answer}, default=-1)
        elif kind == QuestionType.TRUE_FALSE:
            self.response(item, "RESPONSE", "single", "identifier", ["T" if content["answer"] else "F"])
        elif kind == QuestionType.FILL_BLANK:
            for n, blank in enumerate(content["blanks"], start=1):
                response = self.response(item, f"RESPONSE_{n}", "single", "string", blank["answers"][:1])
                mapping = SubElement(response, _q("mapping"), {"defaultValue": "0"})
                for accepted in blank["answers"]:
                    SubElement(
                        mapping,
                        _q("mapEntry"),
                        {
                            "mapKey": accepted,
                            "mappedValue": "1",
                            "caseSensitive": "false" if blank.get("ignore_case", True) else "true",
                        },
                    )
            mapped = True
        elif kind == QuestionType.MATCHING:
            pairs = [f"L{left} R{right}" for left, right in content["answer"].items()]
            response = self.response(item, "RESPONSE", "multiple", "directedPair", pairs)
            if content.get("partial", "proportional") != "none":
                mapped = self.mapping(response, {p: 1 / len(pairs) for p in pairs}, default=0)
        elif kind == QuestionType.ORDERING:
            response = self.response(item, "RESPONSE", "ordered", "identifier", content["answer"])
            if content.get("partial", "none") != "none":
                mapped = True
                SubElement(response, _q("mapping"), {"defaultValue": "0"})
        else:
            self.response(item, "RESPONSE", "single", "string", [])
        outcome = SubElement(
            item, _q("outcomeDeclaration"), {"identifier": "MAXSCORE", "cardinality": "single", "baseType": "float"}
        )
        SubElement(SubElement(outcome, _q("defaultValue")), _q("value")).text = str(
            Decimal(str(data.score)).quantize(Decimal("0.01"))
        )
        SubElement(
            item, _q("outcomeDeclaration"), {"identifier": "SCORE", "cardinality": "single", "baseType": "float"}
        )
        body = SubElement(item, _q("itemBody"))
        self.body(body, data, content)
        if data.reference_answer:
            self.flow(SubElement(body, _q("rubricBlock"), {"view": "scorer"}), data.reference_answer)
        template = "map_response" if mapped else "match_correct"
        SubElement(
            item,
            _q("responseProcessing"),
            {"template": f"http://www.imsglobal.org/question/qti_v2p1/rptemplates/{template}"},
        )
        if data.explanation:
            feedback = SubElement(
                item,
                _q("modalFeedback"),
                {"outcomeIdentifier": "FEEDBACK", "identifier": "SOLUTION", "showHide": "show"},
            )
            self.flow(feedback, data.explanation)
        return item

    def mapping(self, response: Element, values: dict[str, float], *, default: float) -> bool:
        mapping = SubElement(
            response, _q("mapping"), {"defaultValue": str(default), "lowerBound": "0", "upperBound": "1"}
        )
        for key, value in values.items():
            SubElement(mapping, _q("mapEntry"), {"mapKey": key, "mappedValue": f"{value:.7f}"})
        return True

    def body(self, body: Element, data: ItemData, content: dict) -> None:
        kind = data.question_type
        if kind == QuestionType.FILL_BLANK:
            blanks = [
                Element(_q("textEntryInteraction"), {"responseIdentifier": f"RESPONSE_{n}", "expectedLength": "10"})
                for n in range(1, len(content["blanks"]) + 1)
            ]
            self.flow(SubElement(body, _q("div"), {"class": "stem"}), data.stem, blanks=blanks)
            return
        self.flow(SubElement(body, _q("div"), {"class": "stem"}), data.stem)
        if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE):
            max_choices = "1" if kind != QuestionType.MULTIPLE else "0"
            interaction = SubElement(
                body,
                _q("choiceInteraction"),
                {"responseIdentifier": "RESPONSE", "shuffle": "true", "maxChoices": max_choices},
            )
            options = content.get("options") or [{"key": "T", "text": "正确"}, {"key": "F", "text": "错误"}]
            for option in options:
                self.flow(SubElement(interaction, _q("simpleChoice"), {"identifier": option["key"]}), option["text"])
        elif kind == QuestionType.MATCHING:
            interaction = SubElement(
                body,
                _q("matchInteraction"),
                {"responseIdentifier": "RESPONSE", "shuffle": "true", "maxAssociations": str(len(content["left"]))},
            )
            for prefix, rows, limit in (("L", content["left"], "1"), ("R", content["right"], "0")):
                group = SubElement(interaction, _q("simpleMatchSet"))
                for row in rows:
                    choice = SubElement(
                        group,
                        _q("simpleAssociableChoice"),
                        {"identifier": f"{prefix}{row['key']}", "matchMax": limit},
                    )
                    self.flow(choice, row["text"])
        elif kind == QuestionType.ORDERING:
            interaction = SubElement(
                body, _q("orderInteraction"), {"responseIdentifier": "RESPONSE", "shuffle": "true"}
            )
            for row in content["items"]:
                self.flow(SubElement(interaction, _q("simpleChoice"), {"identifier": row["key"]}), row["text"])
        else:
            lines = str(SHORT_ANSWER_LINES if kind == QuestionType.SHORT_ANSWER else 15)
            SubElement(body, _q("extendedTextInteraction"), {"responseIdentifier": "RESPONSE", "expectedLines": lines})


def export_qti(items: Iterable[ItemData], *, image_loader: ImageLoader | None = None) -> bytes:
    """A QTI 2.1 content package (zip) of ``items``; ``image_loader(src)`` gives (bytes, content type).

    Raises ``ExportError`` listing every item that cannot be written."""
    writer = _Writer(image_loader)
    problems, written = [], []
    for n, data in enumerate(items, start=1):
        identifier = f"item-{n}"
        try:
            element = writer.item(data, identifier)
        except ItemRejected as error:
            problems.append((n, error.message))
            continue
        xml = b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(element, encoding="unicode").encode()
        writer.files[f"items/{identifier}.xml"] = xml
        written.append(identifier)
    if problems:
        raise ExportError(problems)
    images = "".join(f'<file href="{html.escape(p)}"/>' for p in writer.files if p.startswith("items/images/"))
    resources = "".join(
        f'<resource identifier="{i}" type="imsqti_item_xmlv2p1" href="items/{i}.xml">'
        f'<file href="items/{i}.xml"/>{images}</resource>'
        for i in written
    )
    manifest = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<manifest xmlns="{CP}" identifier="zyk-questions">'
        f"<organizations/><resources>{resources}</resources></manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("imsmanifest.xml", manifest)
        for path, data in writer.files.items():
            archive.writestr(path, data)
    return out.getvalue()
