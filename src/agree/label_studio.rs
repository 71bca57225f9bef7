//! Label Studio import JSON: each task holds the prompt and the responses as data, the
//! automatic evidence as read-only text beside each response, and gradebox's decision
//! as a prediction (pairwise `selected` left/right, or a ranker order for more than
//! two) that annotators see pre-filled and can overrule. The labeling configurations
//! are in label_studio/ and were checked against a real Label Studio 1.23.2 server
//! (scripts/label-studio-check, docs/label-studio.md).

use crate::result::Response;
use crate::result::ResponseResult;
use crate::result::Verdict;
use crate::sandbox::sha256_hex;
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashMap};

pub const PAIRWISE_CONFIG: &str = include_str!("label_studio/pairwise.xml");
pub const RANKING_CONFIG: &str = include_str!("label_studio/ranking.xml");

/// Two responses side by side, or every response of a task in one list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Layout {
    /// Pairwise when no task has more than two responses, else ranking.
    Auto,
    /// One Label Studio task per pair of responses.
    Pairwise,
    /// One Label Studio task per gradebox task, its responses to be ordered.
    Ranking,
}

impl Layout {
    pub fn config(self) -> &'static str {
        if self == Layout::Ranking { RANKING_CONFIG } else { PAIRWISE_CONFIG }
    }
}

pub struct Export {
    pub layout: Layout,
    pub tasks: Vec<Value>,
    /// gradebox tasks left out: fewer than two responses with results and code.
    pub skipped: Vec<String>,
}

pub struct Inputs<'a> {
    pub results: &'a [ResponseResult],
    pub responses: &'a HashMap<(String, String), Response>,
    pub prompts: &'a HashMap<String, String>,
}

pub fn build(inputs: &Inputs, layout: Layout) -> Export {
    let mut by_task: BTreeMap<&str, Vec<(&ResponseResult, &Response)>> = BTreeMap::new();
    for r in inputs.results {
        if let Some(code) = inputs.responses.get(&(r.task.clone(), r.response.clone())) {
            by_task.entry(r.task.as_str()).or_default().push((r, code));
        }
    }
    let layout = match layout {
        Layout::Auto if by_task.values().any(|l| l.len() > 2) => Layout::Ranking,
        Layout::Auto => Layout::Pairwise,
        other => other,
    };
    let version = model_version(inputs.results);
    let mut export = Export { layout, tasks: Vec::new(), skipped: Vec::new() };
    for (task, mut list) in by_task {
        if list.len() < 2 {
            export.skipped.push(task.to_string());
            continue;
        }
        list.sort_by(|a, b| a.0.response.cmp(&b.0.response));
        let prompt = inputs.prompts.get(task).cloned().unwrap_or_else(|| format!("(task {task})"));
        match layout {
            Layout::Ranking => export.tasks.push(ranking_task(task, &prompt, &list, &version)),
            _ => {
                for i in 0..list.len() {
                    for j in i + 1..list.len() {
                        // Which side a response is shown on follows from a hash of the pair,
                        // so ids (say, "hostile-*") never always sit on one side.
                        let key = format!("{task}\0{}\0{}", list[i].0.response, list[j].0.response);
                        let swap = sha256_hex(key.as_bytes()).as_bytes()[0] % 2 == 1;
                        let (left, right) = if swap { (list[j], list[i]) } else { (list[i], list[j]) };
                        export.tasks.push(pairwise_task(task, &prompt, left, right, &version));
                    }
                }
            }
        }
    }
    export
}

fn pairwise_task(
    task: &str,
    prompt: &str,
    left: (&ResponseResult, &Response),
    right: (&ResponseResult, &Response),
    version: &str,
) -> Value {
    let mut t = json!({
        "data": {
            "task": task,
            "tests_sha256": left.0.provenance.task_sha256,
            "grader_sha256": left.0.provenance.grader_sha256,
            "prompt": prompt,
            "left_id": left.0.response,
            "right_id": right.0.response,
            "left_language": left.0.language,
            "right_language": right.0.language,
            "left": left.1.code,
            "right": right.1.code,
            "left_evidence": evidence(left.0),
            "right_evidence": evidence(right.0),
        }
    });
    if let Some(p) = pairwise_prediction(left.0, right.0, version) {
        t["predictions"] = json!([p]);
    }
    t
}

