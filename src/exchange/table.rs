//! A file of rows as an office saves it: an Excel workbook (`.xlsx`), CSV in UTF-8 (with
//! or without a byte order mark), in GBK (what Excel on Chinese Windows writes) or in
//! UTF-16 (Excel's "Unicode text", tab-separated), or JSON Lines (one case per line, as
//! the command line reads). [`open`] tells which from the bytes, not from the name.
//!
//! GBK is decoded by the caller's decoder: the browser's own (`TextDecoder("gbk")`, the
//! Encoding Standard's, which encoding_rs implements too) costs the app nothing, where
//! encoding_rs's tables would add about 94 kB of brotli to the page (DESIGN.md "The
//! roster"); the tests pass encoding_rs.
//!
//! ```
//! use jifen::exchange::table::{open, Source};
//! use jifen::exchange::xlsx::Cell;
//!
//! let csv = "人员,违规条目\r\n张医生,\"13.2\"\r\n";
//! let Source::Grid { rows, .. } = open(csv.as_bytes(), &|_| None).unwrap() else { panic!() };
//! assert_eq!(rows[1].number, 2);
//! assert_eq!(rows[1].cells[1], Cell::Text("13.2".into()));
//! ```

use super::xlsx::{self, Cell};
use super::zip;
use crate::scoring::Text;

/// How a text file was encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// UTF-8 with a byte order mark (what Excel writes as "CSV UTF-8").
    Utf8Bom,
    Gbk,
    Utf16,
}

impl Encoding {
    /// Its name, as the page says which was read.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 (BOM)",
            Encoding::Gbk => "GBK",
            Encoding::Utf16 => "UTF-16",
        }
    }
}

/// A row of a sheet or CSV file: its number in the file (from 1, as Excel numbers rows
/// and as an editor numbers the line a record starts on) and its cells by column.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub number: usize,
    pub cells: Vec<Cell>,
}

/// What a file holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// Rows of cells (a workbook's first sheet, or CSV), header first.
    Grid {
        rows: Vec<Row>,
        /// The text's encoding (none for a workbook).
        encoding: Option<Encoding>,
        /// The workbook's sheet that was read.
        sheet: Option<String>,
    },
    /// One case per line (JSON Lines), the lines as read (their numbers from 1).
    Lines { text: String, encoding: Encoding },
}

fn said(zh: &str, en: &str) -> Text {
    Text::new(zh.to_string(), en.to_string())
}

/// The text of a text file: UTF-8 with or without a byte order mark, UTF-16 with one,
/// else GBK through `gbk` (which returns `None` for bytes that are not GBK either).
pub fn decode(
    bytes: &[u8],
    gbk: &dyn Fn(&[u8]) -> Option<String>,
) -> Result<(String, Encoding), Text> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest)
            .map(|t| (t.to_string(), Encoding::Utf8Bom))
            .map_err(|e| {
                Text::new(
                    format!("文件标明为 UTF-8，但第 {} 个字节起不是 UTF-8 文本；请重新另存为“CSV UTF-8”", e.valid_up_to() + 4),
                    format!("the file says it is UTF-8, but from byte {} it is not; save it again as “CSV UTF-8”", e.valid_up_to() + 4),
                )
            });
    }
    let utf16 = |le: bool, rest: &[u8]| {
        let units = rest.chunks_exact(2).map(|p| {
            if le {
                u16::from_le_bytes([p[0], p[1]])
            } else {
                u16::from_be_bytes([p[0], p[1]])
            }
        });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map(|t| (t, Encoding::Utf16))
            .map_err(|_| {
                said(
                    "文件的 UTF-16 文本已损坏",
                    "the file's UTF-16 text is damaged",
                )
            })
    };
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(true, rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(false, rest);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), Encoding::Utf8));
    }
    gbk(bytes).map(|t| (t, Encoding::Gbk)).ok_or_else(|| {
        said(
            "文件既不是 UTF-8 也不是 GBK 文本：请在 Excel 中另存为“CSV UTF-8”或 .xlsx",
            "the file is neither UTF-8 nor GBK text: save it from Excel as “CSV UTF-8” or .xlsx",
        )
    })
}

/// Reads a file: a workbook by its zip signature, else text, decoded as [`decode`]
/// says; text whose first non-blank character is `{` is JSON Lines, other text CSV.
pub fn open(bytes: &[u8], gbk: &dyn Fn(&[u8]) -> Option<String>) -> Result<Source, Text> {
    if zip::is_zip(bytes) {
        let read = xlsx::read(bytes)?;
        let rows = read
            .rows
            .into_iter()
            .map(|r| {
                let mut cells = Vec::new();
                for (column, cell) in r.cells {
                    let column = column as usize;
                    if column >= cells.len() {
                        cells.resize(column + 1, Cell::Empty);
                    }
                    cells[column] = cell;
                }
                Row {
                    number: r.number as usize,
                    cells,
                }
            })
            .collect();
        return Ok(Source::Grid {
            rows,
            encoding: None,
            sheet: Some(read.sheet),
        });
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(said(
            "这是旧版 Excel 工作簿（.xls）或 WPS 表格：请另存为 .xlsx 或 CSV 后再导入",
            "this is an old Excel workbook (.xls) or a WPS sheet: save it as .xlsx or CSV, then import that",
        ));
    }
    let (text, encoding) = decode(bytes, gbk)?;
    if text.trim_start().starts_with('{') {
        return Ok(Source::Lines { text, encoding });
    }
    Ok(Source::Grid {
        rows: csv(&text),
        encoding: Some(encoding),
        sheet: None,
    })
}

