//! `gradebox report`: one self-contained HTML file for a batch, to look at and share.
//! `inputs` reads the files; `model` (with `rows`, `summary`, `tasks`, `human`, `runs`)
//! builds the plain data the page shows; `html` wraps it in the page's own script.

pub mod html;
pub mod human;
pub mod inputs;
pub mod model;
#[cfg(test)]
mod model_tests;
pub mod rows;
pub mod runs;
mod strings;
pub mod summary;
pub mod tasks;

use anyhow::{Context, Result};
pub use inputs::Sources;
use std::path::Path;

/// A written report and what it holds.
pub struct Report {
    pub bytes: usize,
    pub responses: usize,
    pub input_errors: usize,
    /// Skipped lines and tasks, each naming its file and line.
    pub warnings: Vec<String>,
}

fn named(sources: &Sources) -> Vec<(String, String)> {
    let name = |p: &Path| p.display().to_string();
    let mut out = vec![("results".to_string(), name(&sources.results))];
    for (key, path) in [
        ("tasks", &sources.tasks),
        ("responses", &sources.responses),
        ("human", &sources.human),
        ("compare", &sources.compare),
    ] {
        if let Some(p) = path {
            out.push((key.to_string(), name(p)));
        }
    }
    out
}

/// The page for `sources`, as HTML text.
pub fn render(sources: &Sources) -> Result<(String, Report)> {
    let inputs = inputs::read(sources)?;
    let file = sources.results.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let data = model::build(&inputs, &format!("gradebox report · {file}"), named(sources));
    let html = html::render(&data).context("cannot serialize the report's data")?;
    let report = Report {
        bytes: html.len(),
        responses: data.responses.len(),
        input_errors: data.input_errors.len(),
        warnings: inputs.warnings,
    };
    Ok((html, report))
}

/// Writes the page to `out` (through a temporary file beside it, so a reader never
/// sees half a report), readable by others: a report is made to be shared.
pub fn write(sources: &Sources, out: &Path) -> Result<Report> {
    let (html, report) = render(sources)?;
    let dir = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).with_context(|| format!("cannot write in {}", dir.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file().set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    std::io::Write::write_all(&mut tmp, html.as_bytes()).with_context(|| format!("cannot write {}", out.display()))?;
    tmp.persist(out).with_context(|| format!("cannot write {}", out.display()))?;
    Ok(report)
}
