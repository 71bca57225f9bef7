//! One `[[tests]]` table: its input as the task's mode wants it, its expected answer,
//! points and limits, every problem collected.

use super::checker_spec::{auto_fuel_from, limits_from};
use super::fuel::AutoFuel;
use super::problems::Problems;
use super::schema::{RawTest, toml_to_json};
use super::{CheckerSpec, Expected, Mode, TestCase, TestInput};
use crate::sandbox::Limits;
use bytes::Bytes;
use std::collections::HashSet;
use std::ops::Range;
use toml::Spanned;

/// The most points one test may be worth: sums of many stay finite, so scores do too.
const MAX_POINTS: f64 = 1e6;

pub(super) fn test_from(
    t: &Spanned<RawTest>,
    mode: Mode,
    (task_limits, task_auto_fuel): (Limits, Option<AutoFuel>),
    checker: &CheckerSpec,
    names: &mut HashSet<String>,
    p: &mut Problems,
) -> TestCase {
    let span = t.span();
    let t = t.get_ref();
    let name = t.name.get_ref().clone();
    let field = |f: &str| format!("tests[{name}].{f}");
    if name.trim().is_empty() {
        p.at(&t.name.span(), "tests.name", "must not be empty");
    } else if !names.insert(name.clone()) {
        p.at(&t.name.span(), "tests.name", format!("{name:?} is used by an earlier test; names must be unique"));
    }
    if mode != Mode::Script && (t.script.is_some() || t.script_file.is_some()) {
        p.at(&span, &field("script"), "only script mode runs test scripts; set `mode = \"script\"` or remove it");
    }
    let input = input_from(t, &span, mode, &field, p);
    let expected = expected_from(t, &span, mode, &input, checker, &field, p);
    let points = match &t.points {
        Some(pt) => {
            let v = *pt.get_ref();
            if !(v.is_finite() && (0.0..=MAX_POINTS).contains(&v)) {
                p.at(&pt.span(), &field("points"), format!("must be a number from 0 to {MAX_POINTS}"));
            }
            v
        }
        None => 1.0,
    };
    let limits = match &t.limits {
        Some(l) => limits_from(l, task_limits, &field("limits"), p),
        None => task_limits,
    };
    let auto_fuel = auto_fuel_from(t.limits.as_ref(), task_auto_fuel);
    TestCase { name, input, expected, points, limits, auto_fuel }
}

/// A file the test names, read from inside the task folder.
fn read(p: &mut Problems, f: &Spanned<String>, field: &str) -> Option<Vec<u8>> {
    match p.files.read(f.get_ref()) {
        Ok(b) => Some(b),
        Err(why) => {
            p.at(&f.span(), field, why);
            None
        }
    }
}

fn input_from(
    t: &RawTest,
    span: &Range<usize>,
    mode: Mode,
    field: &dyn Fn(&str) -> String,
    p: &mut Problems,
) -> TestInput {
    let span = span.clone();
    match mode {
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
                (None, Some(f)) => {
                    TestInput::Stdin(read(p, f, &field("stdin_file")).map(Bytes::from).unwrap_or_default())
                }
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
                (None, Some(f)) => match read(p, f, &field("script_file")).map(String::from_utf8) {
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
    }
}

fn expected_from(
    t: &RawTest,
    span: &Range<usize>,
    mode: Mode,
    input: &TestInput,
    checker: &CheckerSpec,
    field: &dyn Fn(&str) -> String,
    p: &mut Problems,
) -> Expected {
    let span = span.clone();
    match (mode, &t.expected, &t.expected_file) {
        // What a script test expects is that its script runs through: the script is the evidence.
        (Mode::Script, _, _) => match input {
            TestInput::Script(s) => Expected::Text(s.clone()),
            _ => Expected::Text(String::new()),
        },
        (_, Some(_), Some(f)) => {
            p.at(&f.span(), &field("expected_file"), "give either `expected` or `expected_file`, not both");
            Expected::Text(String::new())
        }
        (Mode::Function, Some(v), None) => Expected::Json(toml_to_json(v.get_ref().clone())),
        (Mode::Function, None, Some(f)) => {
            match read(p, f, &field("expected_file")).map(|b| serde_json::from_slice(&b)) {
                Some(Ok(v)) => Expected::Json(v),
                Some(Err(e)) => {
                    p.at(&f.span(), &field("expected_file"), format!("{} is not JSON: {e}", f.get_ref()));
                    Expected::Json(serde_json::Value::Null)
                }
                None => Expected::Json(serde_json::Value::Null),
            }
        }
        (Mode::Stdio, Some(v), None) => match v.get_ref() {
            toml::Value::String(s) => Expected::Text(s.clone()),
            _ => {
                p.at(&v.span(), &field("expected"), "stdio tests expect text: write it as a string");
                Expected::Text(String::new())
            }
        },
        (Mode::Stdio, None, Some(f)) => match read(p, f, &field("expected_file")).map(String::from_utf8) {
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
    }
}
