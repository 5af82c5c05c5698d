//! `contract-lock [--check] [<repo-root>]`: writes `widgets/contract.lock.json`, the
//! public ids the content defines (zones, hotspots, layers; see
//! `explainers_compiler::public_ids`). With `--check` it changes nothing and fails,
//! naming each changed id, when the content's ids differ from the lock. The root
//! defaults to the repository this crate is in.

fn main() -> std::process::ExitCode {
    explainers_compiler::generated_file::main("contract-lock", explainers_compiler::public_ids::run)
}
