#!/bin/sh
# Runs rustc as given. new-widget.test.mjs hands it to Cargo as RUSTC_WORKSPACE_WRAPPER
# for the copy of the repository, because Cargo hashes a workspace wrapper into the
# artifacts of the workspace's own crates (and of no dependency): the copy's crates, which
# Cargo would otherwise take for the repository's (same names, same paths relative to the
# workspace), then get artifacts of their own in the shared target directory. Without it,
# a binary built in the copy (with the copy's paths compiled in) was later taken as fresh
# by `cargo test -p explainers-compiler` and `make lint` in the repository.
exec "$@"
