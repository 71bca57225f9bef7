//! `gradebox import`: benchmark fixtures in their real formats into valid tasks.

use super::common::*;
use std::path::{Path, PathBuf};

/// `gradebox import`: each fixture holds a few problems in the benchmark's real layout
/// and one malformed record. Every imported task validates (references pass, wrong
/// solutions fail); the bad record is skipped with its file, line and field.
#[test]
fn import_turns_benchmark_fixtures_into_valid_tasks() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    let dir = tempfile::tempdir().unwrap();
    let import = |format: &str, file: &str, out: &Path, extra: &[&str]| {
        gradebox().args(["import", format]).arg(fixtures.join(file)).arg("--out").arg(out).args(extra).output().unwrap()
    };
    let cases = [
        ("apps", "apps.jsonl", 4, "apps.jsonl:5: `input_output`: does not hold JSON"),
        (
            "livecodebench",
            "livecodebench.jsonl",
            3,
            "livecodebench.jsonl:4: `private_test_cases`: neither JSON nor base64",
        ),
        ("code-contests", "code_contests.jsonl", 2, "code_contests.jsonl:3: `public_tests`: 2 inputs but 1 outputs"),
        ("mbpp", "mbpp.jsonl", 3, "mbpp.jsonl:4: `test_list`: expected a list, found a string; record skipped"),
        ("mbpp-sanitized", "mbpp_sanitized.json", 2, "mbpp_sanitized.json:27: `code`: missing; record skipped"),
    ];
    let mut tasks = Vec::new();
    for (format, file, imported, skipped) in cases {
        let out = dir.path().join(format);
        let o = import(format, file, &out, &[]);
        let (stdout, stderr) = (text(&o.stdout), text(&o.stderr));
        assert_eq!(o.status.code(), Some(1), "{format}: one record is skipped\n{stdout}{stderr}");
        assert!(stdout.starts_with(&format!("imported {imported}, skipped 1 into ")), "{format}: {stdout}");
        assert!(stderr.contains(skipped) && stderr.lines().count() == 1, "{format}: {stderr}");
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().path()).collect();
        assert_eq!(dirs.len(), imported, "{format}: {dirs:?}");
        dirs.sort();
        tasks.extend(dirs);
    }
    // LiveCodeBench carries no solutions: give its tasks references, as a user would.
    let lcb = dir.path().join("livecodebench");
    for entry in std::fs::read_dir(fixtures.join("livecodebench-references")).unwrap() {
        let path = entry.unwrap().path();
        let task = lcb.join(path.file_stem().unwrap());
        std::fs::copy(&path, task.join("reference.py")).unwrap();
        let toml = std::fs::read_to_string(task.join("task.toml")).unwrap();
        std::fs::write(task.join("task.toml"), format!("reference = [\"reference.py\"]\n{toml}")).unwrap();
    }
    let mut args = vec!["task".to_string(), "validate".to_string()];
    args.extend(tasks.iter().map(|d| d.display().to_string()));
    let o = run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let stdout = text(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{stdout}{}", text(&o.stderr));
    assert_eq!(stdout.matches('✓').count(), tasks.len(), "{stdout}");
    for id in
        ["apps-2101", "apps-301", "lcb-2917", "lcb-abc999_b", "cc-9001_B-Largest-Number", "mbpp-902", "mbpp-s-912"]
    {
        assert!(stdout.contains(&format!("✓ {id} (")), "{id}: {stdout}");
    }
    assert_eq!(
        stdout.matches("wrong wrong/wrong-").count(),
        4,
        "CodeContests' incorrect Python 3 and C++ solutions: {stdout}"
    );
    assert!(stdout.contains("reference reference-cpp-1.cpp: pass"), "CodeContests' C++ solution: {stdout}");
    assert!(stdout.contains("wrong wrong/wrong-cpp-1.cpp: wrong_answer"), "{stdout}");
    // The compressed private tests arrived; the long generated test went to files.
    assert!(lcb.join("lcb-abc999_b/task.toml").is_file());
    assert!(std::fs::read_to_string(lcb.join("lcb-abc999_b/task.toml")).unwrap().contains("name = \"private-3\""));
    assert!(dir.path().join("code-contests/cc-9001_B-Largest-Number/tests/generated-1.in").is_file());

    // An occupied --out needs --force; --limit stops early; an unreadable source is exit 2.
    let out = dir.path().join("apps");
    let o = import("apps", "apps.jsonl", &out, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("--force"), "{}", text(&o.stderr));
    let o = import("apps", "apps.jsonl", &out, &["--force", "--limit", "2"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(text(&o.stdout).starts_with("imported 2, skipped 0"), "{}", text(&o.stdout));
    let o = import("apps", "missing.jsonl", &dir.path().join("none"), &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("missing.jsonl"), "{}", text(&o.stderr));
    assert!(!dir.path().join("none").exists(), "nothing is written when a source cannot be read");
}
