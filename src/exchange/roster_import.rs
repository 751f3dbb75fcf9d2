//! A roster file read into people's cases: a sheet or CSV in the layout of
//! [`super::roster_layout`] (one row per incident, a person column), or JSON Lines (one
//! case per line, as `jifen evaluate` reads). Nothing is dropped silently: a problem is
//! said with its row and column, the person's case is then not computed (a standing
//! without one of the person's incidents would understate it), and everyone else's is.
//! The file itself is only read.
//!
//! ```
//! use jifen::exchange::roster_import::import;
//!
//! let csv = "人员,记分制度,违规条目,记分决定日期,责任程度\n\
//!            张医生,shanghai-2025,13.3,2025/5/20,主要责任\n\
//!            李医生,shanghai-2025,13.9,2025-06-01,一般\n\
//!            张医生,jining-2024,4.2.1,2025-07-01,\n";
//! let roster = import(csv.as_bytes(), &|_| None).unwrap();
//! assert_eq!(roster.people.len(), 2);
//! let zhang = &roster.people[0];
//! assert_eq!(zhang.case["incidents"][0]["decided_on"], "2025-05-20");
//! // A second regime for 张医生, on row 4, column B.
//! assert_eq!(zhang.problems[0].row, 4);
//! assert_eq!(zhang.problems[0].column.as_deref(), Some("B"));
//! ```

use std::collections::HashMap;

use chrono::NaiveDate;
use serde_json::{json, Value};

use super::roster::Row as Overview;
use super::roster_layout::{self as layout, cell_text, Column, Scope};
use super::table::{self, Encoding, Source};
use super::xlsx::{column_letters, Cell};
use crate::scoring::case::Field;
use crate::scoring::error::Style;
use crate::scoring::{evaluate, CaseError, ErrorCode, Problem, RegimeId, Text};

/// A problem, where it is: the row (or line) and the column (letters, as Excel shows
/// them), and the column's header (or, in JSON Lines, the field's path).
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    pub row: usize,
    pub column: Option<String>,
    pub header: Option<Text>,
    pub message: Text,
}

impl Located {
    /// Where, in words: `第 5 行 D 列（记分决定日期）`, `row 5, column D (Decision date)`.
    pub fn place(&self) -> Text {
        let header = |lang| {
            self.header
                .as_ref()
                .map(|h: &Text| match lang {
                    0 => format!("（{}）", h.zh),
                    _ => format!(" ({})", h.en),
                })
                .unwrap_or_default()
        };
        match &self.column {
            Some(c) => Text::new(
                format!("第 {} 行 {c} 列{}", self.row, header(0)),
                format!("row {}, column {c}{}", self.row, header(1)),
            ),
            None => Text::new(
                format!("第 {} 行{}", self.row, header(0)),
                format!("row {}{}", self.row, header(1)),
            ),
        }
    }

    /// The place and the message: `第 5 行 D 列（记分决定日期）：…`.
    pub fn text(&self) -> Text {
        let place = self.place();
        Text::new(
            format!("{}：{}", place.zh, self.message.zh),
            format!("{}: {}", words_capitalised(&place.en), self.message.en),
        )
    }
}

fn words_capitalised(text: &str) -> String {
    crate::scoring::words::capitalised(text)
}

/// The kind of file read.
#[derive(Debug, Clone, PartialEq)]
pub enum Format {
    Xlsx { sheet: String },
    Csv(Encoding),
    Lines(Encoding),
}

impl Format {
    /// What was read, in words: `Excel 工作簿（工作表“名单”）`, `CSV（GBK）`.
    pub fn describe(&self) -> Text {
        match self {
            Format::Xlsx { sheet } => Text::new(
                format!("Excel 工作簿（工作表“{sheet}”）"),
                format!("Excel workbook (sheet “{sheet}”)"),
            ),
            Format::Csv(e) => Text::new(
                format!("CSV（{}）", e.name()),
                format!("CSV ({})", e.name()),
            ),
            Format::Lines(e) => Text::new(
                format!("JSON Lines（{}）", e.name()),
                format!("JSON Lines ({})", e.name()),
            ),
        }
    }
}

/// One person of the roster.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub name: String,
    /// The row (or line) the person first appears on.
    pub row: usize,
    /// The person's case, in the spec's format (with `title`).
    pub case: Value,
    /// What keeps the case from being computed, each at its cell.
    pub problems: Vec<Located>,
    /// The row of each incident of the case, in order.
    incident_rows: Vec<usize>,
    /// The row each of the person's own facts (and the regime) came from.
    field_rows: Vec<(Column, usize)>,
}

