//! The batch for pre-screening: every (task, response) pair graded across all cores,
//! each result appended and flushed as it completes, resumable after a kill.

pub mod pool;
pub(crate) mod resume;

use crate::grade::result::ResponseResult;
use crate::grade::{Checker, Response, Verdict, grade_response};
use crate::runtime::Runtimes;
use crate::task::{self, Task};
use anyhow::{Context, Result, bail};
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

pub struct BatchOptions {
    pub tasks: PathBuf,
    pub responses: PathBuf,
    pub out: PathBuf,
    pub jobs: usize,
    pub resume: bool,
}

/// A line of the responses file that cannot be graded, recorded in the results file
/// (documented in docs/results.md) so the batch can go on and nothing is silently lost.
#[derive(Serialize)]
struct InputError<'a> {
    schema: &'a str,
    line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    task: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    response: Option<&'a str>,
    error: String,
    /// gradebox itself failed (not the input): `--resume` retries these.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    gradebox_fault: bool,
}

#[derive(Default)]
pub struct BatchSummary {
    pub graded: usize,
    pub skipped_done: usize,
    pub input_errors: usize,
    pub verdicts: BTreeMap<Verdict, usize>,
    pub seconds: f64,
}

/// Everything that can be graded, after resolving each line against the tasks.
struct Job {
    line: usize,
    response: Response,
}

struct Loaded {
    task: Task,
    checker: Checker,
}

