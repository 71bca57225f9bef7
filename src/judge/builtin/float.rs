//! `float`: tokens compared as numbers within an absolute or relative tolerance;
//! tokens that are not numbers must match exactly.

use super::tokens::token_at;
use super::{CheckInput, Judgement, clip, token_count_differs, tokens_with_lines};
use crate::task::Tolerance;

/// Whether `got` is within tolerance of `want` (either bound suffices).
pub fn close(want: f64, got: f64, t: Tolerance) -> bool {
    if want.is_nan() || got.is_nan() {
        return want.is_nan() && got.is_nan();
    }
    if want.is_infinite() || got.is_infinite() {
        return want == got;
    }
    let diff = (want - got).abs();
    diff <= t.abs || diff <= t.rel * want.abs()
}

fn number(token: &str) -> Option<f64> {
    let ok = token.chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | 'e' | 'E'))
        || matches!(token.to_ascii_lowercase().as_str(), "nan" | "inf" | "-inf" | "+inf" | "infinity" | "-infinity");
    if ok { token.parse().ok() } else { None }
}

pub fn check(input: &CheckInput) -> Judgement {
    let (e, a) = (input.expected.text(), input.actual.text());
    let (expected, actual) = (tokens_with_lines(&e), tokens_with_lines(&a));
    for (i, ((_, x), (line, y))) in expected.iter().zip(&actual).enumerate() {
        let feedback = match (number(x), number(y)) {
            (Some(want), Some(got)) if !close(want, got, input.tolerance) => format!(
                "token {} (line {line}): expected {x}, got {y} (off by {:.3e}; allowed abs {:e} or rel {:e})",
                i + 1,
                (want - got).abs(),
                input.tolerance.abs,
                input.tolerance.rel
            ),
            // Numbers within tolerance match however they are written.
            (Some(_), Some(_)) => continue,
            (Some(_), None) => format!("token {} (line {line}): expected the number {x}, got {:?}", i + 1, clip(y, 40)),
            _ if x != y => format!("token {} (line {line}): expected {:?}, got {:?}", i + 1, clip(x, 40), clip(y, 40)),
            _ => continue,
        };
        return Judgement::differs(feedback, Some(x), Some(y), token_at(i, *line));
    }
    token_count_differs(&expected, &actual)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::judge::builtin::Answer;

    fn run(e: &str, a: &str, abs: f64, rel: f64) -> Judgement {
        check(&CheckInput {
            expected: &Answer::Text(e.into()),
            actual: &Answer::Text(a.into()),
            tolerance: Tolerance { abs, rel },
        })
    }

    #[test]
    fn numbers_within_tolerance_pass() {
        assert_eq!(run("3.14159", "3.141592", 1e-5, 0.0).score, 1.0);
        assert_eq!(run("1000000", "1000001", 0.0, 1e-5).score, 1.0, "relative bound");
        assert_eq!(run("x = 2.5", "x = 2.50000001", 1e-6, 0.0).score, 1.0);
    }

    #[test]
    fn numbers_outside_tolerance_and_words_fail() {
        let j = run("3.14159", "3.15", 1e-6, 1e-6);
        assert_eq!(j.score, 0.0);
        assert!(j.feedback.contains("expected 3.14159, got 3.15"), "{}", j.feedback);
        assert_eq!(run("YES 1.0", "yes 1.0", 1e-6, 0.0).score, 0.0, "words match exactly");
        assert_eq!(run("1.0", "one", 1e-6, 0.0).feedback, "token 1 (line 1): expected the number 1.0, got \"one\"");
        assert_eq!(run("nan", "1", 1e9, 1e9).score, 0.0);
    }

    #[test]
    fn the_difference_is_given_as_fields() {
        let m = run("x 1.5\ny 2.25", "x 1.5\ny 2.5", 1e-6, 0.0).mismatch;
        assert_eq!((m.expected.as_deref(), m.got.as_deref()), (Some("2.25"), Some("2.5")));
        assert_eq!(m.at, Some(token_at(3, 2)));
        let ended = run("1.0 2.0", "1.0", 1e-6, 0.0);
        assert!(ended.feedback.starts_with("output ended after 1 tokens"), "{}", ended.feedback);
        assert_eq!((ended.mismatch.expected.as_deref(), ended.mismatch.got), (Some("2.0"), None));
        assert_eq!(run("1.0", "1.0000001", 1e-6, 0.0).mismatch, Default::default(), "within tolerance");
    }
}
