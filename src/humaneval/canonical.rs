//! What each problem's canonical solution uses, the measure of its samples' budgets
//! (`SampleFuel::Auto`). Measured at most once per problem and only when a sample
//! needs it, then remembered on disk beside the compiled code: fuel is counted, so
//! the same problem on the same runtime uses the same fuel on every run and machine.

use super::Problem;
use crate::runtime::Home;
use crate::sandbox::sha256_hex;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::OnceLock;

/// A problem's canonical fuel: `Some(None)` when it has no canonical solution or that
/// solution does not pass; unset until measured.
pub type CanonicalFuel = OnceLock<Option<u64>>;

/// The canonical fuel of every problem a batch has samples of.
pub struct CanonicalFuels {
    by_task: HashMap<String, (String, CanonicalFuel)>,
    file: PathBuf,
}

impl CanonicalFuels {
    /// Known measurements of `problems` on the runtime `runtime_sha256`, read from `home`.
    pub fn load<'p>(home: &Home, runtime_sha256: &str, problems: impl Iterator<Item = &'p Problem>) -> Self {
        let file = home.compiled().join(format!("humaneval-canonical-fuel-{}.json", &runtime_sha256[..16]));
        let known = read(&file);
        let by_task = problems
            .map(|p| {
                let key = key(p);
                let cell = CanonicalFuel::new();
                if let Some(fuel) = known.get(&key) {
                    let _ = cell.set(*fuel);
                }
                (p.task_id.clone(), (key, cell))
            })
            .collect();
        CanonicalFuels { by_task, file }
    }

    pub fn get(&self, task_id: &str) -> &CanonicalFuel {
        &self.by_task[task_id].1
    }

    /// What is known now, for ordering: the most expensive problems start first.
    pub fn known(&self, task_id: &str) -> u64 {
        self.by_task.get(task_id).and_then(|(_, c)| c.get().copied().flatten()).unwrap_or(0)
    }

    /// Writes every measurement back (merged with what other runs wrote); a failure
    /// only costs the next run a measurement.
    pub fn save(&self) {
        let file = &self.file;
        let mut all = read(file);
        let before = all.len();
        for (key, cell) in self.by_task.values() {
            if let Some(fuel) = cell.get() {
                all.insert(key.clone(), *fuel);
            }
        }
        if all.len() == before {
            return;
        }
        let Some(dir) = file.parent() else { return };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        if let Ok(mut tmp) = tempfile::NamedTempFile::new_in(dir) {
            use std::io::Write;
            if serde_json::to_writer(&mut tmp, &all).is_ok() && tmp.flush().is_ok() {
                let _ = tmp.persist(file);
            }
        }
    }
}

/// The measurements in `file`; none when it is missing or unreadable (it is a cache).
fn read(file: &std::path::Path) -> HashMap<String, Option<u64>> {
    std::fs::read(file).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default()
}

/// Everything the canonical solution's fuel depends on besides the runtime.
fn key(p: &Problem) -> String {
    let canonical = p.canonical_solution.as_deref().unwrap_or("\u{0}none");
    sha256_hex(format!("{}\0{}\0{}\0{}", p.prompt, canonical, p.test, p.entry_point).as_bytes())
}
