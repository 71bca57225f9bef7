//! `unordered`: the lines as a multiset, in any order (trailing whitespace and empty
//! lines ignored).

use super::{CheckInput, Judgement, clip};
use crate::result::{Mismatch, Place};
use std::collections::HashMap;

/// The non-empty lines, trailing whitespace dropped, with their 1-based line numbers.
fn lines(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.lines().map(str::trim_end).enumerate().filter(|(_, l)| !l.is_empty()).map(|(i, l)| (i + 1, l))
}

pub fn check(input: &CheckInput) -> Judgement {
    let (e, a) = (input.expected.text(), input.actual.text());
    let mut left: HashMap<&str, usize> = HashMap::new();
    for (_, line) in lines(&e) {
        *left.entry(line).or_insert(0) += 1;
    }
    // Each output line takes one expected copy of itself; those finding none are
    // unexpected, in the order the program printed them.
    let mut unexpected = Vec::new();
    for (n, line) in lines(&a) {
        match left.get_mut(line) {
            Some(copies) if *copies > 0 => *copies -= 1,
            _ => unexpected.push((n, line)),
        }
    }
    let missing: usize = left.values().sum();
    // The first missing line in the expected order (copies still left are the last ones).
    let first_missing = lines(&e).map(|(_, l)| l).find(|l| left[l] > 0);
    if missing == 0 && unexpected.is_empty() {
        return Judgement::pass();
    }
    let mut parts = Vec::new();
    if let Some(first) = first_missing {
        parts.push(format!("missing {missing} line(s), e.g. {:?}", clip(first, 60)));
    }
    if let Some((_, first)) = unexpected.first() {
        parts.push(format!("{} unexpected line(s), e.g. {:?}", unexpected.len(), clip(first, 60)));
    }
    let mismatch = Mismatch {
        expected: first_missing.map(String::from),
        got: unexpected.first().map(|(_, l)| l.to_string()),
        at: unexpected.first().map(|(n, _)| Place { line: Some(*n), ..Place::default() }),
    };
    Judgement { mismatch, ..Judgement::fail(parts.join("; ")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(e: &str, a: &str) -> Judgement {
        crate::judge::builtin::on_texts(check, e, a)
    }

    #[test]
    fn order_does_not_matter_but_counts_do() {
        assert_eq!(run("a\nb\nb\n", "b\na\nb").score, 1.0);
        assert_eq!(run("a\nb\nb\n", "a\nb\n").feedback, "missing 1 line(s), e.g. \"b\"");
        assert_eq!(run("a\n", "a\nc\n").feedback, "1 unexpected line(s), e.g. \"c\"");
        assert_eq!(
            run("a\nb\nb\nb\n", "b\nx\n").feedback,
            "missing 3 line(s), e.g. \"a\"; 1 unexpected line(s), e.g. \"x\""
        );
    }

    #[test]
    fn the_difference_is_given_as_fields() {
        let m = run("z\na\nb\n", "b\n\nq\na\nr\n").mismatch;
        assert_eq!((m.expected.as_deref(), m.got.as_deref()), (Some("z"), Some("q")));
        assert_eq!(m.at, Some(Place { line: Some(3), ..Place::default() }), "the first surplus line of the output");
        let only_missing = run("a\nb\n", "b\n").mismatch;
        assert_eq!((only_missing.expected.as_deref(), only_missing.got, only_missing.at), (Some("a"), None, None));
    }
}
