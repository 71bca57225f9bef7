//! Tasks: the `task.toml` format, its validation, and messages that name the file, the
//! line and the field, and say how to fix it. The format is documented in docs/tasks.md.

mod raw;

use crate::runtime::Language;
use crate::sandbox::{Fuel, Limits, sha256_hex};
use anyhow::{Context, Result, anyhow};
use bytes::Bytes;
use raw::{RawChecker, RawLimits, RawTask, RawTest};
use serde::Serialize;
use std::collections::HashSet;
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;

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
    pub limits: Limits,
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
    pub checker: CheckerSpec,
    pub tests: Vec<TestCase>,
    pub dir: PathBuf,
    /// SHA-256 over task.toml and every file it refers to.
    pub sha256: String,
}

impl Task {
    pub fn total_points(&self) -> f64 {
        self.tests.iter().map(|t| t.points).sum()
    }
}

/// Collects every problem in a task file instead of stopping at the first, each as
/// "FILE:LINE: field `x`: what is wrong; how to fix it".
struct Problems<'a> {
    path: &'a Path,
    text: &'a str,
    list: Vec<String>,
}

impl Problems<'_> {
    fn line_of(&self, span: &Range<usize>) -> usize {
        self.text[..span.start.min(self.text.len())].matches('\n').count() + 1
    }
    fn at(&mut self, span: &Range<usize>, field: &str, msg: impl std::fmt::Display) {
        let line = self.line_of(span);
        self.list.push(format!("{}:{line}: `{field}`: {msg}", self.path.display()));
    }
    fn file(&mut self, field: &str, msg: impl std::fmt::Display) {
        self.list.push(format!("{}: `{field}`: {msg}", self.path.display()));
    }
}

use crate::sandbox::limits::MAX_MEMORY_MB;

/// Loads and validates the task in `dir` (which holds `task.toml`).
pub fn load(dir: &Path) -> Result<Task> {
    let path = dir.join("task.toml");
    let text = std::fs::read_to_string(&path).with_context(|| {
        if dir.is_dir() {
            format!("{} has no task.toml (every task is a folder with a task.toml)", dir.display())
        } else {
            format!("{} is not a task folder", dir.display())
        }
    })?;
    let raw: RawTask =
        toml::from_str(&text).map_err(|e| anyhow!("{}: {}", path.display(), describe_toml_error(&e, &text)))?;
    let mut p = Problems { path: &path, text: &text, list: Vec::new() };
    let task = build(dir, raw, &mut p);
    if !p.list.is_empty() {
        return Err(anyhow!("{} problem(s) in the task:\n  {}", p.list.len(), p.list.join("\n  ")));
    }
    let mut task = task.expect("no problems means a task");
    task.sha256 = task_hash(dir, &text, &task)?;
    Ok(task)
}

/// toml's own message already names the line and column; add the fix for the common
/// case of an unknown key.
fn describe_toml_error(e: &toml::de::Error, text: &str) -> String {
    let line = e.span().map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
    let msg = e.message();
    let hint =
        if msg.starts_with("unknown field") { " (check the spelling; docs/tasks.md lists every key)" } else { "" };
    match line {
        Some(l) => format!("line {l}: {msg}{hint}"),
        None => format!("{msg}{hint}"),
    }
}

