//! `task.toml` exactly as written: every table rejects unknown keys, so a typo is an
//! error with its line, never a silently ignored setting. The same types are what
//! `import` serializes, so the format is defined once. (Spans are where a value was
//! read; a task built to be written gets empty spans from `spanned`.)

use serde::{Deserialize, Serialize};
use toml::Spanned;

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawTask {
    pub id: Spanned<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_file: Option<Spanned<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<Spanned<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub languages: Option<Spanned<Vec<String>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry_point: Option<Spanned<String>>,
    /// Script mode: code run after the candidate's, before each test's script.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup: Option<Spanned<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reference: Vec<Spanned<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wrong: Vec<Spanned<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<Spanned<RawLimits>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checker: Option<Spanned<RawChecker>>,
    /// C and C++: standards and the compile's own limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compile: Option<Spanned<RawCompile>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tests: Vec<Spanned<RawTest>>,
}

#[derive(Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawCompile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub c_std: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cpp_std: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fuel: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory_mb: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disk_mb: Option<u64>,
}

#[derive(Deserialize, Serialize, Default, Clone, Copy)]
#[serde(deny_unknown_fields)]
pub struct RawLimits {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fuel: Option<super::fuel::RawFuel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory_mb: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_kb: Option<u64>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawChecker {
    pub kind: Spanned<String>,
    /// float, json: absolute and relative tolerance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub abs: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rel: Option<f64>,
    /// wasm, testlib: the grader module, relative to the task folder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub module: Option<Spanned<String>>,
    /// wasm: task-supplied arguments handed to the grader.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub args: Option<toml::Table>,
    /// wasm, testlib: limits of the grader's own runs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limits: Option<Spanned<RawLimits>>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawTest {
    pub name: Spanned<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stdin: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stdin_file: Option<Spanned<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_file: Option<Spanned<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub args: Option<Spanned<Vec<toml::Value>>>,
    /// Script mode: Python run after the candidate's code (asserts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub script: Option<Spanned<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub script_file: Option<Spanned<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points: Option<Spanned<f64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limits: Option<Spanned<RawLimits>>,
    // Last: an answer that is a table is written after the plain keys.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<Spanned<toml::Value>>,
}

pub fn toml_to_json(v: toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match v {
        toml::Value::String(s) => J::String(s),
        toml::Value::Integer(i) => J::from(i),
        toml::Value::Float(f) => {
            serde_json::Number::from_f64(f).map(J::Number).unwrap_or_else(|| J::String(f.to_string()))
        }
        toml::Value::Boolean(b) => J::Bool(b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(a) => J::Array(a.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => toml_table_to_json(t),
    }
}

pub fn toml_table_to_json(t: toml::Table) -> serde_json::Value {
    serde_json::Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
}

/// A value to be written, with no place in a file yet.
pub fn spanned<T>(value: T) -> Spanned<T> {
    Spanned::new(0..0, value)
}

impl RawTest {
    /// A test with only its name, to be filled in by a writer.
    pub fn named(name: &str) -> RawTest {
        RawTest {
            name: spanned(name.to_string()),
            stdin: None,
            stdin_file: None,
            expected_file: None,
            args: None,
            script: None,
            script_file: None,
            points: None,
            limits: None,
            expected: None,
        }
    }
}
