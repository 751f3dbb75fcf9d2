//! Evaluates each regime's 200-incident benchmark case N times (N from the first
//! argument, default 1). `scripts/bench.sh` runs it under callgrind with N = 1 and
//! N = 11: the difference over 10 is the instruction count of one evaluation.

#[path = "../benches/cases.rs"]
mod cases;

use jifen::scoring::{evaluate, RegimeId};

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    let only = std::env::args().nth(2);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap_or_default();
    for regime in RegimeId::ALL {
        if only.as_deref().is_some_and(|o| o != regime.as_str()) {
            continue;
        }
        let case = cases::case_200(regime);
        for _ in 0..runs {
            std::hint::black_box(evaluate(std::hint::black_box(&case), today).ok());
        }
    }
}