pub fn run_batch(runtimes: &Runtimes, opts: &BatchOptions) -> Result<BatchSummary> {
    let started = Instant::now();
    let mut tasks: HashMap<String, Result<Loaded, String>> = HashMap::new();
    for (dir, loaded) in task::load_all(&opts.tasks)? {
        match loaded.and_then(|t| Checker::new(&t, runtimes).map(|c| (t, c))) {
            Ok((task, checker)) => {
                tasks.insert(task.id.clone(), Ok(Loaded { task, checker }));
            }
            Err(e) => {
                eprintln!("gradebox: warning: skipping task {}: {e:#}", dir.display());
                let id = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                tasks.insert(id, Err(format!("{e:#}")));
            }
        }
    }
    if tasks.is_empty() {
        bail!("no tasks in {} (a task is a folder with a task.toml)", opts.tasks.display());
    }
    let largest_cap = tasks
        .values()
        .filter_map(|t| t.as_ref().ok())
        .flat_map(|l| l.task.tests.iter().map(|t| t.limits.memory_bytes))
        .max()
        .unwrap_or(0);
    crate::sandbox::limits::check_host_memory(opts.jobs, largest_cap)
        .context("the tasks' memory caps times --jobs are too much for this host")?;

    let done = if opts.resume {
        resume::completed(&opts.out)?
    } else {
        if std::fs::metadata(&opts.out).is_ok_and(|m| m.len() > 0) {
            bail!(
                "{} already holds results; pass --resume to continue it, or choose another --out",
                opts.out.display()
            );
        }
        HashSet::new()
    };
    let mut out = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&opts.out)
        .with_context(|| format!("cannot open {} for writing", opts.out.display()))?;

    let mut summary = BatchSummary::default();
    let mut seen = HashSet::new();
    let mut jobs = VecDeque::new();
    let file =
        std::fs::File::open(&opts.responses).with_context(|| format!("cannot read {}", opts.responses.display()))?;
    for entry in crate::jsonl::lines(std::io::BufReader::new(file)) {
        let (line_no, line) = entry.with_context(|| format!("reading {}", opts.responses.display()))?;
        let line = line.unwrap_or_else(|why| format!("\u{0}{why}"));
        if line.trim().is_empty() {
            continue;
        }
        let error_key = format!("line:{line_no}");
        let rejected = |error: String, task: Option<&str>, response: Option<&str>| -> Result<String> {
            let record = InputError {
                schema: crate::grade::result::SCHEMA,
                line: line_no,
                task,
                response,
                error,
                gradebox_fault: false,
            };
            Ok(serde_json::to_string(&record)?)
        };
        // A line that is not UTF-8 arrives marked with a NUL (JSON never starts with one).
        let parsed = match line.strip_prefix('\u{0}') {
            Some(why) => Err(why.to_string()),
            None => serde_json::from_str::<Response>(&line).map_err(|e| e.to_string()),
        };
        let response: Response = match parsed {
            Ok(r) => r,
            Err(e) => {
                if !done.contains(&error_key) {
                    let msg = format!(
                        "{}:{line_no}: not a response line ({e}); expected {{\"task\", \"response\", \"language\", \"code\"}}",
                        opts.responses.display()
                    );
                    eprintln!("gradebox: {msg}");
                    write_line(&mut out, &rejected(msg, None, None)?)?;
                    summary.input_errors += 1;
                }
                continue;
            }
        };
        let key = resume::key(&response.task, &response.response);
        if done.contains(&key) {
            summary.skipped_done += 1;
            continue;
        }
        let problem = match tasks.get(&response.task) {
            None => Some(format!("unknown task {:?} (not found in {})", response.task, opts.tasks.display())),
            Some(Err(e)) => Some(format!("task {:?} could not be loaded: {e}", response.task)),
            Some(Ok(l)) if !l.task.languages.contains(&response.language) => Some(format!(
                "task {:?} does not allow {} (allowed: {})",
                response.task,
                response.language,
                l.task.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(", ")
            )),
            Some(Ok(_)) if !seen.insert(key.clone()) => Some(format!(
                "response {:?} for task {:?} appears twice; only the first is graded",
                response.response, response.task
            )),
            Some(Ok(_)) => None,
        };
        if let Some(msg) = problem {
            let msg = format!("{}:{line_no}: {msg}", opts.responses.display());
            eprintln!("gradebox: {msg}");
            write_line(&mut out, &rejected(msg, Some(&response.task), Some(&response.response))?)?;
            summary.input_errors += 1;
            continue;
        }
        jobs.push_back(Job { line: line_no, response });
    }

    let progress = ProgressBar::new(jobs.len() as u64);
    progress.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} responses · {per_sec} · ETA {eta} {msg}")
            .expect("valid template"),
    );
    let queue = Mutex::new(jobs);
    let writer = Mutex::new((out, &mut summary));
    let tasks = &tasks;
    std::thread::scope(|scope| -> Result<()> {
        let workers: Vec<_> = (0..opts.jobs.max(1))
            .map(|_| {
                scope.spawn(|| -> Result<()> {
                    loop {
                        let Some(job) = queue.lock().unwrap().pop_front() else { return Ok(()) };
                        let Some(Ok(loaded)) = tasks.get(&job.response.task) else {
                            unreachable!("jobs hold known tasks")
                        };
                        let line = match grade_response(runtimes, &loaded.task, &loaded.checker, &job.response) {
                            Ok(result) => Ok(result),
                            Err(e) => Err(format!(
                                "{}:{}: gradebox could not grade this response: {e:#}",
                                opts.responses.display(),
                                job.line
                            )),
                        };
                        let mut w = writer.lock().unwrap();
                        let (out, summary) = &mut *w;
                        match line {
                            Ok(result) => {
                                write_line(out, &serde_json::to_string(&result)?)?;
                                summary.graded += 1;
                                *summary.verdicts.entry(result.verdict).or_default() += 1;
                            }
                            Err(msg) => {
                                progress.suspend(|| eprintln!("gradebox: {msg}"));
                                let record = InputError {
                                    schema: crate::grade::result::SCHEMA,
                                    line: job.line,
                                    task: Some(&job.response.task),
                                    response: Some(&job.response.response),
                                    error: msg,
                                    gradebox_fault: true,
                                };
                                write_line(out, &serde_json::to_string(&record)?)?;
                                summary.input_errors += 1;
                            }
                        }
                        progress.inc(1);
                    }
                })
            })
            .collect();
        for w in workers {
            w.join().expect("a worker panicked")?;
        }
        Ok(())
    })?;
    progress.finish_and_clear();
    let (out, _) = writer.into_inner().unwrap();
    out.sync_data().ok();
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// One write per line, flushed at once: a kill never leaves a half line behind it
/// except the one being written, which `--resume` trims.
fn write_line(out: &mut std::fs::File, line: &str) -> Result<()> {
    let mut buf = Vec::with_capacity(line.len() + 1);
    buf.extend_from_slice(line.as_bytes());
    buf.push(b'\n');
    out.write_all(&buf)?;
    out.flush()?;
    Ok(())
}

/// Reads result lines back (skipping input-error records and a torn last line).
pub fn read_results(path: &Path) -> Result<Vec<ResponseResult>> {
    let mut results = Vec::new();
    for entry in crate::jsonl::file_lines(path)? {
        let (_, line) = entry.with_context(|| format!("cannot read {}", path.display()))?;
        if let Ok(r) = line.map_err(|_| ()).and_then(|l| serde_json::from_str::<ResponseResult>(&l).map_err(|_| ())) {
            results.push(r);
        }
    }
    Ok(results)
}
