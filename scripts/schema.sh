#!/usr/bin/env bash
# `scripts/schema.sh check`: fail when api/schema.graphql differs from what the code generates.
# `scripts/schema.sh write`: regenerate api/schema.graphql (make schema).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

mode="${1:-check}"
out="$(mktemp --suffix=.graphql)"
trap 'rm -f "$out"' EXIT
"$PY" manage.py graphql_schema --schema api.schema.schema --out "$out" >/dev/null
case "$mode" in
  write)
    if cmp -s "$out" api/schema.graphql; then
      log "api/schema.graphql already up to date"
    else
      cp "$out" api/schema.graphql
      log "api/schema.graphql regenerated: commit it and run 'npm --prefix frontend run codegen'"
    fi
    ;;
  check)
    if ! diff -u api/schema.graphql "$out"; then
      echo "api/schema.graphql is out of date: run 'make schema' and commit it." >&2
      exit 1
    fi
    log "api/schema.graphql matches the code"
    ;;
  *)
    echo "usage: $0 check|write" >&2
    exit 2
    ;;
esac
