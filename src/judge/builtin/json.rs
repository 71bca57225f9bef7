//! `json`: structural equality of JSON values; numbers within tolerance (3 equals 3.0).
//! The default for function mode. Text answers are parsed as JSON first.

use super::float::close;
use super::{Answer, CheckInput, Judgement, clip};
use crate::result::{Mismatch, Place};
use crate::task::Tolerance;
use serde_json::Value;

/// The answer as a value; when it does not parse, a failure saying where.
fn parse(a: &Answer) -> Result<Value, Box<Judgement>> {
    match a {
        Answer::Json(v) => Ok(v.clone()),
        // Parsed as printed, so a parse error's line and column are the output's; the
        // trimmed text is tried only then (whitespace JSON refuses, say U+00A0).
        Answer::Text(s) => {
            serde_json::from_str(s).or_else(|e| serde_json::from_str(s.trim()).map_err(|_| e)).map_err(|e| {
                let at = Place { line: Some(e.line()), column: Some(e.column()), ..Place::default() };
                let mismatch = Mismatch { at: Some(at), ..Mismatch::default() };
                Box::new(Judgement { mismatch, ..Judgement::fail(format!("output is not JSON ({e})")) })
            })
        }
    }
}

fn short(v: &Value) -> String {
    clip(&v.to_string(), 60)
}

/// A difference: its sentence, the path of the value it is about, and the two values
/// there as compact JSON.
fn differs(sentence: String, path: String, want: Option<&Value>, got: Option<&Value>) -> Judgement {
    let (want, got) = (want.map(Value::to_string), got.map(Value::to_string));
    Judgement::differs(sentence, want.as_deref(), got.as_deref(), Place { path: Some(path), ..Place::default() })
}

/// The first difference, if any.
fn diff(want: &Value, got: &Value, path: &mut String, t: Tolerance) -> Option<Judgement> {
    match (want, got) {
        (Value::Number(a), Value::Number(b)) => {
            let (x, y) = (a.as_f64().unwrap_or(f64::NAN), b.as_f64().unwrap_or(f64::NAN));
            let exact_ints = a.is_i64() || a.is_u64();
            let equal = if exact_ints && (b.is_i64() || b.is_u64()) { a == b } else { close(x, y, t) };
            (!equal).then(|| differs(format!("at {path}: expected {a}, got {b}"), path.clone(), Some(want), Some(got)))
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
            // The fields name the first item one side has and the other lacks.
            let n = a.len().min(b.len());
            (a.len() != b.len()).then(|| {
                let sentence = format!("at {path}: expected {} items, got {}", a.len(), b.len());
                differs(sentence, format!("{path}[{n}]"), a.get(n), b.get(n))
            })
        }
        (Value::Object(a), Value::Object(b)) => {
            for (k, x) in a {
                let len = path.len();
                path.push_str(&format!(".{k}"));
                match b.get(k) {
                    None => return Some(differs(format!("at {path}: missing"), path.clone(), Some(x), None)),
                    Some(y) => {
                        if let Some(d) = diff(x, y, path, t) {
                            return Some(d);
                        }
                    }
                }
                path.truncate(len);
            }
            b.iter().find(|(k, _)| !a.contains_key(*k)).map(|(k, y)| {
                let at = format!("{path}.{k}");
                differs(format!("at {at}: unexpected key"), at, None, Some(y))
            })
        }
        _ if want == got => None,
        _ => Some(differs(
            format!("at {path}: expected {}, got {}", short(want), short(got)),
            path.clone(),
            Some(want),
            Some(got),
        )),
    }
}

pub fn check(input: &CheckInput) -> Judgement {
    let want = match parse(input.expected) {
        Ok(v) => v,
        Err(e) => return Judgement::fail(format!("the expected answer is not JSON: {}", e.feedback)),
    };
    let got = match parse(input.actual) {
        Ok(v) => v,
        Err(e) => return *e,
    };
    diff(&want, &got, &mut "$".to_string(), input.tolerance).unwrap_or_else(Judgement::pass)
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
        assert_eq!(crate::judge::builtin::on_texts(check, "[1, 2]", " [1,2]\n").score, 1.0);
    }

    #[test]
    fn the_difference_is_given_as_fields() {
        let at = |path: &str| Some(Place { path: Some(path.into()), ..Place::default() });
        let m = run(json!({"a": [1, {"b": "x"}]}), json!({"a": [1, {"b": "y"}]})).mismatch;
        assert_eq!((m.expected.as_deref(), m.got.as_deref(), m.at), (Some("\"x\""), Some("\"y\""), at("$.a[1].b")));
        let longer = run(json!([1]), json!([1, [2, 3]])).mismatch;
        assert_eq!((longer.expected, longer.got.as_deref(), longer.at), (None, Some("[2,3]"), at("$[1]")));
        let missing = run(json!({"k": {"v": 1}}), json!({})).mismatch;
        assert_eq!((missing.expected.as_deref(), missing.got, missing.at), (Some("{\"v\":1}"), None, at("$.k")));
        let extra = run(json!({}), json!({"q": null})).mismatch;
        assert_eq!((extra.expected, extra.got.as_deref(), extra.at), (None, Some("null"), at("$.q")));
    }

    #[test]
    fn output_that_is_not_json_says_where_it_breaks() {
        let j = crate::judge::builtin::on_texts(check, "[1, 2]", "\n[1,\n 2,]\n");
        assert!(j.feedback.starts_with("output is not JSON"), "{}", j.feedback);
        let at = j.mismatch.at.unwrap();
        assert_eq!((at.line, at.column), (Some(3), Some(4)), "{}", j.feedback);
    }
}
