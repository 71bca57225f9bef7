//! `exact`: byte-for-byte equality.

use super::{CheckInput, Judgement, clip};
use crate::result::Place;

/// The rest of `s`'s line from byte `at`, its newline included (a missing newline is
/// often the whole difference); None when `s` ends at `at`.
fn rest_of_line(s: &str, at: usize) -> Option<&str> {
    let rest = &s[at..];
    (!rest.is_empty()).then(|| rest.find('\n').map_or(rest, |nl| &rest[..=nl]))
}

pub fn check(input: &CheckInput) -> Judgement {
    let (expected, actual) = (input.expected.text(), input.actual.text());
    if expected == actual {
        return Judgement::pass();
    }
    // The first differing character, not byte: `π` and `ϐ` share their first byte.
    let at = expected
        .char_indices()
        .zip(actual.chars())
        .find(|((_, e), a)| e != a)
        .map_or(expected.len().min(actual.len()), |((i, _), _)| i);
    let before = &expected[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    let tail = |s: &str| clip(&s[at..], 20);
    Judgement::differs(
        format!("first difference at byte {at} (line {line}): expected {:?}, got {:?}", tail(&expected), tail(&actual)),
        rest_of_line(&expected, at),
        rest_of_line(&actual, at),
        Place { byte: Some(at), line: Some(line), column: Some(column), ..Place::default() },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(e: &str, a: &str) -> Judgement {
        crate::judge::builtin::on_texts(check, e, a)
    }

    #[test]
    fn only_identical_bytes_pass() {
        assert_eq!(run("1 2\n", "1 2\n").score, 1.0);
        assert_eq!(run("1 2\n", "1 2").score, 0.0, "a missing newline is a difference");
        let j = run("a\nbc\n", "a\nbd\n");
        assert_eq!(j.score, 0.0);
        assert!(j.feedback.contains("byte 3 (line 2)"), "{}", j.feedback);
    }

    #[test]
    fn a_difference_inside_a_character_is_reported_not_a_panic() {
        let j = run("π\n", "ϐ");
        assert_eq!(j.score, 0.0);
        assert!(j.feedback.contains("byte 0 (line 1): expected \"π\\n\", got \"ϐ\""), "{}", j.feedback);
        let j = run("café\n", "cafè\n");
        assert!(j.feedback.contains("byte 3 (line 1)"), "{}", j.feedback);
    }

    #[test]
    fn the_difference_is_given_as_fields() {
        let j = run("a\nxbc\nz\n", "a\nxbd\nz\n");
        assert_eq!((j.mismatch.expected.as_deref(), j.mismatch.got.as_deref()), (Some("c\n"), Some("d\n")));
        let at = j.mismatch.at.unwrap();
        assert_eq!((at.byte, at.line, at.column), (Some(4), Some(2), Some(3)));
        let missing_newline = run("1 2\n", "1 2").mismatch;
        assert_eq!((missing_newline.expected.as_deref(), missing_newline.got), (Some("\n"), None));
        assert_eq!(run("ab\n", "ab\n").mismatch, Default::default(), "a pass has nothing to say");
    }
}
