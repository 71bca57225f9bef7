//! What a report is made from: the result lines (and the input errors recorded beside
//! them), and optionally the responses' code, the tasks, human judgments and a second
//! run. A bad line or task is a warning naming its file and line; the report goes on.

use crate::agree::judgments::{self, Judgment};
use crate::result::{InputError, Response, ResponseResult, read_results};
use crate::task::{self, Task};
use anyhow::Result;
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
    let file = read_results(&s.results)?;
    warnings.extend(file.unreadable.into_iter().map(|b| format!("skipped {b}")));
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
    let baseline = match &s.compare {
        Some(path) => {
            let file = read_results(path)?;
            warnings.extend(file.unreadable.into_iter().map(|b| format!("skipped {b}")));
            Some(file.results)
        }
        None => None,
    };
    Ok(Inputs { results: file.results, input_errors, code, tasks, judgments, baseline, warnings })
}

/// The input-error records of a results file (its other lines are `read_results`'s).
fn read_input_errors(path: &Path) -> Result<Vec<InputError>> {
    let parse = |line: &str| -> Result<Option<InputError>, String> {
        let value: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        if value.get("error").is_none() || value.get("tests").is_some() {
            return Ok(None);
        }
        serde_json::from_value(value).map(Some).map_err(|e| e.to_string())
    };
    let (records, _) = crate::jsonl::read_file(path, parse)?;
    Ok(records.into_iter().filter_map(|(_, e)| e).collect())
}

/// The code of every response line; the first line for a pair wins, as in `gradebox run`.
fn read_code(path: &Path, warnings: &mut Vec<String>) -> Result<HashMap<(String, String), String>> {
    let (records, bad) =
        crate::jsonl::read_file(path, |l| serde_json::from_str::<Response>(l).map_err(|e| e.to_string()))?;
    warnings.extend(bad.iter().map(|b| format!("{} (its code is not shown)", b.at(path))));
    let mut code = HashMap::new();
    for (_, r) in records {
        code.entry((r.task, r.response)).or_insert(r.code);
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
        assert_eq!((read.input_errors[0].line, read.input_errors[0].task.as_deref()), (4, Some("t")));
        assert!(read.input_errors[1].gradebox_fault);
        assert_eq!(read.code[&("t".to_string(), "r".to_string())], "x=1");
        assert_eq!(read.warnings.len(), 2, "{:?}", read.warnings);
        assert!(read.warnings[0].contains("results.jsonl:3: "), "the torn line is named: {}", read.warnings[0]);
        assert!(read.warnings[1].starts_with(&format!("{}:3: ", responses.display())), "{}", read.warnings[1]);
    }
}
