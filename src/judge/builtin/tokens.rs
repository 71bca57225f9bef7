//! `tokens`: the same whitespace-separated tokens in the same order; how they are
//! spaced or split across lines does not matter.

use super::{CheckInput, Judgement, clip, token_count_differs, tokens_with_lines};
use crate::result::Place;

pub fn check(input: &CheckInput) -> Judgement {
    let (e, a) = (input.expected.text(), input.actual.text());
    let (expected, actual) = (tokens_with_lines(&e), tokens_with_lines(&a));
    for (i, ((_, x), (line, y))) in expected.iter().zip(&actual).enumerate() {
        if x != y {
            let feedback = format!("token {} (line {line}): expected {:?}, got {:?}", i + 1, clip(x, 40), clip(y, 40));
            return Judgement::differs(feedback, Some(x), Some(y), token_at(i, *line));
        }
    }
    token_count_differs(&expected, &actual)
}

/// The `i`th (0-based) token, on `line` of the output.
pub(crate) fn token_at(i: usize, line: usize) -> Place {
    Place { token: Some(i + 1), line: Some(line), ..Place::default() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(e: &str, a: &str) -> Judgement {
        crate::judge::builtin::on_texts(check, e, a)
    }

    #[test]
    fn whitespace_is_free() {
        assert_eq!(run("1 2 3\n", "1\n2   3").score, 1.0);
        assert_eq!(run("", "  \n ").score, 1.0);
    }

    #[test]
    fn tokens_must_match_in_order() {
        assert_eq!(run("1 2 3", "1 3 2").feedback, "token 2 (line 1): expected \"2\", got \"3\"");
        assert!(run("1 2 3", "1 2").feedback.starts_with("output ended after 2 tokens"));
        assert!(run("1 2", "1 2 3").feedback.starts_with("1 extra tokens"));
    }

    #[test]
    fn the_difference_is_given_as_fields() {
        let m = run("1 2\n3", "1 2\n4").mismatch;
        assert_eq!((m.expected.as_deref(), m.got.as_deref()), (Some("3"), Some("4")));
        assert_eq!(m.at, Some(token_at(2, 2)));
        let ended = run("1 2 3", "1\n2").mismatch;
        assert_eq!((ended.expected.as_deref(), ended.got.as_deref()), (Some("3"), None));
        assert_eq!(ended.at, Some(Place { token: Some(3), ..Place::default() }), "no line: the output ended");
        let extra = run("1", "1\n\n7 8").mismatch;
        assert_eq!((extra.expected, extra.got.as_deref()), (None, Some("7")));
        assert_eq!(extra.at, Some(token_at(1, 3)));
    }
}
