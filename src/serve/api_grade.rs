//! `POST /v1/grade`: one response or a list, answered with result objects in exactly
//! the `results.jsonl` schema, graded by the same `grade_response` as `gradebox run`.

use super::errors::{ApiError, from_value, parse_json};
use super::state::{App, Grading};
use crate::result::{InputError, Response};
use crate::runtime::Language;
use axum::body::Bytes;
use axum::extract::State;
use axum::extract::rejection::BytesRejection;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response as HttpResponse};
use serde_json::Value;
use std::collections::HashSet;
use std::sync::Arc;

pub async fn grade(State(app): State<Arc<App>>, body: Result<Bytes, BytesRejection>) -> Result<JsonText, ApiError> {
    let body = body.map_err(ApiError::from_body)?;
    match parse_json::<Value>(&body, "")? {
        Value::Array(items) => grade_list(&app, items).await,
        one => grade_one(&app, one).await,
    }
}

async fn grade_one(app: &App, value: Value) -> Result<JsonText, ApiError> {
    let response = response_from(value, "")?;
    let graded = app.task(&response.task, "task")?;
    if let Some(why) = disallowed(&graded.task, &response) {
        return Err(ApiError::bad_field("language", why));
    }
    let pending = app.submit_grading(graded, response)?;
    match app.graded(pending).await? {
        Ok(result) => Ok(JsonText(line(&result))),
        Err(why) => Err(ApiError::internal(format!("gradebox could not grade this response: {why}"))),
    }
}

/// A list is checked whole before anything runs: a malformed item refuses the request
/// (400 naming `[i].field`); an item that cannot be graded (unknown task, language not
/// allowed, repeated) gets the input-error record `gradebox run` writes, with its
/// 1-based position as `line`, and the rest are graded.
async fn grade_list(app: &App, items: Vec<Value>) -> Result<JsonText, ApiError> {
    if items.len() > app.max_list {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "a list of {} responses is more than this server queues at once ({}, --max-queue); send it in parts",
                items.len(),
                app.max_list
            ),
        ));
    }
    let responses: Vec<Response> =
        items.into_iter().enumerate().map(|(i, v)| response_from(v, &format!("[{i}]"))).collect::<Result<_, _>>()?;
    let mut seen = HashSet::new();
    let mut slots = Vec::with_capacity(responses.len());
    for (i, response) in responses.iter().enumerate() {
        let problem = match app.task(&response.task, "task") {
            Err(e) => Some(e.message),
            Ok(g) => match disallowed(&g.task, response) {
                Some(why) => Some(why),
                None if !seen.insert((&response.task, &response.response)) => Some(format!(
                    "response {:?} for task {:?} appears twice; only the first is graded",
                    response.response, response.task
                )),
                None => {
                    // All or nothing: if the queue fills midway, the dropped `Pending`s cancel.
                    slots.push(Slot::Queued(app.submit_grading(g, response.clone())?));
                    continue;
                }
            },
        };
        slots.push(Slot::Refused(input_error(i, response, problem.unwrap_or_default(), false)));
    }
    let mut out = Vec::with_capacity(slots.len());
    for (i, slot) in slots.into_iter().enumerate() {
        out.push(match slot {
            Slot::Refused(record) => record,
            Slot::Queued(pending) => match app.graded(pending).await? {
                Ok(result) => line(&result),
                Err(why) => {
                    input_error(i, &responses[i], format!("gradebox could not grade this response: {why}"), true)
                }
            },
        });
    }
    Ok(JsonText(format!("[{}]", out.join(","))))
}

/// A JSON body already serialized: result objects keep the field order of results.jsonl.
pub struct JsonText(pub String);

impl IntoResponse for JsonText {
    fn into_response(self) -> HttpResponse {
        ([(header::CONTENT_TYPE, "application/json")], self.0).into_response()
    }
}

/// One object exactly as `gradebox run` writes it on a line of results.jsonl.
fn line(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).expect("results serialize")
}

/// A response object, each required field checked by name first: other fields are
/// kept as metadata (as `gradebox run` keeps them), which hides the field at fault
/// from the deserializer's error.
fn response_from(value: Value, at: &str) -> Result<Response, ApiError> {
    let name = |field: &str| if at.is_empty() { field.to_string() } else { format!("{at}.{field}") };
    let Value::Object(fields) = &value else {
        let what = if at.is_empty() { "the request body" } else { at };
        return Err(ApiError::field(
            StatusCode::BAD_REQUEST,
            at,
            format!("{what} must be a response object or a list of them"),
        ));
    };
    for field in ["task", "response", "language", "code"] {
        match fields.get(field) {
            Some(Value::String(_)) => {}
            None => {
                let msg = format!(
                    "field `{}` is missing; a response is {{\"task\", \"response\", \"language\", \"code\"}}",
                    name(field)
                );
                return Err(ApiError::bad_field(name(field), msg));
            }
            Some(other) => {
                return Err(ApiError::bad_field(
                    name(field),
                    format!("field `{}` must be a string, not {other}", name(field)),
                ));
            }
        }
    }
    let language = fields["language"].as_str().unwrap_or_default();
    if Language::from_name(language).is_none() {
        let msg =
            format!("field `{}`: unknown language {language:?}; use python, javascript or wasm", name("language"));
        return Err(ApiError::bad_field(name("language"), msg));
    }
    from_value(value, at)
}

enum Slot {
    Queued(super::pool::Pending<Grading>),
    Refused(String),
}

fn disallowed(task: &crate::task::Task, response: &Response) -> Option<String> {
    (!task.languages.contains(&response.language)).then(|| {
        format!(
            "task {:?} does not allow {} (allowed: {})",
            task.id,
            response.language,
            task.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(", ")
        )
    })
}

fn input_error(index: usize, response: &Response, error: String, gradebox_fault: bool) -> String {
    let mut record = InputError::new(index + 1, Some(&response.task), Some(&response.response), error);
    record.gradebox_fault = gradebox_fault;
    line(&record)
}
