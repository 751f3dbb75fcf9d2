//! Excel workbooks (`.xlsx`, Office Open XML): the first sheet read as cells, and sheets
//! written with a bold, frozen header row, column widths, text columns and dates. Written
//! by hand over [`super::zip`] and [`super::xml`]: the crates that do this (calamine to
//! read, rust_xlsxwriter to write) would each have added about 230–260 kB of brotli to
//! the roster page's wasm (DESIGN.md "The roster"); the tests check this reader on
//! rust_xlsxwriter's files and this writer with calamine.
//!
//! ```
//! use jifen::exchange::xlsx::{self, Cell, Column, Sheet};
//!
//! let sheet = Sheet {
//!     name: "名单".into(),
//!     columns: vec![Column { width: 12.0, text: false }, Column { width: 10.0, text: true }],
//!     rows: vec![
//!         vec![Cell::Text("人员".into()), Cell::Text("违规条目".into())],
//!         vec![Cell::Text("张医生".into()), Cell::Text("13.10".into())],
//!     ],
//! };
//! let read = xlsx::read(&xlsx::write(&[sheet])).unwrap();
//! assert_eq!(read.rows[1].cells[1], (1, Cell::Text("13.10".into())));
//! ```

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use super::xml::{self, Token};
use super::zip;
use crate::scoring::Text;

/// A cell's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A number shown as a date (Excel stores days since 1899-12-30).
    Date(NaiveDate),
    Bool(bool),
}

/// A column of a sheet to write: its width in characters, and whether it is formatted as
/// text (so that `13.10` typed into it later stays `13.10`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    pub width: f64,
    pub text: bool,
}

/// A sheet to write: its first row is the header (bold, frozen, with a filter).
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
}

/// A row read: its number in the sheet (from 1) and its cells that hold something, each
/// with its column (from 0).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub number: u32,
    pub cells: Vec<(u32, Cell)>,
}

/// The first sheet of a workbook, as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Read {
    pub sheet: String,
    pub rows: Vec<Row>,
}

/// The column's letters: 0 → `A`, 26 → `AA`.
pub fn column_letters(mut index: u32) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.iter().rev().map(|&b| b as char).collect()
}

/// The column of a cell reference's letters (`B3` → 1); `None` without letters.
fn column_of(reference: &str) -> Option<u32> {
    let letters: Vec<u8> = reference
        .bytes()
        .take_while(u8::is_ascii_alphabetic)
        .collect();
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    letters
        .iter()
        .try_fold(0u32, |n, b| {
            Some(n * 26 + u32::from(b.to_ascii_uppercase() - b'A') + 1)
        })
        .map(|n| n - 1)
}

/// Excel's day number of a date (1900 date system).
pub fn serial(date: NaiveDate) -> i64 {
    let epoch = NaiveDate::from_ymd_opt(1899, 12, 30).unwrap_or_default();
    (date - epoch).num_days()
}

/// The date of an Excel day number (1900 system, with its 29 February 1900 that never
/// was; or the 1904 system). Times of day are dropped.
fn date_of(serial: f64, system_1904: bool) -> Option<NaiveDate> {
    if !serial.is_finite() || !(0.0..3_000_000.0).contains(&serial) {
        return None;
    }
    let days = serial.floor() as u64;
    let (y, m, d, days) = match (system_1904, days) {
        (true, _) => (1904, 1, 1, days),
        (false, 0..=59) => (1899, 12, 31, days),
        (false, 60) => return None,
        (false, _) => (1899, 12, 30, days),
    };
    NaiveDate::from_ymd_opt(y, m, d)?.checked_add_days(Days::new(days))
}

/// Whether a number format shows a date: Excel's built-in date formats (those of
/// Chinese, Japanese and Korean Excel included), or a custom format with date or time
/// codes outside its quoted text.
fn is_date_format(id: u32, custom: &BTreeMap<u32, String>) -> bool {
    if let Some(code) = custom.get(&id) {
        let mut in_quote = false;
        let mut in_bracket = false;
        let mut escaped = false;
        for c in code.chars() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_quote = !in_quote,
                '[' if !in_quote => in_bracket = true,
                ']' if !in_quote => in_bracket = false,
                'y' | 'Y' | 'm' | 'M' | 'd' | 'D' | 'h' | 'H' | 's' | 'S'
                    if !in_quote && !in_bracket =>
                {
                    return true
                }
                _ => {}
            }
        }
        return false;
    }
    matches!(id, 14..=22 | 27..=36 | 45..=47 | 50..=58)
}

