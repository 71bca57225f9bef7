//! What a program did: the sandbox's only output.

use super::limits::Fuel;
use serde::{Deserialize, Serialize};

/// How a run ended. Exactly one applies; see [`Outcome`] for the evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeKind {
    /// The program ended by itself, with `exit_code`.
    Exited,
    /// It used up its fuel (deterministic CPU budget).
    FuelExhausted,
    /// It passed its time limit (CPU time plus sleep), or the wall-clock backstop
    /// ended it blocked in a host call.
    TimedOut,
    /// The memory cap refused a growth (reported even if the program then exited).
    MemoryLimit,
    /// It wrote more than the output cap to stdout or stderr.
    OutputLimit,
    /// It exhausted the wasm call stack.
    StackOverflow,
    /// Any other trap: unreachable, out-of-bounds access, unknown import called, ...
    Trapped,
}

impl OutcomeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OutcomeKind::Exited => "exited",
            OutcomeKind::FuelExhausted => "fuel_exhausted",
            OutcomeKind::TimedOut => "timed_out",
            OutcomeKind::MemoryLimit => "memory_limit",
            OutcomeKind::OutputLimit => "output_limit",
            OutcomeKind::StackOverflow => "stack_overflow",
            OutcomeKind::Trapped => "trapped",
        }
    }
}

impl std::fmt::Display for OutcomeKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a component export handed back, when the run called one.
#[derive(Clone, Debug)]
pub enum Returned {
    Nothing,
    Int(i64),
    Text(String),
    NoText,
    /// A grader's decision.
    Verdict(super::GraderVerdict),
}

/// Everything a run produced and used.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub kind: OutcomeKind,
    pub exit_code: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub stdout_truncated: bool,
    pub stderr_truncated: bool,
    pub fuel_used: Fuel,
    pub peak_memory_bytes: u64,
    pub wall_ms: f64,
    /// What the time limit counts: CPU time of the run's thread plus virtual sleep.
    pub time_ms: f64,
    pub trap: Option<String>,
    /// Set when a component export returned normally.
    pub returned: Option<Returned>,
}

/// The `gradebox exec --json` shape (documented in docs/exec.md).
#[derive(Serialize)]
pub struct OutcomeJson<'a> {
    pub outcome: OutcomeKind,
    pub exit_code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub stdout_truncated: bool,
    pub stderr_truncated: bool,
    pub fuel_used: u64,
    pub peak_memory_bytes: u64,
    pub wall_ms: f64,
    /// CPU time plus virtual sleep: what the time limit counts.
    pub time_ms: f64,
    pub trap: Option<&'a str>,
}

impl Outcome {
    /// A run refused before it started (a module beyond what a run may have).
    pub(crate) fn refused(kind: OutcomeKind, why: &str) -> Outcome {
        Outcome {
            kind,
            exit_code: None,
            stdout: Vec::new(),
            stderr: Vec::new(),
            stdout_truncated: false,
            stderr_truncated: false,
            fuel_used: super::Fuel(0),
            peak_memory_bytes: 0,
            wall_ms: 0.0,
            time_ms: 0.0,
            trap: Some(why.to_string()),
            returned: None,
        }
    }

    pub fn to_json(&self) -> OutcomeJson<'_> {
        OutcomeJson {
            outcome: self.kind,
            exit_code: self.exit_code,
            stdout: String::from_utf8_lossy(&self.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&self.stderr).into_owned(),
            stdout_truncated: self.stdout_truncated,
            stderr_truncated: self.stderr_truncated,
            fuel_used: self.fuel_used.0,
            peak_memory_bytes: self.peak_memory_bytes,
            wall_ms: (self.wall_ms * 1000.0).round() / 1000.0,
            time_ms: (self.time_ms * 1000.0).round() / 1000.0,
            trap: self.trap.as_deref(),
        }
    }

    /// True when the program ran to its end and exited with status 0.
    pub fn success(&self) -> bool {
        self.kind == OutcomeKind::Exited && self.exit_code == Some(0)
    }

    /// One line for people: "exited with 3", "fuel_exhausted after 2000000000 fuel", ...
    pub fn summary(&self) -> String {
        match self.kind {
            OutcomeKind::Exited => format!("exited with {}", self.exit_code.unwrap_or(0)),
            OutcomeKind::FuelExhausted => format!("fuel_exhausted after {} fuel", self.fuel_used.0),
            OutcomeKind::TimedOut => match &self.trap {
                Some(which) => format!("timed_out: {which}"),
                None => format!("timed_out after {:.0} ms", self.time_ms),
            },
            OutcomeKind::MemoryLimit => {
                format!("memory_limit: a growth past the cap was refused (peak {} bytes)", self.peak_memory_bytes)
            }
            OutcomeKind::OutputLimit => "output_limit: output past the cap was dropped".to_string(),
            OutcomeKind::StackOverflow => "stack_overflow".to_string(),
            OutcomeKind::Trapped => format!("trapped: {}", self.trap.as_deref().unwrap_or("unknown trap")),
        }
    }
}
