//! What a loaded task is: the plain data every later stage reads.

use super::fuel::AutoFuel;
use crate::runtime::Language;
use crate::sandbox::Limits;
use bytes::Bytes;
use serde::Serialize;
use std::path::PathBuf;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// The program reads stdin and writes stdout.
    Stdio,
    /// The program defines a function; each test calls it with arguments.
    Function,
    /// Python: each test's script (asserts) runs after the program; it passes when the
    /// script runs to its end (MBPP, HumanEval style).
    Script,
}

/// Tolerances of the numeric comparisons (`float` and `json` checkers).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Tolerance {
    pub abs: f64,
    pub rel: f64,
}

impl Default for Tolerance {
    fn default() -> Self {
        Tolerance { abs: 1e-6, rel: 1e-6 }
    }
}

/// Which checker decides whether an output is right.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum CheckerSpec {
    Exact,
    Lines,
    Tokens,
    Float {
        tolerance: Tolerance,
    },
    Unordered,
    Json {
        tolerance: Tolerance,
    },
    /// A sandboxed WebAssembly grader (docs/graders.md).
    Wasm {
        module: PathBuf,
        args: serde_json::Value,
        limits: Limits,
    },
    /// A testlib-style WASI checker: `checker input output answer`.
    Testlib {
        module: PathBuf,
        limits: Limits,
    },
}

impl CheckerSpec {
    pub fn kind(&self) -> &'static str {
        match self {
            CheckerSpec::Exact => "exact",
            CheckerSpec::Lines => "lines",
            CheckerSpec::Tokens => "tokens",
            CheckerSpec::Float { .. } => "float",
            CheckerSpec::Unordered => "unordered",
            CheckerSpec::Json { .. } => "json",
            CheckerSpec::Wasm { .. } => "wasm",
            CheckerSpec::Testlib { .. } => "testlib",
        }
    }
}

/// What a test gives the program.
#[derive(Clone, Debug)]
pub enum TestInput {
    Stdin(Bytes),
    /// Function mode: the arguments of the call.
    Args(Vec<serde_json::Value>),
    /// Script mode: Python run after the candidate's code.
    Script(String),
}

/// What the right answer is.
#[derive(Clone, Debug, PartialEq)]
pub enum Expected {
    Text(String),
    Json(serde_json::Value),
}

#[derive(Clone, Debug)]
pub struct TestCase {
    pub name: String,
    pub input: TestInput,
    pub expected: Expected,
    pub points: f64,
    /// With `"auto"` fuel, `limits.fuel` is what the reference is measured with; each
    /// response's budget is derived from that measurement when it is graded.
    pub limits: Limits,
    pub auto_fuel: Option<AutoFuel>,
}

#[derive(Clone, Debug)]
pub struct Task {
    pub id: String,
    pub title: Option<String>,
    pub prompt: String,
    pub mode: Mode,
    pub languages: Vec<Language>,
    /// Function mode: the function (or `Class.method`) each test calls. Script mode:
    /// the function whose return values are watched for rigged equality.
    pub entry_point: Option<String>,
    /// Script mode: code run after the candidate's, before each test's script.
    pub setup: Option<String>,
    pub reference: Vec<PathBuf>,
    pub wrong: Vec<PathBuf>,
    pub limits: Limits,
    /// How C and C++ answers are built (`[compile]`).
    pub build: crate::runtime::clang::BuildOptions,
    pub checker: CheckerSpec,
    pub tests: Vec<TestCase>,
    pub dir: PathBuf,
    /// SHA-256 over task.toml and every file it refers to.
    pub sha256: String,
    /// What the references used per test, measured once when a test's fuel is `"auto"`
    /// (shared by the task's clones).
    pub reference_fuel: std::sync::Arc<std::sync::OnceLock<Result<ReferenceFuel, String>>>,
}

/// The most fuel a passing reference of each family used on each test (in the task's
/// test order; `None` where none of the family passed).
#[derive(Clone, Debug, Default)]
pub struct ReferenceFuel {
    pub by_family: Vec<(FuelFamily, Vec<Option<u64>>)>,
}

/// Languages whose programs count fuel alike: they run on one runtime.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FuelFamily {
    Python,
    JavaScript,
    Clang,
    Wasm,
}

impl FuelFamily {
    pub fn of(lang: Language) -> FuelFamily {
        match lang {
            Language::Python => FuelFamily::Python,
            Language::Javascript | Language::Typescript => FuelFamily::JavaScript,
            Language::C | Language::Cpp => FuelFamily::Clang,
            Language::Wasm => FuelFamily::Wasm,
        }
    }
}

impl Task {
    /// Whether any test takes its fuel from the reference.
    pub fn has_auto_fuel(&self) -> bool {
        self.tests.iter().any(|t| t.auto_fuel.is_some())
    }

    pub fn total_points(&self) -> f64 {
        self.tests.iter().map(|t| t.points).sum()
    }
}
