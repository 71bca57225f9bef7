//! Prometheus metrics (the `prometheus` crate, text format at `GET /metrics`): requests
//! by route and status, verdicts and outcomes by kind, latency, queue depth, runs in flight.

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, Opts, Registry, TextEncoder,
};
use std::sync::Arc;
use std::time::Instant;

pub struct Metrics {
    registry: Registry,
    pub requests: IntCounterVec,
    pub latency: HistogramVec,
    pub verdicts: IntCounterVec,
    pub outcomes: IntCounterVec,
    pub queue_depth: IntGauge,
    pub in_flight: IntGauge,
    pub cancelled: IntCounter,
}

impl Metrics {
    pub fn new() -> Metrics {
        let requests = IntCounterVec::new(
            Opts::new("gradebox_http_requests_total", "HTTP requests answered, by route and status code"),
            &["route", "status"],
        )
        .expect("valid metric");
        let buckets = vec![0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0];
        let latency = HistogramVec::new(
            HistogramOpts::new("gradebox_http_request_duration_seconds", "Time from request to response, by route")
                .buckets(buckets),
            &["route"],
        )
        .expect("valid metric");
        let verdicts =
            IntCounterVec::new(Opts::new("gradebox_verdicts_total", "Responses graded, by verdict"), &["verdict"])
                .expect("valid metric");
        let outcomes = IntCounterVec::new(
            Opts::new("gradebox_exec_outcomes_total", "Programs run by /v1/exec and /run_code, by outcome"),
            &["outcome"],
        )
        .expect("valid metric");
        let queue_depth = IntGauge::new("gradebox_queue_depth", "Jobs waiting for a worker").expect("valid metric");
        let in_flight = IntGauge::new("gradebox_runs_in_flight", "Jobs a worker is running now").expect("valid metric");
        let cancelled =
            IntCounter::new("gradebox_jobs_cancelled_total", "Jobs skipped or stopped because their client went away")
                .expect("valid metric");
        let registry = Registry::new();
        for m in [
            Box::new(requests.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(latency.clone()),
            Box::new(verdicts.clone()),
            Box::new(outcomes.clone()),
            Box::new(queue_depth.clone()),
            Box::new(in_flight.clone()),
            Box::new(cancelled.clone()),
        ] {
            registry.register(m).expect("metric names are unique");
        }
        Metrics { registry, requests, latency, verdicts, outcomes, queue_depth, in_flight, cancelled }
    }

    /// The Prometheus text exposition of every metric.
    pub fn render(&self) -> String {
        let mut out = Vec::new();
        TextEncoder::new().encode(&self.registry.gather(), &mut out).expect("text encoding cannot fail");
        String::from_utf8(out).expect("the text format is UTF-8")
    }
}

/// Middleware: counts each request under its route pattern (never the raw path, so an
/// unknown URL cannot grow the label set) and times it.
pub async fn track(State(metrics): State<Arc<Metrics>>, req: Request, next: Next) -> Response {
    let route = req.extensions().get::<MatchedPath>().map(|p| p.as_str().to_string());
    let route = route.unwrap_or_else(|| "unmatched".to_string());
    let started = Instant::now();
    let response = next.run(req).await;
    metrics.latency.with_label_values(&[&route]).observe(started.elapsed().as_secs_f64());
    metrics.requests.with_label_values(&[&route, response.status().as_str()]).inc();
    response
}
