# One entry point for people and CI. Every target installs what it needs first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
DEV_CORPUS ?= ../shared/corpus/dev
CDK_CLI_VERSION := 2.1148.1
CDK := node_modules/.bin/cdk
CDK_FLAGS ?=        # e.g. CDK_FLAGS='-c stage=prod -c retain_data=true'
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20

.PHONY: install run test train eval bench lint format synth deploy destroy lint-infra system-deps clean

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e ".[train,service,infra,dev]"
	touch $@

install: $(INSTALLED)

## The API on http://127.0.0.1:3000 against an embedded AWS emulator (Ctrl-C stops everything).
run: install
	$(BIN)/python -m infra.local_runtime

## The whole suite, as CI runs it.
test: install system-deps $(CDK) lint
	$(BIN)/pytest

## Rebuild the synthetic corpus and retrain the packaged model (layers/doc_classifier/model/artifacts).
train: install
	$(BIN)/python -m training

## Accuracy report of the local model on the real dev documents.
eval: install
	$(BIN)/doc-classifier eval $(DEV_CORPUS)

## Speed, memory and accuracy figures reported in the README: in-process, `doc-classifier learn` on the
## logistics walkthrough, the running service (bench/report.md and its charts, the issue's 2,000-document
## burst included; BENCH_FLAGS='--issue-burst 0' skips it), then a 100-page scanned packet through the
## async path (bench/packets.md).
BENCH_FLAGS ?=
bench: install
	$(BIN)/python -m bench.in_process $(DEV_CORPUS)
	$(BIN)/python -m bench.learn
	$(BIN)/python -m bench $(DEV_CORPUS) $(BENCH_FLAGS)
	$(BIN)/python -m bench.packets

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy layers functions infra training bench

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

$(CDK):
	npm install --no-save --no-audit --no-fund aws-cdk@$(CDK_CLI_VERSION)

## CloudFormation template in cdk.out (layers built with pip for the Lambda platform; no Docker).
synth: install $(CDK)
	$(CDK) synth --quiet --no-validation --no-notices $(CDK_FLAGS)

## Deploy to the account/region of your AWS credentials (run `cdk bootstrap` once per account/region).
deploy: install $(CDK)
	$(CDK) deploy --all --no-validation --require-approval broadening --outputs-file cdk-outputs.json $(CDK_FLAGS)

destroy: install $(CDK)
	$(CDK) destroy --all --force $(CDK_FLAGS)

# Settings (ignored checks, regions) in .cfnlintrc, which `sam validate --lint` reads too.
lint-infra: synth
	$(BIN)/cfn-lint -- cdk.out/*.template.json

# Debian packages some tests need (headless Chromium for the Swagger UI check).
system-deps:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

clean:
	rm -rf $(VENV) var cdk.out node_modules .pytest_cache .mypy_cache .ruff_cache
