//! Fuzzing of everything that reads outside data, as property tests: each target takes
//! seeds from tests/fuzz/seeds (and the format fixtures), mutates them (byte flips,
//! insertions, deletions, duplicated slices, the format's own tokens), and checks that
//! the reader never panics and that every rejection names the file and the line.
//! `PROPTEST_CASES=20000 cargo test --release --lib fuzz_` runs them longer
//! (docs/SECURITY.md). Failures proptest finds are saved under proptest-regressions/.

use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn seeds(dir: &str) -> Vec<Vec<u8>> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(root().join(dir)).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_file()).collect();
    files.sort();
    files.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

/// Tokens that steer mutations into the structure of TOML and JSON.
const TOKENS: &[&str] = &[
    "\"",
    "'''",
    "\"\"\"",
    "[[tests]]\n",
    "[limits]\n",
    "[checker]\n",
    " = ",
    "\n",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "null",
    "true",
    "-1",
    "1e309",
    "18446744073709551616",
    "\\u0000",
    "\\ud800",
    "NaN",
    "\u{feff}",
    "\r\n",
    "#",
];

#[derive(Clone, Debug)]
enum Edit {
    Set(usize, u8),
    Insert(usize, u8),
    Remove(usize),
    Duplicate(usize, usize),
    Token(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(p, b)| Edit::Set(p, b)),
        (any::<usize>(), any::<u8>()).prop_map(|(p, b)| Edit::Insert(p, b)),
        any::<usize>().prop_map(Edit::Remove),
        (any::<usize>(), 0usize..64).prop_map(|(p, n)| Edit::Duplicate(p, n)),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(p, t)| Edit::Token(p, t)),
    ]
}

/// A seed with up to 12 edits applied.
fn mutated(seeds: Vec<Vec<u8>>) -> impl Strategy<Value = Vec<u8>> {
    (0..seeds.len(), prop::collection::vec(edit(), 0..12)).prop_map(move |(i, edits)| {
        let mut b = seeds[i].clone();
        for e in edits {
            let at = |p: usize, len: usize| if len == 0 { 0 } else { p % (len + 1) };
            match e {
                Edit::Set(p, byte) if !b.is_empty() => {
                    let i = p % b.len();
                    b[i] = byte;
                }
                Edit::Insert(p, byte) => b.insert(at(p, b.len()), byte),
                Edit::Remove(p) if !b.is_empty() => {
                    b.remove(p % b.len());
                }
                Edit::Duplicate(p, n) => {
                    let start = at(p, b.len());
                    let slice = b[start..(start + n).min(b.len())].to_vec();
                    b.splice(start..start, slice);
                }
                Edit::Token(p, t) => {
                    let i = at(p, b.len());
                    b.splice(i..i, TOKENS[t].bytes());
                }
                _ => {}
            }
        }
        b
    })
}

