//! The responses file read into jobs. A line that cannot be graded (not a response, an
//! unknown task, a language the task does not allow, a repeated pair) is recorded in
//! the results file with its line number, once, and the batch goes on.

use super::output::Output;
use super::tasks::Tasks;
use super::{BatchEvent, BatchSummary, resume};
use crate::result::{InputError, Response};
use anyhow::{Context, Result};
use std::collections::HashSet;
use std::path::Path;

/// A response to grade and the line it came from.
pub(super) struct Job {
    pub line: usize,
    pub response: Response,
}

pub(super) fn read(
    path: &Path,
    tasks: &Tasks,
    done: &resume::Done,
    out: &mut Output,
    summary: &mut BatchSummary,
    on_event: &(dyn Fn(BatchEvent) + Sync),
) -> Result<Vec<Job>> {
    let file = std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut seen = HashSet::new();
    let mut jobs = Vec::new();
    let mut refuse = |record: InputError, summary: &mut BatchSummary| -> Result<()> {
        on_event(BatchEvent::Note(&record.error));
        out.write(&record)?;
        summary.input_errors += 1;
        Ok(())
    };
    for entry in crate::jsonl::records(std::io::BufReader::new(file), Response::parse) {
        let (line, response) = match entry.with_context(|| format!("reading {}", path.display()))? {
            Ok(parsed) => parsed,
            Err(bad) => {
                if !done.contains(&resume::line_key(bad.line)) {
                    let (task, response) = bad.text.as_deref().map(Response::ids_of_bad_line).unwrap_or_default();
                    let msg = format!(
                        "{}:{}: {}; expected {{\"task\", \"response\", \"language\", \"code\"}}",
                        path.display(),
                        bad.line,
                        bad.why
                    );
                    refuse(InputError::new(bad.line, task.as_deref(), response.as_deref(), msg), summary)?;
                }
                continue;
            }
        };
        let key = resume::key(&response.task, &response.response);
        if done.contains(&key) {
            summary.skipped_done += 1;
            continue;
        }
        let repeated = !seen.insert(key);
        if let Some(problem) = why_not_graded(&response, tasks, repeated) {
            let msg = format!("{}:{line}: {problem}", path.display());
            refuse(InputError::new(line, Some(&response.task), Some(&response.response), msg), summary)?;
            continue;
        }
        jobs.push(Job { line, response });
    }
    Ok(jobs)
}

/// Why a well-formed response line cannot be graded, if it cannot.
fn why_not_graded(response: &Response, tasks: &Tasks, repeated: bool) -> Option<String> {
    match tasks.get(&response.task) {
        None => Some(format!("unknown task {:?} (not found in {})", response.task, tasks.root().display())),
        Some(Err(e)) => Some(format!("task {:?} could not be loaded: {e}", response.task)),
        Some(Ok(ready)) if !ready.task.languages.contains(&response.language) => Some(format!(
            "task {:?} does not allow {} (allowed: {})",
            response.task,
            response.language,
            ready.task.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(", ")
        )),
        Some(Ok(_)) if repeated => Some(format!(
            "response {:?} for task {:?} appears twice; only the first is graded",
            response.response, response.task
        )),
        Some(Ok(_)) => None,
    }
}
