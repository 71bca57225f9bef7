//! `tokens`: the same whitespace-separated tokens in the same order; how they are
//! spaced or split across lines does not matter.

use super::{CheckInput, Judgement, clip, tokens_with_lines};

pub fn check(input: &CheckInput) -> Judgement {
    let (e, a) = (input.expected.text(), input.actual.text());
    let (expected, actual) = (tokens_with_lines(&e), tokens_with_lines(&a));
    for (i, ((_, x), (line, y))) in expected.iter().zip(&actual).enumerate() {
        if x != y {
            return Judgement::fail(format!(
                "token {} (line {line}): expected {:?}, got {:?}",
                i + 1,
                clip(x, 40),
                clip(y, 40)
            ));
        }
    }
    match expected.len().cmp(&actual.len()) {
        std::cmp::Ordering::Equal => Judgement::pass(),
        std::cmp::Ordering::Greater => Judgement::fail(format!(
            "output ended after {} tokens; expected {} (next: {:?})",
            actual.len(),
            expected.len(),
            clip(expected[actual.len()].1, 40)
        )),
        std::cmp::Ordering::Less => Judgement::fail(format!(
            "{} extra tokens after the expected {} (first: {:?})",
            actual.len() - expected.len(),
            expected.len(),
            clip(actual[expected.len()].1, 40)
        )),
    }
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
}
