//! LiveCodeBench code generation: `question_id`, `question_title`, `question_content`,
//! `platform`, `contest_date`, `difficulty`, `starter_code`, `public_test_cases` and
//! `private_test_cases` (JSON text; in the "lite" releases the private list is base64
//! of zlib of a pickled str of that JSON), `metadata` (JSON text with `func_name`).

use super::records::{self, Skip, as_array, as_str};
use super::{CallTest, Draft, StdioTest, Tests, limits_for_seconds, test_name};
use base64::Engine;
use serde_json::Value;
use std::io::Read;

/// LiveCodeBench gives no time limit (its harness allows 6 s of wall time per test);
/// a CPU second matches the AtCoder/LeetCode limits its problems come from.
const SECONDS: f64 = 1.0;
/// A decompressed test list larger than this is refused rather than filling memory.
const MAX_DECOMPRESSED: u64 = 256 << 20;

pub fn convert(rec: &Value) -> Result<Draft, Skip> {
    let id = records::id(rec, "question_id")?;
    let title = records::optional_string(rec, "question_title")?;
    let content = records::string(rec, "question_content")?;
    let starter = records::optional_string(rec, "starter_code")?;
    let platform = records::optional_string(rec, "platform")?;
    let date = records::optional_string(rec, "contest_date")?;
    let difficulty = records::optional_string(rec, "difficulty")?;
    let public = records::json_text(rec, "public_test_cases")?;
    let private =
        decode_private(records::string(rec, "private_test_cases")?).map_err(|e| Skip::new("private_test_cases", e))?;
    let mut all = Vec::new();
    for (group, list, field) in [("public", &public, "public_test_cases"), ("private", &private, "private_test_cases")]
    {
        for (i, case) in as_array(list, field)?.iter().enumerate() {
            all.push((test_name(group, i), format!("{field}[{i}]"), case));
        }
    }
    let functional = match all.first() {
        Some((_, field, case)) => testtype(case, field)? == "functional",
        None => return Err(Skip::new("public_test_cases", "no tests in either list")),
    };
    let mut left_out = Vec::new();
    let mut notes = vec![format!(
        "LiveCodeBench {id}: {} {} ({difficulty}).",
        platform,
        date.split('T').next().unwrap_or_default()
    )];
    let tests = if functional {
        let metadata = records::json_text(rec, "metadata")?;
        let func = as_str(records::field(&metadata, "func_name").map_err(in_metadata)?, "metadata.func_name")?;
        notes.push(
            "each input line is one JSON argument; LiveCodeBench compares return values with ==, tuples as lists."
                .into(),
        );
        let mut tests = Vec::new();
        for (name, field, case) in &all {
            check_type(case, field, "functional")?;
            let args = arguments(records::string(case, "input").map_err(|s| nested(field, s))?)
                .map_err(|e| Skip::new(format!("{field}.input"), e))?;
            let output = records::string(case, "output").map_err(|s| nested(field, s))?;
            let expected = serde_json::from_str(output)
                .map_err(|e| Skip::new(format!("{field}.output"), format!("not JSON ({e})")))?;
            match super::untomlable(&args) {
                Some(problem) => left_out.push(Skip::new(format!("{field}.input"), problem)),
                None => tests.push(CallTest { name: name.clone(), args, expected }),
            }
        }
        // The starter code is `class Solution: def <func_name>(self, ...)`.
        let entry_point =
            if starter.contains("class Solution") { format!("Solution.{func}") } else { func.to_string() };
        Tests::Function { entry_point, tests }
    } else {
        notes.push(
            "checker tokens: LiveCodeBench compares stripped lines, numbers as decimals; tokens is the closest \
             built-in (it also ignores how tokens are split into lines)."
                .into(),
        );
        let mut tests = Vec::new();
        for (name, field, case) in &all {
            check_type(case, field, "stdin")?;
            let stdin = records::string(case, "input").map_err(|s| nested(field, s))?.to_string();
            let expected = records::string(case, "output").map_err(|s| nested(field, s))?.to_string();
            tests.push(StdioTest { name: name.clone(), stdin, expected });
        }
        Tests::Stdio { checker: "tokens", tests }
    };
    let prompt = if functional {
        format!(
            "{}\n\nComplete this starter code; each test calls the method and compares what it returns. \
             Your code runs as written: import what it uses.\n\n```python\n{}\n```\n",
            content.trim_end(),
            starter.trim_end()
        )
    } else {
        format!(
            "{}\n\nRead the input from standard input and write the answer to standard output.\n",
            content.trim_end()
        )
    };
    Ok(Draft {
        id: format!("lcb-{id}"),
        title: (!title.is_empty()).then(|| title.to_string()),
        prompt,
        notes,
        tests,
        limits: limits_for_seconds(SECONDS),
        references: Vec::new(),
        wrong: Vec::new(),
        cpp_references: Vec::new(),
        cpp_wrong: Vec::new(),
        left_out,
    })
}

fn in_metadata(s: Skip) -> Skip {
    nested("metadata", s)
}

fn nested(parent: &str, s: Skip) -> Skip {
    Skip::new(format!("{parent}.{}", s.field), s.problem)
}

fn testtype<'a>(case: &'a Value, field: &str) -> Result<&'a str, Skip> {
    records::string(case, "testtype").map_err(|s| nested(field, s))
}

fn check_type(case: &Value, field: &str, want: &str) -> Result<(), Skip> {
    match testtype(case, field)? {
        t if t == want => Ok(()),
        t => Err(Skip::new(format!("{field}.testtype"), format!("{t:?} in a problem whose first test is {want:?}"))),
    }
}

