//! DeepMind CodeContests (as JSONL): `name`, `description`, `public_tests`,
//! `private_tests`, `generated_tests` (each `{"input": [...], "output": [...]}`),
//! `solutions` and `incorrect_solutions` (`{"language": [...], "solution": [...]}`),
//! `time_limit` (`{"seconds", "nanos"}` or null), `memory_limit_bytes`, `source`,
//! `difficulty`, `input_file`, `output_file`.

use super::records::{self, Skip, as_array, as_str};
use super::{Draft, StdioTest, Tests, limits_for_seconds, memory_mb, test_name};
use serde_json::Value;

/// The dataset's language codes for Python 3 and C++ (1 is Python 2 and 4 Java, which
/// gradebox does not run).
const PYTHON3: u64 = 3;
const CPP: u64 = 2;
/// Most problems without a time limit in the data come from judges that allow 2 s.
const DEFAULT_SECONDS: f64 = 2.0;

const SOURCES: [&str; 7] = ["unknown source", "CodeChef", "Codeforces", "HackerEarth", "Code Jam", "AtCoder", "Aizu"];

pub fn convert(rec: &Value, max_references: usize, max_wrong: usize) -> Result<Draft, Skip> {
    let name = records::string(rec, "name")?;
    if name.trim().is_empty() {
        return Err(Skip::new("name", "empty"));
    }
    let description = records::string(rec, "description")?;
    for file_field in ["input_file", "output_file"] {
        if !records::optional_string(rec, file_field)?.is_empty() {
            return Err(Skip::new(file_field, "the problem reads or writes a named file; gradebox tests use stdio"));
        }
    }
    let mut tests = Vec::new();
    for (group, field) in [("public", "public_tests"), ("private", "private_tests"), ("generated", "generated_tests")] {
        tests.extend(group_tests(rec, group, field)?);
    }
    let mut limits = match rec.get("time_limit") {
        None | Some(Value::Null) => limits_for_seconds(DEFAULT_SECONDS),
        Some(t) => limits_for_seconds(seconds(t)?),
    };
    limits.memory_mb = match rec.get("memory_limit_bytes") {
        None | Some(Value::Null) => None,
        Some(v) => match v.as_u64() {
            Some(0) => None,
            Some(bytes) => Some(memory_mb(bytes)),
            None => return Err(Skip::new("memory_limit_bytes", "expected a whole number of bytes")),
        },
    };
    let source = rec.get("source").and_then(Value::as_u64).and_then(|s| SOURCES.get(s as usize)).unwrap_or(&SOURCES[0]);
    let difficulty = difficulty(rec.get("difficulty").and_then(Value::as_u64).unwrap_or(0));
    let notes = vec![
        format!("CodeContests {name:?} from {source}, difficulty {difficulty}; Python 3 and C++ solutions."),
        "checker tokens: the same whitespace-separated tokens; problems that accept several answers need a grader."
            .into(),
        format!(
            "fuel: \"auto\" (from the reference) when a solution is kept, else {:e} per second of the problem's time limit (see docs/import.md).",
            super::FUEL_PER_SECOND
        ),
    ];
    Ok(Draft {
        id: format!("cc-{name}"),
        title: Some(name.to_string()),
        prompt: format!("{}\n\nRead from standard input and write to standard output.\n", description.trim_end()),
        notes,
        tests: Tests::Stdio { checker: "tokens", tests },
        limits,
        references: solutions(rec, "solutions", max_references, PYTHON3)?,
        wrong: solutions(rec, "incorrect_solutions", max_wrong, PYTHON3)?,
        cpp_references: solutions(rec, "solutions", max_references, CPP)?,
        cpp_wrong: solutions(rec, "incorrect_solutions", max_wrong, CPP)?,
        left_out: Vec::new(),
    })
}

/// The dataset's difficulty enum: named levels, then Codeforces problem letters from 7 (A).
fn difficulty(d: u64) -> String {
    const NAMED: [&str; 7] = ["unknown", "easy", "medium", "hard", "harder", "hardest", "external"];
    match NAMED.get(d as usize) {
        Some(name) => name.to_string(),
        None => char::from_u32('A' as u32 + (d - 7) as u32)
            .filter(char::is_ascii_uppercase)
            .map_or("unknown".into(), |c| c.to_string()),
    }
}

