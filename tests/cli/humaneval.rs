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

/// Without `--fuel`, each problem's budget is derived from its canonical solution:
/// max(floor, factor × what the canonical used). A slower but honest answer within the
/// factor passes, one beyond it does not, and an endless loop stops at the budget.
#[test]
fn humaneval_derives_each_problems_fuel_from_its_canonical_solution() {
    let dir = tempfile::tempdir().unwrap();
    let busy = |n: u32| format!("    s = 0\n    for i in range({n}):\n        s += i % 7\n    return a + b\n");
    let problem = serde_json::json!({
        "task_id": "Busy/0",
        "prompt": "def add(a, b):\n",
        "canonical_solution": busy(100_000),
        "test": "def check(candidate):\n    assert candidate(2, 3) == 5\n",
        "entry_point": "add",
    });
    let problems = dir.path().join("problems.jsonl");
    std::fs::write(&problems, format!("{problem}\n")).unwrap();
    let samples = dir.path().join("samples.jsonl");
    let lines: Vec<String> = [busy(100_000), busy(200_000), busy(500_000), "    while True:\n        pass\n".into()]
        .iter()
        .map(|c| serde_json::json!({"task_id": "Busy/0", "completion": c}).to_string())
        .collect();
    std::fs::write(&samples, lines.join("\n") + "\n").unwrap();
    // The official result strings of `gradebox humaneval` with `fuel_flags`.
    let official = |fuel_flags: &[&str]| -> Vec<String> {
        let (p, s) = (problems.to_str().unwrap(), samples.to_str().unwrap());
        let o = run(&[&["humaneval", "--problems", p, "--samples", s], fuel_flags].concat());
        assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
        results(&dir.path().join("samples.jsonl_results.jsonl"))
            .iter()
            .map(|l| l["result"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        official(&["--fuel-factor", "3", "--fuel-floor", "1000000"]),
        ["passed", "passed", "timed out", "timed out"]
    );
    // gradebox's lines come as samples finish: find each by its completion id.
    let own = results(&dir.path().join("samples.jsonl_gradebox.jsonl"));
    let line = |i: usize| own.iter().find(|l| l["response"].as_str() == Some(i.to_string().as_str())).unwrap().clone();
    let fuel = |i: usize| line(i)["tests"][0]["fuel"].as_u64().unwrap();
    let allowed = |i: usize| line(i)["provenance"]["limits"]["fuel"].as_u64().unwrap();
    // Sample 0 is the canonical solution itself: it uses exactly what the budget is derived from.
    let budget = 3 * fuel(0);
    assert_eq!((allowed(2), fuel(2)), (budget, budget), "stopped at the budget");
    assert_eq!((allowed(3), fuel(3)), (budget, budget), "the loop too");
    assert!(fuel(1) < budget && fuel(1) > 1_000_000, "slower, within the factor: {}", fuel(1));

    // A fixed --fuel gives every sample the same budget, as before.
    assert_eq!(official(&["--fuel", "5000000000"]), ["passed", "passed", "passed", "timed out"]);
}
