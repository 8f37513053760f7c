#!/usr/bin/env bash
# Render deploy/nginx.conf for loopback use on this machine and check or run it.
#   scripts/nginx-local.sh check               nginx -t on the rendered production config (make test)
#   scripts/nginx-local.sh run PORT UPSTREAM   foreground nginx on 127.0.0.1:PORT -> UPSTREAM (make bench)
# Only listen address, upstream and file paths change; every caching rule is the production one.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

mode="${1:-check}"
port="${2:-8003}"
upstream="${3:-127.0.0.1:8002}"
dir="$ROOT/var/nginx-$mode"
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

render() {
  rm -rf "$dir"
  mkdir -p "$dir/logs"
  sed -e "s#^pid .*#pid $dir/nginx.pid;#" \
    -e "s#^error_log .*#error_log $dir/logs/error.log warn;#" \
    -e "s#access_log /dev/stdout;#access_log off;#" \
    -e "s#/tmp/nginx-client-body#$dir/client-body#" \
    -e "s#/tmp/nginx-proxy#$dir/proxy#" \
    -e "s#/var/cache/nginx/graphql#$dir/cache#" \
    -e "s#server web:8000;#server $upstream;#" \
    -e "s#listen 80 default_server;#listen 127.0.0.1:$port default_server;#" \
    -e "s#/srv/static/#$ROOT/static_collected/#" \
    -e "s#/srv/media/#$ROOT/var/media/#" \
    deploy/nginx.conf >"$dir/nginx.conf"
  if grep -nE 'web:8000|listen 80 |/srv/|/tmp/nginx' "$dir/nginx.conf"; then
    echo "nginx-local.sh: deploy/nginx.conf changed shape; update the substitutions above" >&2
    exit 1
  fi
}

render
case "$mode" in
  check)
    "$NGINX" -t -q -p "$dir/" -e "$dir/logs/error.log" -c "$dir/nginx.conf"
    log "deploy/nginx.conf: syntax ok"
    ;;
  run) exec "$NGINX" -p "$dir/" -e "$dir/logs/error.log" -c "$dir/nginx.conf" -g 'daemon off;' ;;
  *)
    echo "usage: $0 check | run PORT UPSTREAM" >&2
    exit 2
    ;;
esac
