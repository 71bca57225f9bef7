//! Benchmark records in: JSONL (one record a line) or one JSON array, each record with
//! the line it starts on, and accessors whose errors name the field that is wrong.

use anyhow::{Context, Result};
use serde_json::Value;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// One record of the source: parsed, or why it could not be.
pub struct Record {
    pub line: usize,
    pub value: Result<Value, String>,
}

/// Why a record cannot become a task: the field (a path such as `input_output.inputs[2]`)
/// and what is wrong with it.
#[derive(Debug, PartialEq)]
pub struct Skip {
    pub field: String,
    pub problem: String,
}

impl Skip {
    pub fn new(field: impl Into<String>, problem: impl Into<String>) -> Self {
        Skip { field: field.into(), problem: problem.into() }
    }
}

/// Opens `path` and yields its records: a JSON array when the file starts with `[`
/// (read whole, as the sanitized MBPP file is), JSONL otherwise (streamed, since some
/// benchmark files are gigabytes). Only an unreadable file is an error.
pub fn read(path: &Path) -> Result<Box<dyn Iterator<Item = Record>>> {
    let file = std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut reader = BufReader::new(file);
    let starts_array = loop {
        let buf = reader.fill_buf().with_context(|| format!("cannot read {}", path.display()))?;
        match buf.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(i) => break buf[i] == b'[',
            None if buf.is_empty() => break false,
            None => {
                let n = buf.len();
                reader.consume(n);
            }
        }
    };
    if starts_array {
        let mut text = String::new();
        reader.read_to_string(&mut text).with_context(|| format!("cannot read {} as UTF-8 text", path.display()))?;
        return Ok(Box::new(array_records(&text).into_iter()));
    }
    Ok(Box::new(JsonLines { reader, line: 0 }))
}

struct JsonLines<R> {
    reader: R,
    line: usize,
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Record;
    fn next(&mut self) -> Option<Record> {
        let mut buf = Vec::new();
        loop {
            buf.clear();
            self.line += 1;
            match self.reader.read_until(b'\n', &mut buf) {
                Ok(0) => return None,
                Ok(_) if buf.iter().all(u8::is_ascii_whitespace) => continue,
                Ok(_) => {
                    let value = serde_json::from_slice(&buf).map_err(|e| format!("not JSON ({e})"));
                    return Some(Record { line: self.line, value });
                }
                Err(e) => return Some(Record { line: self.line, value: Err(format!("cannot read the line: {e}")) }),
            }
        }
    }
}

/// The elements of a JSON array, each with the line it starts on. A syntax error ends
/// the array: nothing after it can be found reliably.
fn array_records(text: &str) -> Vec<Record> {
    let line_at = |pos: usize| text[..pos].matches('\n').count() + 1;
    let skip_ws = |mut pos: usize| {
        while text.as_bytes().get(pos).is_some_and(u8::is_ascii_whitespace) {
            pos += 1;
        }
        pos
    };
    let mut out = Vec::new();
    let mut pos = skip_ws(0) + 1; // past '['
    loop {
        pos = skip_ws(pos);
        if text.as_bytes().get(pos) == Some(&b']') {
            break;
        }
        let line = line_at(pos);
        let mut stream = serde_json::Deserializer::from_str(&text[pos..]).into_iter::<Value>();
        match stream.next() {
            Some(Ok(v)) => out.push(Record { line, value: Ok(v) }),
            Some(Err(e)) => {
                let at = line + e.line().saturating_sub(1);
                let msg = format!("not JSON ({e}, line {at}); the rest of the array cannot be read");
                out.push(Record { line, value: Err(msg) });
                break;
            }
            None => {
                out.push(Record { line, value: Err("the array is not closed with `]`".into()) });
                break;
            }
        }
        pos = skip_ws(pos + stream.byte_offset());
        match text.as_bytes().get(pos) {
            Some(b',') => pos += 1,
            Some(b']') => break,
            _ => {
                let msg = "expected `,` or `]` after this element; the rest of the array cannot be read";
                out.push(Record { line: line_at(pos.min(text.len())), value: Err(msg.into()) });
                break;
            }
        }
    }
    out
}

pub fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

pub fn field<'a>(rec: &'a Value, name: &str) -> Result<&'a Value, Skip> {
    match rec.get(name) {
        Some(v) => Ok(v),
        None if rec.is_object() => Err(Skip::new(name, "missing")),
        None => Err(Skip::new(name, format!("the record is {}, not an object", kind(rec)))),
    }
}

/// A field that must be a string.
pub fn string<'a>(rec: &'a Value, name: &str) -> Result<&'a str, Skip> {
    as_str(field(rec, name)?, name)
}

