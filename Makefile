# The two commands a fresh machine needs:
#   make serve   set up, build, serve the teaching page on http://127.0.0.1:8080
#   make test    set up, then run every tier of tests and every gate
# Set-up (scripts/setup.sh) is idempotent and skips what is already installed.

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
CHROMEDRIVER ?= /usr/bin/chromedriver
PORT ?= 8080

.PHONY: serve test bench setup build lint content-status test-native test-browser test-firefox test-e2e budget \
	test-version test-types test-scaffold test-contract test-package test-sites test-webkit test-wordpress test-bundlers

serve: setup build
	node scripts/serve.mjs dist $(PORT)

test: export EXPLAINERS_FIREFOX = 1
test: export EXPLAINERS_SITES = 1
test: export EXPLAINERS_WEBKIT = 1
test: export EXPLAINERS_WORDPRESS = 1
test: export EXPLAINERS_BUNDLERS = 1
test: setup lint test-version test-types test-native test-scaffold test-browser test-firefox build budget test-e2e

setup:
	@scripts/setup.sh

# The public address dist/ is served from, for the link cards' absolute URLs (og:url,
# og:image, oEmbed): https, ending in / (`make build PUBLIC_URL=https://example.org/explainers/`).
# Without it the pages in each language are still written, with no absolute URL, and the
# build says so once (scripts/linkcards.mjs).
PUBLIC_URL ?=

# The teaching page (trunk), then the bundle: every wasm variant, the data files, the
# CSS, all content-hashed, the manifest inside dist/explainers.js and the WordPress
# plugin zipped (dist/wordpress/east-asia-explainers.zip); then the link cards: the page
# in each language (ja/, en/) and each widget's embed page with their Open Graph meta,
# and, with PUBLIC_URL, the card images and oEmbed files.
build:
	trunk build --release
	node scripts/bundle.mjs dist
	node scripts/linkcards.mjs dist --public-url '$(PUBLIC_URL)'

# The content's claims: how many, which are past their recheck_by, and each entry's,
# card's and place's oldest check (the date readers are shown); fails on invalid content.
content-status:
	cargo run -q -p explainers-compiler --bin content-status -- widgets

lint:
	# Commit subjects of 72 characters or fewer since the rule began.
	node scripts/commit-subjects.mjs
	cargo fmt --all --check
	# The view! blocks, formatted by leptosfmt (then cargo fmt): `leptosfmt src && cargo fmt --all`.
	leptosfmt --check src
	# No view function (a #[component], or a function returning impl IntoView) over 100
	# lines, so that a widget's structure reads in one place (issue 23); the lint's own test.
	node --test tests/lint/
	node scripts/view-length.mjs src
	cargo run -q -p explainers-compiler --bin page-index -- --check
	cargo run -q -p explainers-compiler --bin elements-types -- --check
	cargo run -q -p explainers-compiler --bin elements-manifest -- --check
	cargo run -q -p explainers-compiler --bin elements-vscode -- --check
	# The reference tables of docs/api.md.
	cargo run -q -p explainers-compiler --bin elements-doc -- --check
	# The WordPress plugin's element table (the generated block of wordpress/east-asia-explainers.php).
	cargo run -q -p explainers-compiler --bin wordpress-plugin -- --check
	# The map layers' geometry is what its inputs make (tools/geometry, reproducible offline).
	cargo run -q -p hotspot-map-geometry -- layers node_modules/world-atlas/countries-10m.json --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	# Each variant's feature set on its own (Cargo.toml's [[bin]]s, read by scripts/variants.mjs;
	# scripts/bundle.mjs builds them all).
	set -o pipefail; node scripts/variants.mjs --features | while read -r features; do \
		cargo clippy --target wasm32-unknown-unknown --no-default-features --features "$$features" --lib --bins -- -D warnings || exit 1; \
	done
	# The public ids the content defines are the ones widgets/contract.lock.json records.
	cargo run -q -p explainers-compiler --bin contract-lock -- --check
	# The glossary format and the `check` command's validator, as they ship (wasm32).
	cargo clippy --target wasm32-unknown-unknown -p glossary-format -p glossary-check --lib -- -D warnings

