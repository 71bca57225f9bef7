//! `gradebox report`: one self-contained HTML file for a batch.

use crate::report::page::{self, Report, Sources};
use anyhow::Result;
use clap::Parser;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser, Debug)]
pub struct ReportArgs {
    /// Result lines from `gradebox run` (or `check --json`).
    #[arg(long)]
    pub results: PathBuf,
    /// The tasks folder: shows each task's prompt, test inputs and expected outputs.
    #[arg(long)]
    pub tasks: Option<PathBuf>,
    /// The responses JSONL the batch graded: shows each response's code.
    #[arg(long)]
    pub responses: Option<PathBuf>,
    /// Human judgments (JSONL, as for `gradebox agree`): adds agreement and disagreements.
    #[arg(long)]
    pub human: Option<PathBuf>,
    /// Results of another run of the same responses: adds what changed between them.
    #[arg(long)]
    pub compare: Option<PathBuf>,
    /// Where the HTML file is written.
    #[arg(long, default_value = "report.html")]
    pub out: PathBuf,
}

pub fn main(a: ReportArgs) -> Result<ExitCode> {
    let sources =
        Sources { results: a.results, tasks: a.tasks, responses: a.responses, human: a.human, compare: a.compare };
    let report = page::write(&sources, &a.out)?;
    print_written(&report, &a.out);
    Ok(ExitCode::SUCCESS)
}

/// `gradebox run --report FILE`: the report of the batch that just ended.
pub(crate) fn after_batch(batch: &crate::batch::BatchOptions, out: &Path) -> Result<()> {
    let sources = Sources {
        results: batch.out.clone(),
        tasks: Some(batch.tasks.clone()),
        responses: Some(batch.responses.clone()),
        ..Default::default()
    };
    print_written(&page::write(&sources, out)?, out);
    Ok(())
}

/// "report: report.html (34 responses, 3 input errors, 61 KB)" and any skipped lines.
pub(crate) fn print_written(report: &Report, out: &Path) {
    for w in &report.warnings {
        eprintln!("gradebox: warning: {w}");
    }
    eprintln!(
        "report: {} ({} responses, {} input errors, {} KB)",
        out.display(),
        report.responses,
        report.input_errors,
        report.bytes.div_ceil(1024)
    );
}
