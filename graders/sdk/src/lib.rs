//! The gradebox grader SDK. A grader is one function:
//!
//! ```ignore
//! use gradebox_grader::{CandidateRun, Grader, TestCase, Verdict};
//!
//! struct Exact;
//!
//! impl Grader for Exact {
//!     fn grade(test: TestCase, run: CandidateRun) -> Verdict {
//!         if run.stdout == test.expected {
//!             Verdict::pass()
//!         } else {
//!             Verdict::fail("the output differs")
//!         }
//!     }
//! }
//!
//! gradebox_grader::export!(Exact);
//! ```
//!
//! Build it with `gradebox grader build DIR` (a `cdylib` for wasm32-wasip2) and name the
//! `.wasm` in task.toml: `[checker] kind = "wasm"`, `module = "grader.wasm"`.
//! The interface is `wit/grader.wit`, world `gradebox:grader/grader@1.0.0`.

#[doc(hidden)]
pub mod bindings {
    wit_bindgen::generate!({
        path: "wit",
        world: "grader",
        pub_export_macro: true,
        default_bindings_module: "gradebox_grader::bindings",
    });
}

pub use bindings::gradebox::grader::types::{CandidateRun, Outcome, TestCase, Verdict};
/// What a grader implements: `fn grade(test: TestCase, run: CandidateRun) -> Verdict`.
pub use bindings::Guest as Grader;
pub use bindings::export;

impl Verdict {
    /// Full credit.
    pub fn pass() -> Verdict {
        Verdict { score: 1.0, passed: true, feedback: String::new() }
    }
    /// No credit, with the reason for a human reader.
    pub fn fail(feedback: impl Into<String>) -> Verdict {
        Verdict { score: 0.0, passed: false, feedback: feedback.into() }
    }
    /// Part of the credit (`score` in (0, 1)), not passed.
    pub fn partial(score: f64, feedback: impl Into<String>) -> Verdict {
        Verdict { score, passed: false, feedback: feedback.into() }
    }
}

impl TestCase {
    /// The test's stdin as text.
    pub fn input_text(&self) -> String {
        String::from_utf8_lossy(&self.input).into_owned()
    }
    /// The expected answer as text.
    pub fn expected_text(&self) -> String {
        String::from_utf8_lossy(&self.expected).into_owned()
    }
    /// `[checker] args` from task.toml.
    pub fn task_args(&self) -> serde_json::Value {
        serde_json::from_str(&self.task_args_json).unwrap_or(serde_json::Value::Null)
    }
    /// A number from `[checker] args`, or `default`.
    pub fn task_arg_f64(&self, key: &str, default: f64) -> f64 {
        self.task_args().get(key).and_then(|v| v.as_f64()).unwrap_or(default)
    }
}

impl CandidateRun {
    /// What the candidate printed.
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
}
