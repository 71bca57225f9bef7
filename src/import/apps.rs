//! APPS (Hendrycks et al. 2021): `problem_id`, `question`, `solutions` (JSON text: a
//! list of Python programs), `input_output` (JSON text: `inputs`, `outputs`, optional
//! `fn_name`), `difficulty`, `starter_code`.

use super::records::{self, Skip, as_array, as_str};
use super::{CallTest, Draft, StdioTest, Tests, limits_for_seconds, test_name};
use serde_json::Value;

/// APPS gives no time limit; its own harness allows 4 s per test on native CPython,
/// which includes starting the interpreter. One second of CPU is plenty for its
/// references and keeps looping answers cheap.
const SECONDS: f64 = 1.0;

pub fn convert(rec: &Value, max_references: usize) -> Result<Draft, Skip> {
    let id = records::id(rec, "problem_id")?;
    let question = records::string(rec, "question")?;
    let starter = records::optional_string(rec, "starter_code")?;
    let difficulty = records::optional_string(rec, "difficulty")?;
    let io = match records::string(rec, "input_output")? {
        "" => return Err(Skip::new("input_output", "empty: the problem has no tests")),
        _ => records::json_text(rec, "input_output")?,
    };
    let inputs = as_array(records::field(&io, "inputs").map_err(in_io)?, "input_output.inputs")?;
    let outputs = as_array(records::field(&io, "outputs").map_err(in_io)?, "input_output.outputs")?;
    if inputs.len() != outputs.len() {
        let msg = format!("{} inputs but {} outputs", inputs.len(), outputs.len());
        return Err(Skip::new("input_output", msg));
    }
    let references = solutions(rec, max_references)?;
    let fn_name = match io.get("fn_name") {
        None | Some(Value::Null) => None,
        Some(v) => Some(as_str(v, "input_output.fn_name")?),
    };
    let mut notes = vec![format!("APPS problem {id}{}.", paren(difficulty))];
    let mut left_out = Vec::new();
    let (tests, how) = match fn_name {
        None => {
            notes.push(
                "checker tokens: the closest built-in to APPS's comparison (stripped lines, then whitespace-split \
                 tokens); APPS also accepts numbers within 1e-5 and lines in any order, which tokens does not."
                    .into(),
            );
            (stdio_tests(inputs, outputs)?, "Read from standard input and write to standard output.")
        }
        Some(name) => {
            let wrapped = outputs.iter().all(|o| o.as_array().is_some_and(|a| a.len() == 1));
            notes.push(if wrapped {
                "every output is a one-element list: APPS wraps return values so, and accepts `output == outputs[i][0]`; \
                 the expected value is that element."
                    .into()
            } else {
                "outputs are not all one-element lists, so they are the return values as written.".into()
            });
            // APPS calls `Solution().fn_name` when the starter code declares the class.
            let entry_point =
                if starter.contains("class Solution") { format!("Solution.{name}") } else { name.to_string() };
            let tests = call_tests(inputs, outputs, wrapped, &mut left_out)?;
            (
                Tests::Function { entry_point, tests },
                "Write the function; each test calls it and compares what it returns.",
            )
        }
    };
    let mut prompt = question.trim_end().to_string();
    if !starter.trim().is_empty() {
        prompt.push_str(&format!("\n\nStarter code:\n\n```python\n{}\n```", starter.trim_end()));
    }
    prompt.push_str(&format!("\n\n{how}\n"));
    Ok(Draft {
        id: format!("apps-{id}"),
        title: None,
        prompt,
        notes,
        tests,
        limits: limits_for_seconds(SECONDS),
        references,
        wrong: Vec::new(),
        cpp_references: Vec::new(),
        cpp_wrong: Vec::new(),
        left_out,
    })
}

fn in_io(s: Skip) -> Skip {
    Skip::new(format!("input_output.{}", s.field), s.problem)
}

fn paren(s: &str) -> String {
    if s.is_empty() { String::new() } else { format!(" ({s})") }
}

/// `solutions` is JSON text holding a list of programs; empty text means none.
fn solutions(rec: &Value, max: usize) -> Result<Vec<String>, Skip> {
    if records::optional_string(rec, "solutions")?.trim().is_empty() {
        return Ok(Vec::new());
    }
    let list = records::json_text(rec, "solutions")?;
    let list = as_array(&list, "solutions")?;
    list.iter().take(max).enumerate().map(|(i, s)| as_str(s, &format!("solutions[{i}]")).map(str::to_string)).collect()
}

/// APPS's harness joins a list-valued input or output with newlines.
fn text(v: &Value, field: &str) -> Result<String, Skip> {
    match v {
        Value::String(s) => Ok(s.clone()),
        Value::Array(lines) => {
            let lines: Result<Vec<&str>, Skip> = lines.iter().map(|l| as_str(l, field)).collect();
            Ok(lines?.join("\n"))
        }
        other => Err(Skip::new(field, format!("expected text, found {}", records::kind(other)))),
    }
}