/// A roster as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Roster {
    pub format: Format,
    pub people: Vec<Person>,
    /// What was not read, and why (a column the layout does not have, a row without a
    /// person): the rest was read.
    pub notes: Vec<Located>,
    /// The columns read, by their index in the file.
    columns: Vec<(usize, Column)>,
}

fn said(zh: String, en: String) -> Text {
    Text::new(zh, en)
}

/// Reads a roster file (the bytes as given; GBK text decoded by `gbk`).
pub fn import(bytes: &[u8], gbk: &dyn Fn(&[u8]) -> Option<String>) -> Result<Roster, Text> {
    match table::open(bytes, gbk)? {
        Source::Lines { text, encoding } => Ok(lines(&text, encoding)),
        Source::Grid {
            rows,
            encoding,
            sheet,
        } => {
            let format = match (sheet, encoding) {
                (Some(sheet), _) => Format::Xlsx { sheet },
                (None, e) => Format::Csv(e.unwrap_or(Encoding::Utf8)),
            };
            grid(rows, format)
        }
    }
}

/// A roster in JSON Lines: each line that is not blank is one person's case.
pub fn lines(text: &str, encoding: Encoding) -> Roster {
    let mut people = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let number = i + 1;
        let line = line.strip_prefix('\u{feff}').unwrap_or(line);
        if line.trim().is_empty() {
            continue;
        }
        let (case, problems) = match serde_json::from_str::<Value>(line) {
            Ok(case) => (case, Vec::new()),
            Err(e) => {
                let what = match Problem::not_json(&e) {
                    Problem::NotJson { what, .. } => what,
                    _ => e.to_string(),
                };
                let problem = Problem::LineNotJson {
                    what,
                    column: e.column(),
                };
                let located = Located {
                    row: number,
                    column: None,
                    header: None,
                    message: problem.text(Style::Form),
                };
                (Value::Null, vec![located])
            }
        };
        let name = case
            .get("title")
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map_or_else(|| format!("#{number}"), str::to_string);
        people.push(Person {
            name,
            row: number,
            case,
            problems,
            incident_rows: Vec::new(),
            field_rows: Vec::new(),
        });
    }
    Roster {
        format: Format::Lines(encoding),
        people,
        notes: Vec::new(),
        columns: Vec::new(),
    }
}

/// A person as the rows are read.
struct Building {
    name: String,
    row: usize,
    regime: Option<(RegimeId, usize, String)>,
    own: Vec<(Column, usize, Cell)>,
    incidents: Vec<(usize, Vec<(Column, Cell)>)>,
    problems: Vec<Located>,
}

