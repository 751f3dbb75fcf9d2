//! A 医保办's roster read from every format the roster page takes, to the same cases:
//! the template as CSV (UTF-8 with BOM, and GBK as Excel on Chinese Windows saves it),
//! as an Excel workbook and as JSON Lines. Workbooks are checked against other programs'
//! readers and writers: ours open in calamine, rust_xlsxwriter's open here. A roster of
//! 300 people with bad rows: each problem at its row and column, everyone else computed.

use calamine::{Data, Reader, Xlsx};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use icalendar::{Calendar, CalendarComponent, Component};
use jifen::exchange::ics::{roster_calendar, PersonDeadline};
use jifen::exchange::roster::{sheet, Columns, Filter};
use jifen::exchange::roster_import::{import, Format, Roster};
use jifen::exchange::table::Encoding;
use jifen::exchange::{roster_template, xlsx};
use jifen::scoring::outcome::Actor;
use jifen::scoring::Lang;
use serde_json::Value;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

/// GBK as the browser decodes it (the Encoding Standard's, which encoding_rs is).
fn gbk(bytes: &[u8]) -> Option<String> {
    encoding_rs::GBK
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|t| t.into_owned())
}

fn read(bytes: &[u8]) -> Roster {
    import(bytes, &gbk).expect("a roster")
}

fn cases(roster: &Roster) -> Vec<Value> {
    roster.people.iter().map(|p| p.case.clone()).collect()
}

#[test]
fn the_template_reads_to_the_same_cases_in_every_format() {
    let from_csv = read(roster_template::csv(Lang::Zh).as_bytes());
    assert_eq!(from_csv.format, Format::Csv(Encoding::Utf8Bom));
    let expected = cases(&from_csv);
    assert_eq!(
        expected.len(),
        5,
        "five people, 张医生 on two rows: {expected:?}"
    );
    assert!(from_csv.people.iter().all(|p| p.problems.is_empty()));
    assert!(from_csv.notes.is_empty(), "{:?}", from_csv.notes);

    // GBK, as Excel on Chinese Windows saves "CSV (逗号分隔)": no byte order mark.
    let text = roster_template::csv(Lang::Zh);
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(text.trim_start_matches('\u{feff}'));
    assert!(!unmappable);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "really GBK, not UTF-8"
    );
    let from_gbk = read(&bytes);
    assert_eq!(from_gbk.format, Format::Csv(Encoding::Gbk));
    assert_eq!(cases(&from_gbk), expected);

    // UTF-8 without a byte order mark, and the English headers.
    let plain = text.trim_start_matches('\u{feff}').to_string();
    assert_eq!(cases(&read(plain.as_bytes())), expected);
    assert_eq!(
        cases(&read(roster_template::csv(Lang::En).as_bytes())),
        expected
    );

    for lang in [Lang::Zh, Lang::En] {
        let workbook = read(&roster_template::xlsx(lang));
        assert!(matches!(workbook.format, Format::Xlsx { .. }));
        assert_eq!(cases(&workbook), expected, "{lang:?}");
    }

    // JSON Lines: each line one person's case, their first rows as line numbers.
    let lines = read(roster_template::lines(Lang::Zh).as_bytes());
    assert_eq!(lines.format, Format::Lines(Encoding::Utf8));
    assert_eq!(cases(&lines), expected);

    // The template computes: nobody's case is an error.
    let rows = from_csv.overview(day("2025-12-01"));
    assert!(
        rows.iter().all(|(r, p)| r.error.is_none() && p.is_none()),
        "{rows:?}"
    );
}