/// The delimiter of CSV text: the one of `,`, `;` and tab that its first line (outside
/// quotes) has most of; a comma when it has none.
fn delimiter(text: &str) -> char {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    if counts[best] == 0 {
        ','
    } else {
        [',', ';', '\t'][best]
    }
}

/// CSV (RFC 4180, as Excel writes it and forgiving what other programs do): fields
/// quoted or not, `""` inside quotes, CRLF, LF or CR line ends, a quote inside an
/// unquoted field kept as written. Each record is numbered by the line it starts on;
/// records of blank fields only are left out. Cells hold text (an empty field is
/// [`Cell::Empty`]).
pub fn csv(text: &str) -> Vec<Row> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = delimiter(text);
    let mut rows = Vec::new();
    let mut cells: Vec<Cell> = Vec::new();
    let mut field = String::new();
    let mut line = 1usize;
    let mut start = 1usize;
    let mut quoted = false;
    let mut was_quoted = false;
    let mut chars = text.chars().peekable();
    let end_field = |field: &mut String, cells: &mut Vec<Cell>| {
        let value = std::mem::take(field);
        cells.push(if value.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(value)
        });
    };
    let end_record = |cells: &mut Vec<Cell>, rows: &mut Vec<Row>, start: usize| {
        let record = std::mem::take(cells);
        if record.iter().any(|c| c != &Cell::Empty) {
            rows.push(Row {
                number: start,
                cells: record,
            });
        }
    };
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\r' => {
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    line += 1;
                    field.push('\n');
                }
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !was_quoted => {
                quoted = true;
                was_quoted = true;
            }
            c if c == delimiter => {
                end_field(&mut field, &mut cells);
                was_quoted = false;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                end_field(&mut field, &mut cells);
                end_record(&mut cells, &mut rows, start);
                was_quoted = false;
                line += 1;
                start = line;
            }
            c => field.push(c),
        }
    }
    if !field.is_empty() || !cells.is_empty() || was_quoted {
        end_field(&mut field, &mut cells);
        end_record(&mut cells, &mut rows, start);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    #[test]
    fn csv_as_excel_writes_it() {
        let rows = csv("\u{feff}a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\r\n\r\n,,\r\n\"two\r\nlines\",2,3\r\nlast,\"\",x");
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[0].cells, vec![text("a"), text("b"), text("c")]);
        assert_eq!(rows[1].number, 2);
        assert_eq!(
            rows[1].cells,
            vec![text("x, y"), text("say \"hi\""), Cell::Empty]
        );
        // Blank lines and records of empty fields are skipped; numbers stay the file's.
        assert_eq!(rows[2].number, 5);
        assert_eq!(rows[2].cells[0], text("two\nlines"));
        assert_eq!(rows[3].number, 7);
        assert_eq!(rows[3].cells, vec![text("last"), Cell::Empty, text("x")]);
    }

    #[test]
    fn semicolons_tabs_and_stray_quotes() {
        assert_eq!(csv("a;b\n1;2")[1].cells, vec![text("1"), text("2")]);
        assert_eq!(csv("a\tb\r1,5\t2")[1].cells, vec![text("1,5"), text("2")]);
        assert_eq!(
            csv("a,b\n5\"x,\"y\"z")[1].cells,
            vec![text("5\"x"), text("yz")]
        );
        // An unclosed quote runs to the end, as Excel reads it.
        assert_eq!(csv("a\n\"open,1\n2")[1].cells, vec![text("open,1\n2")]);
    }

    #[test]
    fn encodings_are_told_apart() {
        let never = |_: &[u8]| None;
        assert_eq!(decode("名单".as_bytes(), &never).unwrap().1, Encoding::Utf8);
        let bom = [b"\xEF\xBB\xBF".as_slice(), "名单".as_bytes()].concat();
        assert_eq!(
            decode(&bom, &never).unwrap(),
            ("名单".into(), Encoding::Utf8Bom)
        );
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("名,a".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(
            decode(&utf16, &never).unwrap(),
            ("名,a".into(), Encoding::Utf16)
        );
        // 名单 in GBK: C3FB B5A5.
        let gbk = [0xC3, 0xFB, 0xB5, 0xA5];
        assert!(decode(&gbk, &never).is_err());
        let fake = |b: &[u8]| (b == gbk).then(|| "名单".to_string());
        assert_eq!(decode(&gbk, &fake).unwrap(), ("名单".into(), Encoding::Gbk));
    }

    #[test]
    fn the_kind_of_file_comes_from_its_bytes() {
        let never = |_: &[u8]| None;
        assert!(matches!(
            open(b"\n {\"regime\": 1}\n", &never),
            Ok(Source::Lines { .. })
        ));
        assert!(matches!(
            open(b"a,b\n", &never),
            Ok(Source::Grid { sheet: None, .. })
        ));
        assert!(open(&[0xD0, 0xCF, 0x11, 0xE0, 0, 0], &never).is_err());
        assert!(open(b"PK\x03\x04garbage", &never).is_err());
    }
}
