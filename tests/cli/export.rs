//! `gradebox export`: preference pairs and Label Studio tasks.

use super::common::*;
use serde_json::Value;

#[test]
fn preference_pairs_carry_the_decided_pairs_with_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let (tasks, responses) = batch_fixture(dir.path());
    let out = grade_batch(dir.path(), &tasks, &responses);
    let prefs = |extra: &[&str]| -> Vec<Value> {
        let o = gradebox()
            .args([
                "export",
                "preferences",
                "--results",
                out.to_str().unwrap(),
                "--responses",
                responses.to_str().unwrap(),
                "--tasks",
                tasks.to_str().unwrap(),
            ])
            .args(extra)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", text(&o.stderr));
        text(&o.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
    };
    // Automatic: r4 (wrong) loses to each of the five passing responses; ties are left out.
    let auto = prefs(&[]);
    assert_eq!(auto.len(), 5);
    for p in &auto {
        assert_eq!(p["rejected_id"], "r4", "{p}");
        assert_eq!(p["prompt"], "sum");
        assert_eq!(p["margin"], 1.0);
        assert_eq!(p["auto"]["rejected"]["failed_tests"].as_array().unwrap().len(), 2);
        assert!(
            p["chosen"].as_str().unwrap().contains("print") || p["chosen"].as_str().unwrap().contains("console.log")
        );
    }
    // Human: only the pair people decided.
    let human = dir.path().join("h.jsonl");
    std::fs::write(&human, r#"{"task": "echo-sum", "a": "r0", "b": "r1", "choice": "b", "annotator": "x"}"#).unwrap();
    let by_people = prefs(&["--human", human.to_str().unwrap(), "--from", "human"]);
    assert_eq!(by_people.len(), 1);
    assert_eq!((by_people[0]["chosen_id"].as_str(), by_people[0]["rejected_id"].as_str()), (Some("r1"), Some("r0")));
    assert_eq!(by_people[0]["human"]["annotators"], 1);
    assert!(prefs(&["--human", human.to_str().unwrap(), "--from", "agreed"]).is_empty(), "gradebox ties r0 and r1");

    // The same decisions as Label Studio predictions (docs/label-studio.md).
    let label_studio = |layout: &str| -> (Vec<Value>, String) {
        let (json, xml) = (dir.path().join(format!("{layout}.json")), dir.path().join(format!("{layout}.xml")));
        let o = gradebox()
            .args(["export", "label-studio", "--layout", layout, "--results", out.to_str().unwrap()])
            .args(["--responses", responses.to_str().unwrap(), "--tasks", tasks.to_str().unwrap()])
            .args(["--out", json.to_str().unwrap(), "--config-out", xml.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", text(&o.stderr));
        let tasks: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(json).unwrap()).unwrap();
        (tasks, std::fs::read_to_string(xml).unwrap())
    };
    let (ranked, config) = label_studio("auto");
    assert!(config.contains(r#"<Ranker name="rank" toName="responses"/>"#), "six responses: ranking layout");
    assert_eq!(ranked.len(), 1);
    assert_eq!(ranked[0]["data"]["prompt"], "sum");
    assert_eq!(ranked[0]["data"]["items"].as_array().unwrap().len(), 6);
    let prediction = &ranked[0]["predictions"][0];
    let order = prediction["result"][0]["value"]["ranker"]["rank"].as_array().unwrap();
    assert_eq!(order.last().unwrap(), "r4", "the failing response ranks last: {order:?}");
    assert!(prediction["model_version"].as_str().unwrap().starts_with("gradebox "), "{prediction}");
    // The mean over the 15 pairs: 10 pairs of tied passing responses at 0.5, 5 clear at 1.0.
    assert_eq!(prediction["score"], 0.6667, "ties among the passing ones do not hide that r4 is last");

    let (pairs, config) = label_studio("pairwise");
    assert!(config.contains(r#"<Pairwise name="preference" toName="left,right"/>"#));
    assert_eq!(pairs.len(), 15, "every pair of six responses");
    let predicted: Vec<&Value> = pairs.iter().filter(|t| t.get("predictions").is_some()).collect();
    assert_eq!(predicted.len(), 5, "only the pairs gradebox decides (r4 against each passing one)");
    for t in predicted {
        let result = &t["predictions"][0]["result"][0];
        let loser = if result["value"]["selected"] == "left" { "right_id" } else { "left_id" };
        assert_eq!(t["data"][loser], "r4", "{t}");
        assert_eq!((result["to_name"].as_str(), result["type"].as_str()), (Some("left"), Some("pairwise")));
        assert_eq!(t["predictions"][0]["score"], 1.0);
        let evidence =
            t["data"]["left_evidence"].as_str().unwrap().to_string() + t["data"]["right_evidence"].as_str().unwrap();
        assert!(evidence.contains("✗ a: wrong_answer"), "{evidence}");
    }
}
