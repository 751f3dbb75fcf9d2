//! The `jifen` command line, as a function of its arguments, its input and today's
//! date, so that it is tested without starting a process.
//!
//! ```text
//! jifen evaluate CASE.json [--as-of YYYY-MM-DD]   the result as JSON (CASE.json may be -)
//! jifen catalogue REGIME                          the regime's items and bands as JSON
//! jifen regimes                                   the regimes as JSON
//! jifen law-texts                                 the regulations' texts, the file the app fetches
//! ```
//!
//! Bad input prints `{"error": {"code", "message", "message_zh", "path"}}` on standard
//! output and exits with status 2.

use std::io::Read;

use chrono::NaiveDate;

use crate::scoring::{self, case, CaseError, ErrorCode, RegimeId};

/// What a run prints and how it exits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// 0 on success, 2 on bad input or usage.
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

/// The usage text.
pub const USAGE: &str = "\
jifen — 医保医师记分 calculator

Usage:
  jifen evaluate CASE.json [--as-of YYYY-MM-DD]   evaluate a case (CASE.json may be - for standard input)
  jifen catalogue REGIME                          list a regime's items, bands and citations
  jifen regimes                                   list the regimes
  jifen law-texts                                 the five regulations' texts as one JSON file (the app fetches it)

The case and result formats are those of the specification (shared/spec/README.md).
Without as_of in the case or --as-of, the standing is reported for today (China Standard Time).
Bad input prints {\"error\": {\"code\", \"message\", \"path\"}} and exits with status 2.
";

/// Runs the command line. `read_file` reads a named file (standard input is `stdin`).
pub fn run(
    args: &[String],
    stdin: &mut dyn Read,
    read_file: &dyn Fn(&str) -> std::io::Result<String>,
    today: NaiveDate,
) -> Output {
    match args.first().map(String::as_str) {
        Some("evaluate") => evaluate(&args[1..], stdin, read_file, today),
        Some("catalogue") => match args.get(1..) {
            Some([regime]) => match RegimeId::parse(regime) {
                Some(id) => json_out(&scoring::catalogue(id)),
                None => error_out(&CaseError::new(
                    ErrorCode::UnknownRegime,
                    "REGIME",
                    format!("there is no regime \"{regime}\"; the regimes are {}", ids()),
                    format!("没有名为“{regime}”的记分制度；可选：{}", ids()),
                )),
            },
            _ => usage("catalogue takes one regime id"),
        },
        Some("regimes") if args.len() == 1 => {
            let list: Vec<_> = RegimeId::ALL.iter().map(|r| r.info()).map(|i| {
                serde_json::json!({
                    "id": i.id, "document": i.document, "title": i.title, "title_en": i.title_en,
                    "issuer": i.issuer, "in_force_from": i.in_force_from, "in_force_until": i.in_force_until,
                })
            }).collect();
            json_out(&serde_json::Value::Array(list))
        }
        // The app's wasm fetches this file instead of carrying the texts (scoring::law).
        #[cfg(not(all(feature = "app", target_arch = "wasm32")))]
        Some("law-texts") if args.len() == 1 => {
            let mut stdout = scoring::law::Texts::embedded().to_json();
            stdout.push('\n');
            Output {
                status: 0,
                stdout,
                stderr: String::new(),
            }
        }
        Some("-h" | "--help" | "help") => Output {
            status: 0,
            stdout: USAGE.to_string(),
            stderr: String::new(),
        },
        Some("-V" | "--version") => Output {
            status: 0,
            stdout: format!(
                "jifen {} (case format {})\n",
                env!("CARGO_PKG_VERSION"),
                scoring::FORMAT_VERSION
            ),
            stderr: String::new(),
        },
        Some(other) => usage(&format!("unknown command \"{other}\"")),
        None => usage("no command given"),
    }
}

fn ids() -> String {
    RegimeId::ALL
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn evaluate(
    args: &[String],
    stdin: &mut dyn Read,
    read_file: &dyn Fn(&str) -> std::io::Result<String>,
    today: NaiveDate,
) -> Output {
    let mut file = None;
    let mut as_of = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--as-of" {
            let Some(value) = rest.next() else {
                return usage("--as-of needs a date, YYYY-MM-DD");
            };
            as_of = Some(value.clone());
        } else if let Some(value) = arg.strip_prefix("--as-of=") {
            as_of = Some(value.to_string());
        } else if file.is_none() && (arg == "-" || !arg.starts_with('-')) {
            file = Some(arg.clone());
        } else {
            return usage(&format!("unexpected argument \"{arg}\""));
        }
    }
    let Some(file) = file else {
        return usage("evaluate needs a case file, or - for standard input");
    };
    let as_of = match as_of.map(|s| case::parse_date(&s, "--as-of")).transpose() {
        Ok(d) => d,
        Err(e) => return error_out(&e),
    };
    let text = if file == "-" {
        let mut text = String::new();
        stdin.read_to_string(&mut text).map(|_| text)
    } else {
        read_file(&file)
    };
    let text = match text {
        Ok(t) => t,
        Err(e) => {
            return error_out(&CaseError::new(
                ErrorCode::InvalidJson,
                "",
                format!("cannot read the case from {file}: {e}"),
                format!("无法读取案例文件 {file}：{e}"),
            ))
        }
    };
    let value: serde_json::Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            return error_out(&CaseError::new(
                ErrorCode::InvalidJson,
                "",
                format!("the case is not valid JSON: {e}"),
                format!("案例不是有效的 JSON：{e}"),
            ))
        }
    };
    let case = match scoring::Case::from_json(&value) {
        Ok(mut case) => {
            if as_of.is_some() {
                case.as_of = as_of;
            }
            case
        }
        Err(e) => return error_out(&e),
    };
    match scoring::evaluate_case(&case, today) {
        Ok(result) => json_out(&result),
        Err(e) => error_out(&e),
    }
}

fn json_out<T: serde::Serialize>(value: &T) -> Output {
    match serde_json::to_string_pretty(value) {
        Ok(mut text) => {
            text.push('\n');
            Output {
                status: 0,
                stdout: text,
                stderr: String::new(),
            }
        }
        Err(e) => Output {
            status: 1,
            stdout: String::new(),
            stderr: format!("jifen: cannot write the result: {e}\n"),
        },
    }
}

fn error_out(error: &CaseError) -> Output {
    let mut text = serde_json::to_string_pretty(&error.to_json()).unwrap_or_default();
    text.push('\n');
    Output {
        status: 2,
        stdout: text,
        stderr: String::new(),
    }
}

fn usage(problem: &str) -> Output {
    Output {
        status: 2,
        stdout: String::new(),
        stderr: format!("jifen: {problem}\n\n{USAGE}"),
    }
}

/// Today in China Standard Time from a JavaScript clock reading (milliseconds since
/// the epoch, as `Date.now()` gives), for the app and the JS API.
pub fn today_from_millis(millis: f64) -> NaiveDate {
    let seconds = if millis.is_finite() && millis > 0.0 {
        (millis / 1000.0) as u64
    } else {
        0
    };
    today_in_china(std::time::UNIX_EPOCH + std::time::Duration::from_secs(seconds))
}

/// Today's date in China Standard Time (UTC+8), from the system clock. Only the
/// binary calls this; the core takes the date as an argument.
pub fn today_in_china(now: std::time::SystemTime) -> NaiveDate {
    let seconds = now
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
        .saturating_add(8 * 3600);
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    epoch
        .checked_add_days(chrono::Days::new(seconds / 86_400))
        .unwrap_or(epoch)
}
