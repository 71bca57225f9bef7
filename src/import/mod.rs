//! `gradebox import`: public benchmark data in, task folders out (docs/import.md).
//!
//! Each format's module turns one record into a `Draft`; `write` makes it a task folder
//! and loads it back with the task loader, so nothing invalid is left behind. A record
//! that cannot become a task is skipped with its file, line and field; the rest go on.

mod apps;
mod code_contests;
mod livecodebench;
mod mbpp;
mod records;
mod write;

use anyhow::Result;
use records::Skip;
use serde_json::Value;
use std::path::PathBuf;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// MBPP: JSONL with `task_id`, `text`, `code`, `test_list`, `test_setup_code`.
    Mbpp,
    /// Sanitized MBPP: a JSON array (or JSONL) with `task_id`, `prompt`, `code`, `test_imports`, `test_list`.
    MbppSanitized,
    /// APPS: `problem_id`, `question`, `solutions`, `input_output`, `starter_code`.
    Apps,
    /// LiveCodeBench code generation: `question_id`, `question_content`, public and private tests.
    Livecodebench,
    /// DeepMind CodeContests: `name`, `description`, public/private/generated tests, solutions.
    CodeContests,
}

impl Format {
    pub(crate) fn convert(self, rec: &Value, opts: &Options) -> Result<Draft, Skip> {
        match self {
            Format::Mbpp => mbpp::convert(rec, mbpp::Flavour::Original),
            Format::MbppSanitized => mbpp::convert(rec, mbpp::Flavour::Sanitized),
            Format::Apps => apps::convert(rec, opts.references),
            Format::Livecodebench => livecodebench::convert(rec),
            Format::CodeContests => code_contests::convert(rec, opts.references, opts.wrong),
        }
    }
}

