//! The roster's layout in a spreadsheet: one row per incident, with a person column, the
//! incident's facts in the case format's fields, and the person's own facts (agreement
//! dates, requests to resume, restorations, repairs, earlier years) on any one of the
//! person's rows. Headers are read in Chinese, in English or as the case format's keys;
//! values as people type them (`是`/`否`, `主要责任`, `2025/5/20`, `2025年5月20日`, a
//! date cell). The template is the layout filled with a few people, offered by the page
//! as CSV, `.xlsx` and JSON Lines (`super::roster_template`).

use chrono::NaiveDate;
use serde_json::{json, Number, Value};

use super::xlsx::Cell;
use crate::scoring::case::Field;
use crate::scoring::text::Text;
use crate::scoring::{words, RegimeId};

/// A column of the layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// Who the row is about (the case's `title`).
    Person,
    /// A field of the case format: the regime, an incident's, or the person's own.
    Field(Field),
}

/// Where a column's value goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Person,
    Regime,
    Incident,
    /// The person's own facts: given once, on any of the person's rows.
    Case,
}

/// What a column's cells hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Date,
    Whole,
    Amount,
    Flag,
    Items,
    Responsibility,
    Adjustment,
    /// Several dates (`resumption_requests`, `restorations`).
    Dates,
    Repairs,
    History,
    Regime,
}

/// The layout's columns, in the template's order.
pub const COLUMNS: [Column; 27] = [
    Column::Person,
    Column::Field(Field::Regime),
    Column::Field(Field::Item),
    Column::Field(Field::DecidedOn),
    Column::Field(Field::NotifiedOn),
    Column::Field(Field::ObjectionFiledOn),
    Column::Field(Field::OccurredOn),
    Column::Field(Field::Responsibility),
    Column::Field(Field::Adjustment),
    Column::Field(Field::Points),
    Column::Field(Field::Months),
    Column::Field(Field::BarYears),
    Column::Field(Field::Severe),
    Column::Field(Field::Fraud),
    Column::Field(Field::Serious),
    Column::Field(Field::AmountYuan),
    Column::Field(Field::Inspection),
    Column::Field(Field::Site),
    Column::Field(Field::Note),
    Column::Field(Field::Id),
    Column::Field(Field::AgreementStart),
    Column::Field(Field::AgreementEnd),
    Column::Field(Field::BirthDate),
    Column::Field(Field::ResumptionRequests),
    Column::Field(Field::Restorations),
    Column::Field(Field::Repairs),
    Column::Field(Field::History),
];

