//! `lines`: line by line, ignoring trailing whitespace on each line and trailing empty
//! lines (so a missing final newline does not matter).

use super::{CheckInput, Judgement, clip};

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
    for (i, (x, y)) in expected.iter().zip(&actual).enumerate() {
        if x != y {
            return Judgement::fail(format!("line {}: expected {:?}, got {:?}", i + 1, clip(x, 60), clip(y, 60)));
        }
    }
    if expected.len() != actual.len() {
        return Judgement::fail(format!("expected {} lines, got {}", expected.len(), actual.len()));
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
}
