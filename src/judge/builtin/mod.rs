//! Built-in checkers, one small file each, all with the same signature:
//! `fn check(input: &CheckInput) -> Judgement`. Like DMOJ's `checkers/`, the folder
//! reads as a catalogue.

pub mod exact;
pub mod float;
pub mod json;
pub mod lines;
pub mod tokens;
pub mod unordered;

use crate::result::{Mismatch, Place};
use crate::task::Tolerance;

/// What every checker is given.
pub struct CheckInput<'a> {
    pub expected: &'a Answer,
    pub actual: &'a Answer,
    pub tolerance: Tolerance,
}

/// An output to compare: stdout text, or a function's return value.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    Text(String),
    Json(serde_json::Value),
}

impl Answer {
    /// The text form: stdout as is, a value as compact JSON.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Answer::Text(s) => s.into(),
            Answer::Json(v) => v.to_string().into(),
        }
    }
}

/// A checker's decision: a score in [0, 1], feedback for a human reader and, from the
/// built-in checkers, the first difference as data.
#[derive(Clone, Debug, PartialEq)]
pub struct Judgement {
    pub score: f64,
    pub feedback: String,
    pub mismatch: Mismatch,
}

impl Judgement {
    pub fn new(score: f64, feedback: impl Into<String>) -> Judgement {
        Judgement { score, feedback: feedback.into(), mismatch: Mismatch::default() }
    }
    pub fn pass() -> Judgement {
        Judgement::new(1.0, "")
    }
    pub fn fail(feedback: impl Into<String>) -> Judgement {
        Judgement::new(0.0, feedback)
    }
    /// A failure with its first difference: `expected` and `got` there (None where that
    /// side has nothing), and where in the answer it is.
    pub fn differs(feedback: impl Into<String>, expected: Option<&str>, got: Option<&str>, at: Place) -> Judgement {
        let mismatch = Mismatch { expected: expected.map(String::from), got: got.map(String::from), at: Some(at) };
        Judgement { mismatch, ..Judgement::fail(feedback) }
    }
}

/// Shortens a value for feedback: at most `max` characters, marked when cut.
pub fn clip(s: &str, max: usize) -> String {
    let mut out: String = s.chars().take(max).collect();
    if s.chars().count() > max {
        out.push('…');
    }
    out
}

/// Whitespace-separated tokens with their 1-based line numbers.
pub(crate) fn tokens_with_lines(s: &str) -> Vec<(usize, &str)> {
    s.lines().enumerate().flat_map(|(i, line)| line.split_whitespace().map(move |t| (i + 1, t))).collect()
}

/// The judgement when two token lists agree as far as the shorter goes but not in
/// length (tokens, float): the first token one side has and the other lacks.
pub(crate) fn token_count_differs(expected: &[(usize, &str)], actual: &[(usize, &str)]) -> Judgement {
    let n = expected.len().min(actual.len());
    let at = Place { token: Some(n + 1), line: actual.get(n).map(|(line, _)| *line), ..Place::default() };
    let (want, got) = (expected.get(n).map(|t| t.1), actual.get(n).map(|t| t.1));
    let feedback = match (want, got) {
        (Some(next), _) => {
            format!(
                "output ended after {} tokens; expected {} (next: {:?})",
                actual.len(),
                expected.len(),
                clip(next, 40)
            )
        }
        (None, Some(first)) => format!(
            "{} extra tokens after the expected {} (first: {:?})",
            actual.len() - expected.len(),
            expected.len(),
            clip(first, 40)
        ),
        (None, None) => return Judgement::pass(),
    };
    Judgement::differs(feedback, want, got, at)
}

/// Runs a text checker on two strings with the default tolerance (for the tests).
#[cfg(test)]
pub(crate) fn on_texts(check: fn(&CheckInput) -> Judgement, expected: &str, actual: &str) -> Judgement {
    check(&CheckInput {
        expected: &Answer::Text(expected.into()),
        actual: &Answer::Text(actual.into()),
        tolerance: Default::default(),
    })
}
