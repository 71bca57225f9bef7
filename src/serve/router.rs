//! The routes and the layers every request passes: metrics (outermost, so refusals are
//! counted too), the token check, the body size limit.

use super::auth::{self, Token};
use super::state::App;
use super::{api_exec, api_grade, api_tasks, label_studio, metrics, sandbox_fusion};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::middleware::from_fn_with_state;
use axum::routing::{get, post};
use std::sync::Arc;

pub fn build(app: Arc<App>, token: Option<Arc<Token>>, max_body_bytes: usize) -> Router {
    let mut router = Router::new()
        .route("/v1/grade", post(api_grade::grade))
        .route("/v1/exec", post(api_exec::exec))
        .route("/v1/tasks", get(api_tasks::list))
        .route("/v1/tasks/{id}", get(api_tasks::one))
        .route("/health", get(api_tasks::health))
        .route("/", get(api_tasks::health))
        .route("/metrics", get(api_tasks::metrics))
        .route("/run_code", post(sandbox_fusion::run_code))
        .route("/setup", post(label_studio::setup))
        .route("/predict", post(label_studio::predict))
        .route("/webhook", post(label_studio::webhook))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(max_body_bytes))
        .with_state(app.clone());
    if let Some(token) = token {
        router = router.layer(from_fn_with_state(token, auth::require));
    }
    router.layer(from_fn_with_state(app.metrics.clone(), metrics::track))
}

async fn not_found(uri: axum::http::Uri) -> super::errors::ApiError {
    super::errors::ApiError::new(
        axum::http::StatusCode::NOT_FOUND,
        format!("no route {}; see docs/serve.md for the routes", uri.path()),
    )
}
