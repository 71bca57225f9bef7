//! `"auto"` fuel: each test's budget derived from what the task's references used on
//! it, measured once per task (the first response to need it pays for it). A response
//! is held to the references of its own runtime family where the task has one (fuel
//! is counted per wasm instruction, and CPython spends far more of it than a C++
//! build on the same work); else to the most expensive reference of any family.

use super::{FuelMode, grade_caught};
use crate::grader::Checker;
use crate::result::{Response, ResponseResult, Verdict};
use crate::runtime::{Language, Runtimes};
use crate::task::{FuelFamily, ReferenceFuel, Task};
use anyhow::{Context, Result, anyhow};

/// Each test's fuel for an answer in `lang`: `None` where the test's fuel is fixed, or
/// where no reference passed the test (it keeps the fuel it is measured with;
/// `task validate` reports such a reference).
pub(crate) fn budgets(runtimes: &Runtimes, task: &Task, checker: &Checker, lang: Language) -> Result<Vec<Option<u64>>> {
    if !task.has_auto_fuel() {
        return Ok(vec![None; task.tests.len()]);
    }
    let measured = task.reference_fuel.get_or_init(|| measure(runtimes, task, checker));
    let measured = measured.as_ref().map_err(|why| anyhow!("task {}: fuel = \"auto\": {why}", task.id))?;
    let family = FuelFamily::of(lang);
    let used = |i: usize| -> Option<u64> {
        let most = |same: bool| {
            measured.by_family.iter().filter(|(f, _)| !same || *f == family).filter_map(|(_, fuel)| fuel[i]).max()
        };
        most(true).or_else(|| most(false))
    };
    Ok(task.tests.iter().enumerate().map(|(i, t)| Some(t.auto_fuel?.budget(used(i)?))).collect())
}

/// Grades every reference with the fuel they are measured with.
fn measure(runtimes: &Runtimes, task: &Task, checker: &Checker) -> Result<ReferenceFuel, String> {
    let mut graded = Vec::new();
    for path in &task.reference {
        let r = reference_response(task, path)
            .and_then(|response| grade_caught(runtimes, task, checker, &response, FuelMode::Measuring))
            .map_err(|e| format!("{e:#}"))?;
        graded.push(r);
    }
    from_references(&graded)
}

/// The most fuel a passing reference of each family used on each test, from their
/// results (graded with the measuring fuel); `task validate` hands in its own.
pub(crate) fn from_references<'r>(
    graded: impl IntoIterator<Item = &'r ResponseResult>,
) -> Result<ReferenceFuel, String> {
    let mut graded = graded.into_iter().peekable();
    if graded.peek().is_none() {
        return Err("the task has no reference to measure: add `reference = [\"reference.py\"]`".into());
    }
    let mut by_family: Vec<(FuelFamily, Vec<Option<u64>>)> = Vec::new();
    for r in graded {
        let fuel: Vec<Option<u64>> = r.tests.iter().map(|t| (t.verdict == Verdict::Pass).then_some(t.fuel)).collect();
        if fuel.len() != r.total {
            continue; // did not compile
        }
        let family = FuelFamily::of(r.language);
        match by_family.iter_mut().find(|(f, _)| *f == family) {
            Some((_, most)) => most.iter_mut().zip(&fuel).for_each(|(m, f)| *m = (*m).max(*f)),
            None => by_family.push((family, fuel)),
        }
    }
    Ok(ReferenceFuel { by_family })
}

/// A reference file as the response it is graded as.
pub(crate) fn reference_response(task: &Task, path: &std::path::Path) -> Result<Response> {
    let code = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let language =
        Language::from_path(path).with_context(|| format!("cannot tell the language of {}", path.display()))?;
    let name = path.strip_prefix(&task.dir).unwrap_or(path).display().to_string();
    let mut response = Response::new(&task.id, &name, language, code);
    response.filename = path.file_name().map(|n| n.to_string_lossy().into_owned());
    Ok(response)
}
