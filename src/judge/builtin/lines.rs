//! `lines`: line by line, ignoring trailing whitespace on each line and trailing empty
//! lines (so a missing final newline does not matter).

use super::{CheckInput, Judgement, clip};
use crate::result::Place;

fn normalized(s: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = s.lines().map(str::trim_end).collect();
    while lines.last() == Some(&"") {
        lines.pop();
    }
    lines
}

pub fn check(input: &CheckInput) -> Judgement {
    let (e, a) = (input.expected.text(), input.actual.text());
    let (expected, actual) = (normalized(&e), normalized(&a));
    let at = |i: usize| Place { line: Some(i + 1), ..Place::default() };
    for (i, (x, y)) in expected.iter().zip(&actual).enumerate() {
        if x != y {
            let feedback = format!("line {}: expected {:?}, got {:?}", i + 1, clip(x, 60), clip(y, 60));
            return Judgement::differs(feedback, Some(x), Some(y), at(i));
        }
    }
    if expected.len() != actual.len() {
        // The first line one side has and the other lacks.
        let n = expected.len().min(actual.len());
        let feedback = format!("expected {} lines, got {}", expected.len(), actual.len());
        return Judgement::differs(feedback, expected.get(n).copied(), actual.get(n).copied(), at(n));
    }
    Judgement::pass()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(e: &str, a: &str) -> Judgement {
        crate::judge::builtin::on_texts(check, e, a)
    }

    #[test]
    fn trailing_whitespace_and_final_newline_are_ignored() {
        assert_eq!(run("a b\nc\n", "a b  \nc").score, 1.0);
        assert_eq!(run("a\n", "a\n\n\n").score, 1.0);
    }

    #[test]
    fn inner_whitespace_and_line_count_matter() {
        assert_eq!(run("a b\n", "a  b\n").score, 0.0);
        assert_eq!(run("a\nb\n", "a\n").feedback, "expected 2 lines, got 1");
        assert_eq!(run("x\n12\n", "x\n11\n").feedback, "line 2: expected \"12\", got \"11\"");
    }

    #[test]
    fn the_difference_is_given_as_fields() {
        let m = run("x\n12 \n", "x\n11\n").mismatch;
        assert_eq!((m.expected.as_deref(), m.got.as_deref()), (Some("12"), Some("11")), "trailing spaces dropped");
        assert_eq!(m.at.unwrap().line, Some(2));
        let short = run("a\nb\n", "a\n").mismatch;
        assert_eq!(
            (short.expected.as_deref(), short.got.as_deref(), short.at.unwrap().line),
            (Some("b"), None, Some(2))
        );
        let long = run("a\n", "a\nmore\n").mismatch;
        assert_eq!((long.expected, long.got.as_deref()), (None, Some("more")));
    }
}