impl Column {
    /// The key it is read by in any language (the case format's, `person` for the person).
    pub fn key(self) -> &'static str {
        match self {
            Column::Person => "person",
            Column::Field(f) => f.key(),
        }
    }

    /// Its header in words.
    pub fn header(self) -> Text {
        match self {
            Column::Person => Text::fixed("人员", "Person"),
            Column::Field(Field::Item) => Text::fixed("违规条目", "Item"),
            Column::Field(Field::Id) => Text::fixed("事件编号", "Incident label"),
            Column::Field(f) => {
                let words = f.words();
                let en = words.en.strip_prefix("the ").unwrap_or(&words.en);
                Text::new(words.zh, words::capitalised(en))
            }
        }
    }

    /// Other headers people write for it.
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Column::Person => &[
                "姓名",
                "人员姓名",
                "医师",
                "医师姓名",
                "医生",
                "title",
                "name",
                "标题",
            ],
            Column::Field(Field::Regime) => &["制度", "适用制度", "文件", "适用文件"],
            Column::Field(Field::Item) => &["条目", "违规行为", "违规条目编号", "items"],
            Column::Field(Field::Id) => &["编号"],
            _ => &[],
        }
    }

    pub fn scope(self) -> Scope {
        match self {
            Column::Person => Scope::Person,
            Column::Field(Field::Regime) => Scope::Regime,
            Column::Field(
                Field::AgreementStart
                | Field::AgreementEnd
                | Field::BirthDate
                | Field::ResumptionRequests
                | Field::Restorations
                | Field::Repairs
                | Field::History,
            ) => Scope::Case,
            Column::Field(_) => Scope::Incident,
        }
    }

    pub fn kind(self) -> Kind {
        match self {
            Column::Person => Kind::Text,
            Column::Field(f) => match f {
                Field::Regime => Kind::Regime,
                Field::Item | Field::Items => Kind::Items,
                Field::DecidedOn
                | Field::NotifiedOn
                | Field::ObjectionFiledOn
                | Field::OccurredOn
                | Field::AgreementStart
                | Field::AgreementEnd
                | Field::BirthDate => Kind::Date,
                Field::Points | Field::Months | Field::BarYears => Kind::Whole,
                Field::AmountYuan => Kind::Amount,
                Field::Severe | Field::Fraud | Field::Serious => Kind::Flag,
                Field::Responsibility => Kind::Responsibility,
                Field::Adjustment => Kind::Adjustment,
                Field::ResumptionRequests | Field::Restorations => Kind::Dates,
                Field::Repairs => Kind::Repairs,
                Field::History => Kind::History,
                _ => Kind::Text,
            },
        }
    }

    /// How its cells are filled in, for the page's description of the layout.
    pub fn how(self) -> Text {
        match self.kind() {
            Kind::Text if self == Column::Person => Text::fixed(
                "姓名（同名者请加工号区分）；留空表示同上一人（合并单元格亦可）",
                "the name (add a staff number where two share a name); empty means the person above (merged cells work)",
            ),
            Kind::Text => Text::fixed("文字", "text"),
            Kind::Regime => Text::fixed(
                "制度编号（如 shanghai-2025）或文号（如 沪医保规〔2025〕3号）；每人一种",
                "the regime's id (shanghai-2025) or its document number (沪医保规〔2025〕3号); one per person",
            ),
            Kind::Items => Text::fixed(
                "条目编号（如 13.2），一行为多个条目的同一行为时用顿号分隔；也可写条款（第十三条（二））。只有分值的既往决定可留空",
                "the item's code (13.2); several items of one act separated by 、 or ;; a citation (第十三条（二）) works too. Empty for an earlier decision given by its points",
            ),
            Kind::Date => Text::fixed(
                "日期：2025-05-20、2025/5/20、2025年5月20日或日期单元格",
                "a date: 2025-05-20, 2025/5/20, 2025年5月20日 or a date cell",
            ),
            Kind::Whole => Text::fixed("整数", "a whole number"),
            Kind::Amount => Text::fixed("金额（元），至多两位小数", "an amount in yuan, at most two decimals"),
            Kind::Flag => Text::fixed("是 / 否（空即否）", "yes / no (empty is no)"),
            Kind::Responsibility => Text::fixed(
                "一般责任、重要责任或主要责任",
                "general, important or primary",
            ),
            Kind::Adjustment => Text::fixed(
                "同档从轻、减轻一档、同档从重或加重一档（空即不调整）",
                "lighter, lower tier, heavier or higher tier (empty is none)",
            ),
            Kind::Dates => Text::fixed(
                "本人的日期，可多个，用分号分隔；在此人任一行填写一次",
                "the person's dates, several separated by ;; given once, on any of the person's rows",
            ),
            Kind::Repairs => Text::fixed(
                "考试或参与管理工作加日期，如“考试 2025-09-01”，多个用分号分隔；填写一次",
                "exam or participation and the date, e.g. “exam 2025-09-01”, several separated by ;; given once",
            ),
            Kind::History => Text::fixed(
                "此前年度及其分值，如“2023: 9; 2024: 6”；填写一次",
                "earlier periods and their points, e.g. “2023: 9; 2024: 6”; given once",
            ),
        }
    }

    /// The column a header names, if any.
    pub fn from_header(header: &str) -> Option<Column> {
        let wanted = normalise_header(header);
        if wanted.is_empty() {
            return None;
        }
        COLUMNS.into_iter().find(|c| {
            let h = c.header();
            let same = |name: &str| normalise_header(name) == wanted;
            [c.key(), h.zh.as_ref(), h.en.as_ref()]
                .into_iter()
                .any(same)
                || c.aliases().iter().any(|a| same(a))
        })
    }
}

