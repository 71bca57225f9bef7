//! End-to-end tests of the real `gradebox` binary on real files, one module per
//! subcommand, in one test binary (each binary links all of gradebox). Tests that need
//! no runtime (a malformed task) do not install runtimes or build graders.

mod adversarial;
mod agree;
mod check;
mod clang;
mod common;
mod exec;
mod export;
mod grader;
mod hostile_data;
mod humaneval;
mod import;
mod report;
mod run;
mod screen;
mod serve;
mod serve_load;
mod serve_support;
mod task;
