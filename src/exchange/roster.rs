//! A roster's overview: one row per person (one case), what a 医保办 asks of its staff's
//! points — the standing today and once decided (`restoration_pending` included), the
//! period's points and the next band, the next deadline and who must act — and the
//! same table as CSV (UTF-8 with a byte order mark, so that Excel opens it). The command
//! line (`jifen evaluate ROSTER.jsonl --overview`) and the roster page share it.
//!
//! ```
//! use chrono::NaiveDate;
//! use jifen::exchange::roster::{csv, Columns, Row};
//! use jifen::scoring::{evaluate, Lang};
//! use serde_json::json;
//!
//! let today = NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
//! let case = json!({"regime": "shanghai-2025", "title": "张医生", "incidents": [
//!     {"item": "13.3", "responsibility": "primary", "decided_on": "2025-11-20"}]});
//! let row = Row::of(1, &case, &evaluate(&case, today));
//! assert_eq!(row.person, "张医生");
//! assert_eq!(row.state.map(|s| s.code()), Some("suspended"));
//! let table = csv(&[row], Columns::Codes);
//! assert!(table.starts_with('\u{feff}'));
//! assert!(table.lines().nth(1).unwrap().contains("suspended"));
//! ```

use chrono::NaiveDate;
use serde_json::Value;

use super::xlsx::{self, Cell};
use crate::scoring::outcome::{Actor, Awaiting, Deadline, DeadlineKind, SanctionKind, State};
use crate::scoring::text::Lang;
use crate::scoring::{words, CaseError, Evaluation, RegimeId};

/// One person's row of the overview.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The person's line (or row) in the roster, from 1.
    pub line: usize,
    /// The case's `title`, else the line.
    pub person: String,
    pub regime: Option<RegimeId>,
    /// The standing on the day asked.
    pub state: Option<State>,
    /// What restores the person, with `restoration_pending`.
    pub awaiting: Option<Awaiting>,
    /// The standing once every decision of the case is made (the same as `state` when
    /// none is to come).
    pub once_decided: Option<State>,
    pub period: Option<String>,
    pub total: Option<u32>,
    /// The next band: the points to it, and its measure.
    pub next_band: Option<(u32, SanctionKind)>,
    /// The next deadline not yet met, on or after the day asked.
    pub next_deadline: Option<NextDeadline>,
    /// Every deadline not yet met, on or after the day asked, by due date.
    pub open: Vec<Deadline>,
    /// Why the person's case could not be computed.
    pub error: Option<CaseError>,
}

/// A deadline still to be met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextDeadline {
    pub kind: DeadlineKind,
    pub due: NaiveDate,
    pub actor: Actor,
}

impl Row {
    /// The row of the case on `line`, from its evaluation.
    pub fn of(line: usize, case: &Value, outcome: &Result<Evaluation, CaseError>) -> Row {
        let person = case
            .get("title")
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map_or_else(|| format!("#{line}"), str::to_string);
        let regime = case
            .get("regime")
            .and_then(Value::as_str)
            .and_then(RegimeId::parse);
        let mut row = Row {
            line,
            person,
            regime,
            state: None,
            awaiting: None,
            once_decided: None,
            period: None,
            total: None,
            next_band: None,
            next_deadline: None,
            open: Vec::new(),
            error: None,
        };
        match outcome {
            Err(error) => row.error = Some(error.clone()),
            Ok(r) => {
                let status = &r.status;
                row.regime = Some(r.regime);
                row.state = Some(status.state);
                row.awaiting = status.awaiting;
                row.once_decided =
                    Some(r.outlook.as_ref().map_or(status.state, |o| o.status.state));
                row.period = status.period.clone();
                row.total = status.total;
                row.next_band = status.next.as_ref().map(|n| (n.points_needed, n.measure));
                row.open = r
                    .deadlines
                    .iter()
                    .filter(|d| d.due >= r.as_of && d.done_on.is_none())
                    .cloned()
                    .collect();
                crate::calendar::sort_by_key(&mut row.open, |d| d.due);
                row.next_deadline = row.open.first().map(|d| NextDeadline {
                    kind: d.kind,
                    due: d.due,
                    actor: d.actor,
                });
            }
        }
        row
    }
}

/// How the CSV names things: by the spec's codes (for scripts), or in words (for a
/// spreadsheet read by people).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Columns {
    Codes,
    Words(Lang),
}

/// The overview as CSV (RFC 4180: CRLF, quoted where needed), UTF-8 with a byte order
/// mark so that Excel on Chinese Windows reads it as UTF-8.
pub fn csv<'a>(rows: impl IntoIterator<Item = &'a Row>, columns: Columns) -> String {
    let mut out = String::from('\u{feff}');
    push_record(&mut out, &header(columns));
    for row in rows {
        push_record(&mut out, &row_fields(row, columns));
    }
    out
}

