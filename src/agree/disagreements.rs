//! Each pair where gradebox and the human majority disagree, with the evidence a
//! reviewer needs to tell an annotator's error from a gap in the tests.

use super::pairs::{Pair, Pref, Votes, majority};
use super::report::{Results, gradebox_pref};
use crate::result::ResponseResult;
use crate::result::Verdict;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
pub struct Disagreement<'a> {
    pub task: &'a str,
    pub first: &'a str,
    pub second: &'a str,
    /// What it likely is, for triage.
    pub kind: &'static str,
    pub human: Pref,
    pub votes: &'a BTreeMap<String, Pref>,
    pub gradebox: Pref,
    pub first_evidence: Evidence<'a>,
    pub second_evidence: Evidence<'a>,
}

#[derive(Serialize)]
pub struct Evidence<'a> {
    pub verdict: Verdict,
    pub score: f64,
    pub passed: usize,
    pub total: usize,
    pub failed_tests: Vec<FailedTest<'a>>,
}

#[derive(Serialize)]
pub struct FailedTest<'a> {
    pub name: &'a str,
    pub verdict: Verdict,
    pub feedback: &'a str,
}

fn evidence(r: &ResponseResult) -> Evidence<'_> {
    Evidence {
        verdict: r.verdict,
        score: r.score,
        passed: r.passed,
        total: r.total,
        failed_tests: r
            .failures()
            .map(|t| FailedTest { name: &t.name, verdict: t.verdict, feedback: &t.feedback })
            .collect(),
    }
}

fn kind(human: Pref, gb: Pref, first: &ResponseResult, second: &ResponseResult) -> &'static str {
    let (chosen, other) = match human {
        Pref::First => (first, second),
        Pref::Second => (second, first),
        Pref::Tie => return "human_tie_but_tests_differ",
    };
    if gb == Pref::Tie {
        "tests_do_not_separate"
    } else if chosen.verdict != Verdict::Pass && other.verdict == Verdict::Pass {
        "human_preferred_failing"
    } else {
        "human_preferred_worse_failing"
    }
}

pub fn find<'a>(votes: &'a Votes, results: &Results<'a>) -> Vec<Disagreement<'a>> {
    let mut out = Vec::new();
    for (pair, by) in votes {
        let Pair { task, first, second } = pair;
        let (Some(gb), Some(human)) = (gradebox_pref(results, pair), majority(by.values())) else { continue };
        if gb == human {
            continue;
        }
        let a = results[&(task.as_str(), first.as_str())];
        let b = results[&(task.as_str(), second.as_str())];
        out.push(Disagreement {
            task,
            first,
            second,
            kind: kind(human, gb, a, b),
            human,
            votes: by,
            gradebox: gb,
            first_evidence: evidence(a),
            second_evidence: evidence(b),
        });
    }
    out
}
