#!/usr/bin/env bash
# Run pytest (settings from pyproject: cms.settings.test; PostgreSQL when DATABASE_URL is set).
# Exit status 5 ("no tests ran") is turned into a failure with a clear message: an empty run
# must never look green.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

set +e
"$BIN/pytest" "$@"
rc=$?
set -e
if ((rc == 5)); then
  echo "pytest collected no tests (exit 5): failing, an empty test run is not a pass." >&2
  exit 1
fi
exit "$rc"
