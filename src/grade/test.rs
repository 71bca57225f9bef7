//! One test of one response: run the program as the task's mode says, let the judge
//! decide, and keep the evidence a person needs (bounded excerpts).

use crate::grader::Checker;
use crate::judge::builtin::clip;
use crate::judge::{self, Ruling};
use crate::result::{Flag, TestResult};
use crate::runtime::{Language, RuntimeIdentity, Runtimes, Script};
use crate::sandbox::Outcome;
use crate::task::{Expected, Mode, Task, TestCase, TestInput};
use anyhow::{Result, bail};

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
) -> Result<(TestResult, Vec<Flag>, RuntimeIdentity)> {
    let (judged, outcome, runtime) = match (&test.input, task.mode) {
        (TestInput::Stdin(stdin), _) => {
            let ex = runtimes.exec_built(lang, code.as_bytes(), filename, stdin.clone(), test.limits, &task.build)?;
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
    judged: Ruling,
    outcome: &Outcome,
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
        time_ms: (outcome.time_ms * 1000.0).round() / 1000.0,
        peak_memory_bytes: outcome.peak_memory_bytes,
        fuel_budget: None,
        expected_excerpt: clip(expected, EXCERPT),
        actual_excerpt: clip(&judged.actual, EXCERPT),
        stderr_excerpt: stderr_tail(&outcome.stderr),
        feedback: judge::bounded(judged.feedback),
        mismatch: judged.mismatch,
    };
    (result, flags)
}

/// The program a script test runs: the candidate's code, the task's setup, the test.
pub(crate) fn script_for(task: &Task, code: &str, checks: &str) -> Script {
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
