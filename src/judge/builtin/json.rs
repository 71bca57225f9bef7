//! `json`: structural equality of JSON values; numbers within tolerance (3 equals 3.0).
//! The default for function mode. Text answers are parsed as JSON first.

use super::float::close;
use super::{Answer, CheckInput, Judgement, clip};
use crate::task::Tolerance;
use serde_json::Value;

fn parse(a: &Answer) -> Result<Value, String> {
    match a {
        Answer::Json(v) => Ok(v.clone()),
        Answer::Text(s) => serde_json::from_str(s.trim()).map_err(|e| format!("output is not JSON ({e})")),
    }
}

fn short(v: &Value) -> String {
    clip(&v.to_string(), 60)
}

/// The path of the first difference and what differs there, if any.
fn diff(want: &Value, got: &Value, path: &mut String, t: Tolerance) -> Option<String> {
    match (want, got) {
        (Value::Number(a), Value::Number(b)) => {
            let (x, y) = (a.as_f64().unwrap_or(f64::NAN), b.as_f64().unwrap_or(f64::NAN));
            let exact_ints = a.is_i64() || a.is_u64();
            let equal = if exact_ints && (b.is_i64() || b.is_u64()) { a == b } else { close(x, y, t) };
            (!equal).then(|| format!("at {path}: expected {a}, got {b}"))
        }
        (Value::Array(a), Value::Array(b)) => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                if let Some(d) = diff(x, y, path, t) {
                    return Some(d);
                }
                path.truncate(len);
            }
            (a.len() != b.len()).then(|| format!("at {path}: expected {} items, got {}", a.len(), b.len()))
        }
        (Value::Object(a), Value::Object(b)) => {
            for (k, x) in a {
                let len = path.len();
                path.push_str(&format!(".{k}"));
                match b.get(k) {
                    None => return Some(format!("at {path}: missing")),
                    Some(y) => {
                        if let Some(d) = diff(x, y, path, t) {
                            return Some(d);
                        }
                    }
                }
                path.truncate(len);
            }
            b.keys().find(|k| !a.contains_key(*k)).map(|k| format!("at {path}.{k}: unexpected key"))
        }
        _ if want == got => None,
        _ => Some(format!("at {path}: expected {}, got {}", short(want), short(got))),
    }
}

pub fn check(input: &CheckInput) -> Judgement {
    let want = match parse(input.expected) {
        Ok(v) => v,
        Err(e) => return Judgement::fail(format!("the expected answer is not JSON: {e}")),
    };
    let got = match parse(input.actual) {
        Ok(v) => v,
        Err(e) => return Judgement::fail(e),
    };
    match diff(&want, &got, &mut "$".to_string(), input.tolerance) {
        None => Judgement::pass(),
        Some(d) => Judgement::fail(d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(e: Value, a: Value) -> Judgement {
        check(&CheckInput { expected: &Answer::Json(e), actual: &Answer::Json(a), tolerance: Tolerance::default() })
    }

    #[test]
    fn structure_and_tolerant_numbers() {
        assert_eq!(run(json!({"a": [1, 2.0]}), json!({"a": [1.0, 2.0000000001]})).score, 1.0);
        assert_eq!(run(json!(3), json!(3.0)).score, 1.0);
        assert_eq!(run(json!([1, 2]), json!([1, 3])).feedback, "at $[1]: expected 2, got 3");
        assert_eq!(run(json!({"a": 1}), json!({"a": 1, "b": 2})).feedback, "at $.b: unexpected key");
        assert_eq!(run(json!([1]), json!([1, 1])).feedback, "at $: expected 1 items, got 2");
        assert_eq!(run(json!(true), json!(1)).score, 0.0, "a bool is not a number");
        assert_eq!(run(json!(10_000_000_000i64), json!(10_000_000_001i64)).score, 0.0, "integers compare exactly");
    }

    #[test]
    fn text_is_parsed() {
        let j = check(&CheckInput {
            expected: &Answer::Text("[1, 2]".into()),
            actual: &Answer::Text(" [1,2]\n".into()),
            tolerance: Tolerance::default(),
        });
        assert_eq!(j.score, 1.0);
    }
}
