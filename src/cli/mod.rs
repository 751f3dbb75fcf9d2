//! The `jifen` command line, as a function of its arguments, its input and today's
//! date, so that it is tested without starting a process.
//!
//! ```text
//! jifen evaluate CASE.json [--as-of YYYY-MM-DD]   the result as JSON (CASE.json may be -)
//! jifen evaluate ROSTER.jsonl [--as-of …]         one case per line, one answer per line
//! jifen evaluate - --lines [--as-of …]            the same from standard input
//! jifen evaluate ROSTER.jsonl --overview[=zh|en]  the roster's overview, one CSV row a person
//! jifen catalogue REGIME                          the regime's items and bands as JSON
//! jifen regimes                                   the regimes as JSON
//! jifen law-texts                                 the regulations' texts, the file the app fetches
//! ```
//!
//! Bad input prints `{"error": {"code", "message", "message_zh", "path"}}` on standard
//! output and exits with status 2. JSON Lines (a file ending `.jsonl` or `.ndjson`, or
//! `--lines`) are answered line by line: see [`evaluate_lines`].

mod lines;

use std::io::{self, BufRead, Write};

use chrono::NaiveDate;

pub use lines::{evaluate_lines, overview_lines, Tally, MAX_LINE_BYTES};

use crate::exchange::roster::Columns;
use crate::scoring::{self, case, CaseError, ErrorCode, Evaluation, Lang, Problem, RegimeId, Text};

/// Opens a named file for reading (the binary: `std::fs::File` in a `BufReader`).
pub type Open<'a> = dyn Fn(&str) -> io::Result<Box<dyn BufRead>> + 'a;

/// The usage text.
pub const USAGE: &str = "\
jifen — 医保医师记分 calculator

Usage:
  jifen evaluate CASE.json [--as-of YYYY-MM-DD]   evaluate a case (CASE.json may be - for standard input)
  jifen evaluate ROSTER.jsonl [--as-of YYYY-MM-DD]
  jifen evaluate - --lines [--as-of YYYY-MM-DD]   evaluate one case per line (JSON Lines)
  jifen evaluate ROSTER.jsonl --overview[=zh|en]  one CSV row per person: today, once decided,
                                                  points, the next band, the next deadline
                                                  and who acts (codes; =zh or =en: in words)
  jifen catalogue REGIME                          list a regime's items, bands and citations
  jifen regimes                                   list the regimes
  jifen law-texts                                 the five regulations' texts as one JSON file (the app fetches it)