/// One task as a format module reads it, before it is written as a folder.
#[derive(Debug)]
pub struct Draft {
    /// The data's own id with the format's prefix; made valid and unique when written.
    pub id: String,
    pub title: Option<String>,
    pub prompt: String,
    /// Comment lines at the head of task.toml: where the task came from, choices made.
    pub notes: Vec<String>,
    pub tests: Tests,
    pub limits: DraftLimits,
    /// Python sources.
    pub references: Vec<String>,
    pub wrong: Vec<String>,
    /// C++ sources (CodeContests), written beside the Python ones.
    pub cpp_references: Vec<String>,
    pub cpp_wrong: Vec<String>,
    /// Tests that could not be carried over; reported, the task is still written.
    pub left_out: Vec<Skip>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct DraftLimits {
    pub fuel: Option<u64>,
    pub timeout_ms: Option<u64>,
    pub memory_mb: Option<u64>,
}

#[derive(Debug)]
pub enum Tests {
    Stdio { checker: &'static str, tests: Vec<StdioTest> },
    Function { entry_point: String, tests: Vec<CallTest> },
    Script { entry_point: Option<String>, setup: Option<String>, tests: Vec<ScriptTest> },
}

impl Tests {
    fn len(&self) -> usize {
        match self {
            Tests::Stdio { tests, .. } => tests.len(),
            Tests::Function { tests, .. } => tests.len(),
            Tests::Script { tests, .. } => tests.len(),
        }
    }
}

#[derive(Debug)]
pub struct StdioTest {
    pub name: String,
    pub stdin: String,
    pub expected: String,
}

#[derive(Debug)]
pub struct CallTest {
    pub name: String,
    pub args: Vec<Value>,
    pub expected: Value,
}

#[derive(Debug)]
pub struct ScriptTest {
    pub name: String,
    pub script: String,
}

/// Fuel for one second of a benchmark's time limit. CPython in gradebox used 1.5e10 to
/// 2.8e10 fuel for what native CPython did in one second (a plain loop; sorting, dicts
/// and string work), so a reference that fits the original limit natively fits here.
pub const FUEL_PER_SECOND: f64 = 2e10;
/// Long time limits are capped: a looping answer would otherwise hold a worker for minutes.
const MAX_SECONDS: f64 = 10.0;
/// CPython itself needs about 20 MiB; a smaller limit from the data could never pass.
const MIN_MEMORY_MB: u64 = 64;
const MAX_MEMORY_MB: u64 = 4096;

/// Fuel for a time limit in seconds, and a wall-clock backstop that leaves it room
/// (wasm burns at least 3.5e9 fuel a second on the 2-core reference machine).
pub fn limits_for_seconds(seconds: f64) -> DraftLimits {
    let fuel = (seconds.clamp(0.1, MAX_SECONDS) * FUEL_PER_SECOND) as u64;
    DraftLimits { fuel: Some(fuel), timeout_ms: Some((fuel / 2_000_000).max(10_000)), memory_mb: None }
}

/// A memory limit in bytes, in MiB (rounded up) within what gradebox and CPython allow.
pub fn memory_mb(bytes: u64) -> u64 {
    bytes.div_ceil(1 << 20).clamp(MIN_MEMORY_MB, MAX_MEMORY_MB)
}

pub struct Options {
    pub format: Format,
    pub sources: Vec<PathBuf>,
    pub out: PathBuf,
    /// Import only the first N records (skipped ones count).
    pub limit: Option<usize>,
    /// Replace task folders that already exist in `out`.
    pub force: bool,
    /// At most this many reference (and wrong) solutions per task.
    pub references: usize,
    pub wrong: usize,
}

#[derive(Debug, Default, PartialEq)]
pub struct Summary {
    pub imported: usize,
    pub skipped: usize,
    pub tests_left_out: usize,
    pub without_reference: usize,
}

/// Imports every record of every source into `opts.out`; each skipped record and
/// left-out test is passed to `report` as one line. Errors are gradebox's own: an
/// unreadable source, an output folder that may not be written.
pub fn import(opts: &Options, report: &mut dyn FnMut(String)) -> Result<Summary> {
    // Every source is opened before anything is written, so a typo costs nothing.
    let sources = opts.sources.iter().map(|p| Ok((p, records::read(p)?))).collect::<Result<Vec<_>>>()?;
    let mut writer = write::Writer::new(&opts.out, opts.force)?;
    let mut summary = Summary::default();
    let mut seen = 0;
    'sources: for (path, records) in sources {
        for rec in records {
            if opts.limit.is_some_and(|n| seen >= n) {
                break 'sources;
            }
            seen += 1;
            let at = format!("{}:{}", path.display(), rec.line);
            let draft = rec.value.map_err(|e| Skip::new("", e)).and_then(|v| opts.format.convert(&v, opts));
            if let Ok(d) = &draft {
                for skip in &d.left_out {
                    report(message(&at, skip, "test left out"));
                }
            }
            let draft = draft.and_then(|d| match d.tests.len() {
                0 => Err(Skip::new("", "no test left to import")),
                _ => Ok(d),
            });
            let draft = match draft {
                Ok(d) => d,
                Err(skip) => {
                    report(message(&at, &skip, "record skipped"));
                    summary.skipped += 1;
                    continue;
                }
            };
            let file = path.file_name().map(|f| f.to_string_lossy()).unwrap_or_default();
            match writer.write(&draft, &format!("{file}:{}", rec.line))? {
                Ok(_) => {
                    summary.imported += 1;
                    summary.tests_left_out += draft.left_out.len();
                    summary.without_reference += usize::from(draft.references.is_empty());
                }
                Err(problem) => {
                    report(format!(
                        "{at}: the task written from this record does not load ({problem}); record skipped"
                    ));
                    summary.skipped += 1;
                }
            }
        }
    }
    Ok(summary)
}

fn message(at: &str, skip: &Skip, consequence: &str) -> String {
    match skip.field.as_str() {
        "" => format!("{at}: {}; {consequence}", skip.problem),
        field => format!("{at}: `{field}`: {}; {consequence}", skip.problem),
    }
}

/// A benchmark's own id as part of a task id: letters, digits, '_', '.' and '-' are
/// kept; every other run of characters becomes one '-'.
/// The longest task id an import writes.
const MAX_ID_CHARS: usize = 100;

pub fn slug(raw: &str) -> String {
    let mut out = String::new();
    for c in raw.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-') {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.replace(".-", "-");
    // A folder name, so bounded: file systems refuse names past 255 bytes.
    let out: String = out.chars().take(MAX_ID_CHARS).collect();
    let out = out.trim_matches(|c| c == '-' || c == '.');
    if out.is_empty() { "task".to_string() } else { out.to_string() }
}

/// Why these arguments cannot be written in task.toml, if they cannot (it has no
/// null, and no integers past 64 bits).
pub fn untomlable(args: &[Value]) -> Option<String> {
    args.iter()
        .any(|a| write::json_to_toml(a).is_none())
        .then(|| "an argument holds null or an integer past 64 bits, which task.toml cannot write".to_string())
}

/// Test names: `public-1`, `private-3`...
pub fn test_name(group: &str, i: usize) -> String {
    format!("{group}-{}", i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn left_out_tests_are_reported_and_a_record_without_tests_is_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("apps.jsonl");
        let record = |id: u32, io: serde_json::Value| serde_json::json!({"problem_id": id, "question": "Q", "solutions": "", "input_output": io.to_string()});
        let lines = [
            record(1, serde_json::json!({"fn_name": "f", "inputs": [[null]], "outputs": [[1]]})),
            record(2, serde_json::json!({"fn_name": "f", "inputs": [[null], [1]], "outputs": [[1], [1]]})),
            record(3, serde_json::json!({"inputs": ["1"], "outputs": ["1"]})),
        ];
        std::fs::write(&src, lines.map(|l| l.to_string()).join("\n")).unwrap();
        let opts = Options {
            format: Format::Apps,
            sources: vec![src],
            out: dir.path().join("out"),
            limit: Some(2),
            force: false,
            references: 1,
            wrong: 0,
        };
        let mut messages = Vec::new();
        let summary = import(&opts, &mut |m| messages.push(m)).unwrap();
        assert_eq!(summary, Summary { imported: 1, skipped: 1, tests_left_out: 1, without_reference: 1 });
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(messages[0].ends_with("apps.jsonl:1: `input_output.inputs[0]`: an argument holds null or an integer past 64 bits, which task.toml cannot write; test left out"), "{messages:?}");
        assert!(messages[1].ends_with("apps.jsonl:1: no test left to import; record skipped"), "{messages:?}");
        assert!(messages[2].contains("apps.jsonl:2: `input_output.inputs[0]`"), "{messages:?}");
        assert!(dir.path().join("out/apps-2/task.toml").is_file() && !dir.path().join("out/apps-3").exists());
    }

    #[test]
    fn slugs_keep_the_data_id_readable() {
        assert_eq!(slug("1548_E. Gregor and the Two Painters"), "1548_E-Gregor-and-the-Two-Painters");
        assert_eq!(slug("abc301_a"), "abc301_a");
        assert_eq!(slug("../../etc"), "etc");
        assert_eq!(slug("  "), "task");
        assert_eq!(slug("Mbpp/11"), "Mbpp-11");
    }

    #[test]
    fn limits_scale_with_seconds_and_stay_in_range() {
        let two = limits_for_seconds(2.0);
        assert_eq!(two.fuel, Some(40_000_000_000));
        assert_eq!(two.timeout_ms, Some(20_000));
        assert_eq!(limits_for_seconds(1000.0).fuel, Some(200_000_000_000));
        assert_eq!(limits_for_seconds(0.5).timeout_ms, Some(10_000));
        assert_eq!(memory_mb(256 << 20), 256);
        assert_eq!(memory_mb((256 << 20) + 1), 257);
        assert_eq!(memory_mb(1 << 20), 64);
        assert_eq!(memory_mb(u64::MAX), 4096);
    }
}