fn build(dir: &Path, raw: RawTask, p: &mut Problems) -> Option<Task> {
    let id = raw.id.get_ref().clone();
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')) {
        p.at(&raw.id.span(), "id", format!("{id:?} may only use letters, digits, '.', '_' and '-'"));
    }
    let prompt = match (&raw.prompt, &raw.prompt_file) {
        (Some(t), None) => t.clone(),
        (None, Some(f)) => match std::fs::read_to_string(dir.join(f.get_ref())) {
            Ok(t) => t,
            Err(e) => {
                p.at(&f.span(), "prompt_file", format!("cannot read {}: {e}", f.get_ref()));
                String::new()
            }
        },
        (Some(_), Some(f)) => {
            p.at(&f.span(), "prompt_file", "give either `prompt` or `prompt_file`, not both");
            String::new()
        }
        (None, None) => {
            p.file("prompt", "missing: add `prompt = \"...\"` or `prompt_file = \"prompt.md\"`");
            String::new()
        }
    };
    let mode = match raw.mode.as_ref().map(|m| (m.get_ref().as_str(), m.span())) {
        None | Some(("stdio", _)) => Mode::Stdio,
        Some(("function", _)) => Mode::Function,
        Some(("script", _)) => Mode::Script,
        Some((other, span)) => {
            p.at(&span, "mode", format!("unknown mode {other:?}; use \"stdio\", \"function\" or \"script\""));
            Mode::Stdio
        }
    };
    let languages = match &raw.languages {
        None if mode == Mode::Function => vec![Language::Python, Language::Javascript],
        None if mode == Mode::Script => vec![Language::Python],
        None => Language::ALL.to_vec(),
        Some(list) => {
            let mut langs = Vec::new();
            for name in list.get_ref() {
                match Language::from_name(name) {
                    Some(Language::Wasm) if mode == Mode::Function => p.at(
                        &list.span(),
                        "languages",
                        "function mode supports python and javascript; wasm modules use stdio mode",
                    ),
                    Some(l) if mode == Mode::Script && l != Language::Python => p.at(
                        &list.span(),
                        "languages",
                        format!("script mode runs Python only; remove {l} (or use function mode)"),
                    ),
                    Some(l) if !langs.contains(&l) => langs.push(l),
                    Some(_) => {}
                    None => p.at(
                        &list.span(),
                        "languages",
                        format!("unknown language {name:?}; use python, javascript or wasm"),
                    ),
                }
            }
            if langs.is_empty() {
                p.at(&list.span(), "languages", "list at least one language");
            }
            langs
        }
    };
    let entry_point = match (mode, &raw.entry_point) {
        (Mode::Function | Mode::Script, Some(e)) => {
            let valid = e.get_ref().split('.').count() <= 2
                && e.get_ref().split('.').all(|part| {
                    !part.is_empty()
                        && part.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '$')
                        && !part.chars().next().unwrap().is_ascii_digit()
                });
            if !valid {
                p.at(&e.span(), "entry_point", format!("{:?} is not a function name (or `Class.method`)", e.get_ref()));
            }
            Some(e.get_ref().clone())
        }
        (Mode::Function, None) => {
            p.file("entry_point", "function mode needs `entry_point = \"name\"`, the function each test calls");
            None
        }
        (Mode::Stdio, Some(e)) => {
            p.at(
                &e.span(),
                "entry_point",
                "only function mode calls an entry point; remove it or set `mode = \"function\"`",
            );
            None
        }
        (Mode::Stdio | Mode::Script, None) => None,
    };
    let setup = match (&raw.setup, mode) {
        (Some(s), Mode::Script) => Some(s.get_ref().clone()),
        (Some(s), _) => {
            p.at(&s.span(), "setup", "only script mode runs setup code; remove it or set `mode = \"script\"`");
            None
        }
        (None, _) => None,
    };
    let limits = match &raw.limits {
        Some(l) => limits_from(l, Limits::default(), "limits", p),
        None => Limits::default(),
    };
    let checker = checker_from(dir, raw.checker.as_ref(), mode, p);
    let reference = solution_paths(dir, &raw.reference, "reference", &languages, p);
    let wrong = solution_paths(dir, &raw.wrong, "wrong", &languages, p);

    if raw.tests.is_empty() {
        p.file("tests", "no tests: add at least one [[tests]] table");
    }
    let mut names = HashSet::new();
    let tests: Vec<TestCase> =
        raw.tests.iter().filter_map(|t| test_from(dir, t, mode, limits, &checker, &mut names, p)).collect();
    Some(Task {
        id,
        title: raw.title,
        prompt,
        mode,
        languages,
        entry_point,
        setup,
        reference,
        wrong,
        limits,
        checker,
        tests,
        dir: dir.to_path_buf(),
        sha256: String::new(),
    })
}

fn limits_from(raw: &Spanned<RawLimits>, base: Limits, field: &str, p: &mut Problems) -> Limits {
    let l = raw.get_ref();
    let span = raw.span();
    let mut out = base;
    if let Some(f) = l.fuel {
        if f == 0 {
            p.at(&span, &format!("{field}.fuel"), "must be positive");
        }
        out.fuel = Fuel(f);
    }
    if let Some(t) = l.timeout_ms {
        if t == 0 {
            p.at(&span, &format!("{field}.timeout_ms"), "must be positive");
        }
        out.timeout_ms = t;
    }
    if let Some(m) = l.memory_mb {
        if m == 0 || m > MAX_MEMORY_MB {
            p.at(&span, &format!("{field}.memory_mb"), format!("must be between 1 and {MAX_MEMORY_MB}"));
        }
        out.memory_bytes = m << 20;
    }
    if let Some(o) = l.output_kb {
        if o == 0 {
            p.at(&span, &format!("{field}.output_kb"), "must be positive");
        }
        out.output_bytes = o << 10;
    }
    out
}

