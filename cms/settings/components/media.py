"""Media pipeline (M2, M3): upload limits, where resumable uploads are kept, archive safety limits.

Read by ``media_pipeline`` through ``django.conf.settings``; every value can be set in the environment.
"""

from pathlib import Path

from cms.settings.env import env_int, env_str

_var = Path(env_str("ZYK_VAR_DIR", str(Path(__file__).resolve().parents[3] / "var")))

# Largest single file (declared Upload-Length of a resumable upload, or any file given to the pipeline).
ZYK_UPLOAD_MAX_BYTES = env_int("ZYK_UPLOAD_MAX_BYTES", 2 * 1024**3)
# Partial uploads (<uuid>.part) live here, outside MEDIA_ROOT: they are not served and not yet checked.
ZYK_UPLOAD_DIR = Path(env_str("ZYK_UPLOAD_DIR", str(_var / "uploads")))
# An upload nobody touched for this long is removed (uploads_expire_task), finished or not.
ZYK_UPLOAD_EXPIRY_HOURS = env_int("ZYK_UPLOAD_EXPIRY_HOURS", 24)
# Files uploaded into a question bank and never imported are deleted after this many days (C4).
ZYK_QUESTION_IMPORT_EXPIRY_DAYS = env_int("ZYK_QUESTION_IMPORT_EXPIRY_DAYS", 7)

# ZIP archives (batch upload, HTML5 packages): refused as a whole beyond these limits.
ZYK_ARCHIVE_MAX_ENTRIES = env_int("ZYK_ARCHIVE_MAX_ENTRIES", 5000)
ZYK_ARCHIVE_MAX_UNCOMPRESSED_BYTES = env_int("ZYK_ARCHIVE_MAX_UNCOMPRESSED_BYTES", 8 * 1024**3)
ZYK_ARCHIVE_MAX_RATIO = env_int("ZYK_ARCHIVE_MAX_RATIO", 100)

# Permission-checked files on local storage: Django answers X-Accel-Redirect to this internal nginx
# location instead of streaming the bytes (empty: Django streams them, the embedded default only).
ZYK_X_ACCEL_PREFIX = env_str("ZYK_X_ACCEL_PREFIX", "")

# Conversion (media_pipeline.processors): what is refused before converting, and how long a converter may run
# before its whole process group is killed.
ZYK_MEDIA_MAX_DURATION_SECONDS = env_int("ZYK_MEDIA_MAX_DURATION_SECONDS", 4 * 3600)
ZYK_MEDIA_MAX_PIXELS = env_int("ZYK_MEDIA_MAX_PIXELS", 64_000_000)  # one image (or animation frame)
ZYK_MEDIA_MAX_VIDEO_PIXELS = env_int("ZYK_MEDIA_MAX_VIDEO_PIXELS", 8192 * 4320)  # one video frame: 8K
ZYK_MEDIA_MAX_PAGES = env_int("ZYK_MEDIA_MAX_PAGES", 1000)  # pages of a document once converted to PDF
ZYK_FFMPEG_TIMEOUT_SECONDS = env_int("ZYK_FFMPEG_TIMEOUT_SECONDS", 3 * 3600)  # one ffmpeg run
ZYK_LIBREOFFICE_TIMEOUT_SECONDS = env_int("ZYK_LIBREOFFICE_TIMEOUT_SECONDS", 300)  # one office → PDF conversion
ZYK_PDF_TIMEOUT_SECONDS = env_int("ZYK_PDF_TIMEOUT_SECONDS", 600)  # pdftoppm / pdftotext on one PDF
# libx264 preset of every video encode: "superfast" meets the 2-core benchmark (docs/benchmarks.md); slower
# presets ("veryfast", "faster") give smaller files for more CPU time.
ZYK_VIDEO_X264_PRESET = env_str("ZYK_VIDEO_X264_PRESET", "superfast")