#[test]
fn our_workbooks_open_in_calamine() {
    let bytes = roster_template::xlsx(Lang::Zh);
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).expect("calamine opens it");
    assert_eq!(book.sheet_names(), ["名单", "填写说明"]);
    let range = book.worksheet_range("名单").expect("the first sheet");
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(header[0], "人员");
    assert_eq!(header[3], "记分决定日期");
    let zhang = range.rows().nth(1).unwrap();
    assert_eq!(zhang[0], Data::String("张医生".into()));
    assert_eq!(zhang[2], Data::String("13.3".into()));
    match &zhang[3] {
        Data::DateTime(d) => assert_eq!(d.as_f64(), 45797.0),
        other => panic!("a date cell: {other:?}"),
    }
    // The overview: numbers and dates typed.
    let roster = read(roster_template::csv(Lang::Zh).as_bytes());
    let rows = roster.overview(day("2025-11-21"));
    let overview = xlsx::write(&[sheet(rows.iter().map(|(r, _)| r), Columns::Words(Lang::Zh))]);
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(overview)).expect("calamine opens it");
    let range = book.worksheet_range("总览").expect("the overview");
    let all: Vec<Vec<Data>> = range.rows().map(|r| r.to_vec()).collect();
    assert_eq!(all.len(), 1 + rows.len());
    assert_eq!(
        all[1][0],
        Data::Float(2.0),
        "张医生's first row is the file's row 2"
    );
    assert_eq!(all[1][1], Data::String("张医生".into()));
}

#[test]
fn workbooks_written_by_rust_xlsxwriter_read_here() {
    use rust_xlsxwriter::{ExcelDateTime, Format as XFormat, Workbook};
    let mut book = Workbook::new();
    let date = XFormat::new().set_num_format("yyyy\"年\"m\"月\"d\"日\"");
    let bold = XFormat::new().set_bold();
    let sheet = book.add_worksheet();
    sheet.set_name("医保办").unwrap();
    // A title row above the header, as offices write.
    sheet.write_string(0, 0, "2025 年记分名单").unwrap();
    for (c, h) in [
        "姓名",
        "记分制度",
        "违规条目",
        "记分决定日期",
        "责任程度",
        "分值",
    ]
    .iter()
    .enumerate()
    {
        sheet
            .write_string_with_format(1, c as u16, *h, &bold)
            .unwrap();
    }
    sheet.write_string(2, 0, "张医生").unwrap();
    sheet.write_string(2, 1, "沪医保规〔2025〕3号").unwrap();
    sheet.write_number(2, 2, 13.2).unwrap();
    sheet
        .write_datetime_with_format(2, 3, ExcelDateTime::from_ymd(2025, 5, 20).unwrap(), &date)
        .unwrap();
    sheet.write_string(2, 4, "主要").unwrap();
    // The same person's next row, the name left empty (a merged cell reads so).
    sheet.write_string(3, 2, "13.3").unwrap();
    sheet
        .write_datetime_with_format(3, 3, ExcelDateTime::from_ymd(2025, 9, 1).unwrap(), &date)
        .unwrap();
    sheet.write_string(3, 4, "一般责任").unwrap();
    sheet.write_string(4, 0, "王医生").unwrap();
    sheet.write_string(4, 1, "jining-2024").unwrap();
    sheet.write_number(4, 5, 3).unwrap();
    sheet.write_string(4, 3, "2025/3/10").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let roster = read(&bytes);
    assert_eq!(
        roster.format,
        Format::Xlsx {
            sheet: "医保办".into()
        }
    );
    assert_eq!(
        cases(&roster),
        [
            serde_json::json!({"title": "张医生", "regime": "shanghai-2025", "incidents": [
                {"id": "3", "item": "13.2", "decided_on": "2025-05-20", "responsibility": "primary"},
                {"id": "4", "item": "13.3", "decided_on": "2025-09-01", "responsibility": "general"}]}),
            serde_json::json!({"title": "王医生", "regime": "jining-2024", "incidents": [
                {"id": "5", "decided_on": "2025-03-10", "points": 3}]}),
        ]
    );
}

/// A roster of `n` people in the layout, as CSV: each with an incident or two under 沪2025,
/// some under 济宁; `bad` rows replaced by (row, what) mistakes.
fn big_roster(n: usize) -> String {
    let mut out =
        String::from("人员,记分制度,违规条目,收到记分告知的日期,记分决定日期,责任程度\r\n");
    for i in 0..n {
        let name = format!("医师{i:04}");
        match i % 5 {
            0 => out.push_str(&format!(
                "{name},shanghai-2025,13.3,,2025-11-{:02},主要责任\r\n",
                3 + i % 20
            )),
            1 => out.push_str(&format!(
                "{name},shanghai-2025,13.2,2025-11-{:02},,重要责任\r\n",
                1 + i % 25
            )),
            2 => out.push_str(&format!(
                "{name},jining-2024,4.2.1,,2025-0{}-15,\r\n",
                1 + i % 9
            )),
            3 => {
                out.push_str(&format!(
                    "{name},shanghai-2025,13.4.1,,2025-03-{:02},一般责任\r\n",
                    1 + i % 28
                ));
                out.push_str(&format!(
                    "{name},shanghai-2025,13.2,,2025-06-{:02},一般责任\r\n",
                    1 + i % 28
                ));
            }
            _ => out.push_str(&format!("{name},shanghai-2025\r\n")),
        }
    }
    out
}

