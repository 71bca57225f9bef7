//! Calls a task's WebAssembly grader (the `gradebox:grader@1.0.0` world) in the sandbox,
//! under the grader's own limits. Whatever goes wrong in the grader (a trap, a loop,
//! memory, a score outside [0, 1] or NaN, an inconsistent verdict) is the grader's
//! fault: an `Err` here becomes `grader_error`, never a candidate verdict.

use crate::judge::builtin::{Answer, Judgement};
use crate::judge::{CheckResult, GraderFault};
use crate::sandbox::{
    Entry, GraderRun, GraderTest, Limits, Outcome, OutcomeKind, Program, Returned, RunRequest, Sandbox, sha256_hex,
};
use crate::task::{Expected, TestCase, TestInput};
use anyhow::{Context, Result};
use std::path::Path;

pub struct WasmGrader {
    program: Program,
    args_json: String,
    limits: Limits,
}

impl WasmGrader {
    pub fn load(sandbox: &Sandbox, module: &Path, args: &serde_json::Value, limits: Limits) -> Result<WasmGrader> {
        let bytes = std::fs::read(module).with_context(|| format!("cannot read the grader {}", module.display()))?;
        let sha = sha256_hex(&bytes);
        let program = sandbox.load_component(module, &sha).with_context(|| {
            format!(
                "{} is not a gradebox grader component (world gradebox:grader/grader@1.0.0); build graders with `gradebox grader build`",
                module.display()
            )
        })?;
        Ok(WasmGrader { program, args_json: args.to_string(), limits })
    }

    pub fn sha256(&self) -> &str {
        &self.program.sha256
    }

    pub fn grade(&self, sandbox: &Sandbox, test: &TestCase, actual: &Answer, outcome: &Outcome) -> CheckResult {
        let (input, args_json) = match &test.input {
            TestInput::Stdin(b) => (b.to_vec(), None),
            TestInput::Args(a) => (Vec::new(), Some(serde_json::Value::Array(a.clone()).to_string())),
            TestInput::Script(s) => (s.clone().into_bytes(), None),
        };
        let expected = match &test.expected {
            Expected::Text(t) => t.clone().into_bytes(),
            Expected::Json(v) => v.to_string().into_bytes(),
        };
        let returned_json = match actual {
            Answer::Json(v) => Some(v.to_string()),
            Answer::Text(_) => None,
        };
        let grader_test =
            GraderTest { name: test.name.clone(), input, args_json, expected, task_args_json: self.args_json.clone() };
        let run = GraderRun {
            stdout: outcome.stdout.clone(),
            stderr: outcome.stderr.clone(),
            exit_code: outcome.exit_code,
            outcome: outcome.kind.into(),
            returned_json,
        };
        let req = RunRequest::new(Entry::Grade { test: Box::new(grader_test), run: Box::new(run) }, self.limits);
        let done =
            sandbox.run(&self.program, &req).map_err(|e| GraderFault(format!("the grader could not run: {e:#}")))?;
        let verdict = match (&done.kind, &done.returned) {
            (OutcomeKind::Exited, Some(Returned::Verdict(v))) => v.clone(),
            (OutcomeKind::Exited, _) => {
                return Err(GraderFault(format!("the grader exited without a verdict ({})", done.summary())));
            }
            _ => return Err(GraderFault(format!("the grader failed: {}", done.summary()))),
        };
        if !verdict.score.is_finite() || !(0.0..=1.0).contains(&verdict.score) {
            return Err(GraderFault(format!("the grader returned score {}, outside [0, 1]", verdict.score)));
        }
        if verdict.passed != (verdict.score >= 1.0) {
            return Err(GraderFault(format!(
                "the grader's verdict is inconsistent: passed = {} with score {} (a pass scores 1)",
                verdict.passed, verdict.score
            )));
        }
        Ok(Judgement::new(verdict.score, verdict.feedback))
    }
}