/// Why a workbook could not be read.
fn problem(zh: &str, en: &str) -> Text {
    Text::new(zh.to_string(), en.to_string())
}

/// A part of the package, by its name (case-insensitively, as some writers vary it).
fn part<'a>(files: &'a BTreeMap<String, Vec<u8>>, name: &str) -> Option<&'a str> {
    let name = name.trim_start_matches('/');
    files
        .get(name)
        .or_else(|| {
            files
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v)
        })
        .and_then(|bytes| {
            std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).ok()
        })
}

/// The targets of a part's relationships by id, and by the last word of their type.
fn relationships(text: &str, base: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for token in xml::tokens(text) {
        if let Token::Start {
            name: "Relationship",
            attrs,
            ..
        } = token
        {
            let (Some(id), Some(target)) = (xml::attr(attrs, "Id"), xml::attr(attrs, "Target"))
            else {
                continue;
            };
            let kind = xml::attr(attrs, "Type")
                .map(|t| t.rsplit('/').next().unwrap_or("").to_string())
                .unwrap_or_default();
            let path = match target.strip_prefix('/') {
                Some(absolute) => absolute.to_string(),
                None => format!("{base}{target}"),
            };
            out.push((id.into_owned(), kind, path));
        }
    }
    out
}

/// The text of a string item (`<si>` or `<is>`): its `<t>`s, those of its runs
/// included, its phonetic guides (`<rPh>`) left out; `_xHHHH_` escapes decoded.
fn string_item<'a>(tokens: &mut impl Iterator<Item = Token<'a>>, end: &str) -> String {
    let mut out = String::new();
    let mut in_t = false;
    let mut in_phonetic = 0u32;
    for token in tokens {
        match token {
            Token::Start {
                name: "rPh",
                empty: false,
                ..
            } => in_phonetic += 1,
            Token::End { name: "rPh" } => in_phonetic = in_phonetic.saturating_sub(1),
            Token::Start {
                name: "t", empty, ..
            } => in_t = !empty,
            Token::End { name: "t" } => in_t = false,
            Token::End { name } if name == end => break,
            t @ Token::Text { .. } if in_t && in_phonetic == 0 => out.push_str(&t.text()),
            _ => {}
        }
    }
    unescape_ooxml(&out)
}

