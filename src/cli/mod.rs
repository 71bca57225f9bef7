//! Command-line flags (defined here, with their docs) and dispatch. Each subcommand
//! lives in its own file. Exit codes: 0 success, 1 the program or check failed,
//! 2 gradebox's own error (bad flags, unreadable file, missing runtime).

mod agree;
mod check;
mod exec;
mod export;
mod grader;
mod humaneval;
mod import;
mod limits;
mod report;
mod run;
mod runtime;
mod screen;
mod serve;
mod task;

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
    Run(run::RunArgs),
    /// Write one self-contained HTML report of a batch, to look at and share.
    Report(report::ReportArgs),
    /// Validate tasks against their reference and wrong solutions.
    #[command(subcommand)]
    Task(task::TaskCommand),
    /// Compare results with human judgments: agreement, kappa, alpha, disagreements.
    Agree(agree::AgreeArgs),
    /// Triage results before human review: auto-reject, auto-decide, queue the rest.
    Screen(screen::ScreenArgs),
    /// Carry results into other tools: Label Studio projects, preference pairs for training.
    #[command(subcommand)]
    Export(export::ExportCommand),
    /// Turn benchmark data (MBPP, APPS, LiveCodeBench, CodeContests) into task folders.
    Import(import::ImportArgs),
    /// Grade HumanEval samples with the official harness's semantics, sandboxed; pass@k.
    #[command(name = "humaneval")]
    HumanEval(humaneval::HumanEvalArgs),
    /// Write, build and test WebAssembly graders.
    #[command(subcommand)]
    Grader(grader::GraderCommand),
    /// Grade over HTTP: gradebox's API, a Label Studio ML backend, SandboxFusion's /run_code.
    Serve(serve::ServeArgs),
    /// Install or list the language runtimes (CPython, QuickJS-NG).
    #[command(subcommand)]
    Runtime(runtime::RuntimeCommand),
}

pub fn dispatch(args: Args) -> Result<ExitCode> {
    match args.command {
        Command::Exec(a) => exec::main(a),
        Command::Check(a) => check::main(a),
        Command::Run(a) => run::main(a),
        Command::Report(a) => report::main(a),
        Command::Task(c) => task::main(c),
        Command::Grader(c) => grader::main(c),
        Command::HumanEval(a) => humaneval::main(a),
        Command::Agree(a) => agree::main(a),
        Command::Screen(a) => screen::main(a),
        Command::Export(c) => export::main(c),
        Command::Import(a) => import::main(a),
        Command::Runtime(c) => runtime::main(c),
        Command::Serve(a) => serve::main(a),
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
    let mut config = SandboxConfig {
        cache_dir: Some(home.compiled()),
        parallel: jobs > 1,
        notices: std::sync::Arc::new(say),
        ..SandboxConfig::default()
    };
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

/// How wide people's output may be: the terminal's width, else `COLUMNS`, else
/// unbounded (piped output is not cut).
pub(crate) fn output_width() -> crate::report::compare::Width {
    let term = console::Term::stdout();
    if term.is_term() {
        return crate::report::compare::Width(Some(term.size().1 as usize));
    }
    crate::report::compare::Width(std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()))
}

/// How the CLI passes on what the library has to say: one line on stderr.
pub(crate) fn say(msg: &str) {
    eprintln!("gradebox: {msg}");
}

/// A results file's result lines; lines that are neither results nor input-error
/// records are named on stderr, never dropped silently.
fn read_results(path: &std::path::Path) -> Result<Vec<crate::result::ResponseResult>> {
    let file = crate::result::read_results(path)?;
    for why in &file.unreadable {
        eprintln!("gradebox: skipped {why}");
    }
    Ok(file.results)
}
