//! JSON Lines: a roster of cases, one per line, answered line by line.
//!
//! Line N of the output answers line N of the input: the result as compact JSON, or
//! `{"error": {"code", "message", "message_zh", "path", "line": N}}`. A blank line
//! answers with a blank line, so that the two files stay aligned (`paste`, `jq`, a
//! spreadsheet). A line is read, evaluated, written and dropped before the next is
//! read: memory does not grow with the number of lines, only with the longest line,
//! and lines longer than [`MAX_LINE_BYTES`] are refused without being held.

use std::io::{self, BufRead, Read, Write};

use chrono::NaiveDate;
use serde::Serialize;

use serde_json::Value;

use crate::exchange::roster::{self, Columns, Row};
use crate::scoring::{CaseError, ErrorCode, Problem, Text};

/// The longest line read as a case (16 MiB; a case of 200 incidents is about 40 kB).
/// A longer line is answered with `invalid_json` and skipped without being held.
pub const MAX_LINE_BYTES: usize = 16 << 20;

/// What a run over a roster answered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Lines answered with a result.
    pub results: u64,
    /// Lines answered with an error (a read error, which ends the run, included).
    pub errors: u64,
    /// Blank lines, answered with a blank line.
    pub blank: u64,
}

impl Tally {
    /// The exit status: 0 when every line that holds a case was evaluated, 2 when any
    /// line was an error.
    pub fn status(&self) -> i32 {
        if self.errors == 0 {
            0
        } else {
            2
        }
    }
}

/// Evaluates every line of `input` and writes one line to `output` per input line, in
/// order. `source` names the input in the message of a read error (which is answered
/// as an error line and ends the run). `as_of`, when given, replaces each case's own
/// `as_of`, as `--as-of` does for a single case; `today` is used when neither is given.
///
/// Each answer is written to `output` before the next line is read (and `output` is
/// flushed when `flush_each` is set, for a program that feeds cases one at a time and
/// waits for each answer). An error of `output` ends the run and is returned.
///
/// ```
/// use chrono::NaiveDate;
/// use jifen::cli::evaluate_lines;
///
/// let roster = concat!(
///     r#"{"regime": "shanghai-2025", "incidents": []}"#, "\n",
///     "\n",
///     r#"{"regime": "nowhere", "incidents": []}"#, "\n",
/// );
/// let today = NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
/// let mut out = Vec::new();
/// let tally = evaluate_lines(&mut roster.as_bytes(), &mut out, "roster", None, today, false)
///     .unwrap();
/// assert_eq!((tally.results, tally.blank, tally.errors, tally.status()), (1, 1, 1, 2));
/// let out = String::from_utf8(out).unwrap();
/// let lines: Vec<&str> = out.lines().collect();
/// assert!(lines[0].starts_with(r#"{"regime":"shanghai-2025""#));
/// assert_eq!(lines[1], "");
/// assert!(lines[2].contains(r#""code":"unknown_regime""#) && lines[2].ends_with(r#""line":3}}"#));
/// ```
pub fn evaluate_lines(
    input: &mut dyn BufRead,
    output: &mut dyn Write,
    source: &str,
    as_of: Option<NaiveDate>,
    today: NaiveDate,
    flush_each: bool,
) -> io::Result<Tally> {
    run_lines(input, output, source, as_of, today, flush_each, None)
}

/// The roster's overview (`--overview`): one CSV row per person (a line holding a case),
/// the header first, in the columns of [`crate::exchange::roster`]; a line that is not a
/// case is a row with its error. Streamed as [`evaluate_lines`] is.
///
/// ```
/// use chrono::NaiveDate;
/// use jifen::cli::overview_lines;
/// use jifen::exchange::roster::Columns;
///
/// let roster = concat!(
///     r#"{"title": "张医生", "regime": "shanghai-2025", "incidents": []}"#, "\n",
///     "{oops\n",
/// );
/// let today = NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
/// let mut out = Vec::new();
/// let tally = overview_lines(&mut roster.as_bytes(), &mut out, "roster", None, today, Columns::Codes)
///     .unwrap();
/// assert_eq!(tally.status(), 2);
/// let out = String::from_utf8(out).unwrap();
/// let rows: Vec<&str> = out.lines().collect();
/// assert!(rows[0].starts_with("\u{feff}line,person,regime,state"));
/// assert!(rows[1].starts_with("1,张医生,shanghai-2025,normal"));
/// assert!(rows[2].starts_with("2,#2,,") && rows[2].contains("invalid_json"));
/// ```
pub fn overview_lines(
    input: &mut dyn BufRead,
    output: &mut dyn Write,
    source: &str,
    as_of: Option<NaiveDate>,
    today: NaiveDate,
    columns: Columns,
) -> io::Result<Tally> {
    // The header alone: `csv` of no rows.
    output.write_all(roster::csv(&[], columns).as_bytes())?;
    run_lines(input, output, source, as_of, today, false, Some(columns))
}

