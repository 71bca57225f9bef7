//! The rows of the page: one per response, one per test run, one per flag. They are
//! JSON arrays, not objects, so 20,000 responses stay a few MB; `html/data.js` names
//! the positions for the page's script, in the same order as the fields here.

use super::strings::{Names, Strings, serde_name};
use crate::result::Verdict;
use crate::result::{ResponseResult, TestResult};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Serialize, Debug, PartialEq)]
pub struct ResponseRow(
    /// task (index into the page's tasks)
    pub u32,
    /// response name (string)
    pub u32,
    /// language (index into languages)
    pub u8,
    /// verdict (index into verdicts), score
    pub u8,
    pub Num,
    /// passed, total
    pub usize,
    pub usize,
    /// code (string; 0 when the responses file was not given)
    pub u32,
    /// compile error (string; 0 when none)
    pub u32,
    /// first test row, test count
    pub u32,
    pub u32,
    /// fuel over all tests, largest peak memory of a test (bytes)
    pub u64,
    pub u64,
    /// flag kinds raised, bit i for flag_kinds[i]
    pub u32,
);

#[derive(Serialize, Debug, PartialEq)]
pub struct TestRow(
    /// test name (string), verdict, score, points
    pub u32,
    pub u8,
    pub Num,
    pub Num,
    /// outcome (index into outcomes), fuel, wall ms, peak memory bytes
    pub u8,
    pub u64,
    pub Num,
    pub u64,
    /// expected, actual, stderr excerpts, the checker's feedback (strings)
    pub u32,
    pub u32,
    pub u32,
    pub u32,
    /// CPU time plus virtual sleep in ms: what the time limit counts
    pub Num,
);

/// response (row index), kind (index into flag_kinds), test (string), detail (string)
#[derive(Serialize, Debug, PartialEq)]
pub struct FlagRow(pub u32, pub u8, pub u32, pub u32);

/// Everything the rows refer to by number, filled while the rows are built.
#[derive(Default)]
pub struct Tables {
    pub strings: Strings,
    pub languages: Names,
    pub outcomes: Names,
    pub flag_kinds: Names,
}

pub struct Rows {
    pub responses: Vec<ResponseRow>,
    pub tests: Vec<TestRow>,
    pub flags: Vec<FlagRow>,
}

pub fn verdict_index(v: Verdict) -> u8 {
    Verdict::ALL.iter().position(|x| *x == v).expect("every verdict is in ALL") as u8
}

/// A number rounded to a few decimals, written without ".0" when whole ("1" for a
/// full score): 20,000 responses x their tests make every character count.
#[derive(Debug, PartialEq, Clone, Copy)]
pub struct Num(pub f64);

impl Serialize for Num {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.fract() == 0.0 && self.0.abs() < 9e15 {
            s.serialize_i64(self.0 as i64)
        } else {
            s.serialize_f64(self.0)
        }
    }
}

fn round(x: f64, places: i32) -> Num {
    let f = 10f64.powi(places);
    Num((x * f).round() / f)
}

fn test_row(t: &TestResult, tables: &mut Tables) -> TestRow {
    let s = &mut tables.strings;
    TestRow(
        s.id(&t.name),
        verdict_index(t.verdict),
        round(t.score, 4),
        round(t.points, 4),
        tables.outcomes.index(&serde_name(&t.outcome)),
        t.fuel,
        round(t.wall_ms, 1),
        t.peak_memory_bytes,
        s.id(&t.expected_excerpt),
        s.id(&t.actual_excerpt),
        s.id(&t.stderr_excerpt),
        s.id(&t.feedback),
        round(t.time_ms, 1),
    )
}

/// Rows for `results` (already in page order); `task_index` maps task ids to positions.
pub fn build(
    results: &[&ResponseResult],
    task_index: &HashMap<&str, u32>,
    code: &HashMap<(String, String), String>,
    tables: &mut Tables,
) -> Rows {
    let mut rows = Rows { responses: Vec::new(), tests: Vec::new(), flags: Vec::new() };
    for (i, r) in results.iter().enumerate() {
        let first_test = rows.tests.len() as u32;
        rows.tests.extend(r.tests.iter().map(|t| test_row(t, tables)));
        let mut flag_bits = 0u32;
        for f in &r.flags {
            let kind = tables.flag_kinds.index(&serde_name(&f.kind));
            flag_bits |= 1 << kind.min(31);
            let test = tables.strings.id(f.test.as_deref().unwrap_or(""));
            rows.flags.push(FlagRow(i as u32, kind, test, tables.strings.id(&f.detail)));
        }
        let code = code.get(&(r.task.clone(), r.response.clone())).map(|c| tables.strings.id(c)).unwrap_or(0);
        rows.responses.push(ResponseRow(
            task_index[r.task.as_str()],
            tables.strings.id(&r.response),
            tables.languages.index(r.language.as_str()),
            verdict_index(r.verdict),
            round(r.score, 4),
            r.passed,
            r.total,
            code,
            tables.strings.id(r.compile_error.as_deref().unwrap_or("")),
            first_test,
            r.tests.len() as u32,
            r.tests.iter().map(|t| t.fuel).sum(),
            r.tests.iter().map(|t| t.peak_memory_bytes).max().unwrap_or(0),
            flag_bits,
        ));
    }
    rows
}

#[cfg(test)]
mod tests {
    #[test]
    fn whole_numbers_lose_their_fraction_and_others_keep_four_places() {
        let json = |x: f64| serde_json::to_string(&super::round(x, 4)).unwrap();
        assert_eq!(json(1.0), "1");
        assert_eq!(json(0.0), "0");
        assert_eq!(json(2.0 / 3.0), "0.6667");
        assert_eq!(json(0.8), "0.8");
    }
}