The case and result formats are those of the specification (tests/fixtures/spec/README.md
in the source; README.md says where to start). A result repeats its case's title.
--as-of replaces the case's as_of; without either, the standing is reported for today
(China Standard Time). Bad input prints {\"error\": {\"code\", \"message\", \"path\"}} and
exits with status 2.

JSON Lines (a file ending .jsonl or .ndjson, or any input with --lines): line N of the
output answers line N of the input, with the result as compact JSON or with
{\"error\": {…, \"line\": N}}; a blank line is answered with a blank line. Every line is
evaluated; the exit status is 0 when all were, 2 when any line was an error.
";

/// Runs the command line and returns its exit status. `open` opens a named file;
/// standard input is `stdin`. What the command prints goes to `stdout` and `stderr`
/// as it is computed: a roster (JSON Lines) is answered line by line, never held.
///
/// Exit status: 0 on success; 2 on bad input or usage (for a roster: when any line was
/// an error); 1 when a roster's answers cannot be written.
pub fn run(
    args: &[String],
    stdin: &mut dyn BufRead,
    open: &Open<'_>,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
    today: NaiveDate,
) -> i32 {
    let out = Out { stdout, stderr };
    match args.first().map(String::as_str) {
        Some("evaluate") => evaluate(&args[1..], stdin, open, out, today),
        Some("catalogue") => match args.get(1..) {
            Some([regime]) => match RegimeId::parse(regime) {
                Some(id) => out.json(&scoring::catalogue(id)),
                None => out.error(&CaseError::new(
                    ErrorCode::UnknownRegime,
                    "REGIME",
                    Problem::UnknownRegime {
                        id: regime.to_string(),
                        ids: RegimeId::ALL.iter().map(|r| r.as_str()).collect(),
                    },
                )),
            },
            _ => out.usage("catalogue takes one regime id"),
        },
        Some("regimes") if args.len() == 1 => {
            let list: Vec<_> = RegimeId::ALL.iter().map(|r| r.info()).map(|i| {
                serde_json::json!({
                    "id": i.id, "document": i.document, "title": i.title, "title_en": i.title_en,
                    "issuer": i.issuer, "in_force_from": i.in_force_from, "in_force_until": i.in_force_until,
                })
            }).collect();
            out.json(&serde_json::Value::Array(list))
        }
        // The app's wasm fetches this file instead of carrying the texts (scoring::law).
        #[cfg(not(target_arch = "wasm32"))]
        Some("law-texts") if args.len() == 1 => {
            let mut text = scoring::law::Texts::embedded().to_json();
            text.push('\n');
            out.print(0, &text)
        }
        Some("-h" | "--help" | "help") => out.print(0, USAGE),
        Some("-V" | "--version") => out.print(
            0,
            &format!(
                "jifen {} (case format {})\n",
                env!("CARGO_PKG_VERSION"),
                scoring::FORMAT_VERSION
            ),
        ),
        Some(other) => out.usage(&format!("unknown command \"{other}\"")),
        None => out.usage("no command given"),
    }
}

/// Whether a file name says JSON Lines.
fn is_lines_file(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".jsonl") || lower.ends_with(".ndjson")
}

fn evaluate(
    args: &[String],
    stdin: &mut dyn BufRead,
    open: &Open<'_>,
    out: Out<'_>,
    today: NaiveDate,
) -> i32 {
    let mut file = None;
    let mut as_of = None;
    let mut lines = false;
    let mut overview = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--as-of" {
            let Some(value) = rest.next() else {
                return out.usage("--as-of needs a date, YYYY-MM-DD");
            };
            as_of = Some(value.clone());
        } else if let Some(value) = arg.strip_prefix("--as-of=") {
            as_of = Some(value.to_string());
        } else if arg == "--lines" {
            lines = true;
        } else if arg == "--overview" {
            overview = Some(Columns::Codes);
        } else if let Some(lang) = arg.strip_prefix("--overview=") {
            overview = Some(match Lang::parse(lang) {
                Some(lang) => Columns::Words(lang),
                None => return out.usage("--overview= takes zh or en"),
            });
        } else if file.is_none() && (arg == "-" || !arg.starts_with('-')) {
            file = Some(arg.clone());
        } else {
            return out.usage(&format!("unexpected argument \"{arg}\""));
        }
    }
    let Some(file) = file else {
        return out.usage("evaluate needs a case file, or - for standard input");
    };
    // An overview is of a roster, however long.
    let lines = lines || overview.is_some() || is_lines_file(&file);
    // Errors before any case is read (a bad --as-of, a file that cannot be opened) are
    // one error for the whole run; a roster prints it compact, as it prints every line.
    let whole = |out: Out<'_>, error: &CaseError| {
        if lines {
            out.error_line(error)
        } else {
            out.error(error)
        }
    };
    let as_of = match as_of.map(|s| case::parse_date(&s, "--as-of")).transpose() {
        Ok(d) => d,
        Err(e) => return whole(out, &e),
    };
    let mut opened;
    let input: &mut dyn BufRead = if file == "-" {
        stdin
    } else {
        match open(&file) {
            Ok(reader) => {
                opened = reader;
                &mut *opened
            }
            Err(e) => return whole(out, &cannot_read(&file, &e)),
        }
    };
    if lines {
        let source = if file == "-" { "standard input" } else { &file };
        // Standard input may be a program that waits for each answer.
        let flush_each = file == "-";
        let answered = match overview {
            Some(columns) => overview_lines(input, out.stdout, source, as_of, today, columns),
            None => evaluate_lines(input, out.stdout, source, as_of, today, flush_each),
        };
        return match answered {
            Ok(tally) => tally.status(),
            Err(e) => {
                // A closed pipe (`| head`) is no news to the reader who closed it.
                if e.kind() != io::ErrorKind::BrokenPipe {
                    let _ = writeln!(out.stderr, "jifen: cannot write the results: {e}");
                }
                1
            }
        };
    }
    let mut text = String::new();
    if let Err(e) = input.read_to_string(&mut text) {
        return out.error(&cannot_read(&file, &e));
    }
    let value: serde_json::Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            return out.error(&CaseError::new(
                ErrorCode::InvalidJson,
                "",
                Problem::not_json(&e),
            ))
        }
    };
    match evaluate_value(&value, as_of, today) {
        Ok(result) => out.json(&Titled::of(&value, &result)),
        Err(e) => out.error(&e),
    }
}