/// A functional test's input: one JSON value a line, one line an argument.
fn arguments(input: &str) -> Result<Vec<Value>, String> {
    input
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| format!("argument line {} is not JSON ({e})", i + 1)))
        .collect()
}

/// The private tests as JSON: plain JSON text, or (the "lite" releases) base64 of zlib
/// of a pickled str holding that JSON text.
fn decode_private(text: &str) -> Result<Value, String> {
    if text.trim_start().starts_with('[') {
        let tests: records::Bounded<Value> =
            serde_json::from_str(text).map_err(|e| format!("not a JSON list of tests ({e})"))?;
        return Ok(Value::Array(tests.0));
    }
    let zipped = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .map_err(|e| format!("neither JSON nor base64 ({e})"))?;
    let mut pickled = Vec::new();
    flate2::read::ZlibDecoder::new(&zipped[..])
        .take(MAX_DECOMPRESSED)
        .read_to_end(&mut pickled)
        .map_err(|e| format!("base64, but not zlib data ({e})"))?;
    drop(zipped);
    let json: String = serde_pickle::from_slice(&pickled, serde_pickle::DeOptions::new())
        .map_err(|e| format!("zlib data, but not a pickled str ({e})"))?;
    drop(pickled);
    // Parsed with a bound on the number of tests: two million tiny tests in a few
    // hundred kilobytes would otherwise become gigabytes of parsed values.
    let tests: records::Bounded<Value> =
        serde_json::from_str(&json).map_err(|e| format!("the pickled text is not a JSON list of tests ({e})"))?;
    Ok(Value::Array(tests.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// `base64.b64encode(zlib.compress(pickle.dumps('[{"input": "1\n", "output": "2\n", "testtype": "stdin"}]')))`
    const LITE: &str = "eJxrYJlqwwABPRbR1UqZeQWlJUpWCkqGMXlKOgpK+aUlUAEjiEBJanFJSWVBKkiouCQlM0+pNnaKHgCVCRRG";

    fn record(public: Value, private: &str, metadata: Value) -> Value {
        json!({
            "question_title": "T", "question_content": "C", "question_id": "abc1_a", "platform": "atcoder",
            "contest_date": "2023-05-06T00:00:00", "starter_code": "", "difficulty": "easy",
            "public_test_cases": public.to_string(), "private_test_cases": private, "metadata": metadata.to_string(),
        })
    }

    #[test]
    fn compressed_private_tests_decode() {
        assert_eq!(decode_private(LITE).unwrap(), json!([{"input": "1\n", "output": "2\n", "testtype": "stdin"}]));
        assert!(decode_private("!!").unwrap_err().starts_with("neither JSON nor base64"));
        assert!(decode_private("aGVsbG8=").unwrap_err().starts_with("base64, but not zlib"));
        let public = json!([{"input": "3\n", "output": "4\n", "testtype": "stdin"}]);
        let d = convert(&record(public, LITE, json!({}))).unwrap();
        let Tests::Stdio { tests, .. } = d.tests else { panic!() };
        assert_eq!(tests.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), ["public-1", "private-1"]);
        assert_eq!(tests[1].stdin, "1\n");
        assert_eq!(d.id, "lcb-abc1_a");
    }

    #[test]
    fn millions_of_tiny_compressed_tests_are_refused_before_they_cost_memory() {
        use std::io::Write;
        let tests = format!("[{}]", vec![r#"{"input":"","output":"","testtype":"stdin"}"#; 2_000_000].join(","));
        let pickled = serde_pickle::to_vec(&tests, serde_pickle::SerOptions::new()).unwrap();
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        z.write_all(&pickled).unwrap();
        let packed = base64::engine::general_purpose::STANDARD.encode(z.finish().unwrap());
        assert!(packed.len() < 1 << 20, "a small record: {} bytes", packed.len());
        let err = decode_private(&packed).unwrap_err();
        assert!(err.contains("more than 10000 tests"), "{err}");
        assert!(decode_private(&tests).unwrap_err().contains("more than 10000 tests"));
    }

    #[test]
    fn functional_inputs_are_one_json_argument_a_line() {
        let public = json!([{"input": "[1, 2]\n\"ab\"", "output": "[2, 1]", "testtype": "functional"}]);
        let mut r = record(public, "[]", json!({"func_name": "f"}));
        r["starter_code"] = json!("class Solution:\n    def f(self, a, s):\n        ");
        let d = convert(&r).unwrap();
        let Tests::Function { entry_point, tests } = d.tests else { panic!() };
        assert_eq!(entry_point, "Solution.f");
        assert_eq!(tests[0].args, vec![json!([1, 2]), json!("ab")]);
        assert_eq!(tests[0].expected, json!([2, 1]));
        assert!(d.prompt.contains("class Solution:"));
    }

    #[test]
    fn problems_name_their_field() {
        let stdin = json!([{"input": "1", "output": "1", "testtype": "stdin"}]);
        assert_eq!(convert(&record(stdin.clone(), "!!", json!({}))).unwrap_err().field, "private_test_cases");
        let mixed = json!([{"input": "1", "output": "1", "testtype": "functional"}]);
        let err = convert(&record(stdin, &mixed.to_string(), json!({"func_name": "f"}))).unwrap_err();
        assert_eq!(err.field, "private_test_cases[0].testtype");
        let bad = json!([{"input": "[1,", "output": "1", "testtype": "functional"}]);
        let err = convert(&record(bad.clone(), "[]", json!({"func_name": "f"}))).unwrap_err();
        assert_eq!(err.field, "public_test_cases[0].input");
        let err = convert(&record(bad, "[]", json!({}))).unwrap_err();
        assert_eq!(err, Skip::new("metadata.func_name", "missing"));
    }
}