/// A roster in the layout: the header row is the first of the first ten rows that names
/// the person column and at least one other of the layout's.
fn grid(rows: Vec<table::Row>, format: Format) -> Result<Roster, Text> {
    let header_at = rows
        .iter()
        .take(10)
        .position(|r| {
            let found: Vec<Column> = r
                .cells
                .iter()
                .filter_map(|c| Column::from_header(&cell_text(c)))
                .collect();
            found.contains(&Column::Person) && found.len() >= 2
        })
        .ok_or_else(|| {
            said(
                "找不到表头：第一行应为列名，至少包括“人员”和“记分制度”（可下载模板参照）".into(),
                "no header row found: the first row should name the columns, at least “Person” and “Regime” (download the template to see the layout)".into(),
            )
        })?;
    let mut notes = Vec::new();
    let header = &rows[header_at];
    let mut columns: Vec<(usize, Column)> = Vec::new();
    for (i, cell) in header.cells.iter().enumerate() {
        let text = cell_text(cell);
        let letters = column_letters(i as u32);
        match Column::from_header(&text) {
            Some(c) if columns.iter().any(|(_, d)| *d == c) => notes.push(Located {
                row: header.number,
                column: Some(letters),
                header: Some(Text::new(text.clone(), text)),
                message: Text::fixed(
                    "此列与前面的列同名，未读取",
                    "this column repeats an earlier one's name and is not read",
                ),
            }),
            Some(c) => columns.push((i, c)),
            None if text.is_empty() => {}
            None => notes.push(Located {
                row: header.number,
                column: Some(letters),
                header: Some(Text::new(text.clone(), text)),
                message: Text::fixed(
                    "不是名单的列，未读取",
                    "not a column of the layout: not read",
                ),
            }),
        }
    }
    if !columns
        .iter()
        .any(|(_, c)| *c == Column::Field(Field::Regime))
    {
        return Err(Text::fixed(
            "缺少“记分制度”列：每人须注明适用的制度（可下载模板参照）",
            "the “Regime” column is missing: each person's regime must be given (download the template to see the layout)",
        ));
    }
    let mut building: Vec<Building> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut current: Option<usize> = None;
    let person_column = columns
        .iter()
        .find(|(_, c)| *c == Column::Person)
        .map_or(0, |(i, _)| *i);
    for row in &rows[header_at + 1..] {
        let cell = |i: usize| row.cells.get(i).cloned().unwrap_or(Cell::Empty);
        let read: Vec<(Column, Cell)> = columns
            .iter()
            .map(|&(i, c)| (c, cell(i)))
            .filter(|(_, v)| !cell_text(v).is_empty())
            .collect();
        if read.is_empty() {
            continue;
        }
        let name = cell_text(&cell(person_column));
        let index = if name.is_empty() {
            match current {
                Some(index) => index,
                None => {
                    notes.push(Located {
                        row: row.number,
                        column: Some(column_letters(person_column as u32)),
                        header: Some(Column::Person.header()),
                        message: Text::fixed(
                            "没有人员：此行未读取",
                            "no person: this row is not read",
                        ),
                    });
                    continue;
                }
            }
        } else {
            *by_name.entry(name.clone()).or_insert_with(|| {
                building.push(Building {
                    name: name.clone(),
                    row: row.number,
                    regime: None,
                    own: Vec::new(),
                    incidents: Vec::new(),
                    problems: Vec::new(),
                });
                building.len() - 1
            })
        };
        current = Some(index);
        let person = &mut building[index];
        let at = |c: Column| {
            let i = columns.iter().find(|(_, d)| *d == c).map_or(0, |(i, _)| *i);
            (Some(column_letters(i as u32)), Some(c.header()))
        };
        let mut incident = Vec::new();
        for (column, value) in read {
            match column.scope() {
                Scope::Person => {}
                Scope::Regime => {
                    let text = cell_text(&value);
                    let (letters, header) = at(column);
                    match (layout::regime_of(&text), &person.regime) {
                        (None, _) => person.problems.push(Located {
                            row: row.number,
                            column: letters,
                            header,
                            message: unknown_regime(&text),
                        }),
                        (Some(r), Some((first, first_row, first_text))) if r != *first => {
                            person.problems.push(Located {
                                row: row.number,
                                column: letters,
                                header,
                                message: Text::new(
                                    format!("一人只适用一种记分制度：第 {first_row} 行为“{first_text}”，此行为“{text}”"),
                                    format!("a person has one regime: row {first_row} says “{first_text}”, this row “{text}”"),
                                ),
                            })
                        }
                        (Some(_), Some(_)) => {}
                        (Some(r), None) => person.regime = Some((r, row.number, text)),
                    }
                }
                Scope::Case => {
                    let earlier = person.own.iter().find(|(c, _, _)| *c == column);
                    match earlier {
                        Some((_, first_row, first)) if cell_text(first) != cell_text(&value) => {
                            let (letters, header) = at(column);
                            person.problems.push(Located {
                                row: row.number,
                                column: letters,
                                header,
                                message: Text::new(
                                    format!(
                                        "此项每人填写一次：第 {first_row} 行已为“{}”",
                                        cell_text(first)
                                    ),
                                    format!(
                                        "given once per person: row {first_row} already says “{}”",
                                        cell_text(first)
                                    ),
                                ),
                            });
                        }
                        Some(_) => {}
                        None => person.own.push((column, row.number, value)),
                    }
                }
                Scope::Incident => incident.push((column, value)),
            }
        }
        if !incident.is_empty() {
            person.incidents.push((row.number, incident));
        }
    }
    let people = building.into_iter().map(|b| build(b, &columns)).collect();
    Ok(Roster {
        format,
        people,
        notes,
        columns,
    })
}

fn unknown_regime(text: &str) -> Text {
    let known: Vec<String> = RegimeId::ALL
        .iter()
        .map(|r| format!("{}（{}）", r.as_str(), r.info().document))
        .collect();
    Text::new(
        format!("没有名为“{text}”的记分制度；可填：{}", known.join("、")),
        format!("there is no regime “{text}”; one of: {}", known.join(", ")),
    )
}

