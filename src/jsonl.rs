//! Reading line-oriented files written by others, with one policy for bad lines: a line
//! that is not UTF-8, or not the record expected, is that line's problem, never the
//! whole file's. It comes back with its number and the reason, and the caller records
//! it or passes it on as a warning; nothing is dropped silently. Blank lines are skipped.

use std::io::BufRead;
use std::path::Path;

/// A line that could not be read as a record.
#[derive(Clone, Debug, PartialEq)]
pub struct BadLine {
    pub line: usize,
    pub why: String,
    /// The line itself, when it was text.
    pub text: Option<String>,
}

impl BadLine {
    /// "FILE:LINE: why", as every message about a bad line is written.
    pub fn at(&self, path: &Path) -> String {
        format!("{}:{}: {}", path.display(), self.line, self.why)
    }
}

/// The lines of `reader`, numbered from 1, without their "\n" or "\r\n"; a line that
/// is not UTF-8 comes back as `Err` with what is wrong. I/O errors end the iteration.
pub fn lines(reader: impl BufRead) -> impl Iterator<Item = std::io::Result<(usize, Result<String, String>)>> {
    reader.split(b'\n').enumerate().map(|(i, bytes)| {
        let mut bytes = bytes?;
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
        let line = String::from_utf8(bytes)
            .map_err(|e| format!("not UTF-8 text (invalid byte at column {})", e.utf8_error().valid_up_to() + 1));
        Ok((i + 1, line))
    })
}

/// Every non-blank line of `reader` parsed by `parse`: the record, or the bad line.
pub fn records<T>(
    reader: impl BufRead,
    mut parse: impl FnMut(&str) -> Result<T, String>,
) -> impl Iterator<Item = std::io::Result<Result<(usize, T), BadLine>>> {
    lines(reader).filter_map(move |entry| match entry {
        Err(e) => Some(Err(e)),
        Ok((line, Err(why))) => Some(Ok(Err(BadLine { line, why, text: None }))),
        Ok((_, Ok(text))) if text.trim().is_empty() => None,
        Ok((line, Ok(text))) => Some(Ok(match parse(&text) {
            Ok(record) => Ok((line, record)),
            Err(why) => Err(BadLine { line, why, text: Some(text) }),
        })),
    })
}

/// The records of a file with their line numbers, and its bad lines.
pub type Read<T> = (Vec<(usize, T)>, Vec<BadLine>);

/// Reads all of `path` with `records`: the records and the bad lines, apart.
pub fn read_file<T>(path: &Path, parse: impl FnMut(&str) -> Result<T, String>) -> anyhow::Result<Read<T>> {
    use anyhow::Context;
    let file = std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    read(std::io::BufReader::new(file), path, parse)
}

/// As `read_file`, from an open reader (a decompressed file, say).
pub fn read<T>(
    reader: impl BufRead,
    path: &Path,
    parse: impl FnMut(&str) -> Result<T, String>,
) -> anyhow::Result<Read<T>> {
    use anyhow::Context;
    let (mut good, mut bad) = (Vec::new(), Vec::new());
    for entry in records(reader, parse) {
        match entry.with_context(|| format!("cannot read {}", path.display()))? {
            Ok(record) => good.push(record),
            Err(b) => bad.push(b),
        }
    }
    Ok((good, bad))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_line_is_that_lines_problem() {
        let got: Vec<_> = lines(&b"a\r\n\xff\xfe\nc"[..]).map(|r| r.unwrap()).collect();
        assert_eq!(got[0], (1, Ok("a".to_string())));
        assert_eq!(got[1].0, 2);
        assert!(got[1].1.as_ref().unwrap_err().contains("column 1"));
        assert_eq!(got[2], (3, Ok("c".to_string())));
    }

    #[test]
    fn records_skip_blank_lines_and_keep_bad_ones_with_their_numbers() {
        let text = b"1\n\n  \nx\n\xff\n3\n";
        let (good, bad) =
            read(&text[..], Path::new("f.jsonl"), |l| l.parse::<u32>().map_err(|e| e.to_string())).unwrap();
        assert_eq!(good, vec![(1, 1), (6, 3)]);
        assert_eq!(bad.iter().map(|b| b.line).collect::<Vec<_>>(), vec![4, 5]);
        assert!(bad[0].at(Path::new("f.jsonl")).starts_with("f.jsonl:4: "));
    }
}
