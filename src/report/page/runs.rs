//! Two runs side by side (`--compare`): what changed per response, so a grader or a
//! limit change can be reviewed before it ships. The compared file is the baseline
//! ("before"), the report's own results are "after".

use super::rows::verdict_index;
use crate::result::ResponseResult;
use crate::result::Verdict;
use serde::Serialize;
use std::collections::HashMap;

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// Did not pass before, passes now.
    Fixed,
    /// Passed before, does not now.
    Broken,
    /// Failed both times, with different verdicts.
    VerdictChanged,
    /// Same verdict, different score (partial credit moved).
    ScoreChanged,
    /// Same verdict and score; the fuel over all tests differs.
    FuelChanged,
    Unchanged,
    /// Only in this run / only in the baseline.
    New,
    Gone,
}

#[derive(Serialize, Debug)]
pub struct Compare {
    pub baseline: String,
    /// How many responses fall under each change, in the order of `Change`.
    pub counts: Vec<(Change, usize)>,
    /// Every response that changed (unchanged ones are only counted).
    pub rows: Vec<ChangeRow>,
}

/// One changed response: its row on the page (None when only in the baseline),
/// its task and name, and before/after verdict (index), score and fuel.
#[derive(Serialize, Debug)]
pub struct ChangeRow {
    pub change: Change,
    pub row: Option<u32>,
    pub task: String,
    pub response: String,
    pub before: Option<(u8, f64, u64)>,
    pub after: Option<(u8, f64, u64)>,
}

fn fuel(r: &ResponseResult) -> u64 {
    r.tests.iter().map(|t| t.fuel).sum()
}

pub fn classify(before: &ResponseResult, after: &ResponseResult) -> Change {
    let (b, a) = (before.verdict == Verdict::Pass, after.verdict == Verdict::Pass);
    match (b, a) {
        (false, true) => Change::Fixed,
        (true, false) => Change::Broken,
        _ if before.verdict != after.verdict => Change::VerdictChanged,
        _ if (before.score - after.score).abs() > 1e-9 => Change::ScoreChanged,
        _ if fuel(before) != fuel(after) => Change::FuelChanged,
        _ => Change::Unchanged,
    }
}

fn side(r: &ResponseResult) -> (u8, f64, u64) {
    (verdict_index(r.verdict), r.score, fuel(r))
}

pub fn build(name: &str, baseline: &[ResponseResult], results: &[&ResponseResult]) -> Compare {
    let before: HashMap<(&str, &str), &ResponseResult> =
        baseline.iter().map(|r| ((r.task.as_str(), r.response.as_str()), r)).collect();
    let mut rows = Vec::new();
    let mut counts: Vec<(Change, usize)> = Vec::new();
    let mut count = |c: Change| match counts.iter_mut().find(|(k, _)| *k == c) {
        Some((_, n)) => *n += 1,
        None => counts.push((c, 1)),
    };
    let mut seen = std::collections::HashSet::new();
    for (i, r) in results.iter().enumerate() {
        let key = (r.task.as_str(), r.response.as_str());
        seen.insert(key);
        let old = before.get(&key);
        let change = old.map_or(Change::New, |b| classify(b, r));
        count(change);
        if change != Change::Unchanged {
            rows.push(ChangeRow {
                change,
                row: Some(i as u32),
                task: r.task.clone(),
                response: r.response.clone(),
                before: old.map(|b| side(b)),
                after: Some(side(r)),
            });
        }
    }
    for b in baseline.iter().filter(|b| !seen.contains(&(b.task.as_str(), b.response.as_str()))) {
        count(Change::Gone);
        rows.push(ChangeRow {
            change: Change::Gone,
            row: None,
            task: b.task.clone(),
            response: b.response.clone(),
            before: Some(side(b)),
            after: None,
        });
    }
    counts.sort_by_key(|(c, _)| *c as u8);
    Compare { baseline: name.to_string(), counts, rows }
}