/// A string field that may be absent or null (empty then).
pub fn optional_string<'a>(rec: &'a Value, name: &str) -> Result<&'a str, Skip> {
    match rec.get(name) {
        None | Some(Value::Null) => Ok(""),
        Some(v) => as_str(v, name),
    }
}

pub fn as_str<'a>(v: &'a Value, field: &str) -> Result<&'a str, Skip> {
    v.as_str().ok_or_else(|| Skip::new(field, format!("expected a string, found {}", kind(v))))
}

pub fn as_array<'a>(v: &'a Value, field: &str) -> Result<&'a Vec<Value>, Skip> {
    v.as_array().ok_or_else(|| Skip::new(field, format!("expected a list, found {}", kind(v))))
}

/// A field holding JSON as text (APPS's `input_output`, LiveCodeBench's test lists).
pub fn json_text(rec: &Value, name: &str) -> Result<Value, Skip> {
    let text = string(rec, name)?;
    serde_json::from_str(text).map_err(|e| Skip::new(name, format!("does not hold JSON ({e})")))
}

/// An id that the data gives as a string or an integer.
pub fn id(rec: &Value, name: &str) -> Result<String, Skip> {
    match field(rec, name)? {
        Value::String(s) if !s.trim().is_empty() => Ok(s.trim().to_string()),
        Value::Number(n) => Ok(n.to_string()),
        other => Err(Skip::new(name, format!("expected a non-empty string or a number, found {}", kind(other)))),
    }
}

/// The most tests one imported task may have.
pub const MAX_TESTS: usize = 10_000;

/// A JSON list read with at most `MAX_TESTS` elements: the parse stops at the first one
/// past it, before it has cost more memory.
pub struct Bounded<T>(pub Vec<T>);

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Bounded<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit<T>(std::marker::PhantomData<T>);
        impl<'de, T: serde::Deserialize<'de>> serde::de::Visitor<'de> for Visit<T> {
            type Value = Bounded<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                write!(f, "a list of at most {MAX_TESTS} tests")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(item) = seq.next_element()? {
                    if out.len() == MAX_TESTS {
                        return Err(serde::de::Error::custom(format!(
                            "more than {MAX_TESTS} tests; a task may have at most {MAX_TESTS}"
                        )));
                    }
                    out.push(item);
                }
                Ok(Bounded(out))
            }
        }
        d.deserialize_seq(Visit(std::marker::PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn lines_of(text: &str) -> Vec<(usize, Result<Value, String>)> {
        array_records(text).into_iter().map(|r| (r.line, r.value)).collect()
    }

    #[test]
    fn array_elements_carry_their_line() {
        let got = lines_of("[\n  {\"a\": 1},\n\n  {\"a\": [1,\n 2]}\n]\n");
        assert_eq!(got, vec![(2, Ok(json!({"a": 1}))), (4, Ok(json!({"a": [1, 2]})))]);
        assert!(lines_of("[]").is_empty());
    }

    #[test]
    fn a_syntax_error_ends_the_array_with_its_line() {
        let got = lines_of("[{\"a\": 1},\n{\"a\": }, {\"a\": 3}]");
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].0, 2);
        let err = got[1].1.as_ref().unwrap_err();
        assert!(err.contains("not JSON") && err.contains("line 2"), "{err}");
    }

    #[test]
    fn jsonl_skips_blank_lines_and_reports_bad_ones() {
        let text = "{\"a\": 1}\n\n{oops\n{\"a\": 2}\n";
        let got: Vec<_> = JsonLines { reader: text.as_bytes(), line: 0 }.map(|r| (r.line, r.value.is_ok())).collect();
        assert_eq!(got, vec![(1, true), (3, false), (4, true)]);
    }

    #[test]
    fn accessors_name_the_field() {
        let rec = json!({"n": 3, "s": "x", "io": "{\"inputs\": []}", "bad": "{"});
        assert_eq!(string(&rec, "n"), Err(Skip::new("n", "expected a string, found a number")));
        assert_eq!(string(&rec, "q"), Err(Skip::new("q", "missing")));
        assert_eq!(id(&rec, "n"), Ok("3".into()));
        assert_eq!(json_text(&rec, "io"), Ok(json!({"inputs": []})));
        assert!(json_text(&rec, "bad").unwrap_err().problem.starts_with("does not hold JSON"));
        assert_eq!(optional_string(&rec, "q"), Ok(""));
        assert_eq!(field(&json!([1]), "x").unwrap_err().problem, "the record is a list, not an object");
    }
}
