//! `POST /run_code`, compatible with SandboxFusion's API (bytedance/SandboxFusion,
//! `sandbox/server/sandbox_api.py`: `RunCodeRequest`, `RunCodeResponse`, `RunStatus`,
//! `parse_run_status`; `sandbox/runners/types.py`: `CommandRunResult`,
//! `CommandRunStatus`), so that verl's sandbox reward
//! (`verl/utils/reward_score/sandbox_fusion/utils.py`) works unchanged. The mapping is
//! documented in docs/serve.md.

use super::api_exec::{self, language};
use super::errors::{ApiError, parse_json};
use super::state::App;
use crate::runtime::{CompileFailed, Executed, Language};
use crate::sandbox::{Outcome, OutcomeKind};
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::extract::rejection::BytesRejection;
use serde::Deserialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::sync::Arc;

/// SandboxFusion's `RunCodeRequest`. Fields gradebox has no use for are accepted as
/// SandboxFusion accepts them (unknown fields are ignored there too).
#[derive(Deserialize)]
struct RunCodeRequest {
    code: String,
    language: String,
    #[serde(default)]
    stdin: Option<String>,
    #[serde(default = "ten")]
    compile_timeout: f64,
    #[serde(default = "ten")]
    run_timeout: f64,
    #[serde(default = "minus_one", rename = "memory_limit_MB")]
    memory_limit_mb: i64,
    #[serde(default)]
    files: BTreeMap<String, Option<String>>,
    #[serde(default)]
    fetch_files: Vec<String>,
}

fn ten() -> f64 {
    10.0
}

fn minus_one() -> i64 {
    -1
}

pub async fn run_code(
    State(app): State<Arc<App>>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<Value>, ApiError> {
    let body = body.map_err(ApiError::from_body)?;
    let req: RunCodeRequest = parse_json(&body, "")?;
    let lang = match req.language.as_str() {
        // SandboxFusion's name for JavaScript.
        "nodejs" => Language::Javascript,
        other => language(other, "language").map_err(|e| {
            ApiError::bad_field(
                "language",
                format!("{}; gradebox runs python, nodejs (javascript) and wasm", e.message),
            )
        })?,
    };
    for (name, t) in [("compile_timeout", req.compile_timeout), ("run_timeout", req.run_timeout)] {
        if !(t.is_finite() && t > 0.0) {
            return Err(ApiError::bad_field(name, format!("{name} must be a positive number of seconds")));
        }
    }
    if req.files.values().any(Option::is_some) {
        return Err(ApiError::bad_field(
            "files",
            "gradebox gives programs no file system to write files into; pass data through code or stdin",
        ));
    }
    let limits = limits(&app, req.run_timeout, req.memory_limit_mb);
    let executed = api_exec::run(&app, lang, req.code, req.stdin.unwrap_or_default(), limits).await?;
    let _ = req.fetch_files; // No file a program writes survives its run, so none is ever fetched.
    Ok(Json(respond(lang, executed)))
}

/// `run_timeout` becomes the time limit (CPU time plus sleep) and `memory_limit_MB` (-1: none) the
/// memory cap, each held to the server's maximum; fuel is the server's default.
fn limits(app: &App, run_timeout: f64, memory_mb: i64) -> crate::sandbox::Limits {
    let mut limits = app.default_limits;
    limits.timeout_ms = ((run_timeout * 1000.0).ceil() as u64).clamp(1, app.max_limits.timeout_ms);
    if memory_mb > 0 {
        limits.memory_bytes = ((memory_mb as u64) << 20).min(app.max_limits.memory_bytes);
    }
    limits
}

fn respond(lang: Language, executed: anyhow::Result<Executed>) -> Value {
    match executed {
        Ok(ex) => {
            let run = run_result(&ex.outcome);
            // parse_run_status: a time limit or a non-zero return code is `Failed`.
            let failed = run["status"] != "Finished" || run["return_code"] != 0;
            let compiled = matches!(lang, Language::Wasm | Language::C | Language::Cpp);
            let compile = compiled.then(|| command(0.0, Some(0), "", ""));
            response(if failed { "Failed" } else { "Success" }, "", compile, Some(run))
        }
        // A WASI module that does not load is the compile step failing, like a C
        // compiler's error; the run never starts.
        Err(e) if lang == Language::Wasm || e.is::<CompileFailed>() => {
            let compile = command(0.0, Some(1), "", &format!("{e:#}"));
            response("Failed", "", Some(compile), None)
        }
        // gradebox's own failure, never the program's: SandboxFusion's `SandboxError`.
        Err(e) => {
            let message = format!("gradebox could not run this program: {e:#}");
            let run = json!({"status": "Error", "execution_time": null, "return_code": null, "stdout": null, "stderr": message});
            response("SandboxError", &message, None, Some(run))
        }
    }
}

fn response(status: &str, message: &str, compile: Option<Value>, run: Option<Value>) -> Value {
    json!({
        "status": status,
        "message": message,
        "compile_result": compile,
        "run_result": run,
        "executor_pod_name": null,
        "files": {},
    })
}

/// A `CommandRunResult`: `Finished` with the exit code, or `TimeLimitExceeded` (no code)
/// when fuel or the deadline ran out. Other limits end the program with a non-zero
/// code, and gradebox's reason is appended to stderr.
fn run_result(o: &Outcome) -> Value {
    let stdout = String::from_utf8_lossy(&o.stdout);
    let mut stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    let seconds = o.wall_ms / 1000.0;
    match o.kind {
        OutcomeKind::FuelExhausted | OutcomeKind::TimedOut => {
            let mut v = command(seconds, None, &stdout, &stderr);
            v["status"] = json!("TimeLimitExceeded");
            v
        }
        OutcomeKind::Exited => command(seconds, Some(o.exit_code.unwrap_or(0)), &stdout, &stderr),
        _ => {
            if !stderr.is_empty() && !stderr.ends_with('\n') {
                stderr.push('\n');
            }
            stderr.push_str(&format!("gradebox: {}\n", o.summary()));
            let code = o.exit_code.filter(|c| *c != 0).unwrap_or(1);
            command(seconds, Some(code), &stdout, &stderr)
        }
    }
}

fn command(seconds: f64, return_code: Option<i32>, stdout: &str, stderr: &str) -> Value {
    json!({
        "status": "Finished",
        "execution_time": seconds,
        "return_code": return_code,
        "stdout": stdout,
        "stderr": stderr,
    })
}
