"""Wagtail admin and search."""

from cms.settings.env import env_str

WAGTAIL_SITE_NAME = "ZYK 专业教学资源库"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "ppt", "pptx", "xls", "xlsx", "txt", "csv"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_HEADLESS_PREVIEW = {"CLIENT_URLS": {"default": env_str("ZYK_PREVIEW_URL", "http://127.0.0.1:8000/preview")}}
WAGTAIL_USER_CUSTOM_FIELDS = ["real_name", "phone"]
# The last approval publishes the approved revision; for resources the approval is the authority (M1).
WAGTAIL_FINISH_WORKFLOW_ACTION = "cms.resources.workflow_actions.workflow_finished"