fn stdio_tests(inputs: &[Value], outputs: &[Value]) -> Result<Tests, Skip> {
    let tests = inputs
        .iter()
        .zip(outputs)
        .enumerate()
        .map(|(i, (input, output))| {
            Ok(StdioTest {
                name: test_name("test", i),
                stdin: text(input, &format!("input_output.inputs[{i}]"))?,
                expected: text(output, &format!("input_output.outputs[{i}]"))?,
            })
        })
        .collect::<Result<_, Skip>>()?;
    Ok(Tests::Stdio { checker: "tokens", tests })
}

fn call_tests(
    inputs: &[Value],
    outputs: &[Value],
    wrapped: bool,
    left_out: &mut Vec<Skip>,
) -> Result<Vec<CallTest>, Skip> {
    let mut tests = Vec::new();
    for (i, (input, output)) in inputs.iter().zip(outputs).enumerate() {
        let args = as_array(input, &format!("input_output.inputs[{i}]"))?;
        if let Some(problem) = super::untomlable(args) {
            left_out.push(Skip::new(format!("input_output.inputs[{i}]"), problem));
            continue;
        }
        let expected = if wrapped { output[0].clone() } else { output.clone() };
        tests.push(CallTest { name: test_name("test", i), args: args.clone(), expected });
    }
    Ok(tests)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn record(io: Value, starter: &str) -> Value {
        json!({
            "problem_id": 7, "question": "Q", "difficulty": "introductory", "starter_code": starter,
            "solutions": json!(["print(1)", "print(2)", "print(3)"]).to_string(),
            "input_output": io.to_string(),
        })
    }

    #[test]
    fn stdio_lists_of_lines_are_joined() {
        let d = convert(&record(json!({"inputs": ["1\n", ["2", "3"]], "outputs": ["1\n", ["5"]]}), ""), 2).unwrap();
        let Tests::Stdio { tests, checker } = d.tests else { panic!() };
        assert_eq!(checker, "tokens");
        assert_eq!((tests[1].stdin.as_str(), tests[1].expected.as_str()), ("2\n3", "5"));
        assert_eq!(d.references, vec!["print(1)", "print(2)"]);
        assert_eq!(d.id, "apps-7");
    }

    #[test]
    fn wrapped_outputs_are_unwrapped_only_when_all_are() {
        let io = json!({"fn_name": "f", "inputs": [[1, 2], [[3]]], "outputs": [[3], [[3]]]});
        let d = convert(&record(io, "def f(a, b):"), 1).unwrap();
        let Tests::Function { entry_point, tests } = d.tests else { panic!() };
        assert_eq!(entry_point, "f");
        assert_eq!(tests[0].expected, json!(3));
        assert_eq!(tests[1].expected, json!([3]));
        let io = json!({"fn_name": "g", "inputs": [[1], [2]], "outputs": [[1], 2]});
        let d = convert(&record(io, "class Solution:\n    def g(self, x):"), 1).unwrap();
        let Tests::Function { entry_point, tests } = d.tests else { panic!() };
        assert_eq!(entry_point, "Solution.g");
        assert_eq!(tests[0].expected, json!([1]));
    }

    #[test]
    fn tests_with_null_arguments_are_left_out() {
        let io = json!({"fn_name": "f", "inputs": [[null], [1]], "outputs": [[1], [1]]});
        let d = convert(&record(io, ""), 1).unwrap();
        assert_eq!(d.tests.len(), 1);
        assert_eq!(d.left_out[0].field, "input_output.inputs[0]");
    }

    #[test]
    fn problems_name_their_field() {
        let mut r = record(json!({"inputs": ["1"], "outputs": []}), "");
        assert_eq!(convert(&r, 1).unwrap_err(), Skip::new("input_output", "1 inputs but 0 outputs"));
        r["input_output"] = json!("");
        assert_eq!(convert(&r, 1).unwrap_err().field, "input_output");
        r["input_output"] = json!(json!({"inputs": [3], "outputs": ["1"]}).to_string());
        assert_eq!(convert(&r, 1).unwrap_err(), Skip::new("input_output.inputs[0]", "expected text, found a number"));
        r["input_output"] = json!(json!({"outputs": []}).to_string());
        assert_eq!(convert(&r, 1).unwrap_err(), Skip::new("input_output.inputs", "missing"));
        r["solutions"] = json!("");
        r["input_output"] = json!(json!({"inputs": ["1"], "outputs": ["1"]}).to_string());
        assert!(convert(&r, 1).unwrap().references.is_empty());
    }
}