fn tolerance_from(c: &RawChecker, p: &mut Problems, span: &Range<usize>) -> Tolerance {
    let mut t = Tolerance::default();
    for (name, value, slot) in [("abs", c.abs, &mut t.abs), ("rel", c.rel, &mut t.rel)] {
        if let Some(v) = value {
            if !(v.is_finite() && v >= 0.0) {
                p.at(span, &format!("checker.{name}"), "must be a finite number >= 0");
            }
            *slot = v;
        }
    }
    t
}

fn checker_from(dir: &Path, raw: Option<&Spanned<RawChecker>>, mode: Mode, p: &mut Problems) -> CheckerSpec {
    let Some(raw) = raw else {
        return match mode {
            // Script mode needs no checker: a test passes when its script runs to the end.
            Mode::Stdio | Mode::Script => CheckerSpec::Tokens,
            Mode::Function => CheckerSpec::Json { tolerance: Tolerance::default() },
        };
    };
    if mode == Mode::Script {
        p.at(
            &raw.span(),
            "checker",
            "script mode has no checker (a test passes when its script runs to the end); remove [checker]",
        );
        return CheckerSpec::Tokens;
    }
    let c = raw.get_ref();
    let span = raw.span();
    let kind = c.kind.get_ref().as_str();
    let allowed: &[&str] = match kind {
        "exact" | "lines" | "tokens" | "unordered" => &[],
        "float" | "json" => &["abs", "rel"],
        "wasm" => &["module", "args", "limits"],
        "testlib" => &["module", "limits"],
        other => {
            p.at(
                &c.kind.span(),
                "checker.kind",
                format!("unknown checker {other:?}; use exact, lines, tokens, float, unordered, json, wasm or testlib"),
            );
            return CheckerSpec::Tokens;
        }
    };
    for (key, present) in [
        ("abs", c.abs.is_some()),
        ("rel", c.rel.is_some()),
        ("module", c.module.is_some()),
        ("args", c.args.is_some()),
        ("limits", c.limits.is_some()),
    ] {
        if present && !allowed.contains(&key) {
            p.at(&span, &format!("checker.{key}"), format!("the {kind} checker takes no `{key}`; remove it"));
        }
    }
    if mode == Mode::Function && !matches!(kind, "json" | "wasm") {
        p.at(
            &c.kind.span(),
            "checker.kind",
            format!(
                "function mode compares return values: use kind = \"json\" (the default) or \"wasm\", not {kind:?}"
            ),
        );
    }
    match kind {
        "exact" => CheckerSpec::Exact,
        "lines" => CheckerSpec::Lines,
        "tokens" => CheckerSpec::Tokens,
        "unordered" => CheckerSpec::Unordered,
        "float" => CheckerSpec::Float { tolerance: tolerance_from(c, p, &span) },
        "json" => CheckerSpec::Json { tolerance: tolerance_from(c, p, &span) },
        _ => {
            let module = match &c.module {
                Some(m) => {
                    let path = dir.join(m.get_ref());
                    if !path.is_file() {
                        // A grader crate beside the missing file: it just needs building.
                        let hint = match path.parent().filter(|d| d.join("Cargo.toml").is_file()) {
                            Some(crate_dir) => {
                                format!("; build it with `gradebox grader build {}`", crate_dir.display())
                            }
                            None => " (paths are relative to the task folder)".to_string(),
                        };
                        p.at(&m.span(), "checker.module", format!("{} does not exist{hint}", m.get_ref()));
                    }
                    path
                }
                None => {
                    p.at(
                        &span,
                        "checker.module",
                        format!("the {kind} checker needs `module = \"path/to/grader.wasm\"`"),
                    );
                    PathBuf::new()
                }
            };
            let limits = match &c.limits {
                Some(l) => limits_from(l, crate::sandbox::limits::GRADER_LIMITS, "checker.limits", p),
                None => crate::sandbox::limits::GRADER_LIMITS,
            };
            if kind == "wasm" {
                let args = c.args.clone().map(toml_table_to_json).unwrap_or_else(|| serde_json::json!({}));
                CheckerSpec::Wasm { module, args, limits }
            } else {
                CheckerSpec::Testlib { module, limits }
            }
        }
    }
}