#[test]
fn a_roster_of_300_with_bad_rows_computes_everyone_else() {
    let mut text = big_roster(300);
    // An unknown item, an impossible date, a person with two regimes.
    text.push_str("坏甲,shanghai-2025,13.9,,2025-05-20,一般责任\r\n");
    text.push_str("坏乙,shanghai-2025,13.2,,2025-02-30,一般责任\r\n");
    text.push_str("医师0000,jining-2024,4.2.1,,2025-01-15,\r\n");
    let roster = read(text.as_bytes());
    assert_eq!(roster.people.len(), 302);
    let as_of = day("2025-11-21");
    let rows = roster.overview(as_of);
    let bad: Vec<(usize, Option<String>, String)> = rows
        .iter()
        .filter_map(|(_, p)| p.as_ref())
        .map(|p| (p.row, p.column.clone(), p.text().zh.to_string()))
        .collect();
    let last = 1 + 300 + 60;
    assert_eq!(bad.len(), 3, "{bad:?}");
    assert_eq!(
        (bad[0].0, bad[0].1.as_deref()),
        (last + 3, Some("B")),
        "two regimes: {bad:?}"
    );
    assert!(bad[0].2.contains("一人只适用一种记分制度"), "{}", bad[0].2);
    assert_eq!(
        (bad[1].0, bad[1].1.as_deref()),
        (last + 1, Some("C")),
        "unknown item"
    );
    assert_eq!(
        (bad[2].0, bad[2].1.as_deref()),
        (last + 2, Some("E")),
        "impossible date"
    );
    // Everyone else computed.
    let computed = rows.iter().filter(|(r, _)| r.state.is_some()).count();
    assert_eq!(computed, 299);
    let errors = rows
        .iter()
        .filter(|(r, _)| Filter::Errors.keeps(r, as_of))
        .count();
    assert_eq!(errors, 3);
    // The institution's deadlines in 10 working days: 沪2025 final decisions of November.
    let due = rows
        .iter()
        .filter(|(r, _)| Filter::InstitutionDue { working_days: 10 }.keeps(r, as_of))
        .count();
    assert!(due > 0 && due < 300, "{due}");
}

#[test]
fn the_institutions_deadlines_make_one_calendar() {
    let roster = read(big_roster(40).as_bytes());
    let rows = roster.overview(day("2025-11-21"));
    let due: Vec<PersonDeadline> = rows
        .iter()
        .flat_map(|(r, _)| {
            r.open
                .iter()
                .filter(|d| d.actor == Actor::Institution)
                .map(move |d| PersonDeadline {
                    person: &r.person,
                    regime: r.regime.unwrap(),
                    deadline: d,
                })
        })
        .collect();
    assert!(!due.is_empty());
    let now = NaiveDateTime::new(day("2025-11-21"), NaiveTime::MIN);
    let text = roster_calendar(&due, "本机构的记分期限", Lang::Zh, now);
    let parsed: Calendar = text.parse().expect("the library parses it");
    let events: Vec<_> = parsed
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    assert_eq!(events.len(), due.len());
    let first = events[0].get_summary().unwrap_or_default();
    assert!(first.starts_with("医师"), "{first}");
    assert!(first.contains("第二十二条"), "{first}");
    // Every event its own UID, the same in a later export.
    let mut uids: Vec<_> = events.iter().filter_map(|e| e.get_uid()).collect();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), events.len());
    assert_eq!(
        text,
        roster_calendar(&due, "本机构的记分期限", Lang::Zh, now)
    );
}
