# ZYK developer commands. Two of them set everything up on a fresh Debian/Ubuntu machine:
#   make run    install (once), build the SPA, migrate, load the demo, run web + worker + beat
#   make test   every check CI runs, stopping at the first failure
# `make help` lists the rest. Scripts live in scripts/ (bash, set -euo pipefail).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:
# `make test` must stop at the first failure, in order, even if someone passes -j.
.NOTPARALLEL:
MAKEFLAGS += --no-print-directory

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py

# Stamps: reinstall only when the pinned inputs change.
PY_STAMP := $(VENV)/.requirements.stamp
NODE_STAMP := frontend/node_modules/.package-lock.stamp
SPA_INDEX := frontend/web/dist/index.html
SPA_SOURCES := $(shell find frontend/web frontend/shared \
	\( -name node_modules -o -name dist -o -name test-results -o -name playwright-report -o -name e2e \) -prune \
	-o -type f -print 2>/dev/null)

.PHONY: help install run migrate demo spa schema \
	test lint lint-py lint-imports check-infra check-django check-migrations check-deploy check-schema \
	test-py test-web test-e2e e2e-server bench clean

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z0-9_-]+:.*## / {printf "  make %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# ---- installation ------------------------------------------------------------------------------

$(PY):
	$(PYTHON) -m venv $(VENV)

$(PY_STAMP): requirements.txt | $(PY)
	$(PY) -m pip install --disable-pip-version-check --no-input -r requirements.txt
	@touch $@

$(NODE_STAMP): frontend/package.json frontend/package-lock.json
	npm --prefix frontend ci --no-audit --no-fund
	@touch $@

$(SPA_INDEX): $(NODE_STAMP) $(SPA_SOURCES)
	npm --prefix frontend run build
	@touch $@

install: $(PY_STAMP) $(NODE_STAMP) ## create .venv and frontend/node_modules (only when the locks changed)

spa: $(SPA_INDEX) ## build the SPA into frontend/web/dist (only when its sources changed)

# ---- running -----------------------------------------------------------------------------------

run: install spa ## migrate, load the demo, then web on http://127.0.0.1:8000 + worker + beat (Ctrl-C stops)
	@bash scripts/run.sh

migrate: $(PY_STAMP) ## apply migrations to the configured database
	$(MANAGE) migrate --noinput

demo: migrate ## load the demo library, the demo accounts and the review examples (idempotent)
	$(MANAGE) load_demo
	$(MANAGE) create_demo_accounts
	$(MANAGE) load_demo_reviews

schema: $(PY_STAMP) ## regenerate api/schema.graphql from the code
	@bash scripts/schema.sh write

e2e-server: install spa ## the end-to-end test server alone (fresh SQLite in var/e2e, port 8001), foreground
	@bash scripts/e2e-server.sh

bench: $(PY_STAMP) ## load benchmark of the home-page GraphQL query and password login (locust) + hash cost + resource search (100k resources, PostgreSQL) + media pipeline (real worker: video, docx, photos) + 500 learners submitting one self-test (PostgreSQL); writes docs/benchmarks.md
	@bash scripts/bench.sh

# ---- tests -------------------------------------------------------------------------------------
# Prerequisites run in the order written and make stops at the first failure.

test: lint check-infra check-django test-py test-web test-e2e ## everything CI runs
	@echo "make test: all checks passed"

lint: lint-py lint-imports ## ruff (lint + format) and import-linter

lint-py: $(PY_STAMP)
	@echo "--- ruff"
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

lint-imports: $(PY_STAMP)
	@echo "--- import-linter"
	$(BIN)/lint-imports

check-infra: $(PY_STAMP) ## docker-compose config, hadolint, nginx -t
	@echo "--- docker-compose config / hadolint / nginx"
	docker-compose -f docker-compose.yml config -q
	$(BIN)/hadolint Dockerfile
	@bash scripts/nginx-local.sh check

check-django: check-migrations check-deploy check-schema ## migrations, deploy checklist, schema drift

check-migrations: $(PY_STAMP)
	@echo "--- makemigrations --check"
	$(MANAGE) makemigrations --check --dry-run

check-deploy: $(PY_STAMP)
	@echo "--- check --deploy (production settings)"
	@bash scripts/check-deploy.sh

check-schema: $(PY_STAMP)
	@echo "--- GraphQL schema drift"
	@bash scripts/schema.sh check

test-py: $(PY_STAMP) ## pytest (PostgreSQL when DATABASE_URL is set); "no tests ran" fails
	@echo "--- pytest"
	@bash scripts/pytest.sh

test-web: $(NODE_STAMP) ## Vitest, codegen drift and TypeScript
	@echo "--- frontend: vitest, codegen:check, typecheck"
	npm --prefix frontend test
	npm --prefix frontend run codegen:check
	npm --prefix frontend run typecheck

test-e2e: install spa ## Playwright against a fresh demo server on 127.0.0.1:8001
	@echo "--- browser end-to-end tests"
	@bash scripts/e2e.sh

clean: ## remove build output and test state (keeps .venv, node_modules and var/db.sqlite3)
	rm -rf frontend/web/dist var/e2e var/bench var/nginx-check var/nginx-run var/check-deploy.sqlite3 \
		.pytest_cache .ruff_cache
