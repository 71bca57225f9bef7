//! Verdicts: what an outcome means for a test and for a response.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Pass,
    /// 0 < score < 1.
    Partial,
    WrongAnswer,
    RuntimeError,
    /// Fuel or the time limit (CPU time plus sleep) ran out.
    TimeLimit,
    MemoryLimit,
    OutputLimit,
    /// The code does not even parse; reported once for the response.
    CompileError,
    /// The grader or gradebox failed: never the candidate's fault.
    GraderError,
}

impl Verdict {
    pub const ALL: [Verdict; 9] = [
        Verdict::Pass,
        Verdict::Partial,
        Verdict::WrongAnswer,
        Verdict::RuntimeError,
        Verdict::TimeLimit,
        Verdict::MemoryLimit,
        Verdict::OutputLimit,
        Verdict::CompileError,
        Verdict::GraderError,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::Partial => "partial",
            Verdict::WrongAnswer => "wrong_answer",
            Verdict::RuntimeError => "runtime_error",
            Verdict::TimeLimit => "time_limit",
            Verdict::MemoryLimit => "memory_limit",
            Verdict::OutputLimit => "output_limit",
            Verdict::CompileError => "compile_error",
            Verdict::GraderError => "grader_error",
        }
    }

    /// Whether the candidate is to blame (everything but grader_error).
    pub fn is_candidate_fault(self) -> bool {
        !matches!(self, Verdict::Pass | Verdict::GraderError)
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
