//! `gradebox grader test`: a grader run on fixture cases (input, expected, what the
//! candidate printed or returned, and the verdict the designer wants), decided exactly
//! as a real run would be.

use super::wasm::WasmGrader;
use crate::judge;
use crate::judge::builtin::Answer;
use crate::result::Verdict;
use crate::sandbox::limits::GRADER_LIMITS;
use crate::sandbox::{Fuel, Outcome, OutcomeKind, Sandbox};
use crate::task::{Expected, TestCase, TestInput, toml_to_json};
use anyhow::{Context, Result, anyhow};
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CasesFile {
    /// `[checker] args` the grader sees, as in task.toml.
    #[serde(default)]
    args: toml::Table,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    /// stdin of the test (stdio mode).
    #[serde(default)]
    input: String,
    /// Function mode: the call's arguments.
    call_args: Option<Vec<toml::Value>>,
    #[serde(default)]
    expected: Option<toml::Value>,
    /// What the candidate printed (stdio mode)...
    #[serde(default)]
    actual: String,
    /// ...or returned (function mode).
    returned: Option<toml::Value>,
    /// pass | partial | wrong_answer | grader_error
    want: Verdict,
}

pub struct CaseResult {
    pub name: String,
    pub want: Verdict,
    pub got: Verdict,
    pub score: f64,
    pub feedback: String,
}

pub fn run_cases(sandbox: &Sandbox, grader_wasm: &Path, cases_file: &Path) -> Result<Vec<CaseResult>> {
    let text = std::fs::read_to_string(cases_file).with_context(|| format!("cannot read {}", cases_file.display()))?;
    let file: CasesFile = toml::from_str(&text).map_err(|e| anyhow!("{}: {e}", cases_file.display()))?;
    let args = toml_to_json(toml::Value::Table(file.args));
    let grader = WasmGrader::load(sandbox, grader_wasm, &args, GRADER_LIMITS)?;
    let mut results = Vec::new();
    for case in file.cases {
        let function = case.call_args.is_some() || case.returned.is_some();
        let test = TestCase {
            name: case.name.clone(),
            input: match &case.call_args {
                Some(a) => TestInput::Args(a.iter().cloned().map(toml_to_json).collect()),
                None => TestInput::Stdin(case.input.clone().into()),
            },
            expected: match (&case.expected, function) {
                (Some(v), true) => Expected::Json(toml_to_json(v.clone())),
                (Some(toml::Value::String(s)), false) => Expected::Text(s.clone()),
                (Some(other), false) => Expected::Text(other.to_string()),
                (None, _) => Expected::Text(String::new()),
            },
            points: 1.0,
            limits: GRADER_LIMITS,
            auto_fuel: None,
        };
        let outcome = Outcome {
            kind: OutcomeKind::Exited,
            exit_code: Some(0),
            stdout: case.actual.clone().into_bytes(),
            stderr: Vec::new(),
            stdout_truncated: false,
            stderr_truncated: false,
            fuel_used: Fuel(0),
            peak_memory_bytes: 0,
            wall_ms: 0.0,
            time_ms: 0.0,
            trap: None,
            returned: None,
        };
        let judged = match &case.returned {
            Some(v) => {
                let envelope = crate::runtime::Envelope::Returned(toml_to_json(v.clone()));
                judge::function(&outcome, Some(&envelope), |a| grader.grade(sandbox, &test, a, &outcome))
            }
            None => judge::stdio(&outcome, |a: &Answer| grader.grade(sandbox, &test, a, &outcome)),
        };
        results.push(CaseResult {
            name: case.name,
            want: case.want,
            got: judged.verdict,
            score: judged.score,
            feedback: judged.feedback,
        });
    }
    Ok(results)
}
