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
    /// Print the result lines instead of the table: JSONL, one result object a line.
    #[arg(long)]
    pub json: bool,
    /// The name of each response, in order (default: the shortest end of its path that
    /// tells it from the others, such as `model-a/ok.py`).
    #[arg(long = "name", value_name = "NAME")]
    pub names: Vec<String>,
}

pub fn main(a: CheckArgs) -> Result<ExitCode> {
    let task = task::load(&a.task)?;
    let runtimes = super::runtimes(None, MissingRuntime::Install)?;
    let checker = Checker::new(&task, &runtimes)?;
    if !a.names.is_empty() && a.names.len() != a.responses.len() {
        bail!(
            "--name was given {} times for {} responses; give one name per response, in order",
            a.names.len(),
            a.responses.len()
        );
    }
    let names = if a.names.is_empty() { unique_names(&a.responses) } else { a.names.clone() };
    let mut results = Vec::new();
    for (path, name) in a.responses.iter().zip(&names) {
        let code = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        let Some(language) = Language::from_path(path) else {
            bail!("cannot tell the language of {} from its extension (.py, .js, .ts, .c, .cpp, .wat)", path.display());
        };
        let mut response = Response::new(&task.id, name, language, code);
        response.filename = path.file_name().map(|n| n.to_string_lossy().into_owned());
        results.push(
            grade_response(&runtimes, &task, &checker, &response)
                .with_context(|| format!("grading {}", path.display()))?,
        );
    }
    if a.json {
        for r in &results {
            println!("{}", serde_json::to_string(r)?);
        }
    } else {
        let color = console::Term::stdout().is_term() && console::colors_enabled();
        print!("{}", compare::table(&task, &names, &results, color, super::output_width()));
    }
    Ok(if results.iter().all(|r| r.verdict == Verdict::Pass) { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Each path's shortest ending that no other path shares: `ok.py` alone, but
/// `model-a/ok.py` and `model-b/ok.py` side by side.
fn unique_names(paths: &[PathBuf]) -> Vec<String> {
    let parts: Vec<Vec<String>> =
        paths.iter().map(|p| p.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect()).collect();
    let ending = |i: usize, k: usize| {
        let p = &parts[i];
        p[p.len().saturating_sub(k)..].join("/")
    };
    (0..paths.len())
        .map(|i| {
            let mut k = 1;
            while k < parts[i].len() && (0..paths.len()).any(|j| j != i && ending(j, k) == ending(i, k)) {
                k += 1;
            }
            ending(i, k)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_are_the_shortest_endings_that_tell_paths_apart() {
        let paths: Vec<_> = ["runs/a/ok.py", "runs/b/ok.py", "x/other.js", "ok.py"].iter().map(Into::into).collect();
        assert_eq!(super::unique_names(&paths), ["a/ok.py", "b/ok.py", "other.js", "ok.py"]);
    }
}
