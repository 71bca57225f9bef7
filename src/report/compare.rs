//! `gradebox check`'s side-by-side view: one row per test, one column per response,
//! a summary row, and one plain sentence comparing them.

use super::{fuel_short, verdict_style};
use crate::result::ResponseResult;
use crate::result::Verdict;
use crate::task::Task;
use console::{Style, measure_text_width, pad_str};

/// No column is narrower than this, however many responses share the screen.
const MIN_COLUMN: usize = 20;

/// How wide the table may be: a terminal's width, `COLUMNS` when piped, or unbounded
/// (nothing is cut) when neither is known.
#[derive(Clone, Copy, Debug)]
pub struct Width(pub Option<usize>);

/// The short evidence shown in a cell: fuel for passes, the reason otherwise.
fn cell_evidence(t: &crate::result::TestResult) -> String {
    if t.verdict == Verdict::Pass { format!("{} fuel", fuel_short(t.fuel)) } else { t.feedback.clone() }
}

/// `s` cut to `width` columns (marked with … when cut), on one line, with control
/// characters escaped. Linear in what it keeps, whatever the length of `s`.
fn fit(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        if used + 1 >= width {
            out.push('…');
            break;
        }
        let shown = match c {
            '\n' | '\t' => " ".to_string(),
            c if c.is_control() => c.escape_unicode().to_string(),
            c => c.to_string(),
        };
        used += measure_text_width(&shown);
        out.push_str(&shown);
    }
    out
}

/// "json checker · function mode": how the task's tests are run and compared.
pub fn mode_line(task: &Task) -> String {
    match task.mode {
        crate::task::Mode::Stdio => format!("{} checker · stdio mode", task.checker.kind()),
        crate::task::Mode::Function => format!("{} checker · function mode", task.checker.kind()),
        crate::task::Mode::Script => "script mode (a test passes when its script runs to the end)".to_string(),
    }
}

