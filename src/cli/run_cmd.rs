//! `gradebox run`: the batch for pre-screening.

use crate::report::summary;
use crate::run::{BatchOptions, run_batch};
use crate::runtime::MissingRuntime;
use anyhow::Result;
use clap::Parser;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
pub struct RunArgs {
    /// Folder of task folders (or one task folder).
    #[arg(long)]
    pub tasks: PathBuf,
    /// JSONL, one response a line: {"task", "response", "language", "code"}.
    #[arg(long)]
    pub responses: PathBuf,
    /// Where result lines are appended.
    #[arg(long, default_value = "results.jsonl")]
    pub out: PathBuf,
    /// Parallel workers (default: one per core).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Continue an earlier run: skip pairs that already have a result in --out.
    #[arg(long)]
    pub resume: bool,
}

pub fn run(a: RunArgs) -> Result<ExitCode> {
    // The tasks' own memory caps are checked against the host once they are loaded.
    let jobs = super::jobs(a.jobs, 0)?;
    let runtimes = super::runtimes_for(None, MissingRuntime::Install, jobs)?;
    let opts = BatchOptions { tasks: a.tasks, responses: a.responses, out: a.out, jobs, resume: a.resume };
    let s = run_batch(&runtimes, &opts)?;
    eprint!("{}", summary::batch(&s, &opts.out));
    Ok(ExitCode::SUCCESS)
}
