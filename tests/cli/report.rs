//! `gradebox report` end to end: the real binary grades the sample batch (with a
//! response whose output is hostile markup), writes the report, and headless Chromium
//! checks the rendered page (scripts/report-browser/check.mjs) in a network namespace
//! of its own. Screenshots land in target/report-screenshots/.

use crate::common::{self, gradebox};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A response whose output tries to end the data element, run script and move the
/// terminal's cursor, and whose name is markup too.
const HOSTILE: &str = r#"{"task": "sum-of-squares", "response": "<img src=x onerror=window.__pwned=2>", "language": "python", "code": "print('</script><script>window.__pwned=1</script>\\x1b[31m\\u202e red\\r')\n"}"#;

/// Runs `cmd`, which must end with one of `codes`; its stdout and stderr together.
fn ends_with(cmd: &mut Command, codes: &[i32]) -> String {
    let out = cmd.output().expect("running a command");
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.code().is_some_and(|c| codes.contains(&c)), "{cmd:?} ended with {}:\n{text}", out.status);
    text
}

fn ok(cmd: &mut Command) -> String {
    ends_with(cmd, &[0])
}

/// The baseline for --compare: the same results with one pass turned into a
/// wrong_answer (so it reads as fixed) and one response left out (so it reads as new).
fn baseline(results: &Path, out: &Path) {
    let text = std::fs::read_to_string(results).unwrap();
    let mut lines: Vec<String> = Vec::new();
    let mut flipped = false;
    for line in text.lines().filter(|l| l.contains("\"verdict\"")) {
        if !flipped && line.contains("\"verdict\":\"pass\"") {
            flipped = true;
            lines.push(line.replacen("\"verdict\":\"pass\"", "\"verdict\":\"wrong_answer\"", 1));
        } else {
            lines.push(line.to_string());
        }
    }
    lines.pop();
    std::fs::write(out, lines.join("\n") + "\n").unwrap();
}

fn judgments(out: &Path) {
    let lines = [
        r#"{"task": "two-sum", "a": "model-a", "b": "hostile-patch-json", "choice": "b", "annotator": "ann"}"#,
        r#"{"task": "two-sum", "a": "model-a", "b": "hostile-patch-json", "choice": "a", "annotator": "bob"}"#,
        r#"{"task": "two-sum", "a": "model-a", "b": "hostile-patch-json", "choice": "b", "annotator": "cy"}"#,
        r#"{"task": "two-sum", "ranking": ["model-b", "model-a", "hostile-exit-early"], "annotator": "ann"}"#,
        r#"{"task": "sum-of-squares", "a": "model-a", "b": "model-d", "choice": "a", "annotator": "bob"}"#,
    ];
    std::fs::write(out, lines.join("\n") + "\n").unwrap();
}

#[test]
fn the_sample_batch_report_passes_the_browser_checks() {
    common::ensure_runtimes();
    common::ensure_graders();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let samples = common::samples();
    let responses = d.join("responses.jsonl");
    let mut text = std::fs::read_to_string(samples.join("responses.jsonl")).unwrap();
    text.push_str(HOSTILE);
    text.push('\n');
    std::fs::write(&responses, text).unwrap();
    let results = d.join("results.jsonl");
    let run_report = d.join("run-report.html");
    // 1: some lines were not graded (the sample's three bad lines); the report is still written.
    let said = ends_with(
        gradebox()
            .args(["run", "--tasks"])
            .arg(&samples)
            .arg("--responses")
            .arg(&responses)
            .arg("--out")
            .arg(&results)
            .arg("--report")
            .arg(&run_report),
        &[1],
    );
    assert!(said.contains(&format!("report: {}", run_report.display())), "run names the report it wrote:\n{said}");

    let html = std::fs::read_to_string(&run_report).unwrap();
    assert_eq!(html.matches("</script>").count(), 2, "only the page's own two script elements end");
    assert!(html.contains("Content-Security-Policy") && !html.contains("http://") && !html.contains("https://"));

    let (human, before, report) = (d.join("judgments.jsonl"), d.join("before.jsonl"), d.join("report.html"));
    judgments(&human);
    baseline(&results, &before);
    let mut cmd = gradebox();
    cmd.args(["report", "--results"]).arg(&results).arg("--tasks").arg(&samples);
    cmd.arg("--responses").arg(&responses).arg("--human").arg(&human).arg("--compare").arg(&before);
    ok(cmd.arg("--out").arg(&report));

    let shots: PathBuf = root().join("target/report-screenshots");
    let said = ok(Command::new(root().join("scripts/report-browser/run"))
        .arg("check.mjs")
        .arg("--report")
        .arg(&report)
        .arg("--results")
        .arg(&results)
        .arg("--shots")
        .arg(&shots)
        .args(["--human", "--compare"]));
    assert!(said.contains("all checks passed"), "{said}");
}

#[test]
fn bad_flags_and_missing_files_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let out = gradebox()
        .args(["report", "--results"])
        .arg(dir.path().join("nope.jsonl"))
        .arg("--out")
        .arg(dir.path().join("r.html"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope.jsonl"));
    assert!(!dir.path().join("r.html").exists(), "no half report is left behind");
}
