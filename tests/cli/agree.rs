//! `gradebox agree`: results beside human judgments.

use super::common::*;
use serde_json::Value;

#[test]
fn agree_compares_results_with_human_judgments() {
    let dir = tempfile::tempdir().unwrap();
    let (tasks, responses) = batch_fixture(dir.path());
    let out = grade_batch(dir.path(), &tasks, &responses);
    // r4 fails; every other response passes.
    let human = dir.path().join("human.jsonl");
    std::fs::write(
        &human,
        [
            r#"{"task": "echo-sum", "a": "r0", "b": "r4", "choice": "a", "annotator": "ann1"}"#,
            r#"{"task": "echo-sum", "a": "r4", "b": "r0", "choice": "b", "annotator": "ann2"}"#,
            r#"{"task": "echo-sum", "a": "r1", "b": "r4", "choice": "b", "annotator": "ann1"}"#,
            r#"{"task": "echo-sum", "ranking": ["r0", "r1"], "annotator": "ann1"}"#,
            r#"{"task": "echo-sum", "a": "r0", "b": "r1", "choice": "tie", "annotator": "ann1"}"#,
            r#"{"task": "echo-sum", "response": "r2", "rating": 5, "annotator": "ann1"}"#,
            r#"{"task": "echo-sum", "response": "r3", "rating": 3, "annotator": "ann1"}"#,
            r#"{"task": "echo-sum", "a": "r2", "b": "r3", "choice": "maybe", "annotator": "ann2"}"#,
        ]
        .join("\n"),
    )
    .unwrap();
    let disagreements = dir.path().join("d.jsonl");
    let o = gradebox()
        .args([
            "agree",
            "--json",
            "--results",
            out.to_str().unwrap(),
            "--human",
            human.to_str().unwrap(),
            "--disagreements",
        ])
        .arg(&disagreements)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(
        text(&o.stderr).contains("human.jsonl:8: `choice` is \"maybe\""),
        "bad lines are reported: {}",
        text(&o.stderr)
    );
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    // Pairs: (r0,r4) both say r0; (r1,r4) people say r4, gradebox r1; (r0,r1) tie;
    // (r2,r3) ann1 rated r2 higher, gradebox ties them.
    assert_eq!(v["pairs"], 4, "{v:#}");
    assert_eq!(v["percent_agreement"], 0.5);
    assert_eq!(v["percent_agreement_no_ties"], 0.5);
    assert!((v["cohen_kappa"].as_f64().unwrap() - 0.2).abs() < 1e-9, "{v:#}");
    assert_eq!(v["per_annotator"]["ann2"]["agreement_with_gradebox"], 1.0);
    for key in ["fleiss_kappa", "krippendorff_alpha_humans", "krippendorff_alpha_with_gradebox", "confusion_matrix"] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    let kinds: Vec<String> = std::fs::read_to_string(&disagreements)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["kind"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(kinds, ["human_preferred_failing", "tests_do_not_separate"]);
}
