//! testlib-style checkers: a WASI command run as `checker input output answer` with the
//! three files in a read-only folder, its exit status mapped as testlib does. Existing
//! competitive-programming checkers compiled to wasm32-wasi run unchanged.
//!
//! | exit | testlib | verdict |
//! |---|---|---|
//! | 0 | OK | pass |
//! | 1 | WA | wrong_answer |
//! | 2 | PE (presentation error) | wrong_answer |
//! | 4 | DIRT (extra output) | wrong_answer |
//! | 7 | POINTS: the score (in [0, 1]) is the first number on stderr | partial |
//! | 8 | unexpected end of output | wrong_answer |
//! | 3 (FAIL) and anything else, traps, limits | the checker failed | grader_error |

use crate::judge::builtin::{Answer, Judgement};
use crate::judge::{CheckResult, GraderFault};
use crate::sandbox::{Entry, Limits, Mount, Outcome, OutcomeKind, Program, RunRequest, Sandbox};
use crate::task::{Expected, TestCase, TestInput};
use anyhow::{Context, Result};
use std::path::Path;

pub struct TestlibChecker {
    program: Program,
    limits: Limits,
}

/// Where the checker finds its three files.
const GUEST_DIR: &str = "/check";

impl TestlibChecker {
    pub fn load(sandbox: &Sandbox, module: &Path, limits: Limits) -> Result<TestlibChecker> {
        let bytes = std::fs::read(module).with_context(|| format!("cannot read the checker {}", module.display()))?;
        let program = sandbox.load_module(&bytes).with_context(|| {
            format!("{} is not a WASI command module (testlib checkers are compiled for wasm32-wasi)", module.display())
        })?;
        Ok(TestlibChecker { program, limits })
    }

    pub fn sha256(&self) -> &str {
        &self.program.sha256
    }

    pub fn check(&self, sandbox: &Sandbox, test: &TestCase, actual: &Answer, _outcome: &Outcome) -> CheckResult {
        let dir = tempfile::tempdir().map_err(|e| GraderFault(format!("cannot prepare the checker's files: {e}")))?;
        let input = match &test.input {
            TestInput::Stdin(b) => b.to_vec(),
            TestInput::Args(a) => serde_json::Value::Array(a.clone()).to_string().into_bytes(),
            TestInput::Script(s) => s.clone().into_bytes(),
        };
        let answer = match &test.expected {
            Expected::Text(t) => t.clone().into_bytes(),
            Expected::Json(v) => v.to_string().into_bytes(),
        };
        for (name, bytes) in [("input", input), ("output", actual.text().as_bytes().to_vec()), ("answer", answer)] {
            std::fs::write(dir.path().join(name), bytes)
                .map_err(|e| GraderFault(format!("cannot prepare the checker's files: {e}")))?;
        }
        let mut req = RunRequest::new(Entry::Start, self.limits);
        req.args = ["checker", "input", "output", "answer"]
            .iter()
            .map(|f| if *f == "checker" { f.to_string() } else { format!("{GUEST_DIR}/{f}") })
            .collect();
        req.mounts = vec![Mount { host: dir.path().to_path_buf(), guest: GUEST_DIR.into() }];
        let done =
            sandbox.run(&self.program, &req).map_err(|e| GraderFault(format!("the checker could not run: {e:#}")))?;
        let message = String::from_utf8_lossy(&done.stderr).trim().to_string();
        if done.kind != OutcomeKind::Exited {
            return Err(GraderFault(format!("the checker failed: {}", done.summary())));
        }
        let said = |what: &str| if message.is_empty() { what.to_string() } else { format!("{what}: {message}") };
        match done.exit_code.unwrap_or(0) {
            0 => Ok(Judgement::new(1.0, message)),
            1 => Ok(Judgement::fail(said("wrong answer"))),
            2 => Ok(Judgement::fail(said("presentation error"))),
            4 => Ok(Judgement::fail(said("extra output"))),
            8 => Ok(Judgement::fail(said("unexpected end of output"))),
            7 => match first_number(&message) {
                Some(p) if (0.0..=1.0).contains(&p) => Ok(Judgement::new(p, said(&format!("{p} points")))),
                Some(p) => Err(GraderFault(format!("the checker awarded {p} points, outside [0, 1]"))),
                None => Err(GraderFault(format!("the checker exited with POINTS but printed no score: {message:?}"))),
            },
            3 => Err(GraderFault(said("the checker reported FAIL"))),
            code => Err(GraderFault(format!(
                "the checker exited with status {code}, which testlib does not define: {message}"
            ))),
        }
    }
}

fn first_number(text: &str) -> Option<f64> {
    text.split(|c: char| c.is_whitespace() || c == ':' || c == ',').find_map(|t| t.parse::<f64>().ok())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_score_is_the_first_number() {
        assert_eq!(super::first_number("points 0.75 good"), Some(0.75));
        assert_eq!(super::first_number("0.5"), Some(0.5));
        assert_eq!(super::first_number("no score"), None);
    }
}
