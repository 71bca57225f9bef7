//! Reading line-oriented files written by others: one bad line (not UTF-8, say) is that
//! line's problem, never the whole file's.

use std::io::BufRead;

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

/// The lines of the file at `path` (see `lines`).
pub fn file_lines(
    path: &std::path::Path,
) -> anyhow::Result<impl Iterator<Item = std::io::Result<(usize, Result<String, String>)>>> {
    use anyhow::Context;
    let file = std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(lines(std::io::BufReader::new(file)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_bad_line_is_that_lines_problem() {
        let got: Vec<_> = super::lines(&b"a\r\n\xff\xfe\nc"[..]).map(|r| r.unwrap()).collect();
        assert_eq!(got[0], (1, Ok("a".to_string())));
        assert_eq!(got[1].0, 2);
        assert!(got[1].1.as_ref().unwrap_err().contains("column 1"));
        assert_eq!(got[2], (3, Ok("c".to_string())));
    }
}