/// gradebox's decision between two graded responses shown left and right, as a Label
/// Studio prediction; `None` when it has none (a tie, or a grader failed). The export
/// and the ML backend (`gradebox serve`) both decide here.
pub fn pairwise_prediction(left: &ResponseResult, right: &ResponseResult, version: &str) -> Option<Value> {
    let gap = left.score - right.score;
    if !decidable(&[left, right]) || gap.abs() <= 1e-9 {
        return None;
    }
    // Label Studio's Pairwise result names one of its two objects in `to_name`.
    let selected = if gap > 0.0 { "left" } else { "right" };
    Some(json!({
        "model_version": version,
        "score": confidence(gap.abs()),
        "result": [{"from_name": "preference", "to_name": "left", "type": "pairwise", "value": {"selected": selected}}],
    }))
}

fn ranking_task(task: &str, prompt: &str, list: &[(&ResponseResult, &Response)], version: &str) -> Value {
    let items: Vec<Value> = list
        .iter()
        .map(|(r, resp)| {
            json!({
                "id": r.response,
                "language": r.language,
                "code": resp.code,
                "title": format!("{} · {} · {}/{} tests · score {:.2}", r.response, r.language, r.passed, r.total, r.score),
                "body": format!("{}\n\n{}", resp.code.trim_end(), evidence(r)),
            })
        })
        .collect();
    let all_evidence: Vec<String> = list.iter().map(|(r, _)| format!("{}: {}", r.response, evidence(r))).collect();
    let mut t = json!({"data": {
        "task": task,
        "tests_sha256": list[0].0.provenance.task_sha256,
        "grader_sha256": list[0].0.provenance.grader_sha256,
        "prompt": prompt,
        "items": items,
        "evidence": all_evidence.join("\n\n"),
    }});
    let results: Vec<&ResponseResult> = list.iter().map(|(r, _)| *r).collect();
    if let Some(p) = ranking_prediction(&results, version) {
        t["predictions"] = json!([p]);
    }
    t
}

/// gradebox's order of graded responses, best first, as a Label Studio ranker
/// prediction; `None` when all score alike or a grader failed. Shared with the ML backend.
pub fn ranking_prediction(results: &[&ResponseResult], version: &str) -> Option<Value> {
    let mut order = results.to_vec();
    order.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.response.cmp(&b.response)));
    let spread = order.first().map(|r| r.score).unwrap_or(0.0) - order.last().map(|r| r.score).unwrap_or(0.0);
    if !decidable(&order) || spread <= 1e-9 {
        return None;
    }
    let scores: Vec<f64> = order.iter().map(|r| r.score).collect();
    Some(json!({
        "model_version": version,
        "score": ranking_confidence(&scores),
        "result": [{
            "from_name": "rank",
            "to_name": "responses",
            "type": "ranker",
            // The key is the Ranker tag's name (ranking.xml: name="rank").
            "value": {"ranker": {"rank": order.iter().map(|r| r.response.as_str()).collect::<Vec<_>>()}},
        }],
    }))
}

/// A ranking's confidence: the mean, over every pair of its responses, of the pairwise
/// confidence of the order it gives them, so the expected share of pairs an annotator
/// orders as gradebox does. Two tied responses count as the coin flip they are (0.5)
/// without hiding the clear gaps between the others; for two responses it is the
/// pairwise confidence.
fn ranking_confidence(scores: &[f64]) -> f64 {
    let mut pairs = 0;
    let mut sum = 0.0;
    for (i, a) in scores.iter().enumerate() {
        for b in &scores[i + 1..] {
            pairs += 1;
            sum += confidence((a - b).abs());
        }
    }
    if pairs == 0 { 0.5 } else { rounded(sum / f64::from(pairs)) }
}

/// gradebox has no opinion where a grader (or gradebox) failed: that is not the
/// candidates' doing, so no side is predicted.
fn decidable(results: &[&ResponseResult]) -> bool {
    results.iter().all(|r| r.tests.iter().all(|t| t.verdict != Verdict::GraderError))
}

/// 0.5 for a coin flip up to 1.0 when one side passes everything and the other nothing.
fn confidence(score_gap: f64) -> f64 {
    rounded(0.5 + score_gap.clamp(0.0, 1.0) / 2.0)
}

/// Four decimals: what Label Studio's percentage shows, and no float noise in the file.
fn rounded(x: f64) -> f64 {
    (x * 1e4).round() / 1e4
}

