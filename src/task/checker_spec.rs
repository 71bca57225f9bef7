//! The `[checker]` table and limits tables of a task.

use super::files::MAX_FILE_BYTES;
use super::fuel::{AutoFuel, MEASURING_FUEL, RawFuel};
use super::problems::Problems;
use super::schema::{RawChecker, RawLimits, toml_table_to_json};
use super::{CheckerSpec, Mode, Tolerance};
use crate::sandbox::Fuel;
use crate::sandbox::Limits;
use crate::sandbox::limits::{MAX_MEMORY_MB, MAX_OUTPUT_KB};
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;

pub(super) fn limits_from(raw: &Spanned<RawLimits>, base: Limits, field: &str, p: &mut Problems) -> Limits {
    let l = raw.get_ref();
    let span = raw.span();
    let mut out = base;
    match l.fuel {
        Some(RawFuel::Fixed(f)) => {
            if f == 0 {
                p.at(&span, &format!("{field}.fuel"), "must be positive");
            }
            out.fuel = Fuel(f);
        }
        // The reference is measured with this; the budget is derived when grading.
        Some(RawFuel::Auto(_)) => out.fuel = Fuel(MEASURING_FUEL),
        None => {}
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
        if o == 0 || o > MAX_OUTPUT_KB {
            p.at(&span, &format!("{field}.output_kb"), format!("must be between 1 and {MAX_OUTPUT_KB}"));
        }
        out.output_bytes = o << 10;
    }
    out
}

/// Whether the tests under `raw` take their fuel from the reference: what `raw` says,
/// else what they inherit.
pub(super) fn auto_fuel_from(raw: Option<&Spanned<RawLimits>>, inherited: Option<AutoFuel>) -> Option<AutoFuel> {
    match raw.and_then(|l| l.get_ref().fuel) {
        Some(RawFuel::Fixed(_)) => None,
        Some(RawFuel::Auto(a)) => Some(a),
        None => inherited,
    }
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

pub(super) fn checker_from(dir: &Path, raw: Option<&Spanned<RawChecker>>, mode: Mode, p: &mut Problems) -> CheckerSpec {
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
                Some(m) => grader_module(dir, m, p),
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
                Some(l) => {
                    if auto_fuel_from(Some(l), None).is_some() {
                        p.at(&l.span(), "checker.limits.fuel", "a grader has no reference to measure: give a number");
                    }
                    limits_from(l, crate::sandbox::limits::GRADER_LIMITS, "checker.limits", p)
                }
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

/// A grader module: a program run in the sandbox, never shown in results, so it may
/// live outside the task folder (graders are shared between tasks), but it must be a
/// regular `.wasm` (or `.wat`) file of bounded size, and its bytes are hashed with the task.
fn grader_module(dir: &Path, m: &Spanned<String>, p: &mut Problems) -> PathBuf {
    let path = dir.join(m.get_ref());
    let real = path.canonicalize().ok().filter(|r| r.is_file());
    let Some(real) = real else {
        // A grader crate beside the missing file: it just needs building.
        let hint = match path.parent().filter(|d| d.join("Cargo.toml").is_file()) {
            Some(crate_dir) => format!("; build it with `gradebox grader build {}`", crate_dir.display()),
            None => " (paths are relative to the task folder)".to_string(),
        };
        p.at(&m.span(), "checker.module", format!("{} does not exist{hint}", m.get_ref()));
        return path;
    };
    if !matches!(real.extension().and_then(|e| e.to_str()), Some("wasm" | "wat")) {
        p.at(&m.span(), "checker.module", format!("{} is not a .wasm (or .wat) file", m.get_ref()));
        return path;
    }
    match std::fs::metadata(&real).map(|meta| meta.len()) {
        Ok(len) if len > MAX_FILE_BYTES => {
            p.at(&m.span(), "checker.module", format!("{} is larger than {} MiB", m.get_ref(), MAX_FILE_BYTES >> 20))
        }
        _ => match std::fs::read(&real) {
            Ok(bytes) => p.files.read.push((m.get_ref().clone(), crate::sandbox::sha256_hex(&bytes))),
            Err(e) => p.at(&m.span(), "checker.module", format!("cannot read {}: {e}", m.get_ref())),
        },
    }
    real
}
