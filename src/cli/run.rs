//! `gradebox run`: the batch for pre-screening.

use crate::batch::{BatchEvent, BatchOptions, run_batch};
use crate::report::summary;
use crate::runtime::MissingRuntime;
use anyhow::Result;
use clap::Parser;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit status: 0 when every line was graded, 1 when any line could not be (an input
/// error, a task that did not load, a response gradebox failed on: each is recorded in
/// --out with its line number), 2 when gradebox itself could not run the batch.
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
    /// Also write an HTML report of the batch here when it ends (see `gradebox report`).
    #[arg(long)]
    pub report: Option<PathBuf>,
}

pub fn main(a: RunArgs) -> Result<ExitCode> {
    // The tasks' own memory caps are checked against the host once they are loaded.
    let jobs = super::jobs(a.jobs, 0)?;
    let runtimes = super::runtimes_for(None, MissingRuntime::Install, jobs)?;
    let opts = BatchOptions { tasks: a.tasks, responses: a.responses, out: a.out, jobs, resume: a.resume };
    let progress = ProgressBar::hidden();
    let on_event = |event: BatchEvent| match event {
        BatchEvent::Planned(n) => {
            progress.set_length(n as u64);
            progress.set_style(
                ProgressStyle::with_template("{bar:30} {pos}/{len} responses · {per_sec} · ETA {eta} {msg}")
                    .expect("valid template"),
            );
            progress.set_draw_target(ProgressDrawTarget::stderr());
        }
        BatchEvent::Note(msg) => progress.suspend(|| eprintln!("gradebox: {msg}")),
        BatchEvent::Graded => progress.inc(1),
    };
    let s = run_batch(&runtimes, &opts, &on_event)?;
    progress.finish_and_clear();
    eprint!("{}", summary::batch(&s, &opts.out));
    if let Some(out) = &a.report {
        super::report::after_batch(&opts, out)?;
    }
    // 0: every line was graded; 1: some line could not be (its record says why).
    let all_graded = s.input_errors + s.earlier_input_errors == 0 && s.tasks_failed == 0;
    Ok(if all_graded { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
