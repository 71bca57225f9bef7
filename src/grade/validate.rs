//! `task validate`: every reference passes every test, every wrong solution fails at
//! least one, and limits leave the references room (at least 2x what they used).

use super::budget::{budgets, from_references, reference_response};
use super::{FuelMode, grade_caught};
use crate::grader::Checker;
use crate::result::{ResponseResult, Verdict};
use crate::runtime::{Language, Runtimes};
use crate::task::{FuelFamily, Task};
use anyhow::Result;
use std::path::{Path, PathBuf};

pub struct Validation {
    pub references: Vec<(PathBuf, ResponseResult)>,
    pub wrong: Vec<(PathBuf, ResponseResult)>,
    /// What makes the task invalid.
    pub problems: Vec<String>,
    /// Limits too close to what a reference needed.
    pub warnings: Vec<String>,
    /// Under `"auto"` fuel: each test's budget (`None`: fixed) for answers in each
    /// language of the references.
    pub budgets: Vec<(Language, Vec<Option<u64>>)>,
}

/// A reference or wrong solution graded as a response: references with the fuel they
/// are measured with, wrong ones as any answer is (under `"auto"`, against the budget).
fn grade_file(
    runtimes: &Runtimes,
    task: &Task,
    checker: &Checker,
    path: &Path,
    mode: FuelMode,
) -> Result<ResponseResult> {
    let response = reference_response(task, path)?;
    grade_caught(runtimes, task, checker, &response, mode)
}

pub fn validate(runtimes: &Runtimes, task: &Task) -> Result<Validation> {
    let checker = Checker::new(task, runtimes)?;
    let mut v = Validation {
        references: Vec::new(),
        wrong: Vec::new(),
        problems: Vec::new(),
        warnings: Vec::new(),
        budgets: Vec::new(),
    };
    if task.reference.is_empty() {
        v.problems.push("no reference solution: add `reference = [\"reference.py\"]` to task.toml".into());
    }
    for path in &task.reference {
        let r = grade_file(runtimes, task, &checker, path, FuelMode::Measuring)?;
        if let Some(msg) = &r.compile_error {
            v.problems.push(format!("reference {} does not compile: {msg}", r.response));
        }
        for t in r.failures() {
            v.problems.push(format!("reference {} fails {}: {} ({})", r.response, t.name, t.verdict, t.feedback));
        }
        v.references.push((path.clone(), r));
    }
    if task.has_auto_fuel() && v.problems.is_empty() {
        let graded = || v.references.iter().map(|(_, r)| r);
        let _ = task.reference_fuel.set(from_references(graded()));
        let mut langs: Vec<Language> = Vec::new();
        for r in graded() {
            if !langs.contains(&r.language) {
                langs.push(r.language);
            }
        }
        for lang in langs {
            v.budgets.push((lang, budgets(runtimes, task, &checker, lang)?));
        }
        for lang in &task.languages {
            if !graded().any(|r| FuelFamily::of(r.language) == FuelFamily::of(*lang)) {
                v.warnings.push(format!(
                    "fuel = \"auto\": no reference runs on {lang}'s runtime, so {lang} answers get the budget of the most expensive reference; add a {lang} reference"
                ));
            }
        }
    }
    for path in &task.wrong {
        let r = grade_file(runtimes, task, &checker, path, FuelMode::Derived)?;
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
        if test.auto_fuel.is_none() && fuel * 2 > limits.fuel.0 {
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