fn solution_paths(
    dir: &Path,
    raw: &[Spanned<String>],
    field: &str,
    languages: &[Language],
    p: &mut Problems,
) -> Vec<PathBuf> {
    raw.iter()
        .map(|s| {
            let path = dir.join(s.get_ref());
            if !path.is_file() {
                p.at(
                    &s.span(),
                    field,
                    format!("{} does not exist (paths are relative to the task folder)", s.get_ref()),
                );
            } else {
                match Language::from_path(&path) {
                    Some(l) if languages.contains(&l) => {}
                    Some(l) => {
                        p.at(&s.span(), field, format!("{} is {l}, which `languages` does not allow", s.get_ref()))
                    }
                    None => p.at(
                        &s.span(),
                        field,
                        format!("cannot tell the language of {} from its extension", s.get_ref()),
                    ),
                }
            }
            path
        })
        .collect()
}

fn test_from(
    dir: &Path,
    t: &Spanned<RawTest>,
    mode: Mode,
    task_limits: Limits,
    checker: &CheckerSpec,
    names: &mut HashSet<String>,
    p: &mut Problems,
) -> Option<TestCase> {
    let span = t.span();
    let t = t.get_ref();
    let name = t.name.get_ref().clone();
    let field = |f: &str| format!("tests[{name}].{f}");
    if name.trim().is_empty() {
        p.at(&t.name.span(), "tests.name", "must not be empty");
    } else if !names.insert(name.clone()) {
        p.at(&t.name.span(), "tests.name", format!("{name:?} is used by an earlier test; names must be unique"));
    }
    let read = |f: &Spanned<String>, key: &str, p: &mut Problems| -> Option<Vec<u8>> {
        match std::fs::read(dir.join(f.get_ref())) {
            Ok(b) => Some(b),
            Err(e) => {
                p.at(&f.span(), &field(key), format!("cannot read {}: {e}", f.get_ref()));
                None
            }
        }
    };
    if mode != Mode::Script && (t.script.is_some() || t.script_file.is_some()) {
        p.at(&span, &field("script"), "only script mode runs test scripts; set `mode = \"script\"` or remove it");
    }
    let input = match mode {
        Mode::Stdio => {
            if let Some(a) = &t.args {
                p.at(&a.span(), &field("args"), "stdio tests give `stdin`, not `args` (or set `mode = \"function\"`)");
            }
            match (&t.stdin, &t.stdin_file) {
                (Some(_), Some(f)) => {
                    p.at(&f.span(), &field("stdin_file"), "give either `stdin` or `stdin_file`, not both");
                    TestInput::Stdin(Bytes::new())
                }
                (Some(s), None) => TestInput::Stdin(Bytes::from(s.clone())),
                (None, Some(f)) => TestInput::Stdin(read(f, "stdin_file", p).map(Bytes::from).unwrap_or_default()),
                (None, None) => TestInput::Stdin(Bytes::new()),
            }
        }
        Mode::Script => {
            for (present, key) in [
                (t.stdin.is_some() || t.stdin_file.is_some(), "stdin"),
                (t.args.is_some(), "args"),
                (t.expected.is_some() || t.expected_file.is_some(), "expected"),
            ] {
                if present {
                    p.at(&span, &field(key), format!("script tests give `script = \"assert ...\"`, not `{key}`"));
                }
            }
            match (&t.script, &t.script_file) {
                (Some(s), None) => TestInput::Script(s.get_ref().clone()),
                (None, Some(f)) => match read(f, "script_file", p).map(String::from_utf8) {
                    Some(Ok(s)) => TestInput::Script(s),
                    Some(Err(_)) => {
                        p.at(&f.span(), &field("script_file"), format!("{} is not UTF-8 text", f.get_ref()));
                        TestInput::Script(String::new())
                    }
                    None => TestInput::Script(String::new()),
                },
                (Some(_), Some(f)) => {
                    p.at(&f.span(), &field("script_file"), "give either `script` or `script_file`, not both");
                    TestInput::Script(String::new())
                }
                (None, None) => {
                    p.at(&span, &field("script"), "missing: script tests need `script = \"assert f(1) == 2\"`");
                    TestInput::Script(String::new())
                }
            }
        }
        Mode::Function => {
            if t.stdin.is_some() || t.stdin_file.is_some() {
                p.at(&span, &field("stdin"), "function tests give `args = [...]`, not stdin");
            }
            match &t.args {
                Some(a) => TestInput::Args(a.get_ref().iter().cloned().map(toml_to_json).collect()),
                None => {
                    p.at(&span, &field("args"), "missing: function tests need `args = [...]` (use [] for none)");
                    TestInput::Args(Vec::new())
                }
            }
        }
    };
    let expected = match (mode, &t.expected, &t.expected_file) {
        // What a script test expects is that its script runs through: the script is the evidence.
        (Mode::Script, _, _) => match &input {
            TestInput::Script(s) => Expected::Text(s.clone()),
            _ => Expected::Text(String::new()),
        },
        (_, Some(_), Some(f)) => {
            p.at(&f.span(), &field("expected_file"), "give either `expected` or `expected_file`, not both");
            Expected::Text(String::new())
        }
        (Mode::Function, Some(v), None) => Expected::Json(toml_to_json(v.get_ref().clone())),
        (Mode::Function, None, Some(f)) => match read(f, "expected_file", p).map(|b| serde_json::from_slice(&b)) {
            Some(Ok(v)) => Expected::Json(v),
            Some(Err(e)) => {
                p.at(&f.span(), &field("expected_file"), format!("{} is not JSON: {e}", f.get_ref()));
                Expected::Json(serde_json::Value::Null)
            }
            None => Expected::Json(serde_json::Value::Null),
        },
        (Mode::Stdio, Some(v), None) => match v.get_ref() {
            toml::Value::String(s) => Expected::Text(s.clone()),
            _ => {
                p.at(&v.span(), &field("expected"), "stdio tests expect text: write it as a string");
                Expected::Text(String::new())
            }
        },
        (Mode::Stdio, None, Some(f)) => match read(f, "expected_file", p).map(String::from_utf8) {
            Some(Ok(s)) => Expected::Text(s),
            Some(Err(_)) => {
                p.at(&f.span(), &field("expected_file"), format!("{} is not UTF-8 text", f.get_ref()));
                Expected::Text(String::new())
            }
            None => Expected::Text(String::new()),
        },
        (_, None, None) if matches!(checker, CheckerSpec::Wasm { .. } | CheckerSpec::Testlib { .. }) => {
            Expected::Text(String::new())
        }
        (_, None, None) => {
            p.at(&span, &field("expected"), "missing: add `expected = ...` or `expected_file = \"...\"`");
            Expected::Text(String::new())
        }
    };
    let points = match &t.points {
        Some(pt) => {
            let v = *pt.get_ref();
            if !(v.is_finite() && v >= 0.0) {
                p.at(&pt.span(), &field("points"), "must be a number >= 0");
            }
            v
        }
        None => 1.0,
    };
    let limits = match &t.limits {
        Some(l) => limits_from(l, task_limits, &field("limits"), p),
        None => task_limits,
    };
    Some(TestCase { name, input, expected, points, limits })
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

fn toml_table_to_json(t: toml::Table) -> serde_json::Value {
    serde_json::Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
}

/// SHA-256 over task.toml and every file it names (sorted by path), so any change to
/// the task changes its hash.
fn task_hash(dir: &Path, text: &str, task: &Task) -> Result<String> {
    let mut files: Vec<PathBuf> = Vec::new();
    let raw: toml::Table = toml::from_str(text)?;
    collect_file_refs(&toml::Value::Table(raw), &mut files);
    if let CheckerSpec::Wasm { module, .. } | CheckerSpec::Testlib { module, .. } = &task.checker {
        files.push(module.clone());
    }
    files.extend(task.reference.iter().cloned());
    files.extend(task.wrong.iter().cloned());
    files.sort();
    files.dedup();
    let mut all = Vec::from(text.as_bytes());
    for f in files {
        let path = if f.is_absolute() { f.clone() } else { dir.join(&f) };
        all.extend_from_slice(b"\0");
        all.extend_from_slice(path.strip_prefix(dir).unwrap_or(&path).to_string_lossy().as_bytes());
        all.extend_from_slice(b"\0");
        all.extend_from_slice(&std::fs::read(&path).unwrap_or_default());
    }
    Ok(sha256_hex(&all))
}

fn collect_file_refs(v: &toml::Value, out: &mut Vec<PathBuf>) {
    match v {
        toml::Value::Table(t) => {
            for (k, v) in t {
                if k.ends_with("_file")
                    && let toml::Value::String(s) = v
                {
                    out.push(PathBuf::from(s));
                }
                collect_file_refs(v, out);
            }
        }
        toml::Value::Array(a) => a.iter().for_each(|v| collect_file_refs(v, out)),
        _ => {}
    }
}

/// Loads every task under `root`: `root` itself when it holds task.toml, else each
/// sub-folder that does. Broken tasks come back as errors beside the good ones.
pub fn load_all(root: &Path) -> Result<Vec<(PathBuf, Result<Task>)>> {
    if root.join("task.toml").exists() {
        return Ok(vec![(root.to_path_buf(), load(root))]);
    }
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .with_context(|| format!("cannot read the tasks folder {}", root.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("task.toml").exists())
        .collect();
    dirs.sort();
    Ok(dirs
        .into_iter()
        .map(|d| {
            let t = load(&d);
            (d, t)
        })
        .collect())
}