fn config() -> ProptestConfig {
    // PROPTEST_CASES overrides this for long runs.
    ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(config())]

    /// The task loader: any task.toml is a task or an error naming task.toml.
    #[test]
    fn fuzz_task_parser(bytes in mutated(seeds("tests/fuzz/seeds/task"))) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("task.toml"), &bytes).unwrap();
        if let Err(e) = crate::task::load(dir.path()) {
            let msg = format!("{e:#}");
            prop_assert!(msg.contains("task.toml"), "the error does not name the file: {msg}");
        }
    }

    /// Human judgments: bad lines are reported with their line number, never fatal.
    #[test]
    fn fuzz_judgments_reader(bytes in mutated(seeds("tests/fuzz/seeds/judgments"))) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("human.jsonl");
        std::fs::write(&path, &bytes).unwrap();
        let (_, bad) = crate::agree::judgments::read(&path).unwrap();
        for b in bad {
            prop_assert!(b.contains("human.jsonl:"), "no file:line in {b}");
        }
    }

    /// Result lines (what agree, screen and exports read) and the resume scan, which
    /// also repairs a torn last line.
    #[test]
    fn fuzz_results_and_resume(bytes in mutated(seeds("tests/fuzz/seeds/results"))) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("results.jsonl");
        std::fs::write(&path, &bytes).unwrap();
        let _ = crate::result::read_results(&path).unwrap();
        let _ = crate::batch::resume::completed(&path).unwrap();
        let after = std::fs::read(&path).unwrap();
        prop_assert!(after.is_empty() || after.ends_with(b"\n"), "resume left a torn line");
        prop_assert!(bytes.starts_with(&after), "resume changed more than the torn tail");
    }

    /// HumanEval samples against the fixture problems: bad lines come back as messages.
    #[test]
    fn fuzz_humaneval_samples(bytes in mutated(seeds("tests/fixtures/humaneval"))) {
        let problems = crate::humaneval::read_problems(&root().join("tests/fixtures/humaneval/problems.jsonl")).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("samples.jsonl");
        std::fs::write(&path, &bytes).unwrap();
        let (_, bad) = crate::humaneval::read_samples(&path, &problems).unwrap();
        for b in bad {
            prop_assert!(b.contains("samples.jsonl:"), "no file:line in {b}");
        }
        let _ = crate::humaneval::read_problems(&path);
    }

    /// Every importer on mutated records of its own format: a task or a skip, never a panic.
    #[test]
    fn fuzz_importers(bytes in mutated(seeds("tests/fixtures/import")), format in 0usize..5) {
        use crate::import::Format;
        let format = [Format::Mbpp, Format::MbppSanitized, Format::Apps, Format::Livecodebench, Format::CodeContests][format];
        let opts = crate::import::Options {
            format,
            sources: Vec::new(),
            out: PathBuf::new(),
            limit: None,
            force: false,
            references: 1,
            wrong: 1,
        };
        let text = String::from_utf8_lossy(&bytes);
        let mut values: Vec<serde_json::Value> = text.lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
        if let Ok(serde_json::Value::Array(all)) = serde_json::from_str(&text) {
            values.extend(all);
        }
        for v in values {
            let _ = format.convert(&v, &opts);
        }
    }
}

/// Text built from characters that share leading bytes, so that byte-wise comparisons
/// land inside characters: the shape of the `π` / `ϐ` panic.
fn wide_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("π"),
            Just("ϐ"),
            Just("é"),
            Just("è"),
            Just("€"),
            Just("😀"),
            Just("😁"),
            Just("\n"),
            Just(" "),
            Just("1"),
            Just("1.5"),
            Just("{"),
            Just("}"),
            Just("["),
            Just("]"),
            Just("\""),
            Just(","),
            Just("a"),
            Just("\r"),
            Just("\u{1b}"),
        ],
        0..24,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(config())]

    /// Every built-in checker on arbitrary UTF-8 (and on any text as JSON): a judgement
    /// with a score in [0, 1], never a panic.
    #[test]
    fn fuzz_checkers_on_arbitrary_text(expected in prop_oneof![wide_text(), any::<String>()],
                                       actual in prop_oneof![wide_text(), any::<String>()]) {
        use crate::judge::builtin::{self as c, Answer, CheckInput};
        let as_answers = |s: &str| {
            let mut v = vec![Answer::Text(s.to_string())];
            if let Ok(j) = serde_json::from_str(s) { v.push(Answer::Json(j)); }
            v
        };
        for e in as_answers(&expected) {
            for a in as_answers(&actual) {
                let input = CheckInput { expected: &e, actual: &a, tolerance: Default::default() };
                for check in [c::exact::check, c::lines::check, c::tokens::check, c::float::check, c::unordered::check, c::json::check] {
                    let j = check(&input);
                    prop_assert!((0.0..=1.0).contains(&j.score), "score {}", j.score);
                }
            }
        }
    }

    /// The ESM rewriter on arbitrary text around module syntax: a script, never a panic.
    #[test]
    fn fuzz_esm_rewriter(prefix in prop_oneof![Just("export "), Just("import "), Just("export {"), Just("import {"), Just("export default "), Just("")],
                         body in prop_oneof![wide_text(), any::<String>()]) {
        let src = format!("{prefix}{body}");
        let _ = crate::runtime::javascript::esm::to_script(&src);
    }
}
