//! Reading result files back (agree, screen, exports, reports). A results file holds
//! result lines and input-error records (docs/results.md); anything else is reported.

use super::ResponseResult;
use crate::jsonl::BadLine;
use anyhow::Result;
use std::path::Path;

/// The result lines of a file, the input-error records counted apart, and the lines
/// that are neither (each "FILE:LINE: why").
#[derive(Default)]
pub struct ResultsFile {
    pub results: Vec<ResponseResult>,
    pub input_errors: usize,
    pub unreadable: Vec<String>,
}

enum Line {
    Result(Box<ResponseResult>),
    InputError,
}

fn parse(line: &str) -> Result<Line, String> {
    let value: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("not JSON ({e})"))?;
    if value.get("error").is_some() && value.get("tests").is_none() {
        return Ok(Line::InputError);
    }
    serde_json::from_value(value).map(|r| Line::Result(Box::new(r))).map_err(|e| format!("not a result line ({e})"))
}

/// Reads every line of `path`; a torn last line (a batch killed mid-write) is one of
/// the unreadable lines, never a failure of the whole file.
pub fn read_results(path: &Path) -> Result<ResultsFile> {
    let (lines, bad) = crate::jsonl::read_file(path, parse)?;
    let mut file = ResultsFile { unreadable: bad.iter().map(|b: &BadLine| b.at(path)).collect(), ..Default::default() };
    for (_, line) in lines {
        match line {
            Line::Result(r) => file.results.push(*r),
            Line::InputError => file.input_errors += 1,
        }
    }
    Ok(file)
}
