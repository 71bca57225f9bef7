//! The tasks of a batch, each loaded once with its checker ready; a task folder that
//! does not load is remembered with why, so its responses become input errors.

use super::BatchEvent;
use crate::grader::Checker;
use crate::runtime::Runtimes;
use crate::task::{self, Task};
use anyhow::{Context, Result, bail};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A task with its checker, ready to grade responses.
pub(super) struct ReadyTask {
    pub task: Task,
    pub checker: Checker,
}

pub(super) struct Tasks {
    root: PathBuf,
    by_id: HashMap<String, Result<ReadyTask, String>>,
}

/// Loads every task under `root` and checks that `jobs` runs at the largest memory
/// cap fit in the host.
pub(super) fn load(
    runtimes: &Runtimes,
    root: &Path,
    jobs: usize,
    on_event: &(dyn Fn(BatchEvent) + Sync),
) -> Result<Tasks> {
    let mut by_id: HashMap<String, Result<ReadyTask, String>> = HashMap::new();
    for (dir, loaded) in task::load_all(root)? {
        match loaded.and_then(|t| Checker::new(&t, runtimes).map(|c| (t, c))) {
            Ok((task, checker)) => {
                if let Some(Ok(first)) = by_id.get(&task.id) {
                    // Two folders claim one id: neither silently wins.
                    let why = format!(
                        "its id is claimed by two folders, {} and {}; give each task its own id",
                        first.task.dir.display(),
                        dir.display()
                    );
                    on_event(BatchEvent::Note(&format!("warning: task {:?}: {why}", task.id)));
                    by_id.insert(task.id.clone(), Err(why));
                    continue;
                }
                by_id.insert(task.id.clone(), Ok(ReadyTask { task, checker }));
            }
            Err(e) => {
                on_event(BatchEvent::Note(&format!("warning: skipping task {}: {e:#}", dir.display())));
                let id = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                by_id.insert(id, Err(format!("{e:#}")));
            }
        }
    }
    if by_id.is_empty() {
        bail!("no tasks in {} (a task is a folder with a task.toml)", root.display());
    }
    let tasks = Tasks { root: root.to_path_buf(), by_id };
    // Output is held in host memory too: both streams count beside the memory cap.
    let largest_cap = tasks
        .loaded()
        .flat_map(|t| t.task.tests.iter().map(|t| t.limits.memory_bytes + 2 * t.limits.output_bytes))
        .max();
    crate::sandbox::limits::check_host_memory(jobs, largest_cap.unwrap_or(0))
        .context("the tasks' memory caps times --jobs are too much for this host")?;
    Ok(tasks)
}

impl Tasks {
    fn loaded(&self) -> impl Iterator<Item = &ReadyTask> {
        self.by_id.values().filter_map(|t| t.as_ref().ok())
    }

    /// The task `id`: `None` when unknown, `Err` with why when it did not load.
    pub(super) fn get(&self, id: &str) -> Option<Result<&ReadyTask, &str>> {
        self.by_id.get(id).map(|t| t.as_ref().map_err(String::as_str))
    }

    pub(super) fn ready(&self, id: &str) -> Option<&ReadyTask> {
        self.get(id)?.ok()
    }

    pub(super) fn root(&self) -> &Path {
        &self.root
    }

    pub(super) fn failed(&self) -> usize {
        self.by_id.values().filter(|t| t.is_err()).count()
    }
}
