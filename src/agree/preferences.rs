//! TRL-style preference pairs: `{"prompt", "chosen", "rejected", "margin"}`, with the
//! automatic (and, when given, human) evidence namespaced beside them. Only pairs the
//! chosen signal decides are written.

use super::pairs::{Pair, Pref, Votes, majority};
use super::report::{Results, gradebox_pref};
use crate::result::Response;
use crate::result::ResponseResult;
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::HashMap;

/// Which signal decides a pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Source {
    /// gradebox's scores (higher wins by at least the minimum gap).
    Auto,
    /// The human majority.
    Human,
    /// Only pairs both decide, the same way.
    Agreed,
}

#[derive(Serialize)]
pub struct PreferencePair {
    pub prompt: String,
    pub chosen: String,
    pub rejected: String,
    pub margin: f64,
    pub task: String,
    pub chosen_id: String,
    pub rejected_id: String,
    pub auto: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub human: Option<Value>,
}

fn auto_evidence(r: &ResponseResult) -> Value {
    json!({
        "verdict": r.verdict,
        "score": r.score,
        "passed": r.passed,
        "total": r.total,
        "failed_tests": r.failures().map(|t| json!({"name": t.name, "verdict": t.verdict})).collect::<Vec<_>>(),
    })
}

pub struct Inputs<'a> {
    pub results: &'a Results<'a>,
    pub responses: &'a HashMap<(String, String), Response>,
    pub prompts: &'a HashMap<String, String>,
    pub votes: Option<&'a Votes>,
}

/// Every pair of responses to a task that has results and code, decided by `source`.
pub fn build(inputs: &Inputs, source: Source, min_gap: f64) -> Vec<PreferencePair> {
    let mut by_task: std::collections::BTreeMap<&str, Vec<&ResponseResult>> = Default::default();
    for r in inputs.results.values() {
        by_task.entry(r.task.as_str()).or_default().push(r);
    }
    let mut out = Vec::new();
    for (task, mut list) in by_task {
        list.sort_by(|a, b| a.response.cmp(&b.response));
        for i in 0..list.len() {
            for j in i + 1..list.len() {
                let pair =
                    Pair { task: task.into(), first: list[i].response.clone(), second: list[j].response.clone() };
                let auto = gradebox_pref(inputs.results, &pair)
                    .filter(|_| (list[i].score - list[j].score).abs() >= min_gap.max(1e-9));
                let votes = inputs.votes.and_then(|v| v.get(&pair));
                let human = votes.and_then(|v| majority(v.values()));
                let decided = match source {
                    Source::Auto => auto,
                    Source::Human => human,
                    Source::Agreed => auto.filter(|a| Some(*a) == human),
                };
                let Some(pref) = decided.filter(|p| *p != Pref::Tie) else { continue };
                let (chosen, rejected) = if pref == Pref::First { (list[i], list[j]) } else { (list[j], list[i]) };
                let (Some(c), Some(r)) = (
                    inputs.responses.get(&(task.to_string(), chosen.response.clone())),
                    inputs.responses.get(&(task.to_string(), rejected.response.clone())),
                ) else {
                    continue;
                };
                let human_json = votes.map(|v| {
                    let for_chosen = v.values().filter(|p| **p == pref).count();
                    json!({"votes": v, "majority": human, "agreeing": for_chosen, "annotators": v.len()})
                });
                let margin = match source {
                    Source::Human => {
                        let v = votes.expect("human-decided pairs have votes");
                        let against = v.values().filter(|p| **p != pref && **p != Pref::Tie).count();
                        (v.values().filter(|p| **p == pref).count() as f64 - against as f64) / v.len() as f64
                    }
                    _ => chosen.score - rejected.score,
                };
                out.push(PreferencePair {
                    prompt: inputs.prompts.get(task).cloned().unwrap_or_else(|| task.to_string()),
                    chosen: c.code.clone(),
                    rejected: r.code.clone(),
                    margin: (margin * 1e6).round() / 1e6,
                    task: task.into(),
                    chosen_id: chosen.response.clone(),
                    rejected_id: rejected.response.clone(),
                    auto: json!({"chosen": auto_evidence(chosen), "rejected": auto_evidence(rejected), "gradebox": env!("CARGO_PKG_VERSION")}),
                    human: human_json,
                });
            }
        }
    }
    out
}