/// The loop of [`evaluate_lines`] and [`overview_lines`]: each line answered as JSON, or
/// as an overview row in `overview`'s columns.
fn run_lines(
    input: &mut dyn BufRead,
    output: &mut dyn Write,
    source: &str,
    as_of: Option<NaiveDate>,
    today: NaiveDate,
    flush_each: bool,
    overview: Option<Columns>,
) -> io::Result<Tally> {
    let mut tally = Tally::default();
    // Both buffers are reused: they grow to the longest line and answer, no further.
    let mut line = Vec::new();
    let mut answer = Vec::new();
    let mut number: u64 = 0;
    loop {
        number += 1;
        line.clear();
        answer.clear();
        let (answered, go_on) = match read_line(input, &mut line) {
            Ok(Got::End) => break,
            Ok(Got::Line) => (
                answer_line(&line, number, as_of, today, overview, &mut answer)?,
                true,
            ),
            Ok(Got::TooLong) => {
                let error = CaseError::new(
                    ErrorCode::InvalidJson,
                    "",
                    Problem::Said(Text::new(
                        format!("该行超过 {MAX_LINE_BYTES} 字节，不作为案例读取"),
                        format!(
                            "the line is longer than {MAX_LINE_BYTES} bytes: it is not read as a case"
                        ),
                    )),
                );
                (Answer::Error(error), true)
            }
            // The input cannot be read further: say where, and stop after this answer.
            Err(e) => {
                let error = CaseError::new(
                    ErrorCode::InvalidJson,
                    "",
                    Problem::Said(Text::new(
                        format!("无法读取 {source} 的第 {number} 行：{e}"),
                        format!("cannot read line {number} of {source}: {e}"),
                    )),
                );
                (Answer::Error(error), false)
            }
        };
        match answered {
            Answer::Blank => tally.blank += 1,
            Answer::Result | Answer::Row { error: false } => tally.results += 1,
            Answer::Row { error: true } => tally.errors += 1,
            Answer::Error(error) => {
                tally.errors += 1;
                answer.clear();
                match overview {
                    None => write_error(&mut answer, &error, number)?,
                    // A line that holds no case is still a row: its line and its error.
                    Some(columns) => {
                        let row = Row::of(row_number(number), &Value::Null, &Err(error));
                        answer.extend_from_slice(roster::record(&row, columns).as_bytes());
                    }
                }
            }
        }
        // JSON Lines answer every line, a blank one with a blank one, so that the two
        // files stay aligned; an overview's rows end themselves, and a blank line has none.
        if overview.is_none() {
            answer.push(b'\n');
        }
        output.write_all(&answer)?;
        if flush_each {
            output.flush()?;
        }
        if !go_on {
            break;
        }
    }
    output.flush()?;
    Ok(tally)
}

/// What reading one line found.
enum Got {
    End,
    Line,
    TooLong,
}

/// Reads one line (its `\n` included) into `line`, holding at most
/// [`MAX_LINE_BYTES`] + 1 bytes of it.
fn read_line(input: &mut dyn BufRead, line: &mut Vec<u8>) -> io::Result<Got> {
    let limit = MAX_LINE_BYTES as u64 + 1;
    let n = (&mut *input).take(limit).read_until(b'\n', line)?;
    if n == 0 {
        return Ok(Got::End);
    }
    if line.last() != Some(&b'\n') && line.len() > MAX_LINE_BYTES {
        // Drop the rest of the line without keeping it.
        line.clear();
        input.skip_until(b'\n')?;
        return Ok(Got::TooLong);
    }
    Ok(Got::Line)
}

/// How a line was answered; a result is already serialised into the answer buffer (a
/// result that cannot be serialised is an error of the output, as for a single case).
enum Answer {
    Blank,
    Result,
    Error(CaseError),
    /// An overview's row, already in the answer buffer: of a case, or of one that could
    /// not be computed (its title and regime known).
    Row {
        error: bool,
    },
}

fn answer_line(
    line: &[u8],
    number: u64,
    as_of: Option<NaiveDate>,
    today: NaiveDate,
    overview: Option<Columns>,
    answer: &mut Vec<u8>,
) -> io::Result<Answer> {
    // A file saved by Windows Notepad may start with a byte order mark.
    let line = match line.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) if number == 1 => rest,
        _ => line,
    };
    let text = match std::str::from_utf8(line) {
        Ok(text) => text,
        Err(e) => {
            return Ok(Answer::Error(CaseError::new(
                ErrorCode::InvalidJson,
                "",
                Problem::Said(Text::new(
                    format!("该行不是 UTF-8 文本（{e}）；请将文件另存为 UTF-8 编码"),
                    format!("the line is not UTF-8 text ({e}); save the roster as UTF-8"),
                )),
            )))
        }
    };
    if text.trim().is_empty() {
        return Ok(Answer::Blank);
    }
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            // Within one line serde's "at line 1 column C" would mislead: keep the column.
            let what = match Problem::not_json(&e) {
                Problem::NotJson { what, .. } => what,
                _ => e.to_string(),
            };
            return Ok(Answer::Error(CaseError::new(
                ErrorCode::InvalidJson,
                "",
                Problem::LineNotJson {
                    what,
                    column: e.column(),
                },
            )));
        }
    };
    let outcome = super::evaluate_value(&value, as_of, today);
    if let Some(columns) = overview {
        let row = Row::of(row_number(number), &value, &outcome);
        answer.extend_from_slice(roster::record(&row, columns).as_bytes());
        return Ok(Answer::Row {
            error: outcome.is_err(),
        });
    }
    Ok(match outcome {
        Ok(result) => {
            serde_json::to_writer(&mut *answer, &super::Titled::of(&value, &result))?;
            Answer::Result
        }
        Err(error) => Answer::Error(error),
    })
}

/// A line's number as a row's.
fn row_number(number: u64) -> usize {
    usize::try_from(number).unwrap_or(usize::MAX)
}

/// `{"error": {"code", "message", "message_zh", "path", "line"}}`, compact.
fn write_error(answer: &mut Vec<u8>, error: &CaseError, line: u64) -> io::Result<()> {
    #[derive(Serialize)]
    struct Located<'a> {
        #[serde(flatten)]
        error: &'a CaseError,
        line: u64,
    }
    #[derive(Serialize)]
    struct Wrapped<'a> {
        error: Located<'a>,
    }
    serde_json::to_writer(
        answer,
        &Wrapped {
            error: Located { error, line },
        },
    )?;
    Ok(())
}
