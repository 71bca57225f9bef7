//! Every error the server answers: a status and a JSON body `{"error", "field"}` that
//! names the field at fault, so a client can fix its request without reading logs.

use axum::extract::rejection::BytesRejection;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use serde_json::json;

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
    /// The request field at fault (`limits.fuel`, `[3].code`), when there is one.
    pub field: Option<String>,
}

/// Seconds a client should wait before retrying when the queue is full.
pub const RETRY_AFTER_SECONDS: u32 = 1;

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError { status, message: message.into(), field: None }
    }

    pub fn field(status: StatusCode, field: impl Into<String>, message: impl Into<String>) -> Self {
        ApiError { status, message: message.into(), field: Some(field.into()) }
    }

    pub fn bad_field(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::field(StatusCode::BAD_REQUEST, field, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, message)
    }

    pub fn queue_full(capacity: usize) -> Self {
        Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            format!(
                "the grading queue is full ({capacity} waiting); retry after {RETRY_AFTER_SECONDS} s, or send fewer requests at once"
            ),
        )
    }

    /// A body that could not be read: too large (413) or cut off.
    pub fn from_body(rejection: BytesRejection) -> Self {
        let status = rejection.status();
        let message = if status == StatusCode::PAYLOAD_TOO_LARGE {
            "the request body is larger than this server accepts (--max-body-kb)".to_string()
        } else {
            format!("cannot read the request body: {}", rejection.body_text())
        };
        Self::new(status, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({"error": self.message, "field": self.field});
        let mut response = (self.status, axum::Json(body)).into_response();
        if self.status == StatusCode::TOO_MANY_REQUESTS {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER_SECONDS));
        }
        response
    }
}

/// Parses JSON into `T`, naming the field at fault (prefixed with `at`, such as `[3]`).
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8], at: &str) -> Result<T, ApiError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value =
        serde_path_to_error::deserialize(&mut de).map_err(|e| field_error(at, &e.path().to_string(), e.inner()))?;
    de.end().map_err(|e| field_error(at, "", &e))?;
    Ok(value)
}

/// As `parse_json`, from an already parsed value (an item of a list).
pub fn from_value<T: DeserializeOwned>(value: serde_json::Value, at: &str) -> Result<T, ApiError> {
    serde_path_to_error::deserialize(value).map_err(|e| field_error(at, &e.path().to_string(), e.inner()))
}

fn field_error(at: &str, path: &str, inner: &serde_json::Error) -> ApiError {
    use serde_json::error::Category;
    if matches!(inner.classify(), Category::Syntax | Category::Eof | Category::Io) {
        return ApiError::new(StatusCode::BAD_REQUEST, format!("the request body is not JSON: {inner}"));
    }
    let message = strip_position(&inner.to_string());
    let mut field = join(at, if path == "." { "" } else { path });
    // serde names a missing or unknown field in its message, not in the path.
    for prefix in ["missing field `", "unknown field `"] {
        if let Some(rest) = message.strip_prefix(prefix)
            && let Some(name) = rest.split('`').next()
            && !field.ends_with(name)
        {
            field = join(&field, name);
        }
    }
    let shown = if field.is_empty() { "the request body".to_string() } else { format!("field `{field}`") };
    ApiError::field(StatusCode::BAD_REQUEST, field, format!("{shown}: {message}"))
}

fn join(a: &str, b: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b.to_string(),
        (_, true) => a.to_string(),
        _ if b.starts_with('[') => format!("{a}{b}"),
        _ => format!("{a}.{b}"),
    }
}

/// "… at line 1 column 20" says nothing useful for a one-line JSON body.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        fuel: u64,
    }

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Outer {
        code: String,
        limits: Option<Inner>,
    }

    fn field_of(body: &str, at: &str) -> Option<String> {
        parse_json::<Outer>(body.as_bytes(), at).unwrap_err().field
    }

    #[test]
    fn errors_name_the_field_at_fault() {
        assert_eq!(field_of(r#"{"limits": null}"#, ""), Some("code".into()));
        assert_eq!(field_of(r#"{"code": "x", "limits": {"fuel": "many"}}"#, ""), Some("limits.fuel".into()));
        assert_eq!(field_of(r#"{"code": "x", "limits": {"fuel": 1, "gas": 2}}"#, ""), Some("limits.gas".into()));
        assert_eq!(field_of(r#"{"code": 3}"#, "[2]"), Some("[2].code".into()));
        let not_json = parse_json::<Outer>(b"{\"code\": ", "").unwrap_err();
        assert_eq!(not_json.field, None);
        assert!(not_json.message.contains("not JSON"), "{}", not_json.message);
    }
}
