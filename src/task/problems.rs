//! The collector of a task file's problems: every problem at once, each naming the
//! file, the line and the field, and saying how to fix it.

use super::files::TaskFiles;
use std::ops::Range;
use std::path::Path;

/// Collects every problem in a task file instead of stopping at the first, each as
/// "FILE:LINE: field `x`: what is wrong; how to fix it".
pub(super) struct Problems<'a> {
    pub path: &'a Path,
    pub text: &'a str,
    pub list: Vec<String>,
    /// The files the task names, read from inside its folder only.
    pub files: TaskFiles,
    /// Where each line of `text` starts, found once.
    pub line_starts: std::cell::OnceCell<Vec<usize>>,
}

impl Problems<'_> {
    /// The 1-based line of a byte offset: a binary search over where lines start, so a
    /// file with thousands of problems is reported in linear time.
    pub fn line_of(&self, span: &Range<usize>) -> usize {
        let starts = self
            .line_starts
            .get_or_init(|| std::iter::once(0).chain(self.text.match_indices('\n').map(|(i, _)| i + 1)).collect());
        starts.partition_point(|&s| s <= span.start.min(self.text.len()))
    }
    pub fn at(&mut self, span: &Range<usize>, field: &str, msg: impl std::fmt::Display) {
        let line = self.line_of(span);
        self.list.push(format!("{}:{line}: `{field}`: {msg}", self.path.display()));
    }
    pub fn file(&mut self, field: &str, msg: impl std::fmt::Display) {
        self.list.push(format!("{}: `{field}`: {msg}", self.path.display()));
    }
}
