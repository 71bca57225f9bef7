//! `gradebox runtime install|list`.

use crate::runtime::install::Progress;
use crate::runtime::{Language, MissingRuntime};
use anyhow::Result;
use clap::{Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use std::process::ExitCode;

#[derive(Subcommand, Debug)]
pub enum RuntimeCommand {
    /// Fetch (with pip, cargo or npm), verify (SHA-256 pins) and compile a runtime.
    Install {
        #[arg(value_enum, default_value_t = Which::All)]
        which: Which,
    },
    /// Show installed runtimes with their versions and hashes.
    List,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Which {
    Python,
    Javascript,
    /// The C and C++ toolchain (clang and wasm-ld; about 90 s and 2 GB once).
    #[value(alias = "c")]
    Cpp,
    All,
}

pub fn main(c: RuntimeCommand) -> Result<ExitCode> {
    let runtimes = super::runtimes(None, MissingRuntime::Fail)?;
    match c {
        RuntimeCommand::Install { which } => {
            let langs: &[Language] = match which {
                Which::Python => &[Language::Python],
                Which::Javascript => &[Language::Javascript],
                Which::Cpp => &[Language::Cpp],
                Which::All => &[Language::Javascript, Language::Python, Language::Cpp],
            };
            for &lang in langs {
                if let Some(dir) = runtimes.installed_dir(lang) {
                    eprintln!("gradebox: {lang} is already installed in {}", dir.display());
                    continue;
                }
                let spinner = ProgressBar::new_spinner();
                spinner.set_style(ProgressStyle::with_template("{spinner} [{elapsed}] {msg}").expect("valid template"));
                if !spinner.is_hidden() {
                    spinner.enable_steady_tick(std::time::Duration::from_millis(120));
                }
                let shown = spinner.clone();
                let progress = Progress::new(move |step| {
                    if shown.is_hidden() {
                        super::say(step);
                    } else {
                        shown.println(format!("  {step}"));
                        shown.set_message(step.to_string());
                    }
                });
                progress.step(format!("installing the {lang} runtime"));
                let dir = runtimes.install(lang, &progress)?;
                spinner.finish_and_clear();
                eprintln!("gradebox: installed {lang} in {}", dir.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        RuntimeCommand::List => {
            for (lang, installed) in runtimes.list() {
                match installed {
                    Some((dir, m)) => {
                        println!("{lang:<11} {}\n            sha256 {}", m.version, m.sha256);
                        for source in &m.sources {
                            println!("            from {} (sha256 {})", source.package, source.sha256);
                        }
                        println!("            {}", dir.display());
                    }
                    None => println!("{lang:<11} not installed (gradebox runtime install {lang})"),
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
