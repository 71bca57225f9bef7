//! `gradebox export preferences`: the signal carried into training data.

use super::read_results;
use crate::agree::label_studio::{Inputs, Layout, build};
use crate::agree::preferences::{self, Source};
use crate::agree::{judgments, pairs, report};
use crate::result::Response;
use crate::task;
use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Subcommand, Debug)]
pub enum ExportCommand {
    /// TRL-style preference pairs {"prompt", "chosen", "rejected", "margin"} with evidence.
    Preferences(PreferencesArgs),
    /// Label Studio import JSON with gradebox's decisions as predictions, and its labeling config.
    LabelStudio(LabelStudioArgs),
}

#[derive(Parser, Debug)]
pub struct LabelStudioArgs {
    #[arg(long)]
    pub results: PathBuf,
    /// The responses graded (their code is shown to annotators).
    #[arg(long)]
    pub responses: PathBuf,
    /// The tasks folder, for the prompts (otherwise the task id stands in).
    #[arg(long)]
    pub tasks: Option<PathBuf>,
    /// Where the Label Studio tasks (a JSON array) are written.
    #[arg(long)]
    pub out: PathBuf,
    /// Where the matching labeling configuration (XML) is written.
    #[arg(long)]
    pub config_out: Option<PathBuf>,
    /// Pairs side by side, or all responses of a task in one list to order.
    #[arg(long, value_enum, default_value = "auto")]
    pub layout: Layout,
}

#[derive(Parser, Debug)]
pub struct PreferencesArgs {
    #[arg(long)]
    pub results: PathBuf,
    /// The responses graded (their code becomes chosen/rejected).
    #[arg(long)]
    pub responses: PathBuf,
    /// Human judgments; with them, pairs can be decided by people.
    #[arg(long)]
    pub human: Option<PathBuf>,
    /// The tasks folder, for the prompts (otherwise the task id stands in).
    #[arg(long)]
    pub tasks: Option<PathBuf>,
    /// Which signal decides a pair.
    #[arg(long, value_enum, default_value = "auto")]
    pub from: Source,
    /// Automatic decisions need a score difference at least this large.
    #[arg(long, default_value_t = 0.0)]
    pub min_gap: f64,
    /// Output JSONL (default: stdout).
    #[arg(long)]
    pub out: Option<PathBuf>,
}

pub fn main(c: ExportCommand) -> Result<ExitCode> {
    match c {
        ExportCommand::Preferences(a) => preferences(a),
        ExportCommand::LabelStudio(a) => label_studio(a),
    }
}

fn prompts_of(tasks: Option<&Path>) -> Result<HashMap<String, String>> {
    Ok(match tasks {
        Some(dir) => task::load_all(dir)?.into_iter().filter_map(|(_, t)| t.ok()).map(|t| (t.id, t.prompt)).collect(),
        None => HashMap::new(),
    })
}

fn label_studio(a: LabelStudioArgs) -> Result<ExitCode> {
    let results = read_results(&a.results)?;
    let responses = read_responses(&a.responses)?;
    let prompts = prompts_of(a.tasks.as_deref())?;
    let export = build(&Inputs { results: &results, responses: &responses, prompts: &prompts }, a.layout);
    let body = serde_json::to_string_pretty(&export.tasks)?;
    std::fs::write(&a.out, body + "\n").with_context(|| format!("cannot write {}", a.out.display()))?;
    if let Some(path) = &a.config_out {
        std::fs::write(path, export.layout.config()).with_context(|| format!("cannot write {}", path.display()))?;
    }
    let predicted = export.tasks.iter().filter(|t| t.get("predictions").is_some()).count();
    eprintln!(
        "gradebox: {} Label Studio tasks ({:?} layout), {predicted} with a prediction, in {}",
        export.tasks.len(),
        export.layout,
        a.out.display()
    );
    if !export.skipped.is_empty() {
        eprintln!("gradebox: left out (fewer than two responses with results and code): {}", export.skipped.join(", "));
    }
    if a.config_out.is_none() {
        eprintln!("gradebox: pass --config-out config.xml for the matching labeling configuration");
    }
    Ok(ExitCode::SUCCESS)
}

fn preferences(a: PreferencesArgs) -> Result<ExitCode> {
    if a.from != Source::Auto && a.human.is_none() {
        bail!("--from {:?} needs --human with the judgments", a.from);
    }
    let results = read_results(&a.results)?;
    let index = report::index(&results);
    let responses = read_responses(&a.responses)?;
    let prompts = prompts_of(a.tasks.as_deref())?;
    let votes = match &a.human {
        Some(h) => {
            let (j, bad) = judgments::read(h)?;
            for b in bad {
                eprintln!("gradebox: skipped {b}");
            }
            Some(pairs::votes(&j))
        }
        None => None,
    };
    let pairs = preferences::build(
        &preferences::Inputs { results: &index, responses: &responses, prompts: &prompts, votes: votes.as_ref() },
        a.from,
        a.min_gap,
    );
    let mut sink: Box<dyn Write> = match &a.out {
        Some(p) => Box::new(std::fs::File::create(p).with_context(|| format!("cannot write {}", p.display()))?),
        None => Box::new(std::io::stdout().lock()),
    };
    for p in &pairs {
        writeln!(sink, "{}", serde_json::to_string(p)?)?;
    }
    eprintln!("gradebox: {} preference pairs", pairs.len());
    Ok(ExitCode::SUCCESS)
}

/// The responses file, keyed by (task, response); bad lines are skipped with a warning.
fn read_responses(path: &Path) -> Result<HashMap<(String, String), Response>> {
    let (responses, bad) = crate::jsonl::read_file(path, Response::parse)?;
    for b in &bad {
        eprintln!("gradebox: skipped {}", b.at(path));
    }
    Ok(responses.into_iter().map(|(_, r)| ((r.task.clone(), r.response.clone()), r)).collect())
}