/// One name for everything that decided, the same on every task of the export (Label
/// Studio pre-fills only predictions of the project's one model version): the gradebox
/// version and digests over every task's tests and every grader. Each task's own hashes
/// are in its data (`tests_sha256`, `grader_sha256`).
fn model_version(results: &[ResponseResult]) -> String {
    let stamps = results.iter().map(|r| Stamp {
        gradebox: &r.provenance.gradebox,
        task_sha256: &r.provenance.task_sha256,
        grader_sha256: r.provenance.grader_sha256.as_deref(),
    });
    model_version_of(stamps)
}

/// What names one task's grading in a model version (a result's provenance, or a task
/// loaded by the server with its checker).
pub struct Stamp<'a> {
    pub gradebox: &'a str,
    pub task_sha256: &'a str,
    pub grader_sha256: Option<&'a str>,
}

/// The model version over every task graded: the same string for the same gradebox,
/// tests and graders, whether an export or the ML backend computes it.
pub fn model_version_of<'a>(stamps: impl Iterator<Item = Stamp<'a>>) -> String {
    let stamps: Vec<Stamp> = stamps.collect();
    let mut versions: Vec<&str> = stamps.iter().map(|s| s.gradebox).collect();
    versions.sort();
    versions.dedup();
    let digest = |mut parts: Vec<&str>| {
        parts.sort();
        parts.dedup();
        sha256_hex(parts.join("\n").as_bytes())[..12].to_string()
    };
    let tests = digest(stamps.iter().map(|s| s.task_sha256).collect());
    let graders: Vec<&str> = stamps.iter().filter_map(|s| s.grader_sha256).collect();
    let grader = if graders.is_empty() { "builtin".to_string() } else { format!("sha256:{}", digest(graders)) };
    format!("gradebox {} tests:sha256:{tests} grader:{grader}", versions.join("+"))
}

/// What a reviewer reads beside a response: the verdict, then every failed test and why.
pub fn evidence(r: &ResponseResult) -> String {
    let mut lines =
        vec![format!("{} · {}/{} tests passed · score {:.2}", r.verdict.as_str(), r.passed, r.total, r.score)];
    if let Some(e) = &r.compile_error {
        lines.push(format!("does not compile: {}", e.lines().last().unwrap_or(e)));
    }
    for t in r.failures() {
        let mut line = format!("✗ {}: {} — {}", t.name, t.verdict.as_str(), t.feedback);
        if t.verdict == Verdict::WrongAnswer && !t.expected_excerpt.is_empty() {
            line.push_str(&format!(" (expected {:?}, got {:?})", t.expected_excerpt, t.actual_excerpt));
        }
        lines.push(line);
    }
    // A flag raised on every test is one line naming the tests.
    let mut flags: Vec<(String, &str, Vec<&str>)> = Vec::new();
    for f in &r.flags {
        let kind = serde_json::to_value(f.kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
        match flags.iter_mut().find(|(k, d, _)| *k == kind && *d == f.detail) {
            Some((_, _, tests)) => tests.extend(f.test.as_deref()),
            None => flags.push((kind, &f.detail, f.test.as_deref().into_iter().collect())),
        }
    }
    for (kind, detail, tests) in flags {
        let on = if tests.is_empty() { String::new() } else { format!(" on {}", tests.join(", ")) };
        lines.push(format!("⚑ {kind}{on}: {detail}"));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tie_at_the_top_does_not_hide_the_gap_below() {
        // Before: 0.5 + half the smallest neighbour gap, 0.5 whenever any two tied.
        let c = ranking_confidence(&[1.0, 1.0, 0.0]);
        assert_eq!(c, 0.8333, "pairs: 0.5 for the tie, 1.0 twice for the clear gaps");
        assert_eq!(ranking_confidence(&[1.0, 1.0, 1.0, 0.0]), 0.75);
        assert_eq!(ranking_confidence(&[0.6, 0.6]), 0.5, "all tied: a coin flip");
        assert_eq!(ranking_confidence(&[1.0, 0.7, 0.3, 0.0]), 0.7833);
        assert_eq!(ranking_confidence(&[1.0, 0.7, 0.7, 0.0]), 0.75, "a tie in the middle costs its pair");
    }

    #[test]
    fn two_responses_rank_with_the_pairwise_confidence() {
        for (a, b) in [(1.0, 0.0), (0.75, 0.5), (0.3, 0.2)] {
            assert_eq!(ranking_confidence(&[a, b]), confidence(a - b), "{a} {b}");
        }
        assert_eq!(ranking_confidence(&[1.0, 0.0]), 1.0);
    }
}
