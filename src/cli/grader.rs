//! `gradebox grader new|build|test`: writing, building and trusting graders.

use crate::grader::{fixtures, sdk};
use crate::runtime::MissingRuntime;
use anyhow::{Context, Result};
use clap::Subcommand;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Subcommand, Debug)]
pub enum GraderCommand {
    /// Create a grader project from the SDK: one function to fill in.
    New {
        name: String,
        /// Where to create it (default: the current folder).
        #[arg(long, default_value = ".")]
        dir: PathBuf,
    },
    /// Build a grader crate into a component (.wasm beside its Cargo.toml).
    Build {
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
    /// Run a grader on fixture cases and show what it decided and why.
    Test {
        /// The grader crate (built first) or a built .wasm.
        dir: PathBuf,
        /// TOML file of cases: input, expected, actual (or returned), want.
        #[arg(long)]
        cases: PathBuf,
    },
}

pub fn main(c: GraderCommand) -> Result<ExitCode> {
    match c {
        GraderCommand::New { name, dir } => {
            let runtimes = super::runtimes(None, MissingRuntime::Fail)?;
            let sdk_dir = sdk::install_sdk(runtimes.home())?;
            let created = sdk::scaffold(&dir, &name, &sdk_dir)?;
            println!(
                "created {}: edit src/lib.rs, then `gradebox grader build {}`",
                created.display(),
                created.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        GraderCommand::Build { dir } => {
            let wasm = sdk::build(&dir, false, &super::say)?;
            println!("{}", wasm.display());
            Ok(ExitCode::SUCCESS)
        }
        GraderCommand::Test { dir, cases } => {
            let wasm = if dir.extension().is_some_and(|e| e == "wasm") {
                dir.clone()
            } else {
                sdk::build(&dir, true, &super::say)?
            };
            let runtimes = super::runtimes(None, MissingRuntime::Fail)?;
            let results = fixtures::run_cases(runtimes.sandbox(), &wasm, &cases)
                .with_context(|| format!("testing {}", wasm.display()))?;
            let width = results.iter().map(|r| r.name.chars().count()).max().unwrap_or(4).max(4);
            println!("{:<width$}  {:<13} {:<13} {:>5}  feedback", "case", "wanted", "decided", "score");
            let mut mismatches = 0;
            for r in &results {
                let mark = if r.want == r.got { "" } else { "  <- MISMATCH" };
                mismatches += usize::from(r.want != r.got);
                println!(
                    "{:<width$}  {:<13} {:<13} {:>5.2}  {}{mark}",
                    r.name,
                    r.want.as_str(),
                    r.got.as_str(),
                    r.score,
                    r.feedback
                );
            }
            println!("{} of {} cases as wanted", results.len() - mismatches, results.len());
            Ok(if mismatches == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
    }
}
