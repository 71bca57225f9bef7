//! `gradebox humaneval`: the official HumanEval verdicts, sandboxed (docs/humaneval.md).

use super::limits::LimitArgs;
use crate::humaneval::{self, batch};
use crate::runtime::MissingRuntime;
use crate::task::fuel::AutoFuel;
use anyhow::Result;
use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
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
    /// Limits per sample (defaults: fuel derived from each problem's canonical solution,
    /// see --fuel-factor; 1,024 MiB of memory, 120,000 ms, 16,384 KiB of output).
    /// --fuel gives every sample the same fixed budget instead.
    #[command(flatten)]
    pub limits: LimitArgs,
    /// A sample's fuel is max(--fuel-floor, this × what the canonical solution uses).
    #[arg(long, default_value_t = AutoFuel::DEFAULT.factor, conflicts_with = "fuel")]
    pub fuel_factor: f64,
    /// The least fuel a sample gets under the derived budget.
    #[arg(long, default_value_t = AutoFuel::DEFAULT.floor, conflicts_with = "fuel")]
    pub fuel_floor: u64,
}

pub fn main(a: HumanEvalArgs) -> Result<ExitCode> {
    let limits = a.limits.apply(humaneval::default_limits())?;
    let jobs = super::jobs(a.jobs, limits.memory_bytes >> 20)?;
    let problems = humaneval::read_problems(&a.problems)?;
    let (samples, bad) = humaneval::read_samples(&a.samples, &problems)?;
    for b in &bad {
        eprintln!("gradebox: skipped {b}");
    }
    let runtimes = super::runtimes_for(None, MissingRuntime::Install, jobs)?;
    let progress = ProgressBar::new(samples.len() as u64);
    progress.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} samples · {per_sec} · ETA {eta}").expect("valid template"),
    );
    let fuel = match a.limits.fuel {
        Some(_) => humaneval::SampleFuel::Fixed,
        None if a.fuel_factor.is_finite() && a.fuel_factor >= 1.0 && a.fuel_floor > 0 => {
            humaneval::SampleFuel::Auto(AutoFuel { factor: a.fuel_factor, floor: a.fuel_floor })
        }
        None => anyhow::bail!("--fuel-factor must be at least 1 and --fuel-floor positive"),
    };
    let settings = batch::Settings { limits, fuel, jobs, k: a.k.clone() };
    let report = batch::grade_all(&runtimes, &problems, (&samples, &a.samples), &settings, &|| progress.inc(1))?;
    progress.finish_and_clear();
    if report.problems_with_samples < report.problems {
        eprintln!(
            "gradebox: note: {} of {} problems have no samples; pass@k covers the {} that do",
            report.problems - report.problems_with_samples,
            report.problems,
            report.problems_with_samples
        );
    }
    let table: serde_json::Map<String, serde_json::Value> =
        report.pass_at_k.iter().map(|(k, v)| (format!("pass@{k}"), (*v).into())).collect();
    println!("{}", serde_json::Value::Object(table));
    eprintln!(
        "gradebox: {} samples of {} problems graded in {:.1} s ({} passed)\n  {}\n  {}",
        report.samples,
        report.problems_with_samples,
        report.seconds,
        report.passed,
        report.official_path.display(),
        report.gradebox_path.display()
    );
    Ok(if bad.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
