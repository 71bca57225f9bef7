//! `gradebox exec`: run one program and report its Outcome.

use super::limits::LimitArgs;
use crate::runtime::{Language, MissingRuntime};
use crate::sandbox::Limits;
use anyhow::{Context, Result, bail};
use bytes::Bytes;
use clap::Parser;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
pub struct ExecArgs {
    /// The program: .py, .js/.mjs, .ts, .c, .cpp/.cc, or a WASI command module (.wasm or .wat).
    pub file: PathBuf,
    /// Language of FILE; by default it follows from the extension.
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Language>,
    /// File whose bytes are the program's stdin (default: empty stdin).
    #[arg(long)]
    pub stdin: Option<PathBuf>,
    /// Limits (defaults: 2,000,000,000 fuel, 10,000 ms, 256 MiB, 1,024 KiB).
    #[command(flatten)]
    pub limits: LimitArgs,
    /// Cap on the wasm call stack, in KiB (12 MiB lets JavaScript nest about 9,500
    /// calls; Node allows about 10,000).
    #[arg(long, default_value_t = 12288)]
    pub stack_kb: usize,
    /// Print exactly one JSON object describing the outcome instead of passing output through.
    #[arg(long)]
    pub json: bool,
    /// Give the program the host's clocks and OS randomness instead of the deterministic
    /// ones (runs then may differ from one another).
    #[arg(long)]
    pub host_clocks: bool,
    /// Arguments for a WASI module (after `--`); the module sees FILE's name first.
    #[arg(last = true)]
    pub args: Vec<String>,
}

fn parse_lang(s: &str) -> Result<Language, String> {
    Language::from_name(s)
        .ok_or_else(|| format!("unknown language `{s}`; use python, javascript, typescript, c, cpp or wasm"))
}

pub fn main(a: ExecArgs) -> Result<ExitCode> {
    let lang = match a.lang.or_else(|| Language::from_path(&a.file)) {
        Some(l) => l,
        None => bail!(
            "cannot tell the language of {} from its extension; pass --lang python|javascript|typescript|c|cpp|wasm",
            a.file.display()
        ),
    };
    let limits = a.limits.apply(Limits::default())?;
    if a.stack_kb < 64 || a.stack_kb > 64 * 1024 {
        bail!("--stack-kb must be between 64 and 65536");
    }
    let source = std::fs::read(&a.file).with_context(|| format!("cannot read {}", a.file.display()))?;
    let stdin = match &a.stdin {
        Some(p) => Bytes::from(std::fs::read(p).with_context(|| format!("cannot read --stdin file {}", p.display()))?),
        None => Bytes::new(),
    };
    let mut runtimes = super::runtimes(Some(a.stack_kb << 10), MissingRuntime::Install)?;
    runtimes.set_host_clocks(a.host_clocks);
    let filename = a.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "main".into());
    if matches!(lang, Language::C | Language::Cpp | Language::Typescript) {
        let options = crate::runtime::clang::BuildOptions::default();
        if let Some(why) = runtimes.check_built(lang, &source, &filename, &options, limits)? {
            if a.json {
                println!("{}", serde_json::json!({ "outcome": "compile_error", "diagnostics": why }));
            } else {
                eprintln!("{why}\ngradebox: compile_error");
            }
            return Ok(ExitCode::from(1));
        }
    }
    let executed = runtimes.run_program(lang, &source, &filename, &a.args, stdin, limits)?;
    let outcome = &executed.outcome;

    if a.json {
        let mut out = std::io::stdout().lock();
        serde_json::to_writer(&mut out, &outcome.to_json())?;
        writeln!(out)?;
    } else {
        std::io::stdout().lock().write_all(&outcome.stdout)?;
        std::io::stderr().lock().write_all(&outcome.stderr)?;
        if outcome.stdout.last().is_some_and(|b| *b != b'\n') || outcome.stderr.last().is_some_and(|b| *b != b'\n') {
            eprintln!();
        }
        eprintln!(
            "gradebox: {} · fuel {} · peak memory {:.1} MiB · {:.1} ms CPU",
            outcome.summary(),
            outcome.fuel_used.0,
            outcome.peak_memory_bytes as f64 / (1 << 20) as f64,
            outcome.time_ms
        );
    }
    Ok(if outcome.success() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
