//! `gradebox screen`: triage with reasons and a policy.

use super::common::*;
use serde_json::Value;

#[test]
fn screen_triages_with_reasons_and_a_policy() {
    let dir = tempfile::tempdir().unwrap();
    let (tasks, responses) = batch_fixture(dir.path());
    // Add a response that does not compile and one that only crashes.
    let mut lines = std::fs::read_to_string(&responses).unwrap();
    lines.push_str(
        &serde_json::json!({"task": "echo-sum", "response": "broken", "language": "python", "code": "def (:"})
            .to_string(),
    );
    lines.push('\n');
    lines.push_str(&serde_json::json!({"task": "echo-sum", "response": "crash", "language": "python", "code": "raise SystemExit(4)"}).to_string());
    lines.push('\n');
    std::fs::write(&responses, lines).unwrap();
    let out = grade_batch(dir.path(), &tasks, &responses);
    let queue = dir.path().join("queue.jsonl");
    let o = gradebox()
        .args(["screen", "--json", "--results", out.to_str().unwrap(), "--out", queue.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    let lines: Vec<Value> = text(&o.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let summary = &lines.last().unwrap()["summary"];
    // 8 responses: r0-r5 (r4 wrong), broken, crash. 28 pairs; 2 rejected.
    assert_eq!(summary["responses"], 8, "{summary}");
    assert_eq!(summary["auto_reject"], 2);
    assert_eq!(summary["pairs"], 28);
    let rejects: Vec<&str> =
        lines.iter().filter(|l| l["decision"] == "auto_reject").map(|l| l["reason"].as_str().unwrap()).collect();
    assert!(rejects.contains(&"does not compile"), "{rejects:?}");
    assert!(rejects.iter().any(|r| r.starts_with("every test crashed")), "{rejects:?}");
    // Five passing responses: their 10 pairs need people; r4 scores 0 against 1.
    assert_eq!(summary["needs_review"], 10, "{summary}");
    assert_eq!(std::fs::read_to_string(&queue).unwrap().lines().count(), 10);

    // A policy that wants a gap larger than any can be sends r4's pairs to people too.
    let policy = dir.path().join("policy.toml");
    std::fs::write(&policy, "min_score_gap = 1.5\n").unwrap();
    let o = gradebox()
        .args([
            "screen",
            "--json",
            "--results",
            out.to_str().unwrap(),
            "--out",
            queue.to_str().unwrap(),
            "--policy",
            policy.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let last: Value = serde_json::from_str(text(&o.stdout).lines().last().unwrap()).unwrap();
    assert_eq!(last["summary"]["needs_review"], 15, "{last}");
    std::fs::write(&policy, "min_scor_gap = 1\n").unwrap();
    let bad = gradebox()
        .args(["screen", "--results", out.to_str().unwrap(), "--policy", policy.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("unknown field `min_scor_gap`"), "{}", text(&bad.stderr));
}