/// The overview's column titles.
fn header(columns: Columns) -> Vec<String> {
    let header: [(&str, &str, &str); 13] = [
        ("line", "行", "Line"),
        ("person", "人员", "Person"),
        ("regime", "记分制度", "Regime"),
        ("state", "今日状态", "Standing today"),
        ("awaiting", "待恢复事项", "Awaiting"),
        ("once_decided", "决定后状态", "Once decided"),
        ("period", "记分周期", "Period"),
        ("total", "累计分值", "Points"),
        ("points_to_next", "距下一档", "Points to the next band"),
        ("next_measure", "下一档处理", "Next band's measure"),
        ("next_deadline", "下一期限", "Next deadline"),
        ("deadline_due", "期限日期", "Due"),
        ("actor", "由谁办理", "Who acts"),
    ];
    let title = |(code, zh, en): &(&str, &'static str, &'static str)| match columns {
        Columns::Codes => code.to_string(),
        Columns::Words(Lang::Zh) => zh.to_string(),
        Columns::Words(Lang::En) => en.to_string(),
    };
    let mut fields: Vec<String> = header.iter().map(title).collect();
    fields.push(match columns {
        Columns::Codes => "error".into(),
        Columns::Words(lang) => words::heading(crate::scoring::Text::fixed("错误", "error"))
            .get(lang)
            .to_string(),
    });
    fields
}

/// One row of [`csv`], alone (for a table written as it is computed).
pub fn record(row: &Row, columns: Columns) -> String {
    let mut out = String::new();
    push_record(&mut out, &row_fields(row, columns));
    out
}

fn row_fields(row: &Row, columns: Columns) -> Vec<String> {
    let info = row.regime.map(RegimeId::info);
    let say = |code: &str, text: Option<crate::scoring::Text>| match (columns, text) {
        (Columns::Codes, _) | (_, None) => code.to_string(),
        (Columns::Words(lang), Some(text)) => text.get(lang).to_string(),
    };
    let state = |s: State| say(s.code(), info.map(|i| words::state(i, s)));
    let optional = |v: Option<String>| v.unwrap_or_default();
    let deadline = row.next_deadline;
    let error = row.error.as_ref().map(|e| match columns {
        Columns::Codes => format!("{}: {}", e.code.as_str(), e.message().en),
        Columns::Words(lang) => e
            .text(crate::scoring::error::Style::Form)
            .get(lang)
            .to_string(),
    });
    vec![
        row.line.to_string(),
        row.person.clone(),
        row.regime.map_or_else(String::new, |r| match columns {
            Columns::Codes => r.as_str().to_string(),
            Columns::Words(_) => r.info().document.to_string(),
        }),
        optional(row.state.map(state)),
        optional(
            row.awaiting
                .map(|a| say(a.code(), Some(words::awaiting(a)))),
        ),
        optional(row.once_decided.map(state)),
        optional(row.period.clone()),
        optional(row.total.map(|t| t.to_string())),
        optional(row.next_band.map(|(points, _)| points.to_string())),
        optional(
            row.next_band
                .map(|(_, kind)| say(kind.code(), info.map(|i| words::sanction(i, kind)))),
        ),
        optional(deadline.map(|d| say(d.kind.code(), info.map(|i| words::deadline(i, d.kind))))),
        optional(deadline.map(|d| d.due.to_string())),
        optional(deadline.map(|d| say(actor_code(d.actor), Some(words::actor(d.actor))))),
        optional(error),
    ]
}

/// The overview as the first sheet of a workbook (`.xlsx`): the same columns as [`csv`],
/// with the line and the points as numbers and the due day as a date, so that Excel
/// sorts and filters them as such.
pub fn sheet<'a>(rows: impl IntoIterator<Item = &'a Row>, columns: Columns) -> xlsx::Sheet {
    let titles = header(columns);
    let widths = [
        6.0, 14.0, 22.0, 18.0, 14.0, 18.0, 10.0, 9.0, 9.0, 18.0, 18.0, 12.0, 10.0, 60.0,
    ];
    let mut out = vec![titles.into_iter().map(Cell::Text).collect::<Vec<_>>()];
    for row in rows {
        let typed = row_fields(row, columns)
            .into_iter()
            .enumerate()
            .map(|(i, text)| match i {
                _ if text.is_empty() => Cell::Empty,
                0 | 7 | 8 => text
                    .parse::<f64>()
                    .map_or(Cell::Text(text.clone()), Cell::Number),
                11 => {
                    crate::calendar::parse_day(&text).map_or(Cell::Text(text.clone()), Cell::Date)
                }
                _ => Cell::Text(text),
            })
            .collect();
        out.push(typed);
    }
    xlsx::Sheet {
        name: match columns {
            Columns::Words(Lang::Zh) => "总览".into(),
            _ => "Overview".into(),
        },
        columns: widths
            .iter()
            .map(|&width| xlsx::Column { width, text: false })
            .collect(),
        rows: out,
    }
}

