use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = gradebox::cli::Args::parse();
    match gradebox::cli::dispatch(args) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("gradebox: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
