//! `task validate`: every reference passes every test, every wrong solution fails at
//! least one, and limits leave the references room (at least 2x what they used).

use super::grade_response;
use crate::grader::Checker;
use crate::result::{Response, ResponseResult, Verdict};
use crate::runtime::{Language, Runtimes};
use crate::task::Task;
use anyhow::{Context, Result};
use std::path::PathBuf;

pub struct Validation {
    pub references: Vec<(PathBuf, ResponseResult)>,
    pub wrong: Vec<(PathBuf, ResponseResult)>,
    /// What makes the task invalid.
    pub problems: Vec<String>,
    /// Limits too close to what a reference needed.
    pub warnings: Vec<String>,
}

fn grade_file(runtimes: &Runtimes, task: &Task, checker: &Checker, path: &PathBuf) -> Result<ResponseResult> {
    let code = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let language =
        Language::from_path(path).with_context(|| format!("cannot tell the language of {}", path.display()))?;
    let name = path.strip_prefix(&task.dir).unwrap_or(path).display().to_string();
    let mut response = Response::new(&task.id, &name, language, code);
    response.filename = path.file_name().map(|n| n.to_string_lossy().into_owned());
    grade_response(runtimes, task, checker, &response)
}

pub fn validate(runtimes: &Runtimes, task: &Task) -> Result<Validation> {
    let checker = Checker::new(task, runtimes)?;
    let mut v = Validation { references: Vec::new(), wrong: Vec::new(), problems: Vec::new(), warnings: Vec::new() };
    if task.reference.is_empty() {
        v.problems.push("no reference solution: add `reference = [\"reference.py\"]` to task.toml".into());
    }
    for path in &task.reference {
        let r = grade_file(runtimes, task, &checker, path)?;
        if let Some(msg) = &r.compile_error {
            v.problems.push(format!("reference {} does not compile: {msg}", r.response));
        }
        for t in r.failures() {
            v.problems.push(format!("reference {} fails {}: {} ({})", r.response, t.name, t.verdict, t.feedback));
        }
        v.references.push((path.clone(), r));
    }
    for path in &task.wrong {
        let r = grade_file(runtimes, task, &checker, path)?;
        if r.verdict == Verdict::Pass {
            v.problems.push(format!("wrong solution {} passes every test: add a test that catches it", r.response));
        }
        v.wrong.push((path.clone(), r));
    }
    for (i, test) in task.tests.iter().enumerate() {
        let passing = || v.references.iter().filter_map(|(_, r)| r.tests.get(i)).filter(|t| t.verdict == Verdict::Pass);
        let fuel = passing().map(|t| t.fuel).max().unwrap_or(0);
        let memory = passing().map(|t| t.peak_memory_bytes).max().unwrap_or(0);
        let wall = passing().map(|t| t.time_ms).fold(0.0, f64::max);
        let limits = test.limits;
        if fuel * 2 > limits.fuel.0 {
            v.warnings.push(format!(
                "test {}: a reference used {fuel} fuel of the {} allowed; keep limits at least 2x what the reference needs",
                test.name, limits.fuel.0
            ));
        }
        if memory * 2 > limits.memory_bytes {
            v.warnings.push(format!(
                "test {}: a reference peaked at {} MiB of the {} MiB allowed",
                test.name,
                memory >> 20,
                limits.memory_bytes >> 20
            ));
        }
        if wall * 2.0 > limits.timeout_ms as f64 {
            v.warnings.push(format!(
                "test {}: a reference took {wall:.0} ms of its {} ms time limit",
                test.name, limits.timeout_ms
            ));
        }
    }
    Ok(v)
}
