//! `gradebox task validate DIR...`.

use crate::grade::validate::validate;
use crate::report::fuel_short;
use crate::runtime::MissingRuntime;
use crate::task;
use anyhow::Result;
use clap::Subcommand;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Subcommand, Debug)]
pub enum TaskCommand {
    /// Check tasks: references pass every test, wrong answers fail one, limits leave room.
    Validate {
        #[arg(required = true)]
        dirs: Vec<PathBuf>,
    },
}

pub fn main(c: TaskCommand) -> Result<ExitCode> {
    let TaskCommand::Validate { dirs } = c;
    let runtimes = super::runtimes(None, MissingRuntime::Install)?;
    let mut all_valid = true;
    for dir in &dirs {
        if !dir.is_dir() {
            anyhow::bail!("{} is not a folder", dir.display());
        }
        let task = match task::load(dir) {
            Ok(t) => t,
            Err(e) => {
                println!("✗ {}: {e:#}", dir.display());
                all_valid = false;
                continue;
            }
        };
        let v = validate(&runtimes, &task)?;
        let ok = v.problems.is_empty();
        all_valid &= ok;
        println!(
            "{} {} ({} tests; {} reference, {} wrong)",
            if ok { "✓" } else { "✗" },
            task.id,
            task.tests.len(),
            v.references.len(),
            v.wrong.len()
        );
        for (_, r) in &v.references {
            let fuel: Vec<String> = r.tests.iter().map(|t| format!("{} {}", t.name, fuel_short(t.fuel))).collect();
            println!("    reference {}: {} {}/{}; fuel: {}", r.response, r.verdict, r.passed, r.total, fuel.join(", "));
        }
        for (_, r) in &v.wrong {
            let first =
                r.failures().next().map(|t| format!(" (first: {} on {})", t.verdict, t.name)).unwrap_or_default();
            println!("    wrong {}: {} {}/{}{first}", r.response, r.verdict, r.passed, r.total);
        }
        for (lang, budgets) in &v.budgets {
            let each: Vec<String> = task
                .tests
                .iter()
                .zip(budgets)
                .filter_map(|(t, b)| b.map(|b| format!("{} {}", t.name, fuel_short(b))))
                .collect();
            println!("    fuel budget for {lang} (\"auto\"): {}", each.join(", "));
        }
        for p in &v.problems {
            println!("    problem: {p}");
        }
        for w in &v.warnings {
            println!("    warning: {w}");
        }
    }
    Ok(if all_valid { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
