//! `gradebox humaneval`: the official verdicts and pass@k.

use super::common::*;
use serde_json::Value;
use std::path::Path;

/// `gradebox humaneval` on a small problem file in HumanEval's format: the official
/// result strings, pass@k, bad lines skipped, and gradebox's flags beside them.
#[test]
fn humaneval_gives_the_official_verdicts_and_pass_at_k() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/humaneval");
    let dir = tempfile::tempdir().unwrap();
    let samples = dir.path().join("samples.jsonl");
    std::fs::copy(fixtures.join("samples.jsonl"), &samples).unwrap();
    let problems = fixtures.join("problems.jsonl");
    let o = run(&[
        "humaneval",
        "--problems",
        problems.to_str().unwrap(),
        "--samples",
        samples.to_str().unwrap(),
        "--k",
        "1,2,5",
        "--fuel",
        "2000000000",
    ]);
    assert_eq!(o.status.code(), Some(1), "bad sample lines make the status 1: {}", text(&o.stderr));
    let stderr = text(&o.stderr);
    assert!(stderr.contains("samples.jsonl:10: unknown task_id \"Mini/9\""), "{stderr}");
    assert!(stderr.contains("samples.jsonl:11: not a JSON object"), "{stderr}");
    // Mini/0: 1 of 5 pass; Mini/1: 2 of 4 (the rigged one passes, as it does officially).
    // pass@2 = mean(1 - C(4,2)/C(5,2), 1 - C(2,2)/C(4,2)); pass@5 is left out (Mini/1 has 4).
    let pass_at: Value = serde_json::from_str(text(&o.stdout).trim()).unwrap();
    assert!((pass_at["pass@1"].as_f64().unwrap() - (0.2 + 0.5) / 2.0).abs() < 1e-12, "{pass_at}");
    assert!((pass_at["pass@2"].as_f64().unwrap() - (0.4 + 5.0 / 6.0) / 2.0).abs() < 1e-12, "{pass_at}");
    assert!(pass_at.get("pass@5").is_none(), "{pass_at}");

    let official = results(&dir.path().join("samples.jsonl_results.jsonl"));
    let got: Vec<(&str, &str)> =
        official.iter().map(|l| (l["kind"].as_str().unwrap(), l["result"].as_str().unwrap())).collect();
    assert_eq!(
        got,
        [
            ("right", "passed"),
            ("wrong", "failed: "),
            ("loop", "timed out"),
            ("os_exit", "timed out"),
            ("exit", "failed: 'NoneType' object is not callable"),
            ("right", "passed"),
            ("rigged", "passed"),
            ("exponential", "timed out"),
            ("syntax", "failed: '(' was never closed (<string>, line 3)"),
        ]
    );
    assert!(official.iter().all(|l| l["passed"] == (l["result"] == "passed")));

    let own = results(&dir.path().join("samples.jsonl_gradebox.jsonl"));
    assert_eq!(own.len(), 9);
    let find = |task: &str, response: &str| {
        own.iter()
            .find(|l| l["task"] == task && l["response"] == response)
            .unwrap_or_else(|| panic!("{task} {response}"))
    };
    let flags = |l: &Value| l["flags"].as_array().unwrap().iter().map(|f| f["kind"].clone()).collect::<Vec<_>>();
    // The official harness cannot see these; gradebox flags them without changing its verdict.
    assert_eq!(flags(find("Mini/0", "3")), ["exit_before_return"]);
    assert_eq!(find("Mini/1", "1")["verdict"], "wrong_answer");
    assert_eq!(flags(find("Mini/1", "1")), ["unserializable_return"]);
    assert_eq!(find("Mini/0", "2")["verdict"], "time_limit");
    assert_eq!(find("Mini/1", "3")["verdict"], "compile_error");
    assert_eq!(find("Mini/0", "0")["verdict"], "pass");
}
