//! Tasks: the `task.toml` format, its validation, and messages that name the file, the
//! line and the field, and say how to fix it. The format is documented in docs/tasks.md.
//!
//! `schema` is the file as written (read by the loader, written by `import`), `build`,
//! `checker_spec` and `test_case` check it field by field into the `model`, `files`
//! reads what it names from inside the task folder only, and `hash` fingerprints it.

mod build;
mod checker_spec;
mod compile;
pub mod files;
pub mod fuel;
mod hash;
mod keys;
mod model;
mod problems;
pub mod schema;
mod test_case;

use anyhow::{Context, Result, anyhow};
pub use model::{CheckerSpec, Expected, FuelFamily, Mode, ReferenceFuel, Task, TestCase, TestInput, Tolerance};
use problems::Problems;
pub use schema::toml_to_json;
use std::path::{Path, PathBuf};

/// Loads and validates the task in `dir` (which holds `task.toml`).
pub fn load(dir: &Path) -> Result<Task> {
    let path = dir.join("task.toml");
    let text = std::fs::read_to_string(&path).with_context(|| {
        if dir.is_dir() {
            format!("{} has no task.toml (every task is a folder with a task.toml)", dir.display())
        } else {
            format!("{} is not a task folder", dir.display())
        }
    })?;
    let raw: schema::RawTask = toml::from_str(&text).map_err(|e| describe_toml_error(&e, &text, &path))?;
    let files = files::TaskFiles::new(dir).with_context(|| format!("cannot open the task folder {}", dir.display()))?;
    let mut p = Problems { path: &path, text: &text, list: Vec::new(), files, line_starts: Default::default() };
    let mut task = build::build(dir, raw, &mut p);
    if !p.list.is_empty() {
        return Err(anyhow!("{} problem(s) in the task:\n  {}", p.list.len(), p.list.join("\n  ")));
    }
    task.sha256 = hash::task_hash(&text, &p.files.read);
    Ok(task)
}

/// toml's own message already names the line and column; every unknown key is listed
/// at once (serde stops at the first), and the fix is said for the common mistakes.
fn describe_toml_error(e: &toml::de::Error, text: &str, path: &Path) -> anyhow::Error {
    let line_of = |at: usize| text[..at.min(text.len())].matches('\n').count() + 1;
    let unknown = keys::unknown(text);
    if !unknown.is_empty() {
        let list: Vec<String> = unknown
            .iter()
            .map(|(span, key)| {
                format!(
                    "{}:{}: `{key}`: unknown key (check the spelling; docs/tasks.md lists every key)",
                    path.display(),
                    line_of(span.start)
                )
            })
            .collect();
        return anyhow!("{} problem(s) in the task:\n  {}", list.len(), list.join("\n  "));
    }
    let msg = e.message();
    let hint = if msg.starts_with("invalid type: string") && msg.contains("expected a sequence") {
        " (write a list, even of one: reference = [\"reference.py\"])"
    } else {
        ""
    };
    match e.span() {
        Some(s) => anyhow!("{}: line {}: {msg}{hint}", path.display(), line_of(s.start)),
        None => anyhow!("{}: {msg}{hint}", path.display()),
    }
}

/// Loads every task under `root`: `root` itself when it holds task.toml, else each
/// sub-folder that does. Broken tasks come back as errors beside the good ones.
pub fn load_all(root: &Path) -> Result<Vec<(PathBuf, Result<Task>)>> {
    if root.join("task.toml").exists() {
        return Ok(vec![(root.to_path_buf(), load(root))]);
    }
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .with_context(|| format!("cannot read the tasks folder {}", root.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("task.toml").exists())
        .collect();
    dirs.sort();
    Ok(dirs
        .into_iter()
        .map(|d| {
            let t = load(&d);
            (d, t)
        })
        .collect())
}
