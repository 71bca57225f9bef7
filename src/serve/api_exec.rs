//! `POST /v1/exec`: run one program, answered with the `gradebox exec --json` object.
//! Limits are optional and may not exceed the server's maxima (400 naming the limit).

use super::api_grade::JsonText;
use super::errors::{ApiError, parse_json};
use super::state::App;
use crate::runtime::{CompileFailed, Executed, Language};
use crate::sandbox::{Fuel, Limits};
use axum::body::Bytes;
use axum::extract::State;
use axum::extract::rejection::BytesRejection;
use serde::Deserialize;
use std::sync::Arc;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExecRequest {
    language: String,
    code: String,
    #[serde(default)]
    stdin: String,
    #[serde(default)]
    limits: RequestedLimits,
}

/// The `gradebox exec` limit flags, each optional.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RequestedLimits {
    pub fuel: Option<u64>,
    pub timeout_ms: Option<u64>,
    pub memory_mb: Option<u64>,
    pub output_kb: Option<u64>,
}

pub async fn exec(State(app): State<Arc<App>>, body: Result<Bytes, BytesRejection>) -> Result<JsonText, ApiError> {
    let body = body.map_err(ApiError::from_body)?;
    let req: ExecRequest = parse_json(&body, "")?;
    let lang = language(&req.language, "language")?;
    let limits = resolve_limits(&req.limits, app.default_limits, app.max_limits)?;
    let executed = run(&app, lang, req.code, req.stdin, limits).await?;
    let executed = executed.map_err(|e| match lang {
        Language::Wasm => ApiError::bad_field("code", format!("the module does not load: {e:#}")),
        _ if e.is::<CompileFailed>() => ApiError::bad_field("code", format!("the program does not compile: {e:#}")),
        _ => ApiError::internal(format!("gradebox could not run this program: {e:#}")),
    })?;
    // Field order as `gradebox exec --json` prints it.
    let json = serde_json::to_string(&executed.outcome.to_json()).map_err(|e| ApiError::internal(e.to_string()))?;
    Ok(JsonText(json))
}

/// Queues one program run, made the way `gradebox exec` makes it, and counts its outcome.
pub async fn run(
    app: &App,
    lang: Language,
    code: String,
    stdin: String,
    limits: Limits,
) -> Result<anyhow::Result<Executed>, ApiError> {
    let filename = lang.main_filename();
    let pending = app.pool.submit(move |rt| {
        rt.run_program(lang, code.as_bytes(), filename, &[], bytes::Bytes::from(stdin.into_bytes()), limits)
    })?;
    let executed = pending.result().await?;
    if let Ok(ex) = &executed {
        app.metrics.outcomes.with_label_values(&[ex.outcome.kind.as_str()]).inc();
    }
    Ok(executed)
}

pub fn language(name: &str, field: &str) -> Result<Language, ApiError> {
    Language::from_name(name)
        .ok_or_else(|| ApiError::bad_field(field, format!("unknown language {name:?}; use python, javascript or wasm")))
}

/// The limits a request asked for, the server's defaults for the rest; 400 naming the
/// first one that is zero or above the server's maximum.
pub fn resolve_limits(asked: &RequestedLimits, defaults: Limits, max: Limits) -> Result<Limits, ApiError> {
    let pick = |name: &str, asked: Option<u64>, default: u64, max: u64, unit: &str| -> Result<u64, ApiError> {
        match asked {
            None => Ok(default.min(max)),
            Some(0) => Err(ApiError::bad_field(format!("limits.{name}"), format!("limits.{name} must be at least 1"))),
            Some(v) if v > max => Err(ApiError::bad_field(
                format!("limits.{name}"),
                format!("limits.{name} is {v}{unit}; this server allows at most {max}{unit}"),
            )),
            Some(v) => Ok(v),
        }
    };
    Ok(Limits {
        fuel: Fuel(pick("fuel", asked.fuel, defaults.fuel.0, max.fuel.0, "")?),
        timeout_ms: pick("timeout_ms", asked.timeout_ms, defaults.timeout_ms, max.timeout_ms, " ms")?,
        memory_bytes: pick("memory_mb", asked.memory_mb, defaults.memory_bytes >> 20, max.memory_bytes >> 20, " MiB")?
            << 20,
        output_bytes: pick("output_kb", asked.output_kb, defaults.output_bytes >> 10, max.output_bytes >> 10, " KiB")?
            << 10,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_default_cap_and_name_the_offender() {
        let d = Limits::default();
        let max = Limits { fuel: Fuel(d.fuel.0 * 2), ..d };
        assert_eq!(resolve_limits(&RequestedLimits::default(), d, max).unwrap(), d);
        let asked = RequestedLimits { fuel: Some(5), memory_mb: Some(16), ..Default::default() };
        let got = resolve_limits(&asked, d, max).unwrap();
        assert_eq!((got.fuel, got.memory_bytes, got.timeout_ms), (Fuel(5), 16 << 20, d.timeout_ms));
        let too_much = RequestedLimits { timeout_ms: Some(d.timeout_ms + 1), ..Default::default() };
        assert_eq!(resolve_limits(&too_much, d, max).unwrap_err().field.as_deref(), Some("limits.timeout_ms"));
        let zero = RequestedLimits { output_kb: Some(0), ..Default::default() };
        assert_eq!(resolve_limits(&zero, d, max).unwrap_err().field.as_deref(), Some("limits.output_kb"));
    }
}
