//! Built-in checkers, one small file each, all with the same signature:
//! `fn check(input: &CheckInput) -> Judgement`. Like DMOJ's `checkers/`, the folder
//! reads as a catalogue.

pub mod exact;
pub mod float;
pub mod json;
pub mod lines;
pub mod tokens;
pub mod unordered;

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

/// A checker's decision: a score in [0, 1] and feedback for a human reader.
#[derive(Clone, Debug, PartialEq)]
pub struct Judgement {
    pub score: f64,
    pub feedback: String,
}

impl Judgement {
    pub fn pass() -> Judgement {
        Judgement { score: 1.0, feedback: String::new() }
    }
    pub fn fail(feedback: impl Into<String>) -> Judgement {
        Judgement { score: 0.0, feedback: feedback.into() }
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

/// Runs a text checker on two strings with the default tolerance (for the tests).
#[cfg(test)]
pub(crate) fn on_texts(check: fn(&CheckInput) -> Judgement, expected: &str, actual: &str) -> Judgement {
    check(&CheckInput {
        expected: &Answer::Text(expected.into()),
        actual: &Answer::Text(actual.into()),
        tolerance: Default::default(),
    })
}
