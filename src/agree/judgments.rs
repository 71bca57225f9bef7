//! Human judgments in: JSONL, one judgment a line, several annotators per item.
//!
//! - pairwise: `{"task", "a", "b", "choice": "a" | "b" | "tie", "annotator"}`
//! - ranking:  `{"task", "ranking": ["r3", "r1", "r2"], "annotator"}` (best first)
//! - rating:   `{"task", "response", "rating": 1-5, "annotator"}`
//!
//! Bad lines are reported with their line number and skipped.

use anyhow::Result;
use serde::Deserialize;
use std::path::Path;

#[derive(Clone, Debug, PartialEq)]
pub enum Judgment {
    Pairwise { task: String, a: String, b: String, choice: Choice, annotator: String },
    Ranking { task: String, ranking: Vec<String>, annotator: String },
    Rating { task: String, response: String, rating: u8, annotator: String },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Choice {
    A,
    B,
    Tie,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    task: String,
    annotator: String,
    a: Option<String>,
    b: Option<String>,
    choice: Option<String>,
    ranking: Option<Vec<String>>,
    response: Option<String>,
    rating: Option<serde_json::Value>,
}

fn parse(line: &str) -> Result<Judgment, String> {
    let raw: Raw = serde_json::from_str(line).map_err(|e| format!("not a judgment ({e})"))?;
    if raw.annotator.trim().is_empty() {
        return Err("`annotator` is empty".into());
    }
    match (raw.choice, raw.ranking, raw.rating) {
        (Some(choice), None, None) => {
            let (Some(a), Some(b)) = (raw.a, raw.b) else { return Err("a pairwise judgment needs `a` and `b`".into()) };
            if a == b {
                return Err(format!("`a` and `b` are the same response {a:?}"));
            }
            let choice = match choice.as_str() {
                "a" => Choice::A,
                "b" => Choice::B,
                "tie" => Choice::Tie,
                other => return Err(format!("`choice` is {other:?}; use \"a\", \"b\" or \"tie\"")),
            };
            Ok(Judgment::Pairwise { task: raw.task, a, b, choice, annotator: raw.annotator })
        }
        (None, Some(ranking), None) => {
            let mut seen = std::collections::HashSet::new();
            if ranking.len() < 2 || !ranking.iter().all(|r| seen.insert(r)) {
                return Err("`ranking` must list at least two distinct responses".into());
            }
            Ok(Judgment::Ranking { task: raw.task, ranking, annotator: raw.annotator })
        }
        (None, None, Some(rating)) => {
            let Some(response) = raw.response else { return Err("a rating needs `response`".into()) };
            match rating.as_u64() {
                Some(r @ 1..=5) => {
                    Ok(Judgment::Rating { task: raw.task, response, rating: r as u8, annotator: raw.annotator })
                }
                _ => Err(format!("`rating` is {rating}; use an integer from 1 to 5")),
            }
        }
        _ => Err("give exactly one of `choice` (pairwise), `ranking` or `rating`".into()),
    }
}

/// Reads every judgment; bad lines come back as "FILE:LINE: reason" and are skipped.
pub fn read(path: &Path) -> Result<(Vec<Judgment>, Vec<String>)> {
    let (good, bad) = crate::jsonl::read_file(path, parse)?;
    Ok((good.into_iter().map(|(_, j)| j).collect(), bad.iter().map(|b| b.at(path)).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_parses_and_bad_lines_say_why() {
        assert!(matches!(
            parse(r#"{"task":"t","a":"x","b":"y","choice":"b","annotator":"ann"}"#),
            Ok(Judgment::Pairwise { choice: Choice::B, .. })
        ));
        assert!(matches!(
            parse(r#"{"task":"t","ranking":["x","y","z"],"annotator":"ann"}"#),
            Ok(Judgment::Ranking { .. })
        ));
        assert!(matches!(
            parse(r#"{"task":"t","response":"x","rating":4,"annotator":"ann"}"#),
            Ok(Judgment::Rating { rating: 4, .. })
        ));
        assert!(
            parse(r#"{"task":"t","a":"x","b":"y","choice":"c","annotator":"ann"}"#)
                .unwrap_err()
                .contains("use \"a\", \"b\" or \"tie\"")
        );
        assert!(
            parse(r#"{"task":"t","response":"x","rating":6,"annotator":"ann"}"#).unwrap_err().contains("from 1 to 5")
        );
        assert!(parse(r#"{"task":"t","ranking":["x","x"],"annotator":"ann"}"#).unwrap_err().contains("distinct"));
        assert!(
            parse(r#"{"task":"t","a":"x","b":"y","choice":"a","annotator":"ann","extra":1}"#)
                .unwrap_err()
                .contains("unknown field")
        );
        assert!(parse("{").is_err());
    }
}
