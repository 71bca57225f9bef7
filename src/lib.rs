//! gradebox: run model-generated code and WebAssembly graders inside wasmtime under hard
//! limits, and turn coding-task responses into correctness signals.
//!
//! Data flows one way: `runtime` turns a program into a `sandbox` run, the sandbox
//! returns an `Outcome`, and later stages turn outcomes into verdicts and reports.

pub mod agree;
pub mod cli;
#[cfg(test)]
mod fuzz_tests;
pub mod grade;
pub mod humaneval;
pub mod import;
pub mod jsonl;
pub mod report;
pub mod run;
pub mod runtime;
pub mod sandbox;
pub mod task;