/// What a 医保办 asks of its roster: who is (or is not) shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    /// Everyone.
    All,
    /// Suspended, terminated or (沪2023) in off-post training on the day asked.
    Sanctioned,
    /// `restoration_pending` on the day asked: the term is over, the act that restores
    /// the person is not.
    AwaitingRestoration,
    /// A deadline of the institution's own, not yet met, due on the day asked or within
    /// this many working days after it.
    InstitutionDue { working_days: u32 },
    /// At most this many points from the next band.
    NearBand { points: u32 },
    /// A case that could not be computed.
    Errors,
}

impl Filter {
    /// Whether the row is shown, as of `as_of`.
    pub fn keeps(self, row: &Row, as_of: NaiveDate) -> bool {
        match self {
            Filter::All => true,
            Filter::Sanctioned => matches!(
                row.state,
                Some(State::Suspended | State::Terminated | State::Training)
            ),
            Filter::AwaitingRestoration => row.state == Some(State::RestorationPending),
            Filter::InstitutionDue { working_days } => {
                institution_due(row, as_of, working_days).next().is_some()
            }
            Filter::NearBand { points } => {
                row.next_band.is_some_and(|(needed, _)| needed <= points)
            }
            Filter::Errors => row.error.is_some(),
        }
    }
}

/// The last day of the next `working_days` working days after `as_of` (`as_of` itself
/// for 0): where the calendar ends, its last covered day.
pub fn working_days_ahead(as_of: NaiveDate, working_days: u32) -> NaiveDate {
    if working_days == 0 {
        return as_of;
    }
    crate::calendar::working_days_after(as_of, working_days).map_or(NaiveDate::MAX, |r| r.date)
}

/// The institution's own deadlines of a row not yet met, due from `as_of` to the end of
/// the next `working_days` working days.
pub fn institution_due(
    row: &Row,
    as_of: NaiveDate,
    working_days: u32,
) -> impl Iterator<Item = &Deadline> {
    let until = working_days_ahead(as_of, working_days);
    row.open
        .iter()
        .filter(move |d| d.actor == Actor::Institution && d.due >= as_of && d.due <= until)
}

fn actor_code(actor: Actor) -> &'static str {
    match actor {
        Actor::Person => "person",
        Actor::Institution => "institution",
        Actor::Agency => "agency",
    }
}

