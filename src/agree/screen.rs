//! Pre-screening before human review: responses that need no human are decided
//! automatically, each with its reason; the rest is queued for people.

use crate::result::Verdict;
use crate::result::{FlagKind, ResponseResult};
use anyhow::{Context, Result, anyhow};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// The thresholds of triage (docs/screening.md); every field has a default.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Policy {
    /// In a pair, one response is decided better when its score is higher by this much.
    pub min_score_gap: f64,
    /// Reject responses that do not compile.
    pub reject_compile_error: bool,
    /// Reject responses whose every test crashed, timed out or hit a limit.
    pub reject_all_crashed_or_timed_out: bool,
    /// Reject responses flagged with any of these kinds.
    pub reject_flags: Vec<FlagKind>,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            min_score_gap: 0.5,
            reject_compile_error: true,
            reject_all_crashed_or_timed_out: true,
            reject_flags: vec![FlagKind::ExitBeforeReturn, FlagKind::UnserializableReturn, FlagKind::HarnessTampering],
        }
    }
}

impl Policy {
    pub fn load(path: &Path) -> Result<Policy> {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("cannot read the policy {}", path.display()))?;
        toml::from_str(&text).map_err(|e| anyhow!("{}: {e}", path.display()))
    }

    /// Why `r` needs no human at all, if it does not.
    fn rejection(&self, r: &ResponseResult) -> Option<String> {
        if self.reject_compile_error && r.verdict == Verdict::CompileError {
            return Some("does not compile".into());
        }
        // Gaming is named before the crash it usually causes.
        if let Some(f) = r.flags.iter().find(|f| self.reject_flags.contains(&f.kind)) {
            let kind = serde_json::to_value(f.kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
            return Some(format!("flagged for gaming the checks: {kind} ({})", f.detail));
        }
        let crashed = |v: Verdict| {
            matches!(v, Verdict::RuntimeError | Verdict::TimeLimit | Verdict::MemoryLimit | Verdict::OutputLimit)
        };
        if self.reject_all_crashed_or_timed_out && !r.tests.is_empty() && r.tests.iter().all(|t| crashed(t.verdict)) {
            return Some(format!("every test crashed or timed out ({})", r.verdict));
        }
        None
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    AutoReject,
    AutoDecided,
    NeedsReview,
}

/// One decision: about a single response (a rejection) or a pair.
#[derive(Serialize, Debug)]
pub struct Triage {
    pub task: String,
    pub decision: Decision,
    pub reason: String,
    /// The response(s) concerned: one for a rejection, two for a pair.
    pub responses: Vec<String>,
    /// For an auto-decided pair, the better response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred: Option<String>,
    pub scores: Vec<f64>,
}

#[derive(Serialize, Debug, Default)]
pub struct Summary {
    pub responses: usize,
    pub auto_reject: usize,
    pub pairs: usize,
    pub auto_decided: usize,
    pub needs_review: usize,
    /// Pairs people need not look at, over all pairs.
    pub share_of_work_saved: Option<f64>,
    /// Responses left out of pairs: a task's responses past the first `MAX_PAIRED`.
    #[serde(skip_serializing_if = "is_zero")]
    pub unpaired: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Pairs are formed among at most this many responses of a task (its first, in the
/// results file's order): all pairs of thousands would take memory and time quadratic
/// in them, and no person reviews such a queue. The summary counts the rest.
pub const MAX_PAIRED: usize = 64;

pub fn screen(results: &[ResponseResult], policy: &Policy) -> (Vec<Triage>, Summary) {
    let mut by_task: BTreeMap<&str, Vec<&ResponseResult>> = BTreeMap::new();
    for r in results {
        by_task.entry(&r.task).or_default().push(r);
    }
    let mut out = Vec::new();
    let mut s = Summary { responses: results.len(), ..Summary::default() };
    for (task, list) in by_task {
        let rejected: Vec<Option<String>> = list.iter().map(|r| policy.rejection(r)).collect();
        for (r, why) in list.iter().zip(&rejected) {
            if let Some(why) = why {
                s.auto_reject += 1;
                out.push(Triage {
                    task: task.into(),
                    decision: Decision::AutoReject,
                    reason: why.clone(),
                    responses: vec![r.response.clone()],
                    preferred: None,
                    scores: vec![r.score],
                });
            }
        }
        s.unpaired += list.len().saturating_sub(MAX_PAIRED);
        let paired = list.len().min(MAX_PAIRED);
        for i in 0..paired {
            for j in i + 1..paired {
                s.pairs += 1;
                let (a, b) = (list[i], list[j]);
                let (decision, reason, preferred) = decide(a, b, rejected[i].is_some(), rejected[j].is_some(), policy);
                if decision == Decision::NeedsReview {
                    s.needs_review += 1;
                } else {
                    s.auto_decided += 1;
                }
                out.push(Triage {
                    task: task.into(),
                    decision,
                    reason,
                    responses: vec![a.response.clone(), b.response.clone()],
                    preferred: preferred.map(|p| p.response.clone()),
                    scores: vec![a.score, b.score],
                });
            }
        }
    }
    s.share_of_work_saved = (s.pairs > 0).then(|| s.auto_decided as f64 / s.pairs as f64);
    (out, s)
}

fn decide<'a>(
    a: &'a ResponseResult,
    b: &'a ResponseResult,
    a_rejected: bool,
    b_rejected: bool,
    p: &Policy,
) -> (Decision, String, Option<&'a ResponseResult>) {
    let grader_error = |r: &ResponseResult| {
        r.verdict == Verdict::GraderError || r.tests.iter().any(|t| t.verdict == Verdict::GraderError)
    };
    if grader_error(a) || grader_error(b) {
        return (Decision::NeedsReview, "a grader failed on this pair: the tests cannot decide it".into(), None);
    }
    match (a_rejected, b_rejected) {
        (true, true) => return (Decision::AutoDecided, "both responses are auto-rejected".into(), None),
        (true, false) => return (Decision::AutoDecided, format!("{} is auto-rejected", a.response), Some(b)),
        (false, true) => return (Decision::AutoDecided, format!("{} is auto-rejected", b.response), Some(a)),
        (false, false) => {}
    }
    let gap = (a.score - b.score).abs();
    if gap >= p.min_score_gap {
        let (better, worse) = if a.score > b.score { (a, b) } else { (b, a) };
        return (
            Decision::AutoDecided,
            format!(
                "{} passes clearly more ({}/{} tests, score {:.2} against {:.2})",
                better.response, better.passed, better.total, better.score, worse.score
            ),
            Some(better),
        );
    }
    let reason = if a.verdict == Verdict::Pass && b.verdict == Verdict::Pass {
        "both pass every test: people decide on quality".to_string()
    } else {
        format!("both fail comparably (scores {:.2} and {:.2}, gap below {})", a.score, b.score, p.min_score_gap)
    };
    (Decision::NeedsReview, reason, None)
}
