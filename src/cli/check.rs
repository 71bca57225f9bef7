//! `gradebox check TASK_DIR RESPONSE_FILE...`: answers side by side, for a trainer.

use crate::grade::grade_response;
use crate::grader::Checker;
use crate::report::compare;
use crate::result::{Response, Verdict};
use crate::runtime::{Language, MissingRuntime};
use crate::task;
use anyhow::{Context, Result, bail};
use clap::Parser;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
pub struct CheckArgs {
    /// The task folder (holding task.toml).
    pub task: PathBuf,
    /// Response files; the language follows from each extension.
    #[arg(required = true)]
    pub responses: Vec<PathBuf>,
    /// Print the result lines (JSON) instead of the table.
    #[arg(long)]
    pub json: bool,
}

pub fn main(a: CheckArgs) -> Result<ExitCode> {
    let task = task::load(&a.task)?;
    let runtimes = super::runtimes(None, MissingRuntime::Install)?;
    let checker = Checker::new(&task, &runtimes)?;
    let mut names = Vec::new();
    let mut results = Vec::new();
    for path in &a.responses {
        let code = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        let Some(language) = Language::from_path(path) else {
            bail!("cannot tell the language of {} from its extension (.py, .js, .wat)", path.display());
        };
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let response = Response { task: task.id.clone(), response: name.clone(), language, code };
        results.push(
            grade_response(&runtimes, &task, &checker, &response)
                .with_context(|| format!("grading {}", path.display()))?,
        );
        names.push(name);
    }
    if a.json {
        for r in &results {
            println!("{}", serde_json::to_string(r)?);
        }
    } else {
        let color = console::Term::stdout().is_term() && console::colors_enabled();
        print!("{}", compare::table(&task, &names, &results, color));
    }
    Ok(if results.iter().all(|r| r.verdict == Verdict::Pass) { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