/// One CSV record: fields quoted when they hold a comma, a quote or a line break (and a
/// leading `=`, `+`, `-` or `@` is kept from being read as a formula).
pub(crate) fn push_record(out: &mut String, fields: &[String]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let guarded = if field.starts_with(['=', '+', '-', '@']) {
            format!("'{field}")
        } else {
            field.clone()
        };
        if guarded.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&guarded.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&guarded);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::evaluate;
    use serde_json::json;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn a_row_says_today_once_decided_and_the_next_deadline() {
        // A notice of 2025-11-20 under 沪2025: the objection is due 10 WD later; once
        // decided, 9 points suspend.
        let case = json!({"regime": "shanghai-2025", "title": "李医生", "incidents": [
            {"item": "13.3", "responsibility": "primary", "notified_on": "2025-11-20"}]});
        let row = Row::of(3, &case, &evaluate(&case, day("2025-11-21")));
        assert_eq!(row.person, "李医生");
        assert_eq!(row.state, Some(State::Normal));
        assert_eq!(row.once_decided, Some(State::Suspended));
        let next = row.next_deadline.expect("a deadline");
        assert_eq!(
            (next.kind, next.due, next.actor),
            (DeadlineKind::Objection, day("2025-12-04"), Actor::Person)
        );
    }

    #[test]
    fn a_bad_case_is_a_row_with_its_error_and_nothing_else() {
        let case = json!({"regime": "shanghai-2025", "incidents": [{"item": "13.9", "decided_on": "2025-05-20"}]});
        let row = Row::of(7, &case, &evaluate(&case, day("2025-12-01")));
        assert_eq!(row.person, "#7");
        assert!(row.state.is_none());
        let text = csv(&[row], Columns::Words(Lang::Zh));
        let record = text.lines().nth(1).unwrap_or_default();
        assert!(record.starts_with("7,#7,沪医保规〔2025〕3号,"), "{record}");
        assert!(record.contains("没有条目 13.9"), "{record}");
    }

    #[test]
    fn awaiting_restoration_finds_a_term_over_without_the_act() {
        // 沪2025: 9 points decided 2025-04-15 suspend 04-16 … 06-15; with no request to
        // resume (第三十条), the person awaits restoration after the term, not normal.
        let case = |requests: serde_json::Value| {
            json!({"regime": "shanghai-2025", "title": "丙", "resumption_requests": requests,
                "incidents": [{"item": "13.3", "responsibility": "primary", "decided_on": "2025-04-15"}]})
        };
        let as_of = day("2025-06-16");
        let waiting = case(json!([]));
        let timely = case(json!([{"on": "2025-05-20"}]));
        let rows: Vec<Row> = [waiting, timely]
            .iter()
            .enumerate()
            .map(|(i, c)| Row::of(i + 1, c, &evaluate(c, as_of)))
            .collect();
        assert_eq!(rows[0].state, Some(State::RestorationPending));
        let kept: Vec<usize> = rows
            .iter()
            .filter(|r| Filter::AwaitingRestoration.keeps(r, as_of))
            .map(|r| r.line)
            .collect();
        assert_eq!(kept, [1]);
    }

    #[test]
    fn filters_find_what_a_yibaoban_asks() {
        // 沪2025: a final decision on 2025-11-20 of 9 points suspends; the institution must
        // update the registration within 第二十二条's days.
        let suspended = json!({"regime": "shanghai-2025", "title": "甲", "incidents": [
            {"item": "13.3", "responsibility": "primary", "decided_on": "2025-11-20"}]});
        let near = json!({"regime": "shanghai-2025", "title": "乙", "incidents": [
            {"item": "13.2", "responsibility": "primary", "decided_on": "2025-06-20"}]});
        let bad = json!({"regime": "shanghai-2025", "incidents": [{"item": "13.9", "decided_on": "2025-05-20"}]});
        let as_of = day("2025-11-21");
        let rows: Vec<Row> = [suspended, near, bad]
            .iter()
            .enumerate()
            .map(|(i, c)| Row::of(i + 1, c, &evaluate(c, as_of)))
            .collect();
        let shown = |f: Filter| {
            rows.iter()
                .filter(|r| f.keeps(r, as_of))
                .map(|r| r.line)
                .collect::<Vec<_>>()
        };
        assert_eq!(shown(Filter::All), [1, 2, 3]);
        assert_eq!(shown(Filter::Sanctioned), [1]);
        // 9 points: 1 from 沪2025's next band (10); 6: 3 from 9.
        assert_eq!(shown(Filter::NearBand { points: 3 }), [1, 2]);
        assert_eq!(shown(Filter::NearBand { points: 2 }), [1]);
        assert_eq!(shown(Filter::Errors), [3]);
        assert_eq!(shown(Filter::AwaitingRestoration), Vec::<usize>::new());
        let due: Vec<_> = rows[0]
            .open
            .iter()
            .filter(|d| d.actor == Actor::Institution)
            .collect();
        assert!(!due.is_empty(), "{:?}", rows[0].open);
        let first = due[0].due;
        // Within the window when it reaches the first institution deadline, not before.
        let needed = (0..30)
            .find(|&n| working_days_ahead(as_of, n) >= first)
            .unwrap();
        assert_eq!(
            shown(Filter::InstitutionDue {
                working_days: needed
            }),
            [1]
        );
        if needed > 0 {
            assert!(shown(Filter::InstitutionDue {
                working_days: needed - 1
            })
            .is_empty());
        }
        assert_eq!(working_days_ahead(day("2025-11-21"), 1), day("2025-11-24"));
    }

    #[test]
    fn the_sheet_has_numbers_and_dates_where_a_spreadsheet_wants_them() {
        let case = json!({"regime": "shanghai-2025", "title": "丙", "incidents": [
            {"item": "13.3", "responsibility": "primary", "notified_on": "2025-11-20"}]});
        let row = Row::of(4, &case, &evaluate(&case, day("2025-11-21")));
        let sheet = sheet([&row], Columns::Words(Lang::Zh));
        assert_eq!(sheet.rows[0][0], Cell::Text("行".into()));
        assert_eq!(sheet.rows[1][0], Cell::Number(4.0));
        assert_eq!(sheet.rows[1][1], Cell::Text("丙".into()));
        assert_eq!(sheet.rows[1][11], Cell::Date(day("2025-12-04")));
        let read = xlsx::read(&xlsx::write(&[sheet])).unwrap();
        assert_eq!(read.sheet, "总览");
        assert_eq!(read.rows[1].cells[0], (0, Cell::Number(4.0)));
    }

    #[test]
    fn fields_that_need_it_are_quoted_and_formulas_are_not_formulas() {
        let mut out = String::new();
        push_record(
            &mut out,
            &[
                "a,b".into(),
                "say \"hi\"".into(),
                "=SUM(A1)".into(),
                "plain".into(),
            ],
        );
        assert_eq!(out, "\"a,b\",\"say \"\"hi\"\"\",'=SUM(A1),plain\r\n");
    }
}
