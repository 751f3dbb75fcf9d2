//! Wall-clock figures for evaluating a 200-incident case, per regime. A report, not a
//! test: it prints numbers to compare between changes (`scripts/bench.sh` adds the
//! instruction counts, which do not depend on how busy the machine is).

#[path = "cases.rs"]
mod cases;

use std::hint::black_box;
use std::time::Instant;

use jifen::scoring::{evaluate, RegimeId};

fn main() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap_or_default();
    println!(
        "{:<15} {:>12} {:>12} {:>8}",
        "regime", "median µs", "min µs", "runs"
    );
    for regime in RegimeId::ALL {
        let case = cases::case_200(regime);
        // Warm up, and make sure the case is valid: a benchmark of an error is no benchmark.
        if let Err(e) = evaluate(&case, today) {
            eprintln!("{}: the benchmark case is invalid: {e}", regime.as_str());
            std::process::exit(1);
        }
        let mut samples = Vec::new();
        let budget = Instant::now();
        while samples.len() < 30 || (budget.elapsed().as_millis() < 1500 && samples.len() < 2000) {
            let t = Instant::now();
            black_box(evaluate(black_box(&case), today).ok());
            samples.push(t.elapsed().as_secs_f64() * 1e6);
        }
        samples.sort_by(f64::total_cmp);
        println!(
            "{:<15} {:>12.1} {:>12.1} {:>8}",
            regime.as_str(),
            samples[samples.len() / 2],
            samples[0],
            samples.len()
        );
    }
}
