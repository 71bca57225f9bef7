//! Every judgment becomes votes on pairs of responses to the same task: a pairwise
//! judgment is one vote, a ranking votes on every pair it orders, and one annotator's
//! ratings of two responses vote for the higher-rated one (equal ratings tie).

use super::judgments::{Choice, Judgment};
use std::collections::BTreeMap;

/// A pair of responses to one task, in a fixed order (`first` < `second`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct Pair {
    pub task: String,
    pub first: String,
    pub second: String,
}

/// A preference about a `Pair`, relative to its fixed order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Pref {
    First,
    Second,
    Tie,
}

impl Pref {
    pub const ALL: [Pref; 3] = [Pref::First, Pref::Second, Pref::Tie];
    pub fn index(self) -> usize {
        self as usize
    }
}

/// `winner` preferred over `loser`, as a pair and preference.
fn vote(task: &str, x: &str, y: &str, x_better: Option<bool>) -> (Pair, Pref) {
    let (first, second, flip) = if x < y { (x, y, false) } else { (y, x, true) };
    let pref = match x_better {
        None => Pref::Tie,
        Some(better) if better != flip => Pref::First,
        Some(_) => Pref::Second,
    };
    (Pair { task: task.into(), first: first.into(), second: second.into() }, pref)
}

/// Votes per pair per annotator (an annotator's last word on a pair counts).
pub type Votes = BTreeMap<Pair, BTreeMap<String, Pref>>;

/// A ranking, or one annotator's ratings of one task, votes on the pairs of at most
/// this many responses (a ranking's best, ratings in the order given): all pairs of a
/// ranking of thousands would be quadratic in memory and time. `beyond_cap` counts
/// the judgments cut, so the output can say so.
pub const MAX_RANKED: usize = 64;

/// Rankings and rating groups longer than `MAX_RANKED`.
pub fn beyond_cap(judgments: &[Judgment]) -> usize {
    let rankings = judgments
        .iter()
        .filter(|j| matches!(j, Judgment::Ranking { ranking, .. } if ranking.len() > MAX_RANKED))
        .count();
    let mut rated: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for j in judgments {
        if let Judgment::Rating { task, annotator, .. } = j {
            *rated.entry((task, annotator)).or_default() += 1;
        }
    }
    rankings + rated.values().filter(|n| **n > MAX_RANKED).count()
}

pub fn votes(judgments: &[Judgment]) -> Votes {
    let mut out: Votes = BTreeMap::new();
    let mut put = |(pair, pref): (Pair, Pref), annotator: &str| {
        out.entry(pair).or_default().insert(annotator.to_string(), pref);
    };
    let mut ratings: BTreeMap<(String, String), Vec<(String, u8)>> = BTreeMap::new();
    for j in judgments {
        match j {
            Judgment::Pairwise { task, a, b, choice, annotator } => {
                let better = match choice {
                    Choice::A => Some(true),
                    Choice::B => Some(false),
                    Choice::Tie => None,
                };
                put(vote(task, a, b, better), annotator);
            }
            Judgment::Ranking { task, ranking, annotator } => {
                let ranking = &ranking[..ranking.len().min(MAX_RANKED)];
                for (i, x) in ranking.iter().enumerate() {
                    for y in &ranking[i + 1..] {
                        put(vote(task, x, y, Some(true)), annotator);
                    }
                }
            }
            Judgment::Rating { task, response, rating, annotator } => {
                let list = ratings.entry((task.clone(), annotator.clone())).or_default();
                list.retain(|(r, _)| r != response);
                list.push((response.clone(), *rating));
            }
        }
    }
    for ((task, annotator), list) in &ratings {
        let list = &list[..list.len().min(MAX_RANKED)];
        for (i, (x, rx)) in list.iter().enumerate() {
            for (y, ry) in &list[i + 1..] {
                put(vote(task, x, y, (rx != ry).then_some(rx > ry)), annotator);
            }
        }
    }
    out
}

/// The plurality of `votes`; a tie between the top choices is a tie.
pub fn majority<'a>(votes: impl Iterator<Item = &'a Pref>) -> Option<Pref> {
    let mut count = [0usize; 3];
    let mut any = false;
    for v in votes {
        count[v.index()] += 1;
        any = true;
    }
    if !any {
        return None;
    }
    let top = *count.iter().max().expect("three counts");
    let leaders: Vec<Pref> = Pref::ALL.into_iter().filter(|p| count[p.index()] == top).collect();
    Some(if leaders.len() == 1 { leaders[0] } else { Pref::Tie })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rankings_and_ratings_become_pairwise_votes() {
        let js = vec![
            Judgment::Ranking {
                task: "t".into(),
                ranking: vec!["c".into(), "a".into(), "b".into()],
                annotator: "x".into(),
            },
            Judgment::Rating { task: "t".into(), response: "a".into(), rating: 2, annotator: "y".into() },
            Judgment::Rating { task: "t".into(), response: "b".into(), rating: 2, annotator: "y".into() },
            Judgment::Pairwise {
                task: "t".into(),
                a: "b".into(),
                b: "a".into(),
                choice: Choice::A,
                annotator: "z".into(),
            },
        ];
        let v = votes(&js);
        let ab = Pair { task: "t".into(), first: "a".into(), second: "b".into() };
        assert_eq!(v[&ab]["x"], Pref::First, "c > a > b ranks a over b");
        assert_eq!(v[&ab]["y"], Pref::Tie, "equal ratings tie");
        assert_eq!(v[&ab]["z"], Pref::Second, "z chose b");
        let ac = Pair { task: "t".into(), first: "a".into(), second: "c".into() };
        assert_eq!(v[&ac]["x"], Pref::Second);
        assert_eq!(majority(v[&ab].values()), Some(Pref::Tie), "one vote each way is a tie");
    }
}
