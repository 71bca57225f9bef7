//! The page's data built from small result sets written out in full.

use super::inputs::Inputs;
use super::model::build;
use super::runs::{Change, classify};
use crate::result::{InputError, ResponseResult};
use std::collections::HashMap;

fn result(task: &str, response: &str, verdict: &str, score: f64, tests: &[(&str, &str, u64, &str)]) -> ResponseResult {
    let tests: Vec<serde_json::Value> = tests
        .iter()
        .map(|(name, v, fuel, actual)| {
            serde_json::json!({"name": name, "verdict": v, "score": if *v == "pass" {1.0} else {0.0}, "points": 1.0,
                "outcome": "exited", "fuel": fuel, "wall_ms": 1.25, "peak_memory_bytes": 3u64 << 20,
                "expected_excerpt": "1\n", "actual_excerpt": actual, "stderr_excerpt": "", "feedback": ""})
        })
        .collect();
    let passed = tests.iter().filter(|t| t["verdict"] == "pass").count();
    serde_json::from_value(serde_json::json!({
        "schema": "gradebox.result/1", "task": task, "response": response, "language": "python",
        "verdict": verdict, "score": score, "passed": passed, "total": tests.len(), "tests": tests, "flags": [],
        "provenance": {"gradebox": "0.1.0", "runtime": {"name": "python", "version": "3.14", "sha256": "ab"},
            "task_sha256": format!("{task}-hash"),
            "limits": {"fuel": 1000, "timeout_ms": 10, "memory_bytes": 1048576, "output_bytes": 1024}}
    }))
    .unwrap()
}

fn inputs(results: Vec<ResponseResult>) -> Inputs {
    Inputs {
        results,
        input_errors: vec![InputError::new(3, None, None, "bad line".into())],
        code: HashMap::from([(("b".to_string(), "x".to_string()), "print(1)".to_string())]),
        tasks: Vec::new(),
        judgments: None,
        baseline: None,
        warnings: Vec::new(),
    }
}

#[test]
fn rows_are_sorted_counted_and_share_their_strings() {
    let page = build(
        &inputs(vec![
            result(
                "b",
                "x",
                "wrong_answer",
                0.5,
                &[("t1", "pass", 10, "1\n"), ("t2", "wrong_answer", 20, "</script>")],
            ),
            result("a", "y", "pass", 1.0, &[("t1", "pass", 5, "1\n")]),
            result("a", "y", "pass", 1.0, &[("t1", "pass", 5, "1\n")]),
        ]),
        "t",
        Vec::new(),
    );
    assert_eq!(page.responses.len(), 2, "a duplicated pair is shown once");
    assert_eq!(page.tasks.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
    let (first, second) = (&page.responses[0], &page.responses[1]);
    assert_eq!(page.strings[first.1 as usize], "y", "task a comes first");
    assert_eq!((second.9, second.10, second.11), (1, 2, 30), "b/x: tests from row 1, two of them, 30 fuel");
    assert_eq!(page.strings[second.7 as usize], "print(1)", "the code is attached");
    assert_eq!(first.7, 0, "no code given for a/y");
    let expected: Vec<u32> = page.tests.iter().map(|t| t.8).collect();
    assert!(expected.iter().all(|e| *e == expected[0]), "one expected output, stored once");
    assert_eq!(page.summary.verdicts[0], 1);
    assert_eq!(page.summary.test_verdicts[0], 2);
    assert_eq!(page.summary.input_errors, 1);
    assert_eq!(page.summary.per_task[1].mean_score, 0.5);
    let html = super::html::render(&page).unwrap();
    assert_eq!(html.matches("</script>").count(), 2, "an output's </script> cannot end the data element");
}

#[test]
fn two_runs_classify_each_change() {
    let pass = result("a", "x", "pass", 1.0, &[("t", "pass", 10, "1\n")]);
    let wrong = result("a", "x", "wrong_answer", 0.0, &[("t", "wrong_answer", 10, "2\n")]);
    let slow = result("a", "x", "pass", 1.0, &[("t", "pass", 99, "1\n")]);
    let crash = result("a", "x", "runtime_error", 0.0, &[("t", "runtime_error", 10, "")]);
    assert_eq!(classify(&wrong, &pass), Change::Fixed);
    assert_eq!(classify(&pass, &wrong), Change::Broken);
    assert_eq!(classify(&wrong, &crash), Change::VerdictChanged);
    assert_eq!(classify(&pass, &slow), Change::FuelChanged);
    assert_eq!(classify(&pass, &pass), Change::Unchanged);
    let mut with_baseline = inputs(vec![pass.clone(), result("a", "new", "pass", 1.0, &[])]);
    with_baseline.baseline = Some(vec![wrong, result("a", "gone", "pass", 1.0, &[])]);
    let page = build(&with_baseline, "t", vec![("compare".into(), "before.jsonl".into())]);
    let compare = page.compare.unwrap();
    assert_eq!(compare.baseline, "before.jsonl");
    let kinds: Vec<Change> = compare.rows.iter().map(|r| r.change).collect();
    assert_eq!(kinds, [Change::New, Change::Fixed, Change::Gone]);
}
