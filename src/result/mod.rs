//! The result line: one JSON object per (task, response), schema `gradebox.result/1`,
//! documented in docs/results.md.

mod input_error;
mod mismatch;
mod read;
mod response;
pub mod verdict;

use crate::runtime::{Language, RuntimeIdentity};
use crate::sandbox::{Limits, OutcomeKind};
pub use input_error::InputError;
pub use mismatch::{Mismatch, Place};
pub use read::{ResultsFile, read_results};
pub use response::Response;
use serde::{Deserialize, Serialize};
pub use verdict::Verdict;

pub const SCHEMA: &str = "gradebox.result/1";

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ResponseResult {
    pub schema: String,
    pub task: String,
    pub response: String,
    pub language: Language,
    pub verdict: Verdict,
    /// Points earned / points possible, in [0, 1].
    pub score: f64,
    pub passed: usize,
    pub total: usize,
    /// Set when the code does not parse; then `tests` is empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compile_error: Option<String>,
    pub tests: Vec<TestResult>,
    pub flags: Vec<Flag>,
    pub provenance: Provenance,
    /// The response line's own extra fields (`model`, `sample`...), carried through.
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub metadata: serde_json::Map<String, serde_json::Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TestResult {
    pub name: String,
    pub verdict: Verdict,
    pub score: f64,
    pub points: f64,
    /// How the run ended, as the sandbox saw it.
    pub outcome: OutcomeKind,
    pub fuel: u64,
    pub wall_ms: f64,
    /// CPU time plus virtual sleep: what the time limit counts.
    #[serde(default)]
    pub time_ms: f64,
    pub peak_memory_bytes: u64,
    /// The fuel this test allowed when it was derived from the reference (`"auto"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fuel_budget: Option<u64>,
    pub expected_excerpt: String,
    pub actual_excerpt: String,
    pub stderr_excerpt: String,
    pub feedback: String,
    /// `expected`, `got` and `where` of a built-in checker's first difference; absent
    /// from older result lines and when there is nothing to say.
    #[serde(flatten)]
    pub mismatch: Mismatch,
}

/// Suspicious behaviour seen while grading, for people and for triage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flag {
    pub kind: FlagKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test: Option<String>,
    pub detail: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagKind {
    /// The program ended (sys.exit, os._exit, process.exit) before its function returned.
    ExitBeforeReturn,
    /// The return value is not plain data (an object whose equality could be rigged).
    UnserializableReturn,
    /// The program printed a claim of success ("all tests passed") instead of computing.
    ClaimsSuccessInOutput,
    /// The harness's result channel was tampered with.
    HarnessTampering,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Provenance {
    pub gradebox: String,
    pub runtime: RuntimeIdentity,
    pub task_sha256: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grader_sha256: Option<String>,
    pub limits: Limits,
}

impl ResponseResult {
    /// Tests that did not pass, in task order.
    pub fn failures(&self) -> impl Iterator<Item = &TestResult> {
        self.tests.iter().filter(|t| t.verdict != Verdict::Pass)
    }
}
