//! A task's checker, ready to compare answers: a built-in one, or a sandboxed grader
//! loaded once per process.

use super::testlib::TestlibChecker;
use super::wasm::WasmGrader;
use crate::judge::builtin::{self as checkers, Answer, CheckInput};
use crate::judge::{CheckResult, GraderFault};
use crate::runtime::Runtimes;
use crate::sandbox::Outcome;
use crate::task::{CheckerSpec, Expected, Task, TestCase};
use anyhow::Result;

pub struct Checker {
    spec: CheckerSpec,
    grader: Option<Grader>,
}

/// A checker that is a program of its own.
enum Grader {
    Wasm(WasmGrader),
    Testlib(TestlibChecker),
}

impl Checker {
    /// Loads the task's checker; a wasm grader is compiled (or taken from the cache) now.
    pub fn new(task: &Task, runtimes: &Runtimes) -> Result<Checker> {
        let grader = match &task.checker {
            CheckerSpec::Wasm { module, args, limits } => {
                Some(Grader::Wasm(WasmGrader::load(runtimes.sandbox(), module, args, *limits)?))
            }
            CheckerSpec::Testlib { module, limits } => {
                Some(Grader::Testlib(TestlibChecker::load(runtimes.sandbox(), module, *limits)?))
            }
            _ => None,
        };
        Ok(Checker { spec: task.checker.clone(), grader })
    }

    /// SHA-256 of the grader module, for provenance.
    pub fn grader_sha256(&self) -> Option<String> {
        self.grader.as_ref().map(|g| match g {
            Grader::Wasm(w) => w.sha256().to_string(),
            Grader::Testlib(t) => t.sha256().to_string(),
        })
    }

    /// Judges `actual`, what the candidate produced in `outcome`, against `test`.
    pub fn check(&self, runtimes: &Runtimes, test: &TestCase, actual: &Answer, outcome: &Outcome) -> CheckResult {
        let expected = match &test.expected {
            Expected::Text(t) => Answer::Text(t.clone()),
            Expected::Json(v) => Answer::Json(v.clone()),
        };
        let input = |tolerance| CheckInput { expected: &expected, actual, tolerance };
        let default = Default::default();
        Ok(match &self.spec {
            CheckerSpec::Exact => checkers::exact::check(&input(default)),
            CheckerSpec::Lines => checkers::lines::check(&input(default)),
            CheckerSpec::Tokens => checkers::tokens::check(&input(default)),
            CheckerSpec::Unordered => checkers::unordered::check(&input(default)),
            CheckerSpec::Float { tolerance } => checkers::float::check(&input(*tolerance)),
            CheckerSpec::Json { tolerance } => checkers::json::check(&input(*tolerance)),
            CheckerSpec::Wasm { .. } | CheckerSpec::Testlib { .. } => match &self.grader {
                Some(Grader::Wasm(g)) => return g.grade(runtimes.sandbox(), test, actual, outcome),
                Some(Grader::Testlib(t)) => return t.check(runtimes.sandbox(), test, actual, outcome),
                None => return Err(GraderFault("the grader was not loaded".into())),
            },
        })
    }
}
