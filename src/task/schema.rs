//! `task.toml` exactly as written: every table rejects unknown keys, so a typo is an
//! error with its line, never a silently ignored setting.

use serde::Deserialize;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTask {
    pub id: Spanned<String>,
    pub title: Option<String>,
    pub prompt: Option<String>,
    pub prompt_file: Option<Spanned<String>>,
    pub mode: Option<Spanned<String>>,
    pub languages: Option<Spanned<Vec<String>>>,
    pub entry_point: Option<Spanned<String>>,
    /// Script mode: code run after the candidate's, before each test's script.
    pub setup: Option<Spanned<String>>,
    #[serde(default)]
    pub reference: Vec<Spanned<String>>,
    #[serde(default)]
    pub wrong: Vec<Spanned<String>>,
    #[serde(default)]
    pub limits: Option<Spanned<RawLimits>>,
    pub checker: Option<Spanned<RawChecker>>,
    #[serde(default)]
    pub tests: Vec<Spanned<RawTest>>,
}

#[derive(Deserialize, Default, Clone, Copy)]
#[serde(deny_unknown_fields)]
pub struct RawLimits {
    pub fuel: Option<u64>,
    pub timeout_ms: Option<u64>,
    pub memory_mb: Option<u64>,
    pub output_kb: Option<u64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChecker {
    pub kind: Spanned<String>,
    /// float, json: absolute and relative tolerance.
    pub abs: Option<f64>,
    pub rel: Option<f64>,
    /// wasm, testlib: the grader module, relative to the task folder.
    pub module: Option<Spanned<String>>,
    /// wasm: task-supplied arguments handed to the grader.
    pub args: Option<toml::Table>,
    /// wasm, testlib: limits of the grader's own runs.
    pub limits: Option<Spanned<RawLimits>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTest {
    pub name: Spanned<String>,
    pub stdin: Option<String>,
    pub stdin_file: Option<Spanned<String>>,
    pub expected: Option<Spanned<toml::Value>>,
    pub expected_file: Option<Spanned<String>>,
    pub args: Option<Spanned<Vec<toml::Value>>>,
    /// Script mode: Python run after the candidate's code (asserts).
    pub script: Option<Spanned<String>>,
    pub script_file: Option<Spanned<String>>,
    pub points: Option<Spanned<f64>>,
    pub limits: Option<Spanned<RawLimits>>,
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