/// A header as compared: no spaces, half-width brackets, lower case, `_` as a space.
fn normalise_header(text: &str) -> String {
    half_width(text)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_' && *c != '*')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Full-width ASCII as half-width, the ideographic space as a space, and the brackets
/// people use around a document's year (〔〕【】[]) as one kind.
pub fn half_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            '〔' | '【' | '[' => '〔',
            '〕' | '】' | ']' => '〕',
            _ => c,
        })
        .collect()
}

/// A cell as text: numbers as Excel shows them (`6`, `13.2`), dates as `YYYY-MM-DD`.
pub fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(t) => t.trim().to_string(),
        Cell::Number(n) => number_text(*n),
        Cell::Date(d) => d.to_string(),
        Cell::Bool(true) => "TRUE".into(),
        Cell::Bool(false) => "FALSE".into(),
    }
}

fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        // The shortest text that reads back as the number (13.2, not 13.199999…).
        format!("{n}")
    }
}

/// A date as typed: `2025-05-20`, `2025/5/20`, `2025.5.20`, `2025年5月20日`,
/// `20250520`, in full-width digits too, written `YYYY-MM-DD` (not checked: an
/// impossible day such as 2025-02-30 is left for the case's own check, which says so).
/// Text that is no date at all is returned as written, for the same reason.
pub fn date_text(text: &str) -> String {
    let text = half_width(text.trim());
    let parts: Vec<&str> = text
        .trim_end_matches('日')
        .split(['-', '/', '.', '年', '月'])
        .map(str::trim)
        .collect();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y, m, d]
            if y.len() == 4
                && digits(y)
                && digits(m)
                && digits(d)
                && m.len() <= 2
                && d.len() <= 2 =>
        {
            format!("{y}-{m:0>2}-{d:0>2}")
        }
        [all] if all.len() == 8 && digits(all) => {
            format!("{}-{}-{}", &all[..4], &all[4..6], &all[6..])
        }
        _ => text,
    }
}

/// A cell of a date column, as the case format writes it: a date cell, a day number
/// (a date typed into a cell formatted as a number), or text as [`date_text`] reads it.
pub fn date_value(cell: &Cell) -> Value {
    match cell {
        Cell::Date(d) => Value::String(d.to_string()),
        // Day numbers of 1955–2118: a number in a date column is a date cell whose format
        // was lost (CSV from Excel keeps the text; a workbook may keep the number).
        Cell::Number(n) if (20_000.0..80_000.0).contains(n) => {
            let epoch = NaiveDate::from_ymd_opt(1899, 12, 30).unwrap_or_default();
            epoch
                .checked_add_days(chrono::Days::new(*n as u64))
                .map_or_else(
                    || Value::String(cell_text(cell)),
                    |d| Value::String(d.to_string()),
                )
        }
        other => Value::String(date_text(&cell_text(other))),
    }
}

/// A whole number as the case format has it; text that is no number stays text, for
/// the case's check to name.
fn number_value(text: &str) -> Value {
    let plain: String = half_width(text)
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '¥' | '￥' | '元' | '分'))
        .collect();
    match serde_json::from_str::<Number>(&plain) {
        Ok(n) => Value::Number(n),
        Err(_) => Value::String(text.to_string()),
    }
}

