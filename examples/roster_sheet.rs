//! Rosters in the roster page's layout, for its browser test and its benchmark, and a
//! reader of the workbooks it exports (calamine's: not the app's own).
//!
//! ```text
//! roster_sheet write N OUT.xlsx|OUT.csv [--bad] [--gbk]
//!     N people, one row per incident (a third with two): written by rust_xlsxwriter
//!     (shared strings, date cells, as Excel writes), or as CSV (UTF-8 with BOM, or GBK
//!     with --gbk, as Excel on Chinese Windows saves). --bad adds three bad rows at the
//!     end: an unknown item, an impossible date, a second regime for the first person.
//! roster_sheet read FILE.xlsx
//!     The first sheet's rows as JSON arrays (dates as YYYY-MM-DD), one per line.
//! roster_sheet expect FILE
//!     What the roster page should show for FILE as of 2025-11-21, as JSON: the people,
//!     the problems' rows and columns, and who has the institution's deadlines within 10
//!     working days.
//! roster_sheet overview N
//!     Reads a roster of N people (CSV) and computes the page's overview, CSV and
//!     workbook, as of 2025-11-21, for `scripts/bench.sh` to count instructions.
//! ```

use calamine::{Data, Reader, Xlsx};
use chrono::NaiveDate;
use jifen::exchange::roster::{csv, sheet, Columns, Filter};
use jifen::exchange::roster_import::import;
use jifen::exchange::xlsx;
use jifen::scoring::Lang;

/// The day the benchmark and the browser test ask about.
const AS_OF: &str = "2025-11-21";

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }
}

const HEADER: [&str; 8] = [
    "人员",
    "记分制度",
    "违规条目",
    "收到记分告知的日期",
    "记分决定日期",
    "责任程度",
    "资格恢复申请",
    "恢复日期",
];

/// The rows of a roster of `n` people (each row's cells as text), deterministic: mostly
/// 沪2025 (notices pending, decisions this autumn, a few suspensions with or without a
/// request to resume), some 沪2023 and 济宁, and people without incidents.
fn rows(n: usize, bad: bool) -> Vec<[String; 8]> {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let mut out = Vec::new();
    let day = |m: u64, d: u64| format!("2025-{m:02}-{d:02}");
    for i in 0..n {
        let name = format!("医师{:04}", i + 1);
        let row = |regime: &str, item: &str, notice: String, decided: String, resp: &str| {
            [
                name.clone(),
                regime.to_string(),
                item.to_string(),
                notice,
                decided,
                resp.to_string(),
                String::new(),
                String::new(),
            ]
        };
        let resp = ["一般责任", "重要责任", "主要责任"][rng.below(3) as usize];
        match rng.below(10) {
            0..=1 => out.push(row("shanghai-2025", "", String::new(), String::new(), "")),
            2..=3 => out.push(row(
                "shanghai-2025",
                "13.2",
                day(11, 1 + rng.below(20)),
                String::new(),
                resp,
            )),
            4..=5 => out.push(row(
                "shanghai-2025",
                ["13.3", "13.4.1", "13.2"][rng.below(3) as usize],
                String::new(),
                day(9 + rng.below(3), 1 + rng.below(28)),
                resp,
            )),
            6 => {
                // Two decisions: a suspension, with a request to resume or none.
                let mut first = row(
                    "shanghai-2025",
                    "13.3",
                    String::new(),
                    day(3, 3 + rng.below(20)),
                    "主要责任",
                );
                if rng.below(2) == 0 {
                    first[6] = day(3, 28);
                }
                out.push(first);
                out.push(row(
                    "shanghai-2025",
                    "13.2",
                    String::new(),
                    day(7, 1 + rng.below(28)),
                    "一般责任",
                ));
            }
            7 => out.push(row(
                "shanghai-2023",
                "4.2.1",
                String::new(),
                format!("2024-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28)),
                "",
            )),
            8 => out.push(row(
                "jining-2024",
                "4.2.1",
                String::new(),
                day(1 + rng.below(10), 1 + rng.below(28)),
                "",
            )),
            _ => {
                out.push(row(
                    "shanghai-2025",
                    "13.1.1",
                    String::new(),
                    day(2, 10),
                    "主要责任",
                ));
                out.push(row(
                    "shanghai-2025",
                    "13.2",
                    String::new(),
                    day(6, 10),
                    "主要责任",
                ));
            }
        }
    }
    if bad {
        let mut unknown = out[0].clone();
        unknown[0] = "错误甲".into();
        unknown[1] = "shanghai-2025".into();
        unknown[2] = "13.9".into();
        unknown[3].clear();
        unknown[4] = "2025-05-20".into();
        let mut impossible = unknown.clone();
        impossible[0] = "错误乙".into();
        impossible[2] = "13.2".into();
        impossible[4] = "2025-02-30".into();
        let mut two = out[0].clone();
        two[1] = "jining-2024".into();
        two[2] = "4.2.1".into();
        two[3].clear();
        two[4] = "2025-01-15".into();
        two[5].clear();
        out.extend([unknown, impossible, two]);
    }
    out
}

fn csv_text(rows: &[[String; 8]]) -> String {
    let mut out = String::from('\u{feff}');
    for record in std::iter::once(HEADER.map(String::from)).chain(rows.iter().cloned()) {
        out.push_str(&record.join(","));
        out.push_str("\r\n");
    }
    out
}

fn write(n: usize, path: &str, bad: bool, gbk: bool) -> Result<(), String> {
    let rows = rows(n, bad);
    let bytes = if path.ends_with(".xlsx") {
        use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
        let mut book = Workbook::new();
        let date = Format::new().set_num_format("yyyy/m/d");
        let sheet = book.add_worksheet();
        sheet.set_name("名单").map_err(|e| e.to_string())?;
        for (c, h) in HEADER.iter().enumerate() {
            sheet
                .write_string(0, c as u16, *h)
                .map_err(|e| e.to_string())?;
        }
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32 + 1, c as u16);
                let date_cell = (3..=4)
                    .contains(&c)
                    .then(|| cell.parse::<NaiveDate>().ok())
                    .flatten()
                    .and_then(|d| {
                        use chrono::Datelike;
                        ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)
                            .ok()
                    });
                match date_cell {
                    Some(d) => sheet.write_datetime_with_format(r, c, d, &date),
                    None if cell.is_empty() => continue,
                    None => sheet.write_string(r, c, cell),
                }
                .map_err(|e| e.to_string())?;
            }
        }
        book.save_to_buffer().map_err(|e| e.to_string())?
    } else if gbk {
        let text = csv_text(&rows);
        encoding_rs::GBK
            .encode(text.trim_start_matches('\u{feff}'))
            .0
            .into_owned()
    } else {
        csv_text(&rows).into_bytes()
    };
    std::fs::write(path, bytes).map_err(|e| e.to_string())
}