pub fn table(task: &Task, names: &[String], results: &[ResponseResult], color: bool, width: Width) -> String {
    let bold = if color { Style::new().bold() } else { Style::new() };
    let paint = |v: Verdict, s: &str| if color { verdict_style(v).apply_to(s).to_string() } else { s.to_string() };
    let name_width = task.tests.iter().map(|t| t.name.chars().count()).max().unwrap_or(4).clamp(7, 24) + 2;
    // Without a known width, columns fit their longest cell: nothing is cut.
    let column = match width.0 {
        Some(total) => (total.saturating_sub(name_width) / names.len().max(1)).saturating_sub(2).max(MIN_COLUMN),
        None => longest_cell(names, results).max(MIN_COLUMN),
    };
    let mut out = String::new();
    out.push_str(&format!("{} · {} tests · {}\n\n", bold.apply_to(&task.id), task.tests.len(), mode_line(task)));
    out.push_str(&pad_str("test", name_width, console::Alignment::Left, None));
    for n in names {
        out.push_str(&pad_str(&bold.apply_to(fit(n, column)).to_string(), column + 2, console::Alignment::Left, None));
    }
    out.push('\n');
    for (i, test) in task.tests.iter().enumerate() {
        out.push_str(&pad_str(&fit(&test.name, name_width - 1), name_width, console::Alignment::Left, None));
        for r in results {
            let cell = match (&r.compile_error, r.tests.get(i)) {
                (Some(_), _) => paint(Verdict::CompileError, "compile_error"),
                (None, Some(t)) => {
                    let verdict = t.verdict.as_str();
                    let rest = fit(&cell_evidence(t), column.saturating_sub(verdict.len() + 1));
                    format!("{} {rest}", paint(t.verdict, verdict))
                }
                (None, None) => String::new(),
            };
            out.push_str(&pad_str(&cell, column + 2, console::Alignment::Left, None));
        }
        out.push('\n');
    }
    out.push_str(&pad_str("summary", name_width, console::Alignment::Left, None));
    for r in results {
        let s = format!("{} {}/{} · score {:.2}", paint(r.verdict, r.verdict.as_str()), r.passed, r.total, r.score);
        out.push_str(&pad_str(&s, column + 2, console::Alignment::Left, None));
    }
    out.push('\n');
    if results.iter().any(|r| !r.flags.is_empty()) {
        out.push('\n');
        for (n, r) in names.iter().zip(results) {
            // One line per kind of flag, naming the tests it was seen on.
            let mut kinds: Vec<crate::result::FlagKind> = Vec::new();
            for f in &r.flags {
                if !kinds.contains(&f.kind) {
                    kinds.push(f.kind);
                }
            }
            for kind in kinds {
                let seen: Vec<_> = r.flags.iter().filter(|f| f.kind == kind).collect();
                let tests: Vec<&str> = seen.iter().filter_map(|f| f.test.as_deref()).collect();
                let kind_name =
                    serde_json::to_value(kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
                out.push_str(&format!(
                    "flag {n}: {kind_name} on {} test(s) ({}): {}\n",
                    tests.len(),
                    tests.join(", "),
                    seen[0].detail
                ));
            }
        }
    }
    for (n, r) in names.iter().zip(results) {
        if let Some(msg) = &r.compile_error {
            out.push_str(&format!("\n{n} does not compile:\n  {}\n", msg.replace('\n', "\n  ")));
        }
    }
    out.push('\n');
    out.push_str(&sentence(names, results, width));
    out.push('\n');
    out
}

/// The widest cell a response would need uncut (its name, a verdict and its evidence).
fn longest_cell(names: &[String], results: &[ResponseResult]) -> usize {
    let cells = results
        .iter()
        .flat_map(|r| r.tests.iter().map(|t| t.verdict.as_str().len() + 1 + cell_evidence(t).chars().count()));
    names.iter().map(|n| n.chars().count()).chain(cells).max().unwrap_or(0) + 1
}

/// "a.py passes 8/8; b.py fails 3: wrong_answer on t4 (expected 12, got 11), time_limit on t7".
pub fn sentence(names: &[String], results: &[ResponseResult], width: Width) -> String {
    // On a known width, each reason is cut to a share of it; otherwise kept whole.
    let reason_width = width.0.map_or(usize::MAX / 4, |w| (w / 2).max(50));
    let parts: Vec<String> = names
        .iter()
        .zip(results)
        .map(|(n, r)| {
            if let Some(msg) = &r.compile_error {
                let first = msg.lines().last().unwrap_or("");
                return format!("{n} does not compile ({})", fit(first, reason_width));
            }
            let failures: Vec<_> = r.failures().collect();
            if failures.is_empty() {
                return format!("{n} passes {}/{}", r.passed, r.total);
            }
            let shown: Vec<String> = failures
                .iter()
                .take(3)
                .map(|t| {
                    if t.feedback.is_empty() {
                        format!("{} on {}", t.verdict, t.name)
                    } else {
                        format!("{} on {} ({})", t.verdict, t.name, fit(&t.feedback, reason_width))
                    }
                })
                .collect();
            let more = if failures.len() > 3 { format!(", and {} more", failures.len() - 3) } else { String::new() };
            format!("{n} fails {}: {}{more}", failures.len(), shown.join(", "))
        })
        .collect();
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::result::{Provenance, TestResult};

    fn task() -> (tempfile::TempDir, Task) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("task.toml"),
            "id = \"t\"\nprompt = \"p\"\n[[tests]]\nname = \"one\"\nstdin = \"\"\nexpected = \"1\"\n\
             [[tests]]\nname = \"two\"\nstdin = \"\"\nexpected = \"2\"\n",
        )
        .unwrap();
        let task = crate::task::load(dir.path()).unwrap();
        (dir, task)
    }

    fn result(verdicts: [Verdict; 2], feedback: &str) -> ResponseResult {
        let test = |name: &str, verdict| TestResult {
            name: name.into(),
            verdict,
            score: if verdict == Verdict::Pass { 1.0 } else { 0.0 },
            points: 1.0,
            outcome: crate::sandbox::OutcomeKind::Exited,
            fuel: 1_200_000,
            wall_ms: 1.0,
            time_ms: 1.0,
            peak_memory_bytes: 0,
            fuel_budget: None,
            expected_excerpt: String::new(),
            actual_excerpt: String::new(),
            stderr_excerpt: String::new(),
            feedback: if verdict == Verdict::Pass { String::new() } else { feedback.into() },
            mismatch: Default::default(),
        };
        let passed = verdicts.iter().filter(|v| **v == Verdict::Pass).count();
        ResponseResult {
            schema: crate::result::SCHEMA.into(),
            task: "t".into(),
            response: "r".into(),
            language: crate::runtime::Language::Python,
            verdict: if passed == 2 { Verdict::Pass } else { Verdict::WrongAnswer },
            score: passed as f64 / 2.0,
            passed,
            total: 2,
            compile_error: None,
            tests: vec![test("one", verdicts[0]), test("two", verdicts[1])],
            flags: Vec::new(),
            provenance: Provenance {
                gradebox: "0".into(),
                runtime: crate::runtime::RuntimeIdentity {
                    name: "python".into(),
                    version: String::new(),
                    sha256: String::new(),
                },
                task_sha256: String::new(),
                grader_sha256: None,
                limits: crate::sandbox::Limits::default(),
            },
            metadata: Default::default(),
        }
    }

    #[test]
    fn the_table_has_a_row_per_test_a_column_per_response_and_a_sentence() {
        let (_dir, task) = task();
        let names = vec!["a.py".to_string(), "b.py".to_string()];
        let results = vec![
            result([Verdict::Pass, Verdict::Pass], ""),
            result([Verdict::Pass, Verdict::WrongAnswer], "expected 2, got 3"),
        ];
        let table = table(&task, &names, &results, false, Width(Some(120)));
        let lines: Vec<&str> = table.lines().collect();
        assert!(lines[0].starts_with("t · 2 tests · tokens checker · stdio mode"), "{table}");
        assert!(
            lines.iter().any(|l| l.starts_with("two")
                && l.contains("pass 1.2M fuel")
                && l.contains("wrong_answer expected 2, got 3")),
            "{table}"
        );
        assert!(
            lines.iter().any(|l| l.starts_with("summary")
                && l.contains("pass 2/2 · score 1.00")
                && l.contains("wrong_answer 1/2 · score 0.50")),
            "{table}"
        );
        assert_eq!(
            sentence(&names, &results, Width(None)),
            "a.py passes 2/2; b.py fails 1: wrong_answer on two (expected 2, got 3)"
        );
    }

    #[test]
    fn hostile_feedback_is_escaped_and_cut_quickly() {
        assert_eq!(fit("\u{1b}]0;owned\u{7}\r\nx", 40), "\\u{1b}]0;owned\\u{7}\\u{d} x");
        // Linear by construction: the width is added up, never measured again.
        assert_eq!(fit(&"A".repeat(80_000), 10).chars().count(), 10);
    }
}
