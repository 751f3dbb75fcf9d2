//! `jifen`: evaluate a case from the command line. See [`jifen::cli`].

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let today = jifen::cli::today_in_china(std::time::SystemTime::now());
    let out = jifen::cli::run(
        &args,
        &mut std::io::stdin(),
        &|path| std::fs::read_to_string(path),
        today,
    );
    // A closed pipe is not worth a panic: the exit status still tells.
    let _ = std::io::stdout().write_all(out.stdout.as_bytes());
    let _ = std::io::stderr().write_all(out.stderr.as_bytes());
    ExitCode::from(u8::try_from(out.status).unwrap_or(1))
}
