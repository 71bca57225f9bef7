//! `unordered`: the lines as a multiset, in any order (trailing whitespace and empty
//! lines ignored).

use super::{CheckInput, Judgement, clip};
use std::collections::BTreeMap;

fn multiset(s: &str) -> BTreeMap<&str, i64> {
    let mut m = BTreeMap::new();
    for line in s.lines().map(str::trim_end).filter(|l| !l.is_empty()) {
        *m.entry(line).or_insert(0) += 1;
    }
    m
}

pub fn check(input: &CheckInput) -> Judgement {
    let (e, a) = (input.expected.text(), input.actual.text());
    let (mut want, got) = (multiset(&e), multiset(&a));
    let mut unexpected = Vec::new();
    for (line, n) in got {
        let left = want.entry(line).or_insert(0);
        *left -= n;
        if *left < 0 {
            unexpected.push(line);
        }
    }
    let missing: Vec<&str> = want.iter().filter(|(_, n)| **n > 0).map(|(l, _)| *l).collect();
    if missing.is_empty() && unexpected.is_empty() {
        return Judgement::pass();
    }
    let mut parts = Vec::new();
    if let Some(first) = missing.first() {
        parts.push(format!("missing {} line(s), e.g. {:?}", missing.len(), clip(first, 60)));
    }
    if let Some(first) = unexpected.first() {
        parts.push(format!("{} unexpected line(s), e.g. {:?}", unexpected.len(), clip(first, 60)));
    }
    Judgement::fail(parts.join("; "))
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
    }
}
