use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    // Like other command-line tools, end quietly when the reader of our output goes
    // away (`gradebox task validate ... | head`); Rust ignores SIGPIPE by default, and
    // the next print would then panic on the broken pipe.
    #[cfg(unix)]
    // SAFETY: restoring the default disposition of one signal before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let args = gradebox::cli::Args::parse();
    match gradebox::cli::dispatch(args) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("gradebox: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