/// The case of a person read from rows.
fn build(b: Building, columns: &[(usize, Column)]) -> Person {
    let mut problems = b.problems;
    let regime = b.regime.as_ref().map(|(r, _, _)| *r);
    let mut case = serde_json::Map::new();
    case.insert("title".into(), json!(b.name));
    let mut field_rows = Vec::new();
    match &b.regime {
        Some((r, row, _)) => {
            case.insert("regime".into(), json!(r.as_str()));
            field_rows.push((Column::Field(Field::Regime), *row));
        }
        None if problems.is_empty() => {
            let letters = columns
                .iter()
                .find(|(_, c)| *c == Column::Field(Field::Regime))
                .map(|(i, _)| column_letters(*i as u32));
            problems.push(Located {
                row: b.row,
                column: letters,
                header: Some(Column::Field(Field::Regime).header()),
                message: Text::fixed(
                    "未注明此人适用的记分制度",
                    "this person's regime is not given",
                ),
            });
        }
        None => {}
    }
    for (column, row, cell) in &b.own {
        if let (Column::Field(f), Some(v)) = (column, layout::value(*column, cell, regime)) {
            case.insert(f.key().into(), v);
            field_rows.push((*column, *row));
        }
    }
    let mut incidents = Vec::new();
    let mut incident_rows = Vec::new();
    for (row, cells) in &b.incidents {
        let mut incident = serde_json::Map::new();
        incident.insert("id".into(), json!(row.to_string()));
        for (column, cell) in cells {
            if let (Column::Field(f), Some(v)) = (column, layout::value(*column, cell, regime)) {
                let key = match (f, &v) {
                    (Field::Item, Value::Array(_)) => "items",
                    _ => f.key(),
                };
                incident.insert(key.into(), v);
            }
        }
        incidents.push(Value::Object(incident));
        incident_rows.push(*row);
    }
    case.insert("incidents".into(), Value::Array(incidents));
    Person {
        name: b.name,
        row: b.row,
        case: Value::Object(case),
        problems,
        incident_rows,
        field_rows,
    }
}

impl Roster {
    /// Where the case's error points, in the file: its field's row and column.
    pub fn locate(&self, person: &Person, error: &CaseError) -> Located {
        let message = error.text(Style::Form);
        if self.columns.is_empty() {
            // JSON Lines: the line, and the field's path within it.
            return Located {
                row: person.row,
                column: None,
                header: (!error.path.is_empty())
                    .then(|| Text::new(error.path.clone(), error.path.clone())),
                message,
            };
        }
        let path = error.path.as_str();
        let head = path.split(['.', '[']).next().unwrap_or("");
        let (row, field) = if head == "incidents" {
            let index = path
                .strip_prefix("incidents[")
                .and_then(|r| r.split(']').next())
                .and_then(|i| i.parse::<usize>().ok());
            let field = path
                .split_once("].")
                .map(|(_, f)| f.split(['.', '[']).next().unwrap_or(""));
            let row = index.and_then(|i| person.incident_rows.get(i).copied());
            (row, field)
        } else {
            let column = Field::from_key(head).map(Column::Field);
            let row = person
                .field_rows
                .iter()
                .find(|(c, _)| Some(*c) == column)
                .map(|(_, r)| *r);
            (row, Some(head))
        };
        let column = field
            .and_then(Field::from_key)
            .map(|f| if f == Field::Items { Field::Item } else { f })
            .map(Column::Field);
        let letters = column.and_then(|c| {
            self.columns
                .iter()
                .find(|(_, d)| *d == c)
                .map(|(i, _)| column_letters(*i as u32))
        });
        Located {
            row: row.unwrap_or(person.row),
            column: letters,
            header: column.map(Column::header),
            message,
        }
    }

