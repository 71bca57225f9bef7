//! The page's section beside people (`--human`): the agreement figures of
//! `gradebox agree` and each disagreement, pointing at both responses' rows.

use crate::agree::disagreements;
use crate::agree::judgments::Judgment;
use crate::agree::pairs::{self, Pref};
use crate::agree::report::{self, Agreement};
use crate::result::ResponseResult;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

#[derive(Serialize, Debug)]
pub struct Human {
    pub agreement: Agreement,
    pub disagreements: Vec<DisagreementRow>,
}

#[derive(Serialize, Debug)]
pub struct DisagreementRow {
    pub task: String,
    /// Row indices of both responses on the page.
    pub first: u32,
    pub second: u32,
    pub kind: &'static str,
    pub human: Pref,
    pub gradebox: Pref,
    pub votes: BTreeMap<String, Pref>,
}

/// `row_of` maps (task, response) to the response's row on the page.
pub fn build(judgments: &[Judgment], results: &[&ResponseResult], row_of: &HashMap<(&str, &str), u32>) -> Human {
    let votes = pairs::votes(judgments);
    let index: report::Results = results.iter().map(|r| ((r.task.as_str(), r.response.as_str()), *r)).collect();
    let agreement = report::compute(&votes, judgments, &index);
    let disagreements = disagreements::find(&votes, &index)
        .into_iter()
        .map(|d| DisagreementRow {
            task: d.task.to_string(),
            first: row_of[&(d.task, d.first)],
            second: row_of[&(d.task, d.second)],
            kind: d.kind,
            human: d.human,
            gradebox: d.gradebox,
            votes: d.votes.clone(),
        })
        .collect();
    Human { agreement, disagreements }
}
