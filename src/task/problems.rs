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
}

impl Problems<'_> {
    pub fn line_of(&self, span: &Range<usize>) -> usize {
        self.text[..span.start.min(self.text.len())].matches('\n').count() + 1
    }
    pub fn at(&mut self, span: &Range<usize>, field: &str, msg: impl std::fmt::Display) {
        let line = self.line_of(span);
        self.list.push(format!("{}:{line}: `{field}`: {msg}", self.path.display()));
    }
    pub fn file(&mut self, field: &str, msg: impl std::fmt::Display) {
        self.list.push(format!("{}: `{field}`: {msg}", self.path.display()));
    }
}
