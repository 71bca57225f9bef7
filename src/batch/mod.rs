//! The batch for pre-screening: every (task, response) pair graded across all cores,
//! each result appended and flushed as it completes, resumable after a kill.
//!
//! The flow is one way: `tasks` loads the task folders, `jobs` reads the responses
//! file into jobs (recording the lines that cannot be graded), `pool` runs the jobs on
//! the workers, and `output` appends each result line as it comes back.

mod jobs;
mod output;
pub mod pool;
pub(crate) mod resume;
mod tasks;

use crate::grade::grade_response;
use crate::result::{InputError, Verdict};
use crate::runtime::Runtimes;
use anyhow::Result;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

pub struct BatchOptions {
    pub tasks: PathBuf,
    pub responses: PathBuf,
    pub out: PathBuf,
    pub jobs: usize,
    pub resume: bool,
}

/// What the batch tells its caller while it works (only the CLI prints).
pub enum BatchEvent<'a> {
    /// This many responses will be graded.
    Planned(usize),
    /// Something a person should read: a task skipped, a line refused.
    Note(&'a str),
    /// One more response graded.
    Graded,
}

#[derive(Default)]
pub struct BatchSummary {
    pub graded: usize,
    pub skipped_done: usize,
    pub input_errors: usize,
    /// Input errors an earlier run recorded in the same file (`--resume`).
    pub earlier_input_errors: usize,
    /// Task folders that did not load (their responses are input errors).
    pub tasks_failed: usize,
    pub verdicts: BTreeMap<Verdict, usize>,
    pub seconds: f64,
}

pub fn run_batch(
    runtimes: &Runtimes,
    opts: &BatchOptions,
    on_event: &(dyn Fn(BatchEvent) + Sync),
) -> Result<BatchSummary> {
    let started = Instant::now();
    let tasks = tasks::load(runtimes, &opts.tasks, opts.jobs, on_event)?;
    let (mut out, done) = output::open(&opts.out, opts.resume)?;
    let mut summary =
        BatchSummary { tasks_failed: tasks.failed(), earlier_input_errors: done.input_errors, ..Default::default() };
    let jobs = jobs::read(&opts.responses, &tasks, &done, &mut out, &mut summary, on_event)?;
    on_event(BatchEvent::Planned(jobs.len()));
    pool::for_each(
        opts.jobs,
        jobs,
        |job| {
            let ready = tasks.ready(&job.response.task).expect("jobs hold loaded tasks");
            let graded = grade_response(runtimes, &ready.task, &ready.checker, &job.response);
            (job, graded)
        },
        |(job, graded)| -> Result<()> {
            match graded {
                Ok(result) => {
                    out.write(&result)?;
                    summary.graded += 1;
                    *summary.verdicts.entry(result.verdict).or_default() += 1;
                }
                Err(e) => {
                    let msg = format!(
                        "{}:{}: gradebox could not grade this response: {e:#}",
                        opts.responses.display(),
                        job.line
                    );
                    on_event(BatchEvent::Note(&msg));
                    let mut record =
                        InputError::new(job.line, Some(&job.response.task), Some(&job.response.response), msg);
                    record.gradebox_fault = true;
                    out.write(&record)?;
                    summary.input_errors += 1;
                }
            }
            on_event(BatchEvent::Graded);
            Ok(())
        },
    )?;
    out.finish();
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}
