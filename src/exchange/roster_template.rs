//! The roster's template: the layout of [`super::roster_layout`] filled with a few
//! people, as CSV (UTF-8 with a byte order mark), as an Excel workbook (with a second
//! sheet saying how each column is filled in) and as JSON Lines. Each reads back as the
//! same cases (`tests/roster.rs`).

use super::roster_import::import;
use super::roster_layout::{Column, Kind, COLUMNS};
use super::xlsx::{self, Cell};
use crate::scoring::case::Field;
use crate::scoring::text::{Lang, Text};

/// The template's people, each row as (column, value).
pub fn rows() -> Vec<Vec<(Column, &'static str)>> {
    use Column::Person;
    let f = Column::Field;
    vec![
        vec![
            (Person, "张医生"),
            (f(Field::Regime), "shanghai-2025"),
            (f(Field::Item), "13.3"),
            (f(Field::DecidedOn), "2025-05-20"),
            (f(Field::NotifiedOn), "2025-05-06"),
            (f(Field::Responsibility), "主要责任"),
            (f(Field::Site), "本院"),
            (f(Field::ResumptionRequests), "2025-07-01"),
        ],
        vec![
            (Person, "张医生"),
            (f(Field::Regime), "shanghai-2025"),
            (f(Field::Item), "13.2"),
            (f(Field::DecidedOn), "2025-09-15"),
            (f(Field::Responsibility), "一般责任"),
        ],
        vec![
            (Person, "李医生"),
            (f(Field::Regime), "沪医保规〔2025〕3号"),
            (f(Field::Item), "13.4.1"),
            (f(Field::NotifiedOn), "2025-11-20"),
            (f(Field::Responsibility), "重要责任"),
            (f(Field::Note), "告知书已收到，尚未决定"),
        ],
        vec![
            (Person, "王医生"),
            (f(Field::Regime), "jining-2024"),
            (f(Field::Points), "3"),
            (f(Field::DecidedOn), "2025-03-10"),
            (f(Field::History), "2024: 9"),
        ],
        vec![(Person, "赵医生"), (f(Field::Regime), "shanghai-2025")],
        vec![
            (Person, "陈医生"),
            (f(Field::Regime), "wenzhou-2014"),
            (f(Field::Item), "17.1"),
            (f(Field::DecidedOn), "2025-04-08"),
            (f(Field::AgreementStart), "2024-07-01"),
        ],
    ]
}

/// The template as text: the header in `lang`, then each row's cells.
pub fn table(lang: Lang) -> Vec<Vec<String>> {
    let mut out = vec![COLUMNS
        .iter()
        .map(|c| c.header().get(lang).to_string())
        .collect::<Vec<_>>()];
    for row in rows() {
        out.push(
            COLUMNS
                .iter()
                .map(|c| {
                    row.iter()
                        .find(|(col, _)| col == c)
                        .map_or_else(String::new, |(_, v)| v.to_string())
                })
                .collect(),
        );
    }
    out
}

/// The template as CSV, UTF-8 with a byte order mark (Excel opens it as such).
pub fn csv(lang: Lang) -> String {
    let mut out = String::from('\u{feff}');
    for record in table(lang) {
        super::roster::push_record(&mut out, &record);
    }
    out
}

/// The template as an Excel workbook: dates as date cells, items and names as text, and
/// a second sheet that says how each column is filled in.
pub fn xlsx(lang: Lang) -> Vec<u8> {
    let columns: Vec<xlsx::Column> = COLUMNS
        .iter()
        .map(|c| xlsx::Column {
            width: (c.header().get(lang).chars().count() as f64 * 1.6).clamp(10.0, 28.0),
            text: !matches!(c.kind(), Kind::Date | Kind::Whole | Kind::Amount),
        })
        .collect();
    let rows = table(lang)
        .into_iter()
        .enumerate()
        .map(|(r, record)| {
            record
                .into_iter()
                .zip(COLUMNS)
                .map(|(text, column)| match (r, column.kind()) {
                    (_, _) if text.is_empty() => Cell::Empty,
                    (0, _) => Cell::Text(text),
                    (_, Kind::Date) => crate::calendar::parse_day(&text)
                        .map_or(Cell::Text(text.clone()), Cell::Date),
                    (_, Kind::Whole | Kind::Amount) => text
                        .parse::<f64>()
                        .map_or(Cell::Text(text.clone()), Cell::Number),
                    _ => Cell::Text(text),
                })
                .collect()
        })
        .collect();
    let title = |t: Text| t.get(lang).to_string();
    let help = xlsx::Sheet {
        name: title(Text::fixed("填写说明", "How to fill it in")),
        columns: vec![
            xlsx::Column {
                width: 24.0,
                text: true,
            },
            xlsx::Column {
                width: 18.0,
                text: true,
            },
            xlsx::Column {
                width: 90.0,
                text: true,
            },
        ],
        rows: std::iter::once(vec![
            Cell::Text(title(Text::fixed("列", "Column"))),
            Cell::Text(title(Text::fixed("也可写作", "Also read as"))),
            Cell::Text(title(Text::fixed("填写方式", "How"))),
        ])
        .chain(COLUMNS.iter().map(|c| {
            vec![
                Cell::Text(c.header().get(lang).to_string()),
                Cell::Text(c.key().to_string()),
                Cell::Text(c.how().get(lang).to_string()),
            ]
        }))
        .collect(),
    };
    xlsx::write(&[
        xlsx::Sheet {
            name: title(Text::fixed("名单", "Roster")),
            columns,
            rows,
        },
        help,
    ])
}

/// The template as JSON Lines: one case per person, as the command line reads them (the
/// cases the CSV template reads as).
pub fn lines(lang: Lang) -> String {
    let mut out = String::new();
    if let Ok(roster) = import(csv(lang).as_bytes(), &|_| None) {
        for person in roster.people {
            out.push_str(&person.case.to_string());
            out.push('\n');
        }
    }
    out
}