/// Splits a cell of several values (`;`, `；`, `、`, `,`, `，`, line breaks).
fn several(text: &str) -> impl Iterator<Item = &str> {
    text.split([';', '；', '、', ',', '，', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The regime a cell names: its id, or its document (brackets as people type them).
pub fn regime_of(text: &str) -> Option<RegimeId> {
    let text = half_width(text.trim());
    RegimeId::parse(&text.to_ascii_lowercase()).or_else(|| {
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let wanted = squeeze(&text);
        RegimeId::ALL
            .into_iter()
            .find(|r| squeeze(&half_width(r.info().document)) == wanted)
    })
}

/// The value a cell gives its field in the case format, once the person's regime is
/// known (an item may be given by its citation). `None` for an empty cell.
pub fn value(column: Column, cell: &Cell, regime: Option<RegimeId>) -> Option<Value> {
    let text = cell_text(cell);
    if text.is_empty() {
        return None;
    }
    let lower = half_width(&text).to_lowercase();
    let words = |pairs: &[(&str, &[&str])]| {
        pairs
            .iter()
            .find(|(code, said)| lower == *code || said.iter().any(|s| lower == *s))
            .map_or_else(|| Value::String(text.clone()), |(code, _)| json!(code))
    };
    Some(match column.kind() {
        Kind::Text | Kind::Regime => Value::String(text),
        Kind::Date => date_value(cell),
        Kind::Whole | Kind::Amount => match cell {
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => json!(*n as i64),
            Cell::Number(n) => Number::from_f64(*n).map_or(Value::String(text), Value::Number),
            _ => number_value(&text),
        },
        Kind::Flag => match cell {
            Cell::Bool(b) => Value::Bool(*b),
            _ => match lower.as_str() {
                "是" | "true" | "yes" | "y" | "1" | "√" | "✓" | "✔" | "有" => {
                    Value::Bool(true)
                }
                "否" | "false" | "no" | "n" | "0" | "×" | "✗" | "无" => Value::Bool(false),
                _ => Value::String(text),
            },
        },
        Kind::Responsibility => words(&[
            ("general", &["一般", "一般责任"]),
            ("important", &["重要", "重要责任"]),
            ("primary", &["主要", "主要责任"]),
        ]),
        Kind::Adjustment => words(&[
            ("none", &["无", "不调整", "否"]),
            ("lighter", &["从轻", "同档从轻"]),
            ("lower_tier", &["减轻一档", "lower tier"]),
            ("heavier", &["从重", "同档从重"]),
            ("higher_tier", &["加重一档", "higher tier"]),
        ]),
        Kind::Items => {
            let codes: Vec<String> = several(&text).map(|c| item_code(c, regime)).collect();
            match codes.as_slice() {
                [one] => Value::String(one.clone()),
                _ => json!(codes),
            }
        }
        Kind::Dates => Value::Array(
            match cell {
                Cell::Date(_) | Cell::Number(_) => vec![date_value(cell)],
                _ => several(&text)
                    .map(|d| Value::String(date_text(d)))
                    .collect(),
            }
            .into_iter()
            .map(|on| json!({ "on": on }))
            .collect(),
        ),
        Kind::Repairs => Value::Array(several(&text).map(repair).collect()),
        Kind::History => Value::Array(several(&text).map(history).collect()),
    })
}

/// An item as the case format has it: its code, from a code in full-width digits too, or
/// from a citation that names exactly one of the regime's items (`第十三条（二）`).
fn item_code(text: &str, regime: Option<RegimeId>) -> String {
    let code: String = half_width(text)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let Some(regime) = regime else { return code };
    if regime.info().items().any(|i| i.code == code) {
        return code;
    }
    if code.contains('条') || code.starts_with('第') {
        if let [one] = super::search::find(regime, &code).as_slice() {
            return one.code.to_string();
        }
    }
    code
}

/// One repair: a kind (`exam`/`考试`, `participation`/`参与管理工作`) and a date.
fn repair(text: &str) -> Value {
    let text = half_width(text);
    let (kind, on) = split_pair(&text);
    let kind = match kind.to_lowercase().as_str() {
        "exam" | "考试" | "参加考试" | "通过考试" => "exam".to_string(),
        "participation" | "参与" | "参与管理" | "参与管理工作" | "参与医保管理工作" => {
            "participation".to_string()
        }
        other => other.to_string(),
    };
    json!({ "kind": kind, "on": date_text(on) })
}

/// One earlier period: its label and its points (`2023: 9`).
fn history(text: &str) -> Value {
    let text = half_width(text);
    let (period, points) = split_pair(&text);
    json!({ "period": date_text(period), "points": number_value(points) })
}

/// `a: b`, `a=b` or `a b` as (a, b).
fn split_pair(text: &str) -> (&str, &str) {
    let text = text.trim();
    text.split_once([':', '=', '：'])
        .or_else(|| text.split_once(char::is_whitespace))
        .map_or((text, ""), |(a, b)| (a.trim(), b.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::Lang;

    #[test]
    fn headers_in_either_language_or_as_keys() {
        for (header, column) in [
            ("人员", Column::Person),
            ("姓名", Column::Person),
            ("Person", Column::Person),
            ("记分决定日期", Column::Field(Field::DecidedOn)),
            ("Decision date", Column::Field(Field::DecidedOn)),
            ("decided_on", Column::Field(Field::DecidedOn)),
            ("涉及金额(元)", Column::Field(Field::AmountYuan)),
            (" 违规条目 ", Column::Field(Field::Item)),
        ] {
            assert_eq!(Column::from_header(header), Some(column), "{header}");
        }
        assert_eq!(Column::from_header("科室"), None);
        assert_eq!(Column::from_header(""), None);
        // Every column's own header reads back as that column, in both languages.
        for c in COLUMNS {
            for lang in [Lang::Zh, Lang::En] {
                assert_eq!(Column::from_header(c.header().get(lang)), Some(c), "{c:?}");
            }
        }
    }

    #[test]
    fn dates_as_people_type_them() {
        for typed in [
            "2025-05-20",
            "2025/5/20",
            "2025.5.20",
            "2025年5月20日",
            "20250520",
            "２０２５－０５－２０",
        ] {
            assert_eq!(date_text(typed), "2025-05-20", "{typed}");
        }
        assert_eq!(date_text("2025-02-30"), "2025-02-30");
        assert_eq!(date_text("soon"), "soon");
        assert_eq!(date_value(&Cell::Number(45797.0)), json!("2025-05-20"));
        assert_eq!(date_value(&Cell::Number(3.0)), json!("3"));
    }

    #[test]
    fn values_as_people_type_them() {
        let t = |s: &str| Cell::Text(s.into());
        let f = Column::Field;
        let sh2025 = RegimeId::parse("shanghai-2025");
        assert_eq!(
            value(f(Field::Responsibility), &t("主要责任"), None),
            Some(json!("primary"))
        );
        assert_eq!(
            value(f(Field::Responsibility), &t("most"), None),
            Some(json!("most"))
        );
        assert_eq!(
            value(f(Field::Adjustment), &t("减轻一档"), None),
            Some(json!("lower_tier"))
        );
        assert_eq!(value(f(Field::Severe), &t("是"), None), Some(json!(true)));
        assert_eq!(value(f(Field::Severe), &Cell::Empty, None), None);
        assert_eq!(
            value(f(Field::Points), &Cell::Number(6.0), None),
            Some(json!(6))
        );
        assert_eq!(value(f(Field::Points), &t("6.5"), None), Some(json!(6.5)));
        assert_eq!(value(f(Field::Points), &t("six"), None), Some(json!("six")));
        assert_eq!(
            value(f(Field::AmountYuan), &t("1,234.50 元"), None),
            Some(json!(1234.50))
        );
        assert_eq!(
            value(f(Field::Item), &Cell::Number(13.2), sh2025),
            Some(json!("13.2"))
        );
        assert_eq!(
            value(f(Field::Item), &t("13.2、13.3"), sh2025),
            Some(json!(["13.2", "13.3"]))
        );
        assert_eq!(
            value(f(Field::Item), &t("第十三条（二）"), sh2025),
            Some(json!("13.2"))
        );
        assert_eq!(
            value(f(Field::Item), &t("13.9"), sh2025),
            Some(json!("13.9"))
        );
        assert_eq!(
            value(f(Field::Restorations), &t("2025/7/1；2025-08-01"), None),
            Some(json!([{"on": "2025-07-01"}, {"on": "2025-08-01"}]))
        );
        assert_eq!(
            value(
                f(Field::Repairs),
                &t("考试 2025-09-01; participation：2025/10/2"),
                None
            ),
            Some(
                json!([{"kind": "exam", "on": "2025-09-01"}, {"kind": "participation", "on": "2025-10-02"}])
            )
        );
        assert_eq!(
            value(f(Field::History), &t("2023: 4; 2024：9"), None),
            Some(json!([{"period": "2023", "points": 4}, {"period": "2024", "points": 9}]))
        );
    }

    #[test]
    fn regimes_by_id_or_document() {
        let sh2025 = RegimeId::parse("shanghai-2025");
        assert_eq!(regime_of("shanghai-2025"), sh2025);
        assert_eq!(regime_of(" Shanghai-2025 "), sh2025);
        assert_eq!(regime_of("沪医保规〔2025〕3号"), sh2025);
        assert_eq!(regime_of("沪医保规[2025]3号"), sh2025);
        assert_eq!(regime_of("沪医保规【2025】3号"), sh2025);
        assert_eq!(regime_of("beijing"), None);
    }
}
