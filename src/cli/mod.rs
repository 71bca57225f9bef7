//! Command-line flags (defined here, with their docs) and dispatch. Each subcommand
//! lives in its own file. Exit codes: 0 success, 1 the program or check failed,
//! 2 gradebox's own error (bad flags, unreadable file, missing runtime).

mod agree_cmd;
mod check;
mod exec;
mod export_cmd;
mod grader_cmd;
mod humaneval_cmd;
mod import_cmd;
mod run_cmd;
mod runtime_cmd;
mod screen_cmd;
mod task_cmd;

use crate::runtime::home::Home;
use crate::runtime::{MissingRuntime, Runtimes};
use crate::sandbox::{Sandbox, SandboxConfig};
use anyhow::Result;
use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "gradebox",
    version,
    about = "Run model-written code and WebAssembly graders under hard limits; turn answers into correctness signals."
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run one program in the sandbox and report how it ended.
    Exec(exec::ExecArgs),
    /// Grade responses to one task side by side: a table per test, a sentence comparing them.
    Check(check::CheckArgs),
    /// Grade a JSONL batch of responses across all cores (resumable).
    Run(run_cmd::RunArgs),
    /// Validate tasks against their reference and wrong solutions.
    #[command(subcommand)]
    Task(task_cmd::TaskCommand),
    /// Compare results with human judgments: agreement, kappa, alpha, disagreements.
    Agree(agree_cmd::AgreeArgs),
    /// Triage results before human review: auto-reject, auto-decide, queue the rest.
    Screen(screen_cmd::ScreenArgs),
    /// Carry results into other tools: Label Studio projects, preference pairs for training.
    #[command(subcommand)]
    Export(export_cmd::ExportCommand),
    /// Turn benchmark data (MBPP, APPS, LiveCodeBench, CodeContests) into task folders.
    Import(import_cmd::ImportArgs),
    /// Grade HumanEval samples with the official harness's semantics, sandboxed; pass@k.
    #[command(name = "humaneval")]
    HumanEval(humaneval_cmd::HumanEvalArgs),
    /// Write, build and test WebAssembly graders.
    #[command(subcommand)]
    Grader(grader_cmd::GraderCommand),
    /// Install or list the language runtimes (CPython, QuickJS-NG).
    #[command(subcommand)]
    Runtime(runtime_cmd::RuntimeCommand),
}

pub fn dispatch(args: Args) -> Result<ExitCode> {
    match args.command {
        Command::Exec(a) => exec::run(a),
        Command::Check(a) => check::run(a),
        Command::Run(a) => run_cmd::run(a),
        Command::Task(c) => task_cmd::run(c),
        Command::Grader(c) => grader_cmd::run(c),
        Command::HumanEval(a) => humaneval_cmd::run(a),
        Command::Agree(a) => agree_cmd::run(a),
        Command::Screen(a) => screen_cmd::run(a),
        Command::Export(c) => export_cmd::run(c),
        Command::Import(a) => import_cmd::run(a),
        Command::Runtime(c) => runtime_cmd::run(c),
    }
}

/// The runtimes with default settings, installing what is missing (benches, tools).
pub fn shared_runtimes() -> Result<Runtimes> {
    runtimes(None, MissingRuntime::Install)
}

/// The sandbox and runtimes every command shares: compiled code cached under the home.
pub(crate) fn runtimes(max_wasm_stack: Option<usize>, missing: MissingRuntime) -> Result<Runtimes> {
    runtimes_for(max_wasm_stack, missing, 1)
}

/// As `runtimes`, tuned for `jobs` runs at once.
pub(crate) fn runtimes_for(max_wasm_stack: Option<usize>, missing: MissingRuntime, jobs: usize) -> Result<Runtimes> {
    let home = Home::from_env();
    let mut config = SandboxConfig { cache_dir: Some(home.compiled()), parallel: jobs > 1, ..SandboxConfig::default() };
    if let Some(stack) = max_wasm_stack {
        config.max_wasm_stack = stack;
    }
    Ok(Runtimes::new(Sandbox::new(&config)?, home, missing))
}

/// The number of parallel runs: `requested` or one per core, refused when that many
/// runs at their memory cap could take more than the host can give (see
/// docs/SECURITY.md: each run's linear memory is capped, so jobs × cap bounds it).
pub(crate) fn jobs(requested: Option<usize>, memory_cap_mb: u64) -> Result<usize> {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let jobs = requested.unwrap_or(cores);
    if jobs == 0 || jobs > 256 {
        anyhow::bail!("--jobs must be between 1 and 256");
    }
    crate::sandbox::limits::check_host_memory(jobs, memory_cap_mb << 20)?;
    Ok(jobs)
}