fn group_tests(rec: &Value, group: &str, field: &str) -> Result<Vec<StdioTest>, Skip> {
    let (inputs, outputs) = match rec.get(field) {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(g) => (list(g, field, "input")?, list(g, field, "output")?),
    };
    if inputs.len() != outputs.len() {
        return Err(Skip::new(field, format!("{} inputs but {} outputs", inputs.len(), outputs.len())));
    }
    inputs
        .iter()
        .zip(outputs)
        .enumerate()
        .map(|(i, (input, output))| {
            Ok(StdioTest {
                name: test_name(group, i),
                stdin: as_str(input, &format!("{field}.input[{i}]"))?.to_string(),
                expected: as_str(output, &format!("{field}.output[{i}]"))?.to_string(),
            })
        })
        .collect()
}

fn list<'a>(group: &'a Value, field: &str, key: &str) -> Result<&'a Vec<Value>, Skip> {
    let v = records::field(group, key).map_err(|s| Skip::new(format!("{field}.{}", s.field), s.problem))?;
    as_array(v, &format!("{field}.{key}"))
}

fn seconds(t: &Value) -> Result<f64, Skip> {
    let part = |key: &str| match t.get(key) {
        None | Some(Value::Null) => Ok(0.0),
        Some(v) => v.as_f64().ok_or_else(|| Skip::new(format!("time_limit.{key}"), "expected a number")),
    };
    let s = part("seconds")? + part("nanos")? / 1e9;
    if s > 0.0 { Ok(s) } else { Err(Skip::new("time_limit", "not a positive duration")) }
}

/// The first `max` programs in `language` of a `{"language": [...], "solution": [...]}` table.
fn solutions(rec: &Value, field: &str, max: usize, language: u64) -> Result<Vec<String>, Skip> {
    let (languages, programs) = match rec.get(field) {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(s) => (list(s, field, "language")?, list(s, field, "solution")?),
    };
    if languages.len() != programs.len() {
        return Err(Skip::new(field, format!("{} languages but {} solutions", languages.len(), programs.len())));
    }
    let mut out = Vec::new();
    for (i, (code, program)) in languages.iter().zip(programs).enumerate() {
        if out.len() == max {
            break;
        }
        if code.as_u64() == Some(language) {
            out.push(as_str(program, &format!("{field}.solution[{i}]"))?.to_string());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn record() -> Value {
        json!({
            "name": "1A. Sum", "description": "Add.", "source": 2, "difficulty": 7,
            "public_tests": {"input": ["1 2\n"], "output": ["3\n"]},
            "private_tests": {"input": [], "output": []},
            "generated_tests": {"input": ["5 5\n"], "output": ["10\n"]},
            "solutions": {"language": [2, 3, 1, 3, 3], "solution": ["cpp", "py3 a", "py2", "py3 b", "py3 c"]},
            "incorrect_solutions": {"language": [3], "solution": ["bad"]},
            "time_limit": {"seconds": 1, "nanos": 500000000}, "memory_limit_bytes": 268435456,
            "input_file": "", "output_file": "",
        })
    }

    #[test]
    fn tests_solutions_and_limits_carry_over() {
        let d = convert(&record(), 2, 3).unwrap();
        let Tests::Stdio { tests, .. } = &d.tests else { panic!() };
        assert_eq!(tests.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), ["public-1", "generated-1"]);
        assert_eq!(d.references, ["py3 a", "py3 b"]);
        assert_eq!(d.wrong, ["bad"]);
        assert_eq!(d.cpp_references, ["cpp"]);
        assert!(d.cpp_wrong.is_empty());
        assert_eq!(d.limits.fuel, Some(30_000_000_000));
        assert_eq!(d.limits.memory_mb, Some(256));
        assert_eq!(d.id, "cc-1A. Sum");
        assert!(d.notes[0].contains("from Codeforces, difficulty A;"), "{}", d.notes[0]);
        assert_eq!((difficulty(2), difficulty(8), difficulty(99)), ("medium".into(), "B".into(), "unknown".into()));
    }

    #[test]
    fn problems_name_their_field() {
        let mut r = record();
        r["generated_tests"]["output"] = json!([]);
        assert_eq!(convert(&r, 1, 1).unwrap_err(), Skip::new("generated_tests", "1 inputs but 0 outputs"));
        let mut r = record();
        r["public_tests"]["input"][0] = json!(7);
        assert_eq!(convert(&r, 1, 1).unwrap_err().field, "public_tests.input[0]");
        let mut r = record();
        r["input_file"] = json!("input.txt");
        assert_eq!(convert(&r, 1, 1).unwrap_err().field, "input_file");
        let mut r = record();
        r["time_limit"] = json!({"seconds": 0, "nanos": 0});
        assert_eq!(convert(&r, 1, 1).unwrap_err().field, "time_limit");
        let mut r = record();
        r.as_object_mut().unwrap().remove("description");
        assert_eq!(convert(&r, 1, 1).unwrap_err(), Skip::new("description", "missing"));
    }
}