/// Decodes the spreadsheet format's `_xHHHH_` escapes (of characters XML cannot hold).
fn unescape_ooxml(text: &str) -> String {
    if !text.contains("_x") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("_x") {
        out.push_str(&rest[..at]);
        let code = rest
            .get(at + 2..at + 7)
            .filter(|c| c.ends_with('_'))
            .and_then(|c| u32::from_str_radix(&c[..4], 16).ok())
            .and_then(char::from_u32);
        match code {
            Some(c) => {
                out.push(c);
                rest = &rest[at + 7..];
            }
            None => {
                out.push_str("_x");
                rest = &rest[at + 2..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Reads the first sheet of a workbook: every cell that holds something, by row. Dates
/// are recognised by their number format. A file that is not a workbook, or one Excel
/// itself would not open, is refused with a message.
pub fn read(bytes: &[u8]) -> Result<Read, Text> {
    let files = zip::read(bytes)?;
    let not_workbook = || {
        problem(
            "这不是 Excel 工作簿（.xlsx）：缺少工作表",
            "this is not an Excel workbook (.xlsx): it has no worksheet",
        )
    };
    let workbook = part(&files, "xl/workbook.xml").ok_or_else(not_workbook)?;
    let rels = part(&files, "xl/_rels/workbook.xml.rels")
        .map(|t| relationships(t, "xl/"))
        .unwrap_or_default();
    // The first sheet, and the date system.
    let mut first = None;
    let mut system_1904 = false;
    for token in xml::tokens(workbook) {
        if let Token::Start { name, attrs, .. } = token {
            match name {
                "workbookPr" => {
                    system_1904 =
                        xml::attr(attrs, "date1904").is_some_and(|v| v == "1" || v == "true");
                }
                "sheet" if first.is_none() => {
                    let name = xml::attr(attrs, "name").unwrap_or_default().into_owned();
                    first = Some((name, xml::attr(attrs, "id").map(|c| c.into_owned())));
                }
                _ => {}
            }
        }
    }
    let (sheet_name, rid) = first.ok_or_else(not_workbook)?;
    let sheet_path = rid
        .and_then(|rid| rels.iter().find(|(id, _, _)| *id == rid))
        .map_or_else(
            || "xl/worksheets/sheet1.xml".to_string(),
            |(_, _, p)| p.clone(),
        );
    let by_kind = |kind: &str, default: &str| {
        rels.iter()
            .find(|(_, k, _)| k == kind)
            .map_or_else(|| default.to_string(), |(_, _, p)| p.clone())
    };
    let shared: Vec<String> = part(&files, &by_kind("sharedStrings", "xl/sharedStrings.xml"))
        .map(|text| {
            let mut tokens = xml::tokens(text);
            let mut out = Vec::new();
            while let Some(token) = tokens.next() {
                match token {
                    Token::Start {
                        name: "si",
                        empty: false,
                        ..
                    } => {
                        out.push(string_item(&mut tokens, "si"));
                    }
                    Token::Start {
                        name: "si",
                        empty: true,
                        ..
                    } => out.push(String::new()),
                    _ => {}
                }
            }
            out
        })
        .unwrap_or_default();
    let date_styles = part(&files, &by_kind("styles", "xl/styles.xml"))
        .map(date_styles)
        .unwrap_or_default();
    let sheet = part(&files, &sheet_path).ok_or_else(not_workbook)?;
    Ok(Read {
        sheet: sheet_name,
        rows: sheet_rows(sheet, &shared, &date_styles, system_1904),
    })
}

/// For each cell format (`s`), whether it shows a date.
fn date_styles(text: &str) -> Vec<bool> {
    let mut custom = BTreeMap::new();
    let mut formats = Vec::new();
    let mut in_cell_xfs = false;
    for token in xml::tokens(text) {
        match token {
            Token::Start {
                name: "numFmt",
                attrs,
                ..
            } => {
                if let (Some(id), Some(code)) = (
                    xml::attr(attrs, "numFmtId").and_then(|i| i.parse::<u32>().ok()),
                    xml::attr(attrs, "formatCode"),
                ) {
                    custom.insert(id, code.into_owned());
                }
            }
            Token::Start {
                name: "cellXfs",
                empty,
                ..
            } => in_cell_xfs = !empty,
            Token::End { name: "cellXfs" } => in_cell_xfs = false,
            Token::Start {
                name: "xf", attrs, ..
            } if in_cell_xfs => {
                let id = xml::attr(attrs, "numFmtId")
                    .and_then(|i| i.parse::<u32>().ok())
                    .unwrap_or(0);
                formats.push(id);
            }
            _ => {}
        }
    }
    formats
        .into_iter()
        .map(|id| is_date_format(id, &custom))
        .collect()
}

/// The rows of a worksheet's XML.
fn sheet_rows(text: &str, shared: &[String], dates: &[bool], system_1904: bool) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    let mut tokens = xml::tokens(text);
    let mut row_number = 0u32;
    let mut column = 0u32;
    while let Some(token) = tokens.next() {
        match token {
            Token::Start {
                name: "row", attrs, ..
            } => {
                row_number = xml::attr(attrs, "r")
                    .and_then(|r| r.parse().ok())
                    .unwrap_or(row_number + 1);
                column = 0;
            }
            Token::Start {
                name: "c",
                attrs,
                empty,
            } => {
                let at = xml::attr(attrs, "r")
                    .and_then(|r| column_of(&r))
                    .unwrap_or(column);
                column = at + 1;
                if empty {
                    continue;
                }
                let kind = xml::attr(attrs, "t").unwrap_or_default();
                let style = xml::attr(attrs, "s").and_then(|s| s.parse::<usize>().ok());
                let mut value = String::new();
                let mut inline = None;
                let mut in_v = false;
                while let Some(token) = tokens.next() {
                    match token {
                        Token::Start {
                            name: "v", empty, ..
                        } => in_v = !empty,
                        Token::End { name: "v" } => in_v = false,
                        Token::Start {
                            name: "is",
                            empty: false,
                            ..
                        } => {
                            inline = Some(string_item(&mut tokens, "is"));
                        }
                        Token::End { name: "c" } => break,
                        t @ Token::Text { .. } if in_v => value.push_str(&t.text()),
                        _ => {}
                    }
                }
                let cell = match (kind.as_ref(), inline) {
                    (_, Some(text)) => Cell::Text(text),
                    ("s", _) => value
                        .trim()
                        .parse::<usize>()
                        .ok()
                        .and_then(|i| shared.get(i))
                        .map_or(Cell::Empty, |s| Cell::Text(s.clone())),
                    ("str" | "e", _) => Cell::Text(unescape_ooxml(&value)),
                    ("b", _) => Cell::Bool(value.trim() == "1"),
                    ("d", _) => value
                        .get(..10)
                        .and_then(crate::calendar::parse_day)
                        .map_or(Cell::Text(value.clone()), Cell::Date),
                    _ if value.trim().is_empty() => Cell::Empty,
                    _ => match value.trim().parse::<f64>() {
                        Ok(n) if style.and_then(|s| dates.get(s)).copied().unwrap_or(false) => {
                            date_of(n, system_1904).map_or(Cell::Number(n), Cell::Date)
                        }
                        Ok(n) => Cell::Number(n),
                        Err(_) => Cell::Text(value),
                    },
                };
                if cell == Cell::Empty || cell == Cell::Text(String::new()) {
                    continue;
                }
                match rows.last_mut() {
                    Some(row) if row.number == row_number => row.cells.push((at, cell)),
                    _ => rows.push(Row {
                        number: row_number,
                        cells: vec![(at, cell)],
                    }),
                }
            }
            _ => {}
        }
    }
    rows
}

/// A workbook of `sheets` (each as [`Sheet`] says), as the bytes of an `.xlsx` file.
pub fn write(sheets: &[Sheet]) -> Vec<u8> {
    const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const PKG_REL: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
    const HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;
    let mut types = format!(
        r#"{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
    );
    let mut book_sheets = String::new();
    let mut book_rels = String::new();
    let mut names = String::new();
    let mut parts = Vec::new();
    for (i, sheet) in sheets.iter().enumerate() {
        let n = i + 1;
        types.push_str(&format!(r#"<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#));
        book_sheets.push_str(&format!(
            r#"<sheet name="{}" sheetId="{n}" r:id="rId{n}"/>"#,
            xml::escape(&sheet.name)
        ));
        book_rels.push_str(&format!(
            r#"<Relationship Id="rId{n}" Type="{REL}/worksheet" Target="worksheets/sheet{n}.xml"/>"#
        ));
        let last = format!(
            "{}{}",
            column_letters(sheet.columns.len().max(1) as u32 - 1),
            sheet.rows.len().max(1)
        );
        names.push_str(&format!(
            r#"<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'{}'!$A$1:${}${}</definedName>"#,
            xml::escape(&sheet.name.replace('\'', "''")),
            column_letters(sheet.columns.len().max(1) as u32 - 1),
            sheet.rows.len().max(1)
        ));
        parts.push((
            format!("xl/worksheets/sheet{n}.xml"),
            worksheet(sheet, &last),
        ));
    }
    types.push_str("</Types>");
    let styles_rel = sheets.len() + 1;
    let workbook = format!(
        r#"{HEAD}<workbook xmlns="{MAIN}" xmlns:r="{REL}"><bookViews><workbookView/></bookViews><sheets>{book_sheets}</sheets><definedNames>{names}</definedNames></workbook>"#
    );
    let workbook_rels = format!(
        r#"{HEAD}<Relationships xmlns="{PKG_REL}">{book_rels}<Relationship Id="rId{styles_rel}" Type="{REL}/styles" Target="styles.xml"/></Relationships>"#
    );
    let root_rels = format!(
        r#"{HEAD}<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
    );
    // Cell formats: 0 plain, 1 the header (bold), 2 a date (yyyy-mm-dd), 3 text.
    let styles = format!(
        r#"{HEAD}<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font><font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#
    );
    let mut files: Vec<(String, String)> = vec![
        ("[Content_Types].xml".into(), types),
        ("_rels/.rels".into(), root_rels),
        ("xl/workbook.xml".into(), workbook),
        ("xl/_rels/workbook.xml.rels".into(), workbook_rels),
        ("xl/styles.xml".into(), styles),
    ];
    files.extend(parts);
    let refs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, c)| (n.as_str(), c.as_bytes()))
        .collect();
    zip::write(&refs)
}

/// One worksheet's XML.
fn worksheet(sheet: &Sheet, last: &str) -> String {
    let mut out = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>"#,
    );
    if !sheet.columns.is_empty() {
        out.push_str("<cols>");
        for (i, c) in sheet.columns.iter().enumerate() {
            let n = i + 1;
            let style = if c.text { r#" style="3""# } else { "" };
            out.push_str(&format!(
                r#"<col min="{n}" max="{n}" width="{:.1}" customWidth="1"{style}/>"#,
                c.width
            ));
        }
        out.push_str("</cols>");
    }
    out.push_str("<sheetData>");
    for (r, row) in sheet.rows.iter().enumerate() {
        let number = r + 1;
        out.push_str(&format!(r#"<row r="{number}">"#));
        for (c, cell) in row.iter().enumerate() {
            let at = format!("{}{number}", column_letters(c as u32));
            let text_column = sheet.columns.get(c).is_some_and(|c| c.text);
            let style = match (r, cell) {
                (0, _) => r#" s="1""#,
                (_, Cell::Date(_)) => r#" s="2""#,
                _ if text_column => r#" s="3""#,
                _ => "",
            };
            match cell {
                Cell::Empty => {}
                Cell::Text(t) => {
                    let space = if t.trim() != t {
                        r#" xml:space="preserve""#
                    } else {
                        ""
                    };
                    out.push_str(&format!(
                        r#"<c r="{at}" t="inlineStr"{style}><is><t{space}>{}</t></is></c>"#,
                        xml::escape(t)
                    ));
                }
                Cell::Number(n) if n.is_finite() => {
                    out.push_str(&format!(r#"<c r="{at}"{style}><v>{n}</v></c>"#));
                }
                Cell::Number(_) => {}
                Cell::Date(d) => {
                    out.push_str(&format!(r#"<c r="{at}"{style}><v>{}</v></c>"#, serial(*d)));
                }
                Cell::Bool(b) => {
                    out.push_str(&format!(
                        r#"<c r="{at}" t="b"{style}><v>{}</v></c>"#,
                        u8::from(*b)
                    ));
                }
            }
        }
        out.push_str("</row>");
    }
    out.push_str("</sheetData>");
    if !sheet.rows.is_empty() {
        out.push_str(&format!(r#"<autoFilter ref="A1:{last}"/>"#));
    }
    out.push_str("</worksheet>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn columns_are_lettered_as_excel_does() {
        for (i, l) in [
            (0, "A"),
            (25, "Z"),
            (26, "AA"),
            (27, "AB"),
            (701, "ZZ"),
            (702, "AAA"),
        ] {
            assert_eq!(column_letters(i), l);
            assert_eq!(column_of(&format!("{l}7")), Some(i));
        }
        assert_eq!(column_of("7"), None);
    }

    #[test]
    fn day_numbers_follow_excels_two_systems() {
        assert_eq!(serial(day("2025-05-20")), 45797);
        assert_eq!(date_of(45797.0, false), Some(day("2025-05-20")));
        assert_eq!(date_of(45797.75, false), Some(day("2025-05-20")));
        assert_eq!(date_of(1.0, false), Some(day("1900-01-01")));
        assert_eq!(date_of(59.0, false), Some(day("1900-02-28")));
        assert_eq!(date_of(61.0, false), Some(day("1900-03-01")));
        assert_eq!(date_of(0.0, true), Some(day("1904-01-01")));
        assert_eq!(date_of(f64::NAN, false), None);
        assert_eq!(date_of(-1.0, false), None);
    }

    #[test]
    fn date_formats_are_told_from_numbers() {
        let mut custom = BTreeMap::new();
        custom.insert(164, r"yyyy\-mm\-dd".to_string());
        custom.insert(165, r#"0.00"天""#.to_string());
        custom.insert(166, "[$-804]General".to_string());
        custom.insert(167, r#"yyyy"年"m"月"d"日""#.to_string());
        assert!(is_date_format(14, &custom));
        assert!(is_date_format(57, &custom));
        assert!(!is_date_format(0, &custom));
        assert!(!is_date_format(49, &custom));
        assert!(is_date_format(164, &custom));
        assert!(!is_date_format(165, &custom));
        assert!(!is_date_format(166, &custom));
        assert!(is_date_format(167, &custom));
    }

    #[test]
    fn a_written_sheet_reads_back_cell_for_cell() {
        let sheet = Sheet {
            name: "总览 'A'".into(),
            columns: vec![
                Column {
                    width: 10.0,
                    text: false
                };
                5
            ],
            rows: vec![
                vec![Cell::Text("人员".into()), Cell::Text("分".into())],
                vec![
                    Cell::Text(" 张 <医生> & \"x\" ".into()),
                    Cell::Number(6.0),
                    Cell::Date(day("2025-12-31")),
                    Cell::Bool(true),
                    Cell::Text("a\u{1}b".into()),
                ],
                vec![],
                vec![Cell::Empty, Cell::Number(-1.5)],
            ],
        };
        let read = read(&write(std::slice::from_ref(&sheet))).unwrap();
        assert_eq!(read.sheet, "总览 'A'");
        assert_eq!(read.rows.len(), 3);
        assert_eq!(
            read.rows[1].cells,
            vec![
                (0, Cell::Text(" 张 <医生> & \"x\" ".into())),
                (1, Cell::Number(6.0)),
                (2, Cell::Date(day("2025-12-31"))),
                (3, Cell::Bool(true)),
                (4, Cell::Text("a\u{1}b".into())),
            ]
        );
        assert_eq!(read.rows[2].number, 4);
        assert_eq!(read.rows[2].cells, vec![(1, Cell::Number(-1.5))]);
    }

    #[test]
    fn shared_strings_runs_and_phonetic_guides() {
        let shared = r#"<sst><si><t>甲</t></si><si><r><rPr><b/></rPr><t>乙</t></r><r><t xml:space="preserve"> 丙</t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh></si><si/></sst>"#;
        let sheet = r#"<worksheet><sheetData><row r="3"><c r="B3" t="s"><v>1</v></c><c t="s"><v>0</v></c><c r="E3" t="s"><v>9</v></c></row><row><c r="A4" t="str"><v>_x0041_b</v></c></row></sheetData></worksheet>"#;
        let mut tokens = xml::tokens(shared);
        let mut strings = Vec::new();
        while let Some(t) = tokens.next() {
            if let Token::Start {
                name: "si", empty, ..
            } = t
            {
                strings.push(if empty {
                    String::new()
                } else {
                    string_item(&mut tokens, "si")
                });
            }
        }
        assert_eq!(strings, ["甲", "乙 丙", ""]);
        let rows = sheet_rows(sheet, &strings, &[], false);
        assert_eq!(rows[0].number, 3);
        assert_eq!(
            rows[0].cells,
            vec![
                (1, Cell::Text("乙 丙".into())),
                (2, Cell::Text("甲".into()))
            ]
        );
        assert_eq!(
            rows[1],
            Row {
                number: 4,
                cells: vec![(0, Cell::Text("Ab".into()))]
            }
        );
    }
}
