"""Forms of the resource library in the Wagtail admin (M1, M2, M3, C3).

``ResourceAdminForm`` is the snippet form of ``Resource``: instead of the raw ``asset`` relation it takes a
file, which goes through the media pipeline (sniffed, measured, stored) and the same rules as
``cms.resources.services``: the type comes from the file, a duplicate is refused with a link to the
resource that already holds it, titles follow the major's naming rule, course and module belong to the
chosen major and course. ``BatchUploadForm`` collects the files and the batch-level attributes of a batch
upload (the recognition itself is ``cms.resources.batches``).
"""

import hashlib
import tempfile
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm

from cms.accounts.models import Organisation
from cms.accounts.roles import PlatformRole
from cms.core.errors import DomainError
from cms.courses.models import CoursePage, KnowledgePoint, OutlineItem
from cms.majors.models import MajorPage
from cms.resources import permissions
from cms.resources.batches import MAX_UPLOADS
from cms.resources.models import (
    AudienceLevel,
    Licence,
    NamingRule,
    Resource,
    ResourceSource,
    ResourceType,
    Visibility,
)
from cms.resources.search import search_document_update
from cms.resources.services import DuplicateResourceError, duplicate_of, type_for_asset
from cms.resources.titles import rule_for, title_problems, title_suggest
from cms.resources.uploads import asset_discard
from media_pipeline.errors import MediaError, format_bytes
from media_pipeline.services import asset_create_from_file

# Types that need no file (everything else is typed by its file).
FILELESS_TYPES = (ResourceType.TEXT, ResourceType.LINK)


def sees_every_organisation(user) -> bool:
    """Superusers and the system administrator are not limited to the institutions of their roles."""
    return bool(user and (user.is_superuser or getattr(user, "platform_role", "") == PlatformRole.SYSTEM_ADMIN))


def upload_too_large(uploaded) -> str | None:
    """The media pipeline's own message when ``uploaded`` is over the configured limit (None when it fits)."""
    limit = settings.ZYK_UPLOAD_MAX_BYTES
    if uploaded.size <= limit:
        return None
    return _("“%(name)s” is larger than the limit of %(limit)s.") % {
        "name": uploaded.name,
        "limit": format_bytes(limit),
    }


def write_to(uploaded, path: Path) -> str:
    """Copy an uploaded file to ``path`` chunk by chunk; its SHA-256 (the pipeline's checksum)."""
    digest = hashlib.sha256()
    with path.open("wb") as handle:
        for chunk in uploaded.chunks():
            handle.write(chunk)
            digest.update(chunk)
    return digest.hexdigest()


def _point_label(point: KnowledgePoint) -> str:
    return f"{point.name}（{point.get_kind_display()}）"


