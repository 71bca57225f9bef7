//! `gradebox screen`: triage before human review.

use super::read_results;
use crate::agree::screen::{Decision, Policy, screen};
use anyhow::{Context, Result};
use clap::Parser;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
pub struct ScreenArgs {
    /// Result lines from `gradebox run`.
    #[arg(long)]
    pub results: PathBuf,
    /// Triage thresholds (TOML; see docs/screening.md). Defaults apply without it.
    #[arg(long)]
    pub policy: Option<PathBuf>,
    /// Where the queue for people is written (JSONL).
    #[arg(long, default_value = "queue.jsonl")]
    pub out: PathBuf,
    /// Also print every decision as JSON lines on stdout.
    #[arg(long)]
    pub json: bool,
}

pub fn main(a: ScreenArgs) -> Result<ExitCode> {
    let policy = match &a.policy {
        Some(p) => Policy::load(p)?,
        None => Policy::default(),
    };
    let results = read_results(&a.results)?;
    let (triage, summary) = screen(&results, &policy);
    let mut queue = std::fs::File::create(&a.out).with_context(|| format!("cannot write {}", a.out.display()))?;
    for t in triage.iter().filter(|t| t.decision == Decision::NeedsReview) {
        writeln!(queue, "{}", serde_json::to_string(t)?)?;
    }
    if a.json {
        for t in &triage {
            println!("{}", serde_json::to_string(t)?);
        }
        println!("{}", serde_json::json!({ "summary": summary }));
        return Ok(ExitCode::SUCCESS);
    }
    println!("{} responses: {} auto-rejected", summary.responses, summary.auto_reject);
    if summary.unpaired > 0 {
        println!(
            "{} responses were not paired: pairs are formed among the first {} responses of each task",
            summary.unpaired,
            crate::agree::screen::MAX_PAIRED
        );
    }
    for t in triage.iter().filter(|t| t.decision == Decision::AutoReject) {
        println!("  reject {}/{}: {}", t.task, t.responses[0], t.reason);
    }
    println!(
        "{} pairs: {} decided automatically, {} need review{}",
        summary.pairs,
        summary.auto_decided,
        summary.needs_review,
        summary.share_of_work_saved.map(|s| format!(" ({:.0}% of human work saved)", s * 100.0)).unwrap_or_default()
    );
    println!("queue for people: {}", a.out.display());
    Ok(ExitCode::SUCCESS)
}
