//! `exact`: byte-for-byte equality.

use super::{CheckInput, Judgement, clip};

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
    let line = expected[..at].matches('\n').count() + 1;
    let tail = |s: &str| clip(&s[at..], 20);
    Judgement::fail(format!(
        "first difference at byte {at} (line {line}): expected {:?}, got {:?}",
        tail(&expected),
        tail(&actual)
    ))
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
}
