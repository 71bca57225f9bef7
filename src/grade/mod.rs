//! Grading: one response through every test of its task, assembled into its result
//! line. `test` runs and judges one test; `validate` checks a task against its own
//! reference and wrong solutions. Where a verdict is decided: `crate::judge`.

mod budget;
mod test;
pub mod validate;

use crate::grader::Checker;
use crate::judge::builtin::clip;
use crate::result::{self, Provenance, Response, ResponseResult, Verdict};
use crate::runtime::{Language, RuntimeIdentity, Runtimes};
use crate::sandbox::sha256_hex;
use crate::task::Task;
use anyhow::{Result, bail};
pub use test::{run_test, test_result};

/// Grades one response against every test of `task`. `Err` is gradebox's own failure
/// (a runtime that cannot load, or a bug of gradebox's that panicked on this pair);
/// everything the candidate did is in the result. A panic is caught here so that one
/// pair's hostile data can never take the rest of a batch down with it.
pub fn grade_response(
    runtimes: &Runtimes,
    task: &Task,
    checker: &Checker,
    response: &Response,
) -> Result<ResponseResult> {
    let graded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        grade_caught(runtimes, task, checker, response, FuelMode::Derived)
    }));
    graded.unwrap_or_else(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown cause".into());
        bail!("internal error while grading (a bug in gradebox, please report it): {why}")
    })
}

/// Whether `"auto"` fuel is derived from the references (grading), or the tests run
/// with the fuel they are measured with (measuring the references themselves).
#[derive(Clone, Copy, PartialEq)]
enum FuelMode {
    Derived,
    Measuring,
}

fn grade_caught(
    runtimes: &Runtimes,
    task: &Task,
    checker: &Checker,
    response: &Response,
    fuel: FuelMode,
) -> Result<ResponseResult> {
    let lang = response.language;
    if !task.languages.contains(&lang) {
        bail!(
            "task {} does not allow {lang} (allowed: {})",
            task.id,
            task.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(", ")
        );
    }
    let filename = response.filename.as_deref().unwrap_or(lang.main_filename());
    let code = &response.code;
    let mut result = empty_result(task, checker, response);
    // A wasm response is WAT text (JSON holds text, not bytes): its bytes are the module.
    if let Some(msg) = runtimes.check_built(lang, code.as_bytes(), filename, &task.build, task.limits)? {
        result.verdict = Verdict::CompileError;
        result.compile_error = Some(clip(&msg, 1000));
        if lang == Language::Wasm {
            result.provenance.runtime.sha256 = sha256_hex(code.as_bytes());
        }
        if let Some(toolchain) = runtimes.built_identity(lang, &task.build) {
            result.provenance.runtime = toolchain;
        }
        return Ok(result);
    }
    let budgets = match fuel {
        FuelMode::Derived => budget::budgets(runtimes, task, checker, lang)?,
        FuelMode::Measuring => vec![None; task.tests.len()],
    };
    let mut earned = 0.0;
    for (test, budget) in task.tests.iter().zip(budgets) {
        let budgeted;
        let test = match budget {
            Some(fuel) => {
                budgeted = crate::task::TestCase {
                    limits: crate::sandbox::Limits { fuel: crate::sandbox::Fuel(fuel), ..test.limits },
                    ..test.clone()
                };
                &budgeted
            }
            None => test,
        };
        let (mut t, flags, runtime) = run_test(runtimes, task, checker, lang, code, filename, test)?;
        t.fuel_budget = budget;
        result.provenance.runtime = runtime;
        earned += t.score * t.points;
        if t.verdict == Verdict::Pass {
            result.passed += 1;
        } else if result.verdict == Verdict::Pass {
            result.verdict = t.verdict;
        }
        result.flags.extend(flags);
        result.tests.push(t);
    }
    result.score = score(earned, task.total_points(), result.verdict);
    Ok(result)
}

/// The result line before any test ran: a pass with no tests, and the provenance.
fn empty_result(task: &Task, checker: &Checker, response: &Response) -> ResponseResult {
    let lang = response.language;
    ResponseResult {
        schema: result::SCHEMA.into(),
        task: task.id.clone(),
        response: response.response.clone(),
        language: lang,
        verdict: Verdict::Pass,
        score: 0.0,
        passed: 0,
        total: task.tests.len(),
        compile_error: None,
        tests: Vec::new(),
        flags: Vec::new(),
        provenance: Provenance {
            gradebox: env!("CARGO_PKG_VERSION").into(),
            runtime: RuntimeIdentity { name: lang.as_str().into(), version: String::new(), sha256: String::new() },
            task_sha256: task.sha256.clone(),
            grader_sha256: checker.grader_sha256(),
            limits: task.limits,
        },
        metadata: response.metadata.clone(),
    }
}

/// Points earned over points possible, rounded to six places; a task whose tests are
/// worth nothing scores 1 when everything passed.
fn score(earned: f64, possible: f64, verdict: Verdict) -> f64 {
    let score = if possible > 0.0 {
        earned / possible
    } else if verdict == Verdict::Pass {
        1.0
    } else {
        0.0
    };
    (score * 1e6).round() / 1e6
}