/// A result with its case's `title` first, where the case has one: a roster's answers
/// then say whose they are, and need no pairing with the roster's lines.
#[derive(serde::Serialize)]
struct Titled<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(flatten)]
    result: &'a Evaluation,
}

impl<'a> Titled<'a> {
    fn of(case: &'a serde_json::Value, result: &'a Evaluation) -> Titled<'a> {
        Titled {
            title: case.get("title").and_then(serde_json::Value::as_str),
            result,
        }
    }
}

fn cannot_read(file: &str, e: &io::Error) -> CaseError {
    CaseError::new(
        ErrorCode::InvalidJson,
        "",
        Problem::Said(Text::new(
            format!("无法读取案例文件 {file}：{e}"),
            format!("cannot read the case from {file}: {e}"),
        )),
    )
}

/// One case, as a single file or a roster's line gives it: `as_of` (from `--as-of`)
/// replaces the case's own.
fn evaluate_value(
    value: &serde_json::Value,
    as_of: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<Evaluation, CaseError> {
    let mut case = scoring::Case::from_json(value)?;
    if as_of.is_some() {
        case.as_of = as_of;
    }
    scoring::evaluate_case(&case, today)
}

/// Where a run prints. A single answer that cannot be printed (a closed pipe) is not
/// worth a panic: the exit status still tells.
struct Out<'a> {
    stdout: &'a mut dyn Write,
    stderr: &'a mut dyn Write,
}

impl Out<'_> {
    fn print(self, status: i32, text: &str) -> i32 {
        let _ = self.stdout.write_all(text.as_bytes());
        status
    }

    fn json<T: serde::Serialize>(self, value: &T) -> i32 {
        match serde_json::to_string_pretty(value) {
            Ok(mut text) => {
                text.push('\n');
                self.print(0, &text)
            }
            Err(e) => {
                let _ = writeln!(self.stderr, "jifen: cannot write the result: {e}");
                1
            }
        }
    }

    fn error(self, error: &CaseError) -> i32 {
        let mut text = serde_json::to_string_pretty(&error.to_json()).unwrap_or_default();
        text.push('\n');
        self.print(2, &text)
    }

    /// The error as a roster prints it: one compact line.
    fn error_line(self, error: &CaseError) -> i32 {
        let mut text = error.to_json().to_string();
        text.push('\n');
        self.print(2, &text)
    }

    fn usage(self, problem: &str) -> i32 {
        let _ = write!(self.stderr, "jifen: {problem}\n\n{USAGE}");
        2
    }
}

/// Today's date in China Standard Time (UTC+8), from the system clock. Only the
/// binary calls this; the core takes the date as an argument.
pub fn today_in_china(now: std::time::SystemTime) -> NaiveDate {
    let seconds = now
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    crate::calendar::date_in_china(seconds)
}
