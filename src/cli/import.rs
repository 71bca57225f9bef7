//! `gradebox import FORMAT SRC... --out DIR`: benchmark data in, task folders out.

use crate::import::{Format, Options, import};
use anyhow::Result;
use clap::Parser;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
pub struct ImportArgs {
    /// The benchmark's format (docs/import.md lists each one's fields).
    #[arg(value_enum)]
    pub format: Format,
    /// JSONL files (or a JSON array), read in order.
    #[arg(required = true)]
    pub sources: Vec<PathBuf>,
    /// Folder that receives one task folder per problem.
    #[arg(long)]
    pub out: PathBuf,
    /// Import only the first N records (skipped records count).
    #[arg(long)]
    pub limit: Option<usize>,
    /// Write into a folder that is not empty, replacing task folders of the same name.
    #[arg(long)]
    pub force: bool,
    /// At most N reference solutions per task (APPS, CodeContests; MBPP has one).
    #[arg(long, default_value_t = 1)]
    pub references: usize,
    /// At most N wrong solutions per task (CodeContests' incorrect Python 3 ones).
    #[arg(long, default_value_t = 2)]
    pub wrong: usize,
}

pub fn main(a: ImportArgs) -> Result<ExitCode> {
    let opts = Options {
        format: a.format,
        sources: a.sources,
        out: a.out,
        limit: a.limit,
        force: a.force,
        references: a.references,
        wrong: a.wrong,
    };
    let s = import(&opts, &mut |line| eprintln!("{line}"))?;
    let mut extra = Vec::new();
    if s.tests_left_out > 0 {
        extra.push(format!("{} tests left out", s.tests_left_out));
    }
    if s.without_reference > 0 {
        extra.push(format!(
            "{} tasks without a reference solution (the data has none; `task validate` needs one)",
            s.without_reference
        ));
    }
    let extra = if extra.is_empty() { String::new() } else { format!("; {}", extra.join("; ")) };
    println!("imported {}, skipped {} into {}{extra}", s.imported, s.skipped, opts.out.display());
    Ok(if s.skipped == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