class ResourceAdminForm(WagtailAdminModelForm):
    """The admin form of a resource: metadata plus one file, checked like the services check it."""

    upload = forms.FileField(
        label=gettext_lazy("Upload file"),
        required=False,
        help_text=gettext_lazy(
            "The type is taken from the file; its content must agree with its extension. Very large files "
            "(video) upload more reliably, and resume after a dropped connection, in the web app under "
            "My resources › Upload."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.new_asset = None
        self.saved_asset = self.instance.asset if self.instance.asset_id else None
        user = self.for_user
        course_ids = self._course_ids()
        if "organisation" in self.fields:
            field = self.fields["organisation"]
            if not sees_every_organisation(user):
                allowed = permissions.creatable_organisations(user) if user else Organisation.objects.none()
                if self.instance.organisation_id:  # keep the current one selectable when editing
                    allowed = allowed | Organisation.objects.filter(pk=self.instance.organisation_id)
                field.queryset = allowed.order_by("path")
            else:
                field.queryset = Organisation.objects.order_by("path")
        if "major" in self.fields:
            self.fields["major"].queryset = MajorPage.objects.order_by("code")
            self.fields["major"].label_from_instance = lambda major: f"{major.code} {major.title}"
        if "course" in self.fields:
            self.fields["course"].queryset = CoursePage.objects.order_by("path")
        if "module" in self.fields:
            self.fields["module"].queryset = OutlineItem.objects.filter(course_id__in=course_ids)
            self.fields["module"].label_from_instance = lambda item: item.title
            if not course_ids:
                self.fields["module"].help_text = _("Choose the course and save: its modules are offered here.")
        if "knowledge_points" in self.fields:
            field = self.fields["knowledge_points"]
            field.queryset = KnowledgePoint.objects.filter(course_id__in=course_ids).order_by("course_id", "sort_order")
            field.label_from_instance = _point_label
            if not course_ids:
                field.help_text = _("Choose the course and save: its knowledge and skill points are offered here.")
        if "resource_type" in self.fields:
            field = self.fields["resource_type"]
            field.required = False
            field.choices = [("", _("From the file"))] + list(ResourceType.choices)
            field.help_text = _(
                "Leave as it is to take the type from the file; choose text or external link for those."
            )
        if "title" in self.fields:
            self.fields["title"].required = False
            self.fields["title"].help_text = self._title_help()
        if self.saved_asset is not None:
            current = _("Current file: %(name)s (%(kind)s, %(size)s). Choose another file to replace it.") % {
                "name": self.saved_asset.original_filename,
                "kind": self.saved_asset.get_kind_display(),
                "size": format_bytes(self.saved_asset.size),
            }
            self.fields["upload"].help_text = f"{current} {self.fields['upload'].help_text}"

    # ---- choices -----------------------------------------------------------------------------------

    def _course_ids(self) -> list[int]:
        """Courses whose modules and points are offered: the one being chosen and the one saved."""
        ids = []
        if self.is_bound:
            value = self.data.get(self.add_prefix("course"))
            if value and str(value).isdigit():
                ids.append(int(value))
        if self.instance.course_id:
            ids.append(self.instance.course_id)
        return list(dict.fromkeys(ids))

    def _title_help(self) -> str:
        major = self.instance.major if self.instance.major_id else None
        rule = rule_for(major)
        if rule is not None:
            text = _("Naming rule of %(major)s: %(pattern)s.") % {"major": major.title, "pattern": rule.pattern}
        else:
            rules = list(NamingRule.objects.select_related("major").order_by("major__code")[:5])
            text = (
                _("Naming rules: %(rules)s.") % {"rules": "；".join(f"{r.major.title} {r.pattern}" for r in rules)}
                if rules
                else _("No naming rule is set for this major.")
            )
        return f"{text} {_('Leave empty to use the suggested title.')}"

    # ---- validation ------------------------------------------------------------------------------

    def clean(self):
        cleaned = super().clean()
        uploaded = cleaned.get("upload")
        current = self.instance.asset if self.instance.asset_id else None
        asset = current
        if uploaded:
            asset = self._asset_from(uploaded, current)
            if asset is None:
                return cleaned
        resource_type = self._clean_type(cleaned, asset, replaced=asset is not current)
        if resource_type is None:
            return cleaned
        cleaned["resource_type"] = resource_type
        if asset is not current and not self._refuse_duplicate(asset):
            return cleaned
        self.instance.asset = asset
        self._clean_relations(cleaned)
        self._clean_title(cleaned, asset)
        organisation = cleaned.get("organisation")
        if (
            organisation is not None
            and organisation.pk != self.instance.organisation_id
            and not sees_every_organisation(self.for_user)
            and not permissions.can_create_in(self.for_user, organisation)
        ):
            self.add_error(
                "organisation",
                _("You can add resources only for institutions where you are a teacher or an editor."),
            )
        return cleaned

    def _asset_from(self, uploaded, current):
        """The checked, stored asset of the uploaded file (the current one when it is the same file)."""
        too_large = upload_too_large(uploaded)
        if too_large:
            self.add_error("upload", too_large)
            return None
        with tempfile.TemporaryDirectory(prefix="zyk-admin-") as folder:
            path = Path(folder) / ("upload" + Path(uploaded.name).suffix.lower()[:16])
            checksum = write_to(uploaded, path)
            if current is not None and current.checksum == checksum:
                return current
            try:
                asset = asset_create_from_file(path=path, filename=uploaded.name)
            except MediaError as error:
                self.add_error("upload", error.message)
                return None
        self.new_asset = asset
        return asset

    def _clean_type(self, cleaned, asset, *, replaced: bool) -> str | None:
        requested = cleaned.get("resource_type") or None
        if replaced and "resource_type" not in self.changed_data:
            requested = None  # a new file decides the type unless the person chose one just now
        if asset is None:
            if requested not in FILELESS_TYPES:
                self.add_error("upload", _("Upload a file, or choose text or external link."))
                return None
            return requested
        try:
            return type_for_asset(asset, requested)
        except DomainError as error:
            self.add_error("resource_type" if error.field == "resource_type" else "upload", error.message)
            return None

    def _refuse_duplicate(self, asset) -> bool:
        """True when ``asset`` is new to the library; otherwise a form error linking to the existing resource."""
        existing = duplicate_of(asset, exclude_pk=self.instance.pk)
        if existing is None:
            return True
        url = reverse(Resource.snippet_viewset.get_url_name("edit"), args=[existing.pk])
        message = format_html(
            '{} <a href="{}">{}</a>',
            DuplicateResourceError(existing).message,
            url,
            _("Open “%(title)s”") % {"title": existing.title},
        )
        self.add_error("upload", ValidationError(message, code="duplicate"))
        return False

    def _clean_relations(self, cleaned) -> None:
        course = cleaned.get("course")
        points = list(cleaned.get("knowledge_points") or [])
        foreign = [point for point in points if course is None or point.course_id != course.pk]
        if foreign:
            self.add_error(
                "knowledge_points",
                _("“%(name)s” is not a point of the chosen course.") % {"name": foreign[0].name},
            )

    def _clean_title(self, cleaned, asset) -> None:
        """Suggest a title when none is given; refuse one that breaks the naming rule (C3)."""
        major = cleaned.get("major")
        if major is None or self.has_error("title"):
            return
        points = list(cleaned.get("knowledge_points") or [])
        title = (cleaned.get("title") or "").strip()
        if not title:
            title = (
                title_suggest(
                    major=major,
                    course=cleaned.get("course"),
                    module=cleaned.get("module"),
                    knowledge_point=points[0] if points else None,
                    resource_type=cleaned.get("resource_type") or "",
                )
                or (asset.original_filename.rsplit(".", 1)[0] if asset else "")
            )[:200]
            if not title:
                self.add_error("title", _("Give the resource a title."))
                return
        cleaned["title"] = title
        probe = Resource(
            title=title,
            major=major,
            course=cleaned.get("course"),
            module=cleaned.get("module"),
            resource_type=cleaned.get("resource_type") or "",
        )
        probe.knowledge_points = points
        problems = title_problems(probe)
        if problems:
            self.add_error("title", " ".join(problems))

    def _update_errors(self, errors):
        # The model reports a missing file on ``asset``, which is not a field of this form: show it on the upload.
        if hasattr(errors, "error_dict") and "asset" in errors.error_dict:
            errors.error_dict.setdefault("upload", []).extend(errors.error_dict.pop("asset"))
        super()._update_errors(errors)

    def full_clean(self):
        super().full_clean()
        if self._errors and self.new_asset is not None:
            asset_discard(self.new_asset)  # refused: the file made for it goes too
            self.new_asset = None
            self.instance.asset = self.saved_asset

    # ---- saving ----------------------------------------------------------------------------------

    def save(self, commit=True):
        instance = self.instance
        if instance._state.adding and instance.owner_id is None and self.for_user is not None:
            instance.owner = self.for_user
        if instance.organisation_id:
            instance.school = permissions.school_of(instance.organisation)
        instance = super().save(commit=commit)
        if commit and not instance.live:
            search_document_update(instance)  # unpublished rows follow their draft, so their index does too
        return instance


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented pattern); each is checked like a single file."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


class BatchUploadForm(forms.Form):
    """Files of a batch upload and the attributes every item inherits (M3)."""

    files = MultipleFileField(
        label=gettext_lazy("Files"),
        required=False,
        allow_empty_file=True,
        help_text=gettext_lazy(
            "Choose files, zip archives or a whole folder. Folder names and file names that follow the naming "
            "rule are recognised as course, module and knowledge point."
        ),
    )
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(), label=gettext_lazy("Building institution")
    )
    major = forms.ModelChoiceField(queryset=MajorPage.objects.order_by("code"), label=gettext_lazy("Major"))
    course = forms.ModelChoiceField(
        queryset=CoursePage.objects.order_by("path"),
        label=gettext_lazy("Course"),
        required=False,
        help_text=gettext_lazy("Leave empty to recognise the course from folder and file names."),
    )
    source = forms.ChoiceField(choices=ResourceSource.choices, label=gettext_lazy("Source"))
    licence = forms.ChoiceField(choices=Licence.choices, label=gettext_lazy("Licence"))
    audience_level = forms.ChoiceField(
        choices=AudienceLevel.choices, label=gettext_lazy("Audience level"), initial=AudienceLevel.HIGHER
    )
    visibility = forms.ChoiceField(choices=Visibility.choices, label=gettext_lazy("Visibility"))
    download_requires_login = forms.BooleanField(
        label=gettext_lazy("Downloading requires login"), required=False, initial=True
    )
    keywords = forms.CharField(
        label=gettext_lazy("Keywords"),
        required=False,
        max_length=500,
        help_text=gettext_lazy("Separate keywords with commas."),
    )
    authors = forms.CharField(
        label=gettext_lazy("Authors"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("One author a line: name, then organisation after a comma (王明, 示范职业技术学院)."),
    )
    rights_holder = forms.CharField(label=gettext_lazy("Rights holder"), required=False, max_length=128)
    description = forms.CharField(
        label=gettext_lazy("Description"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if sees_every_organisation(user):
            self.fields["organisation"].queryset = Organisation.objects.order_by("path")
        else:
            self.fields["organisation"].queryset = permissions.creatable_organisations(user).order_by("path")
        self.fields["major"].label_from_instance = lambda major: f"{major.code} {major.title}"

    def clean_files(self):
        files = self.cleaned_data["files"]
        if not files:
            raise ValidationError(_("Choose at least one file."))
        if len(files) > MAX_UPLOADS:
            raise ValidationError(_("At most %(limit)d files at a time.") % {"limit": MAX_UPLOADS})
        return files

    def clean(self):
        cleaned = super().clean()
        major, course = cleaned.get("major"), cleaned.get("course")
        if major and course and course.get_parent().pk != major.pk:
            self.add_error("course", _("This course does not belong to the chosen major."))
        return cleaned

    def relative_paths(self) -> list[str]:
        """Folder path of each file as the browser sent it (``relative_path`` fields, in file order)."""
        return list(self.data.getlist("relative_path")) if hasattr(self.data, "getlist") else []

    def defaults(self) -> dict:
        """The batch attributes in the shape ``resource_batch_prepare`` takes."""
        data = self.cleaned_data
        authors = []
        for line in (data.get("authors") or "").splitlines():
            name, _sep, organisation_name = line.replace("，", ",").partition(",")
            if name.strip():
                authors.append({"name": name.strip(), "organisation_name": organisation_name.strip()})
        keywords = [k.strip() for k in (data.get("keywords") or "").replace("，", ",").split(",") if k.strip()]
        return {
            "organisation_id": data["organisation"].pk,
            "major_id": data["major"].pk,
            "course_id": data["course"].pk if data.get("course") else None,
            "module_id": None,
            "knowledge_point_ids": [],
            "keywords": keywords,
            "source": data["source"],
            "licence": data["licence"],
            "audience_level": data["audience_level"],
            "visibility": data["visibility"],
            "download_requires_login": data["download_requires_login"],
            "authors": authors,
            "rights_holder": data.get("rights_holder") or "",
            "description": data.get("description") or "",
        }
