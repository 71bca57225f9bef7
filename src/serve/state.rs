//! What every handler shares: the tasks loaded at start (each with its checker), the
//! worker pool, the limits a client may ask for, and the metrics.

use super::errors::ApiError;
use super::metrics::Metrics;
use super::pool::{Pending, Pool};
use crate::agree::label_studio::{Stamp, model_version_of};
use crate::grade::grade_response;
use crate::grader::Checker;
use crate::result::{Response, ResponseResult};
use crate::runtime::Runtimes;
use crate::sandbox::Limits;
use crate::task::{self, Task};
use anyhow::Result;
use axum::http::StatusCode;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

/// A task ready to grade: loaded and validated once, shared by every request.
pub struct Graded {
    pub task: Task,
    pub checker: Checker,
}

/// The tasks a server grades, by id.
pub type Tasks = BTreeMap<String, Arc<Graded>>;

pub struct App {
    pub tasks: Tasks,
    /// Task folders that did not load, with why (a client asking for one is told).
    pub broken: BTreeMap<String, String>,
    pub pool: Pool,
    pub metrics: Arc<Metrics>,
    /// Limits of `/v1/exec` and `/run_code` runs when the request names none.
    pub default_limits: Limits,
    /// The most a request may ask for.
    pub max_limits: Limits,
    /// Names gradebox's decisions in Label Studio (over every loaded task).
    pub model_version: String,
    pub max_list: usize,
}

/// Loads every task under `dir` as `gradebox run` does; the ones that fail are
/// returned with their error so the server can start without them.
pub fn load_tasks(dir: &Path, runtimes: &Runtimes) -> Result<(Tasks, BTreeMap<String, String>)> {
    let mut tasks = BTreeMap::new();
    let mut broken = BTreeMap::new();
    for (folder, loaded) in task::load_all(dir)? {
        match loaded.and_then(|t| Checker::new(&t, runtimes).map(|c| (t, c))) {
            Ok((task, checker)) => {
                tasks.insert(task.id.clone(), Arc::new(Graded { task, checker }));
            }
            Err(e) => {
                let id = folder.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                broken.insert(id, format!("{e:#}"));
            }
        }
    }
    Ok((tasks, broken))
}

/// The model version over every loaded task: what `gradebox export label-studio`
/// writes for an export that covers the same tasks.
pub fn model_version(tasks: &Tasks) -> String {
    let graders: Vec<(String, Option<String>)> =
        tasks.values().map(|g| (g.task.sha256.clone(), g.checker.grader_sha256())).collect();
    model_version_of(graders.iter().map(|(task, grader)| Stamp {
        gradebox: env!("CARGO_PKG_VERSION"),
        task_sha256: task,
        grader_sha256: grader.as_deref(),
    }))
}

/// A grading job's result: the result line, or gradebox's own failure.
pub type Grading = Result<ResponseResult, String>;

impl App {
    /// The task a request names; 404 when there is none.
    pub fn task(&self, id: &str, field: &str) -> Result<Arc<Graded>, ApiError> {
        if let Some(g) = self.tasks.get(id) {
            return Ok(g.clone());
        }
        let message = match self.broken.get(id) {
            Some(why) => format!("task {id:?} did not load on this server: {why}"),
            None => format!("unknown task {id:?}; GET /v1/tasks lists the {} this server grades", self.tasks.len()),
        };
        Err(ApiError::field(StatusCode::NOT_FOUND, field, message))
    }

    /// Queues the grading of one response with exactly what `gradebox run` calls.
    pub fn submit_grading(&self, graded: Arc<Graded>, response: Response) -> Result<Pending<Grading>, ApiError> {
        self.pool.submit(move |rt| {
            grade_response(rt, &graded.task, &graded.checker, &response).map_err(|e| format!("{e:#}"))
        })
    }

    /// Waits for a grading and counts its verdict.
    pub async fn graded(&self, pending: Pending<Grading>) -> Result<Grading, ApiError> {
        let grading = pending.result().await?;
        if let Ok(r) = &grading {
            self.metrics.verdicts.with_label_values(&[r.verdict.as_str()]).inc();
        }
        Ok(grading)
    }
}
