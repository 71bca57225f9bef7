//! The agreement report: gradebox's preference per pair (higher score wins, equal
//! scores tie) beside the human majority, with chance-corrected statistics.

use super::pairs::{Pair, Pref, Votes, majority};
use super::stats::{Metric, cohen_kappa, fleiss_kappa, krippendorff_alpha};
use crate::agree::judgments::Judgment;
use crate::result::ResponseResult;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

#[derive(Serialize, Debug)]
pub struct Agreement {
    /// Pairs judged by both people and gradebox.
    pub pairs: usize,
    /// Pairs people judged, and the share of them gradebox has results for.
    pub human_pairs: usize,
    pub coverage: Option<f64>,
    pub percent_agreement: Option<f64>,
    /// Over pairs where neither gradebox nor the human majority says tie.
    pub percent_agreement_no_ties: Option<f64>,
    /// gradebox against the human majority.
    pub cohen_kappa: Option<f64>,
    /// Among the annotators (pairs with two or more of them).
    pub fleiss_kappa: Option<f64>,
    /// Nominal, over pairs, among the annotators and with gradebox as one more rater.
    pub krippendorff_alpha_humans: Option<f64>,
    pub krippendorff_alpha_with_gradebox: Option<f64>,
    /// Ordinal, over rated responses (gradebox rates 1 + 4 x score), when there are ratings.
    pub krippendorff_alpha_ratings_humans: Option<f64>,
    pub krippendorff_alpha_ratings_with_gradebox: Option<f64>,
    pub per_annotator: BTreeMap<String, AnnotatorAgreement>,
    /// Rows: gradebox's preference; columns: the human majority; order first, second, tie.
    pub confusion_matrix: [[usize; 3]; 3],
}

#[derive(Serialize, Debug, Default)]
pub struct AnnotatorAgreement {
    pub pairs: usize,
    pub agreement_with_gradebox: Option<f64>,
    /// Against the majority of the other annotators on the same pairs.
    pub agreement_with_others: Option<f64>,
    pub pairs_with_others: usize,
}

pub type Results<'a> = HashMap<(&'a str, &'a str), &'a ResponseResult>;

pub fn index(results: &[ResponseResult]) -> Results<'_> {
    results.iter().map(|r| ((r.task.as_str(), r.response.as_str()), r)).collect()
}

/// gradebox's preference: the higher score wins; equal scores tie.
pub fn gradebox_pref(results: &Results, pair: &Pair) -> Option<Pref> {
    let a = results.get(&(pair.task.as_str(), pair.first.as_str()))?;
    let b = results.get(&(pair.task.as_str(), pair.second.as_str()))?;
    Some(if (a.score - b.score).abs() < 1e-9 {
        Pref::Tie
    } else if a.score > b.score {
        Pref::First
    } else {
        Pref::Second
    })
}

fn share(hits: usize, of: usize) -> Option<f64> {
    (of > 0).then(|| hits as f64 / of as f64)
}

pub fn compute(votes: &Votes, judgments: &[Judgment], results: &Results) -> Agreement {
    let mut covered = 0;
    let mut agree = 0;
    let (mut decided, mut agree_decided) = (0, 0);
    let mut confusion = [[0usize; 3]; 3];
    let mut kappa_pairs = Vec::new();
    let mut fleiss_rows = Vec::new();
    let mut alpha_units = Vec::new();
    let mut alpha_units_gb = Vec::new();
    let mut annotators: BTreeMap<String, (usize, usize, usize, usize, usize)> = BTreeMap::new(); // pairs, gb n, gb agree, others n, others agree
    for (pair, by) in votes {
        let human = majority(by.values()).expect("a judged pair has votes");
        let gb = gradebox_pref(results, pair);
        if by.len() >= 2 {
            let mut row = vec![0.0; 3];
            for v in by.values() {
                row[v.index()] += 1.0;
            }
            fleiss_rows.push(row);
        }
        let values: Vec<f64> = by.values().map(|p| p.index() as f64).collect();
        alpha_units.push(values.clone());
        let mut with_gb = values;
        if let Some(g) = gb {
            with_gb.push(g.index() as f64);
            covered += 1;
            agree += usize::from(g == human);
            confusion[g.index()][human.index()] += 1;
            kappa_pairs.push((g, human));
            if g != Pref::Tie && human != Pref::Tie {
                decided += 1;
                agree_decided += usize::from(g == human);
            }
        }
        alpha_units_gb.push(with_gb);
        for (name, mine) in by {
            let entry = annotators.entry(name.clone()).or_default();
            entry.0 += 1;
            if let Some(g) = gb {
                entry.1 += 1;
                entry.2 += usize::from(*mine == g);
            }
            if let Some(others) = majority(by.iter().filter(|(n, _)| *n != name).map(|(_, p)| p)) {
                entry.3 += 1;
                entry.4 += usize::from(*mine == others);
            }
        }
    }
    let (ratings_h, ratings_gb) = rating_units(judgments, results);
    Agreement {
        pairs: covered,
        human_pairs: votes.len(),
        coverage: share(covered, votes.len()),
        percent_agreement: share(agree, covered),
        percent_agreement_no_ties: share(agree_decided, decided),
        cohen_kappa: cohen_kappa(&kappa_pairs),
        fleiss_kappa: fleiss_kappa(&fleiss_rows),
        krippendorff_alpha_humans: krippendorff_alpha(&alpha_units, Metric::Nominal),
        krippendorff_alpha_with_gradebox: krippendorff_alpha(&alpha_units_gb, Metric::Nominal),
        krippendorff_alpha_ratings_humans: (!ratings_h.is_empty())
            .then(|| krippendorff_alpha(&ratings_h, Metric::Ordinal))
            .flatten(),
        krippendorff_alpha_ratings_with_gradebox: (!ratings_gb.is_empty())
            .then(|| krippendorff_alpha(&ratings_gb, Metric::Ordinal))
            .flatten(),
        per_annotator: annotators
            .into_iter()
            .map(|(name, (pairs, gn, ga, on, oa))| {
                (
                    name,
                    AnnotatorAgreement {
                        pairs,
                        agreement_with_gradebox: share(ga, gn),
                        agreement_with_others: share(oa, on),
                        pairs_with_others: on,
                    },
                )
            })
            .collect(),
        confusion_matrix: confusion,
    }
}

/// Units for the ordinal alpha over ratings: each rated response, its annotators'
/// ratings, and (second list) gradebox's rating 1 + 4 x score added.
fn rating_units(judgments: &[Judgment], results: &Results) -> (Vec<Vec<f64>>, Vec<Vec<f64>>) {
    let mut by_response: BTreeMap<(String, String), BTreeMap<String, u8>> = BTreeMap::new();
    for j in judgments {
        if let Judgment::Rating { task, response, rating, annotator } = j {
            by_response.entry((task.clone(), response.clone())).or_default().insert(annotator.clone(), *rating);
        }
    }
    let mut humans = Vec::new();
    let mut with_gb = Vec::new();
    for ((task, response), ratings) in by_response {
        let values: Vec<f64> = ratings.values().map(|r| f64::from(*r)).collect();
        let mut plus = values.clone();
        if let Some(r) = results.get(&(task.as_str(), response.as_str())) {
            plus.push((1.0 + 4.0 * r.score).round());
        }
        humans.push(values);
        with_gb.push(plus);
    }
    (humans, with_gb)
}
