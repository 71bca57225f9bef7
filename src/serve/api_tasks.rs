//! `GET /v1/tasks`, `GET /v1/tasks/{id}`: what a client needs to answer a task (prompt,
//! mode, languages, entry point, test names and limits), never a test's input or
//! expected output. `GET /health` (also Label Studio's health check) and `GET /metrics`.

use super::errors::ApiError;
use super::state::{App, Graded};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::IntoResponse;
use serde_json::{Value, json};
use std::sync::Arc;

pub async fn list(State(app): State<Arc<App>>) -> Json<Value> {
    let tasks: Vec<Value> = app.tasks.values().map(|g| summary(g)).collect();
    Json(json!({"tasks": tasks, "unavailable": app.broken}))
}

pub async fn one(State(app): State<Arc<App>>, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    let graded = app.task(&id, "id")?;
    let task = &graded.task;
    let mut v = summary(&graded);
    v["prompt"] = json!(task.prompt);
    v["entry_point"] = json!(task.entry_point);
    v["limits"] = json!(task.limits);
    v["tests"] = task.tests.iter().map(|t| json!({"name": t.name, "points": t.points, "limits": t.limits})).collect();
    Ok(Json(v))
}

fn summary(g: &Graded) -> Value {
    let t = &g.task;
    json!({
        "id": t.id,
        "title": t.title,
        "mode": t.mode,
        "languages": t.languages,
        "checker": t.checker.kind(),
        "tests": t.tests.len(),
        "task_sha256": t.sha256,
        "grader_sha256": g.checker.grader_sha256(),
    })
}

/// gradebox's health, in the shape Label Studio's ML backend check expects (`status: UP`).
pub async fn health(State(app): State<Arc<App>>) -> Json<Value> {
    Json(json!({
        "status": "UP",
        "model_class": "gradebox",
        "model_version": app.model_version,
        "gradebox": env!("CARGO_PKG_VERSION"),
        "tasks": app.tasks.len(),
        "queue_depth": app.metrics.queue_depth.get(),
        "runs_in_flight": app.metrics.in_flight.get(),
    }))
}

pub async fn metrics(State(app): State<Arc<App>>) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], app.metrics.render())
}
