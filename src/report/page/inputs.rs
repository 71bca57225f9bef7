//! What a report is made from: the result lines (and the input errors recorded beside
//! them), and optionally the responses' code, the tasks, human judgments and a second
//! run. A bad line or task is a warning naming its file and line; the report goes on.

use crate::agree::judgments::{self, Judgment};
use crate::grade::Response;
use crate::grade::result::ResponseResult;
use crate::run::read_results;
use crate::task::{self, Task};
use anyhow::{Context, Result};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The files named on the command line.
#[derive(Clone, Debug, Default)]
pub struct Sources {
    pub results: PathBuf,
    pub tasks: Option<PathBuf>,
    pub responses: Option<PathBuf>,
    pub human: Option<PathBuf>,
    pub compare: Option<PathBuf>,
}

/// A responses line the batch could not grade, as `gradebox run` records it.
#[derive(Clone, Debug, Deserialize)]
pub struct InputError {
    pub line: Option<usize>,
    pub task: Option<String>,
    pub response: Option<String>,
    pub error: String,
    #[serde(default)]
    pub gradebox_fault: bool,
}

pub struct Inputs {
    pub results: Vec<ResponseResult>,
    pub input_errors: Vec<InputError>,
    /// Code by (task, response).
    pub code: HashMap<(String, String), String>,
    pub tasks: Vec<Task>,
    pub judgments: Option<Vec<Judgment>>,
    pub baseline: Option<Vec<ResponseResult>>,
    /// Lines and tasks that were skipped, each naming its file and line.
    pub warnings: Vec<String>,
}

pub fn read(s: &Sources) -> Result<Inputs> {
    let mut warnings = Vec::new();
    let results = read_results(&s.results)?;
    let input_errors = read_input_errors(&s.results)?;
    let code = match &s.responses {
        Some(path) => read_code(path, &mut warnings)?,
        None => HashMap::new(),
    };
    let mut tasks = Vec::new();
    if let Some(dir) = &s.tasks {
        for (folder, loaded) in task::load_all(dir)? {
            match loaded {
                Ok(t) => tasks.push(t),
                Err(e) => warnings.push(format!("task {} left out: {e:#}", folder.display())),
            }
        }
    }
    let judgments = match &s.human {
        Some(path) => {
            let (good, bad) = judgments::read(path)?;
            warnings.extend(bad.into_iter().map(|b| format!("skipped {b}")));
            Some(good)
        }
        None => None,
    };
    let baseline = s.compare.as_deref().map(read_results).transpose()?;
    Ok(Inputs { results, input_errors, code, tasks, judgments, baseline, warnings })
}

/// The input-error records of a results file (lines with an `error` key).
fn read_input_errors(path: &Path) -> Result<Vec<InputError>> {
    let mut out = Vec::new();
    for entry in crate::jsonl::file_lines(path)? {
        let (_, line) = entry.with_context(|| format!("cannot read {}", path.display()))?;
        let Ok(line) = line else { continue };
        if !line.contains("\"error\"") {
            continue;
        }
        if let Ok(e) = serde_json::from_str::<InputError>(&line) {
            out.push(e);
        }
    }
    Ok(out)
}

/// The code of every response line; the first line for a pair wins, as in `gradebox run`.
fn read_code(path: &Path, warnings: &mut Vec<String>) -> Result<HashMap<(String, String), String>> {
    let mut code = HashMap::new();
    for entry in crate::jsonl::file_lines(path)? {
        let (n, line) = entry.with_context(|| format!("cannot read {}", path.display()))?;
        let parsed = line.and_then(|l| {
            if l.trim().is_empty() {
                Ok(None)
            } else {
                serde_json::from_str::<Response>(&l).map(Some).map_err(|e| e.to_string())
            }
        });
        match parsed {
            Ok(Some(r)) => {
                code.entry((r.task, r.response)).or_insert(r.code);
            }
            Ok(None) => {}
            Err(e) => warnings.push(format!("{}:{n}: code not shown for this line ({e})", path.display())),
        }
    }
    Ok(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_errors_are_kept_and_bad_lines_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let results = dir.path().join("results.jsonl");
        std::fs::write(
            &results,
            concat!(
                r#"{"schema":"gradebox.result/1","line":4,"task":"t","response":"r","error":"responses.jsonl:4: unknown task"}"#,
                "\n",
                r#"{"schema":"gradebox.result/1","line":9,"error":"boom","gradebox_fault":true}"#,
                "\n{\"torn",
            ),
        )
        .unwrap();
        let responses = dir.path().join("responses.jsonl");
        std::fs::write(
            &responses,
            "{\"task\":\"t\",\"response\":\"r\",\"language\":\"python\",\"code\":\"x=1\"}\n\nnot json\n",
        )
        .unwrap();
        let read = read(&Sources { results, responses: Some(responses.clone()), ..Default::default() }).unwrap();
        assert!(read.results.is_empty());
        assert_eq!(read.input_errors.len(), 2);
        assert_eq!((read.input_errors[0].line, read.input_errors[0].task.as_deref()), (Some(4), Some("t")));
        assert!(read.input_errors[1].gradebox_fault);
        assert_eq!(read.code[&("t".to_string(), "r".to_string())], "x=1");
        assert_eq!(read.warnings.len(), 1, "{:?}", read.warnings);
        assert!(read.warnings[0].starts_with(&format!("{}:3: ", responses.display())), "{}", read.warnings[0]);
    }
}
