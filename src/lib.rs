//! gradebox: run model-generated code and WebAssembly graders inside wasmtime under hard
//! limits, and turn coding-task responses into correctness signals.
//!
//! Data flows one way, each module using only those listed before it (checked by
//! `layering_tests.rs`): `sandbox` (the only user of wasmtime) -> `runtime` (languages)
//! -> `task` (the format) -> `result` (the schema) -> `judge` (where a verdict is
//! decided) -> `grader` (checkers that are programs) -> `grade` (a response through
//! its tests) -> `batch`, `humaneval`, `import` -> `report`, `agree` -> `serve` (HTTP)
//! -> `cli`.
//! docs/ARCHITECTURE.md is the map.

pub mod agree;
pub mod batch;
pub mod cli;
#[cfg(test)]
mod fuzz_tests;
pub mod grade;
pub mod grader;
pub mod humaneval;
pub mod import;
pub mod jsonl;
pub mod judge;
#[cfg(test)]
mod layering_tests;
pub mod report;
pub mod result;
pub mod runtime;
pub mod sandbox;
pub mod serve;
pub mod task;