    /// Every person's overview row, as of `as_of`, with the problem that kept the case
    /// from being computed (then also in the row's error, with its place).
    pub fn overview(&self, as_of: NaiveDate) -> Vec<(Overview, Option<Located>)> {
        self.people
            .iter()
            .map(|person| {
                let outcome = match person.problems.first() {
                    Some(problem) => Err(CaseError::new(
                        ErrorCode::InvalidValue,
                        "",
                        Problem::Said(problem.text()),
                    )),
                    None => evaluate(&person.case, as_of),
                };
                let located = match &outcome {
                    Err(e) if person.problems.is_empty() => Some(self.locate(person, e)),
                    Err(_) => person.problems.first().cloned(),
                    Ok(_) => None,
                };
                let mut row = Overview::of(person.row, &person.case, &outcome);
                row.person.clone_from(&person.name);
                if let (Some(located), Some(error)) = (&located, row.error.as_mut()) {
                    *error = CaseError::new(
                        error.code,
                        error.path.clone(),
                        Problem::Said(located.text()),
                    );
                }
                (row, located)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn rows_become_cases_and_problems_name_their_cells() {
        let csv = "名单 2025,,\n\
                   人员,记分制度,违规条目,记分决定日期,责任程度,科室,资格恢复申请\n\
                   张医生,shanghai-2025,13.3,2025/5/20,主要责任,内科,2025-07-01\n\
                   ,,13.2,2025-09-15,一般,,\n\
                   李医生,shanghai-2025,13.9,2025-06-01,一般,,\n\
                   王医生,沪医保规〔2025〕3号,13.2,2025-02-30,一般,,\n\
                   赵医生,beijing,13.2,2025-06-01,一般,,\n\
                   钱医生,shanghai-2025,,,,,2025-07-01\n\
                   钱医生,,,,,,2025-08-01\n";
        let roster = import(csv.as_bytes(), &|_| None).unwrap();
        // 科室 is not read, and said so.
        assert_eq!(roster.notes.len(), 1);
        assert_eq!(
            (roster.notes[0].row, roster.notes[0].column.as_deref()),
            (2, Some("F"))
        );
        let names: Vec<&str> = roster.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["张医生", "李医生", "王医生", "赵医生", "钱医生"]);
        let zhang = &roster.people[0];
        assert_eq!(
            zhang.case,
            json!({"title": "张医生", "regime": "shanghai-2025",
                "resumption_requests": [{"on": "2025-07-01"}],
                "incidents": [
                    {"id": "3", "item": "13.3", "decided_on": "2025-05-20", "responsibility": "primary"},
                    {"id": "4", "item": "13.2", "decided_on": "2025-09-15", "responsibility": "general"}]})
        );
        let rows = roster.overview(day("2025-12-01"));
        assert!(rows[0].1.is_none(), "{:?}", rows[0].1);
        // The core's errors, at their cells.
        let place = |i: usize| {
            rows[i]
                .1
                .as_ref()
                .map(|l| (l.row, l.column.clone().unwrap_or_default()))
        };
        assert_eq!(place(1), Some((5, "C".into())));
        assert_eq!(place(2), Some((6, "D".into())));
        assert!(rows[1]
            .0
            .error
            .as_ref()
            .unwrap()
            .text(Style::Form)
            .zh
            .starts_with("第 5 行 C 列（违规条目）："));
        // The layout's own: an unknown regime, a fact given twice differently.
        assert_eq!(place(3), Some((7, "B".into())));
        assert_eq!(place(4), Some((9, "G".into())));
        assert_eq!(
            roster.people[4].problems[0].message.zh,
            "此项每人填写一次：第 8 行已为“2025-07-01”"
        );
    }

    #[test]
    fn a_file_without_the_layouts_header_says_so() {
        assert!(import("a,b\n1,2\n".as_bytes(), &|_| None).is_err());
        let e = import("人员,违规条目\n张,13.2\n".as_bytes(), &|_| None).unwrap_err();
        assert!(e.zh.contains("记分制度"));
    }

    #[test]
    fn json_lines_keep_their_line_numbers() {
        let text = "{\"regime\": \"jining-2024\", \"title\": \"甲\", \"incidents\": []}\n\n{\"regime\": \"jining-2024\", \"incidents\": [{\"item\": \"9.9\", \"decided_on\": \"2025-01-02\"}]}\n{oops\n";
        let roster = import(text.as_bytes(), &|_| None).unwrap();
        assert_eq!(roster.people.len(), 3);
        let rows = roster.overview(day("2025-12-01"));
        assert_eq!(rows[0].0.person, "甲");
        let second = rows[1].1.as_ref().unwrap();
        assert_eq!(
            (second.row, second.header.as_ref().map(|h| h.en.as_ref())),
            (3, Some("incidents[0].item"))
        );
        assert_eq!(rows[2].0.person, "#4");
        assert_eq!(rows[2].1.as_ref().unwrap().row, 4);
    }
}