fn read(path: &str) -> Result<(), String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let range = book
        .worksheet_range_at(0)
        .ok_or("no sheet")?
        .map_err(|e| e.to_string())?;
    for row in range.rows() {
        let cells: Vec<serde_json::Value> = row
            .iter()
            .map(|c| match c {
                Data::Empty => serde_json::Value::Null,
                Data::String(s) => s.clone().into(),
                Data::Float(f) => (*f).into(),
                Data::Int(i) => (*i).into(),
                Data::Bool(b) => (*b).into(),
                // (Day numbers of the 1900 system after 1900-02-28.)
                Data::DateTime(d) => NaiveDate::from_ymd_opt(1899, 12, 30)
                    .and_then(|e| e.checked_add_days(chrono::Days::new(d.as_f64() as u64)))
                    .map_or_else(|| d.as_f64().into(), |t| t.to_string().into()),
                other => other.to_string().into(),
            })
            .collect();
        println!("{}", serde_json::Value::Array(cells));
    }
    Ok(())
}

fn expect(path: &str) -> Result<(), String> {
    let as_of: NaiveDate = AS_OF.parse().map_err(|_| "date")?;
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let gbk = |b: &[u8]| {
        encoding_rs::GBK
            .decode_without_bom_handling_and_without_replacement(b)
            .map(|t| t.into_owned())
    };
    let roster = import(&bytes, &gbk).map_err(|e| e.en.to_string())?;
    let rows = roster.overview(as_of);
    // In the file's row order, as the page lists them.
    let mut located: Vec<_> = rows.iter().filter_map(|(_, p)| p.as_ref()).collect();
    located.sort_by_key(|p| p.row);
    let problems: Vec<serde_json::Value> = located
        .iter()
        .map(|p| serde_json::json!({"row": p.row, "column": p.column, "zh": p.text().zh}))
        .collect();
    let mut due: Vec<(&str, NaiveDate)> = rows
        .iter()
        .filter_map(|(r, _)| {
            jifen::exchange::roster::institution_due(r, as_of, 10)
                .map(|d| d.due)
                .min()
                .map(|d| (r.person.as_str(), d))
        })
        .collect();
    due.sort_by_key(|(_, d)| *d);
    println!(
        "{}",
        serde_json::json!({
            "people": rows.len(),
            "problems": problems,
            "institution10": due.iter().map(|(p, _)| *p).collect::<Vec<_>>(),
        })
    );
    Ok(())
}

fn overview(n: usize) -> Result<(), String> {
    let as_of: NaiveDate = AS_OF.parse().map_err(|_| "date")?;
    let text = csv_text(&rows(n, false));
    let roster = import(text.as_bytes(), &|_| None).map_err(|e| e.en.to_string())?;
    let rows = roster.overview(as_of);
    let table = csv(rows.iter().map(|(r, _)| r), Columns::Words(Lang::Zh));
    let book = xlsx::write(&[sheet(rows.iter().map(|(r, _)| r), Columns::Words(Lang::Zh))]);
    let due = rows
        .iter()
        .filter(|(r, _)| Filter::InstitutionDue { working_days: 10 }.keeps(r, as_of))
        .count();
    let errors = rows.iter().filter(|(r, _)| r.error.is_some()).count();
    println!(
        "{} people, {errors} errors, {due} with the institution's deadlines in 10 working days; CSV {} bytes, workbook {} bytes",
        rows.len(),
        table.len(),
        book.len()
    );
    if errors > 0 {
        return Err("the benchmark roster must compute".into());
    }
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n = |i: usize| {
        args.get(i)
            .and_then(|a| a.parse::<usize>().ok())
            .unwrap_or(300)
    };
    let flag = |f: &str| args.iter().any(|a| a == f);
    let done = match args.first().map(String::as_str) {
        Some("write") => match args.get(2) {
            Some(path) => write(n(1), path, flag("--bad"), flag("--gbk")),
            None => Err("write N OUT.xlsx|OUT.csv".into()),
        },
        Some("read") => match args.get(1) {
            Some(path) => read(path),
            None => Err("read FILE.xlsx".into()),
        },
        Some("overview") => overview(n(1)),
        Some("expect") => match args.get(1) {
            Some(path) => expect(path),
            None => Err("expect FILE".into()),
        },
        _ => Err("roster_sheet write N OUT [--bad] [--gbk] | read FILE.xlsx | overview N".into()),
    };
    if let Err(e) = done {
        eprintln!("roster_sheet: {e}");
        std::process::exit(1);
    }
}
