//! The Label Studio ML backend protocol (as Label Studio 1.23.2's `ml/api_connector.py`
//! and `ml/models.py` call it): `POST /setup` answers the model version, `POST /predict`
//! grades the responses inside each task live and answers gradebox's decision, the very
//! prediction `gradebox export label-studio` writes (`agree::label_studio`), and
//! `POST /webhook` is acknowledged. `GET /health` is shared with gradebox's API.

use super::errors::{ApiError, parse_json};
use super::state::{App, Grading};
use crate::agree::label_studio::{pairwise_prediction, ranking_prediction};
use crate::result::{Response, ResponseResult};
use crate::runtime::Language;
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::extract::rejection::BytesRejection;
use axum::http::StatusCode;
use serde::Deserialize;
use serde_json::{Value, json};
use std::collections::VecDeque;
use std::sync::Arc;

pub async fn setup(State(app): State<Arc<App>>, body: Result<Bytes, BytesRejection>) -> Result<Json<Value>, ApiError> {
    let body = body.map_err(ApiError::from_body)?;
    let _: Value = parse_json(&body, "")?;
    Ok(Json(json!({"model_version": app.model_version})))
}

pub async fn webhook(body: Result<Bytes, BytesRejection>) -> Result<Json<Value>, ApiError> {
    let body = body.map_err(ApiError::from_body)?;
    let _: Value = parse_json(&body, "")?;
    Ok(Json(json!({"status": "ok"})))
}

#[derive(Deserialize)]
struct PredictRequest {
    tasks: Vec<LsTask>,
}

#[derive(Deserialize)]
struct LsTask {
    data: Value,
}

/// One response to grade against its task.
type Job = (Arc<super::state::Graded>, Response);

/// The responses one Label Studio task shows, in the order its prediction needs them.
enum Shape {
    Pairwise,
    Ranking,
}

/// One prediction (or none: `[]`) per task, in order, as Label Studio matches them up.
/// A task gradebox cannot read gets `[]` and an entry in `errors`, so one bad task
/// never costs the others their predictions.
pub async fn predict(
    State(app): State<Arc<App>>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<Value>, ApiError> {
    let body = body.map_err(ApiError::from_body)?;
    let req: PredictRequest = parse_json(&body, "")?;
    let mut jobs = Vec::new();
    let mut plans = Vec::with_capacity(req.tasks.len());
    let mut errors = Vec::new();
    for (i, t) in req.tasks.iter().enumerate() {
        match responses_of(&app, &t.data) {
            Ok((shape, responses)) => {
                plans.push(Some((shape, jobs.len()..jobs.len() + responses.len())));
                jobs.extend(responses);
            }
            Err(why) => {
                errors.push(json!({"index": i, "error": why}));
                plans.push(None);
            }
        }
    }
    let graded = grade_all(&app, jobs).await?;
    let mut results = Vec::with_capacity(plans.len());
    for (i, plan) in plans.into_iter().enumerate() {
        let prediction = plan.and_then(|(shape, range)| {
            let list: Result<Vec<&ResponseResult>, &String> = graded[range].iter().map(|g| g.as_ref()).collect();
            match list {
                Ok(list) => match shape {
                    Shape::Pairwise => pairwise_prediction(list[0], list[1], &app.model_version),
                    Shape::Ranking => ranking_prediction(&list, &app.model_version),
                },
                Err(why) => {
                    errors.push(json!({"index": i, "error": format!("gradebox could not grade a response: {why}")}));
                    None
                }
            }
        });
        results.push(prediction.unwrap_or_else(|| json!([])));
    }
    Ok(Json(json!({"results": results, "model_version": app.model_version, "errors": errors})))
}

/// The responses in a task's data, shaped as `gradebox export label-studio` writes it:
/// `left`/`right` with `left_id`/`right_id` (pairwise), or `items` with `id`, `code`
/// (ranking); languages from `*_language`, else the task's only language.
fn responses_of(app: &App, data: &Value) -> Result<(Shape, Vec<Job>), String> {
    let task_id = data["task"].as_str().ok_or("data.task (the gradebox task id) is missing")?;
    let graded = app.task(task_id, "data.task").map_err(|e| e.message)?;
    let text = |v: &Value, name: &str| v[name].as_str().map(String::from).ok_or(format!("data.{name} is missing"));
    let language = |v: &Value, name: &str| -> Result<Language, String> {
        match v[name].as_str() {
            Some(l) => Language::from_name(l).ok_or(format!("data.{name}: unknown language {l:?}")),
            None => match graded.task.languages.as_slice() {
                [only] => Ok(*only),
                _ => Err(format!("data.{name} is missing and task {task_id:?} allows several languages")),
            },
        }
    };
    let response = |id: String, language: Language, code: String| Response::new(task_id, &id, language, code);
    let (shape, list) = if data.get("left").is_some() {
        let mut list = Vec::new();
        for side in ["left", "right"] {
            let id = text(data, &format!("{side}_id"))?;
            list.push(response(id, language(data, &format!("{side}_language"))?, text(data, side)?));
        }
        (Shape::Pairwise, list)
    } else if let Some(items) = data["items"].as_array() {
        let mut list = Vec::new();
        for item in items {
            list.push(response(text(item, "id")?, language(item, "language")?, text(item, "code")?));
        }
        (Shape::Ranking, list)
    } else {
        return Err("data has neither left/right (pairwise) nor items (ranking)".into());
    };
    Ok((shape, list.into_iter().map(|r| (graded.clone(), r)).collect()))
}

/// Grades every response, keeping as many queued as the queue takes: a large batch
/// waits for its own earlier jobs instead of being refused, and is refused (429) only
/// when the queue is full before it has anything queued.
async fn grade_all(app: &App, jobs: Vec<Job>) -> Result<Vec<Grading>, ApiError> {
    let mut done: Vec<Option<Grading>> = (0..jobs.len()).map(|_| None).collect();
    let mut queued = VecDeque::new();
    for (i, (graded, response)) in jobs.into_iter().enumerate() {
        loop {
            match app.submit_grading(graded.clone(), response.clone()) {
                Ok(p) => {
                    queued.push_back((i, p));
                    break;
                }
                Err(e) if e.status == StatusCode::TOO_MANY_REQUESTS && !queued.is_empty() => {
                    let (j, p) = queued.pop_front().expect("not empty");
                    done[j] = Some(app.graded(p).await?);
                }
                Err(e) => return Err(e),
            }
        }
    }
    for (j, p) in queued {
        done[j] = Some(app.graded(p).await?);
    }
    Ok(done.into_iter().map(|g| g.expect("every job was awaited")).collect())
}
