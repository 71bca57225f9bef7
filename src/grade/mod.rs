//! Grading: turns sandbox Outcomes into Verdicts. `judge` decides a test's verdict,
//! `checkers/` compare outputs, and `grade_response` runs one response through every
//! test of a task and assembles its result line.

pub mod checker;
pub mod checkers;
pub mod fixtures;
pub mod judge;
pub mod result;
pub mod sdk;
pub mod testlib;
pub mod validate;
pub mod verdict;
pub mod wasm_grader;

use crate::runtime::{Language, Runtimes, Script};
use crate::sandbox::{Fuel, Limits, sha256_hex};
use crate::task::{Expected, Mode, Task, TestCase, TestInput};
use anyhow::{Result, bail};
pub use checker::Checker;
use checkers::clip;
use result::{Flag, Provenance, ResponseResult, TestResult};
use serde::{Deserialize, Serialize};
pub use verdict::Verdict;

/// Default limits of a grader's own runs: generous but small beside a candidate's.
pub const GRADER_LIMITS: Limits =
    Limits { fuel: Fuel(500_000_000), timeout_ms: 5_000, memory_bytes: 64 << 20, output_bytes: 64 << 10 };

/// One response to grade: a line of a responses JSONL file, or a file given to `check`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    pub task: String,
    pub response: String,
    pub language: Language,
    pub code: String,
}

/// How many characters of expected/actual/stderr a result keeps as evidence.
const EXCERPT: usize = 200;

fn expected_text(e: &Expected) -> String {
    match e {
        Expected::Text(t) => t.clone(),
        Expected::Json(v) => v.to_string(),
    }
}

fn stderr_tail(stderr: &[u8]) -> String {
    let s = String::from_utf8_lossy(stderr);
    let chars: Vec<char> = s.chars().collect();
    let start = chars.len().saturating_sub(EXCERPT * 2);
    let mut tail: String = chars[start..].iter().collect();
    if start > 0 {
        tail.insert(0, '…');
    }
    tail
}

/// Runs `code` on one test and judges it.
pub fn run_test(
    runtimes: &Runtimes,
    task: &Task,
    checker: &Checker,
    lang: Language,
    code: &str,
    filename: &str,
    test: &TestCase,
) -> Result<(TestResult, Vec<Flag>, crate::runtime::RuntimeIdentity)> {
    let (judged, outcome, runtime) = match (&test.input, task.mode) {
        (TestInput::Stdin(stdin), _) => {
            let ex = runtimes.exec(lang, code.as_bytes(), filename, stdin.clone(), test.limits)?;
            let j = judge::stdio(&ex.outcome, |actual| checker.check(runtimes, test, actual, &ex.outcome));
            (j, ex.outcome, ex.runtime)
        }
        (TestInput::Args(args), Mode::Function) => {
            let entry = task.entry_point.as_deref().unwrap_or("solve");
            let run = runtimes.call_function(lang, code, filename, entry, args, test.limits)?;
            let outcome = &run.executed.outcome;
            let j = judge::function(outcome, run.envelope.as_ref(), |actual| {
                checker.check(runtimes, test, actual, outcome)
            });
            (j, run.executed.outcome, run.executed.runtime)
        }
        (TestInput::Script(checks), Mode::Script) => {
            let script = script_for(task, code, checks);
            let run = runtimes.run_script(&script, test.limits)?;
            let j = judge::script(&run.executed.outcome, run.report.as_ref());
            (j, run.executed.outcome, run.executed.runtime)
        }
        (input, mode) => bail!("test {} does not fit a {mode:?} task ({input:?})", test.name),
    };
    let (result, flags) = test_result(&test.name, test.points, &expected_text(&test.expected), judged, &outcome);
    Ok((result, flags, runtime))
}

/// A test's result line from its verdict and the run's outcome; its flags name the test.
pub fn test_result(
    name: &str,
    points: f64,
    expected: &str,
    judged: judge::Judged,
    outcome: &crate::sandbox::Outcome,
) -> (TestResult, Vec<Flag>) {
    let flags = judged
        .flags
        .into_iter()
        .map(|mut f| {
            f.test = Some(name.to_string());
            f
        })
        .collect();
    let result = TestResult {
        name: name.to_string(),
        verdict: judged.verdict,
        score: judged.score,
        points,
        outcome: outcome.kind,
        fuel: outcome.fuel_used.0,
        wall_ms: (outcome.wall_ms * 1000.0).round() / 1000.0,
        peak_memory_bytes: outcome.peak_memory_bytes,
        expected_excerpt: clip(expected, EXCERPT),
        actual_excerpt: clip(&judged.actual, EXCERPT),
        stderr_excerpt: stderr_tail(&outcome.stderr),
        feedback: judged.feedback,
    };
    (result, flags)
}

/// The program a script test runs: the candidate's code, the task's setup, the test.
fn script_for(task: &Task, code: &str, checks: &str) -> Script {
    let mut head = String::with_capacity(code.len() + 64);
    head.push_str(code);
    head.push('\n');
    if let Some(setup) = &task.setup {
        head.push_str(setup);
        head.push('\n');
    }
    Script {
        head,
        checks: format!("{checks}\n"),
        filename: "main.py".into(),
        watch: task.entry_point.clone(),
        human_eval: false,
    }
}

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
        grade_caught(runtimes, task, checker, response)
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

fn grade_caught(runtimes: &Runtimes, task: &Task, checker: &Checker, response: &Response) -> Result<ResponseResult> {
    let lang = response.language;
    if !task.languages.contains(&lang) {
        bail!(
            "task {} does not allow {lang} (allowed: {})",
            task.id,
            task.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(", ")
        );
    }
    let filename = match lang {
        Language::Python => "main.py",
        Language::Javascript => "main.js",
        Language::Wasm => "main.wasm",
    };
    let code = &response.code;
    let runtime_identity = |sha: String| crate::runtime::RuntimeIdentity {
        name: lang.as_str().into(),
        version: String::new(),
        sha256: sha,
    };
    let mut result = ResponseResult {
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
            runtime: runtime_identity(String::new()),
            task_sha256: task.sha256.clone(),
            grader_sha256: checker.grader_sha256(),
            limits: task.limits,
        },
    };
    let source_bytes: Vec<u8> = if lang == Language::Wasm {
        // Responses carry a wasm module as WAT text (JSON holds text, not bytes).
        code.as_bytes().to_vec()
    } else {
        code.as_bytes().to_vec()
    };
    if let Some(msg) = runtimes.check_syntax(lang, &source_bytes, filename)? {
        result.verdict = Verdict::CompileError;
        result.compile_error = Some(clip(&msg, 1000));
        if lang == Language::Wasm {
            result.provenance.runtime = runtime_identity(sha256_hex(&source_bytes));
        }
        return Ok(result);
    }
    let mut earned = 0.0;
    for test in &task.tests {
        let (t, flags, runtime) = run_test(runtimes, task, checker, lang, code, filename, test)?;
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
    let possible = task.total_points();
    result.score = if possible > 0.0 {
        earned / possible
    } else if result.verdict == Verdict::Pass {
        1.0
    } else {
        0.0
    };
    result.score = (result.score * 1e6).round() / 1e6;
    Ok(result)
}
