//! Checkers that are programs of their own: WebAssembly graders (the
//! `gradebox:grader@1.0.0` world) and testlib checkers, each sandboxed under its own
//! limits; `Checker`, a task's checker ready to use (built-in or program); and the tools
//! of grader authors: the SDK scaffolding (`grader new`, `grader build`) and fixture
//! tests (`grader test`).

pub mod checker;
pub mod fixtures;
pub mod sdk;
pub mod testlib;
pub mod wasm;

pub use checker::Checker;