test-native:
	cargo test --workspace

# The scaffold for a new widget (scripts/new-widget.mjs), in a copy of the tracked files: a
# bad tag refused; the new widget compiled, formatted and through the content checks;
# ARCHITECTURE.md's checklist the one it prints. Cargo shares target/ (or CARGO_TARGET_DIR),
# so it builds only the copy's own crates (about three minutes).
test-scaffold:
	node --test --test-timeout=1800000 tests/scaffold/

# The browser tests, in headless Chromium, then in Firefox ESR (geckodriver).
test-browser:
	env -u GECKODRIVER CHROMEDRIVER=$(CHROMEDRIVER) cargo test --target wasm32-unknown-unknown --test 'browser_*'

test-firefox:
	env -u CHROMEDRIVER GECKODRIVER=$(HOME)/.cargo/bin/geckodriver cargo test --target wasm32-unknown-unknown --test 'browser_*'

# The size budget, from bytes (deterministic): fails above it, printing the figures.
budget:
	node bench/budget.mjs

test-e2e:
	# A test that hangs fails after five minutes instead of holding CI.
	node --test --test-timeout=300000 tests/e2e/

# The npm package's version is the crate's: package.json, the pinned CDN URLs in the
# README and docs/, the CHANGELOG (npm pack's prepack also checks dist/).
test-version:
	node scripts/sync-version.mjs

# The TypeScript declarations (types/), each checked by tsc against an example in
# tests/types/ (the DOM, React 19, Preact, Solid, Astro against a stub of astroHTML),
# and the React example in docs/embedding/frameworks.md.
test-types:
	node tests/types/check.mjs

# Parts of test-e2e, one at a time (after `make build`): the documented contract (the
# generated custom-elements.json, docs/api.md's theming and parts) against the built
# bundle; pack, install and serve the package; the Hugo and Jekyll guides
# built with Debian's hugo and jekyll (EXPLAINERS_SITES=1 scripts/setup.sh installs them);
# every widget used in WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver, on Xvfb;
# EXPLAINERS_WEBKIT=1 scripts/setup.sh installs them; skipped when EXPLAINERS_WEBKIT is
# unset, failing when it is 1 and they are missing); the WordPress plugin in Debian's
# WordPress on PHP's built-in server and MariaDB, posts saved by each role
# (EXPLAINERS_WORDPRESS=1 scripts/setup.sh installs them, services not started; skipped
# and failing as WebKit's).
test-contract:
	node --test tests/e2e/contract.test.mjs

test-package:
	node --test tests/e2e/package.test.mjs

test-sites:
	node --test tests/e2e/sites.test.mjs

test-webkit: export EXPLAINERS_WEBKIT = 1
test-webkit:
	node --test tests/e2e/webkit.test.mjs

test-wordpress: export EXPLAINERS_WORDPRESS = 1
test-wordpress:
	node --test tests/e2e/wordpress.test.mjs

# The package in a bundled app (tests/bundlers/vite-react: Vite + React 19 + TypeScript,
# and webpack and esbuild builds of its entries), installed from `npm pack`'s tarball:
# both routes, Vite's dev server too. It runs `npm ci` in the app when its lockfile
# changed; skipped when EXPLAINERS_BUNDLERS is unset.
test-bundlers: export EXPLAINERS_BUNDLERS = 1
test-bundlers:
	node --test tests/e2e/bundlers.test.mjs

# Builds the release bundle, serves it on 127.0.0.1, drives headless Chromium and
# prints the table (also bench/results/latest.json and the table in docs/performance.md).
bench: export EXPLAINERS_BENCH = 1
bench: setup build
	node bench/run.mjs
