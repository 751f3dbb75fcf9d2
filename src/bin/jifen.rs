//! `jifen`: evaluate a case from the command line. See [`jifen::cli`].

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let today = jifen::cli::today_in_china(std::time::SystemTime::now());
    let open = |path: &str| -> std::io::Result<Box<dyn BufRead>> {
        let file = std::fs::File::open(path)?;
        Ok(Box::new(BufReader::with_capacity(64 * 1024, file)))
    };
    let mut stdout = BufWriter::new(std::io::stdout().lock());
    let status = jifen::cli::run(
        &args,
        &mut std::io::stdin().lock(),
        &open,
        &mut stdout,
        &mut std::io::stderr(),
        today,
    );
    // A closed pipe is not worth a panic: the exit status still tells.
    let _ = stdout.flush();
    ExitCode::from(u8::try_from(status).unwrap_or(1))
}
