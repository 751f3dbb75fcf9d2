//! The rules of several regimes side by side, with no case: row by row, each regime's
//! own words and citations — items and points, the bands and their measures, one-shot
//! rules, bars, the three-years rule, repairs, the procedure — and, for each total from
//! 1 to 12, what each regime decides there.
//!
//! Every text shown as the law is the regime's data (the seed's sentences beside their
//! articles: clauses, items, bands, provisions), never retyped here. What is computed —
//! the procedure's deadlines and what each total decides — is asked of the core, by
//! evaluating small cases that reach it.
//!
//! ```
//! use jifen::scoring::RegimeId;
//! use jifen::teach::rules::{rows, RowKind};
//!
//! let rows = rows(&[RegimeId::Shanghai2025, RegimeId::Jining2024]);
//! let nine = rows.iter().find(|r| r.kind == RowKind::Total(9)).unwrap();
//! // 沪2025: 9 points suspend payment eligibility for 1 month (2 when scored at once).
//! assert!(nine.cells[0][0].summary_zh.contains("暂停医保支付资格 1 个月"));
//! assert!(nine.cells[0][0].summary_zh.contains("一次性记 9 分：暂停医保支付资格 2 个月"));
//! // 济宁: 9 points deducted suspend the service agreement for 6 months.
//! assert!(nine.cells[1][0].summary_zh.contains("中止服务协议 6 个月"));
//! ```

use chrono::NaiveDate;
use serde_json::{json, Value};

use crate::scoring::catalogue::{Fine, ItemValue, Penalty, Topic};
use crate::scoring::outcome::{Actor, DeadlineKind, Evaluation, Sanction, SanctionKind};
use crate::scoring::regimes::{Counting, Duration, PeriodKind};
use crate::scoring::{self, RegimeId};

/// One statement in a cell: the regime's own words with their citation, and what they
/// come to in short (computed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The citation, in the document's own numbering.
    pub cite: String,
    /// The seed's own words; empty for a computed statement.
    pub text: &'static str,
    /// The English gloss of `text`.
    pub gloss: &'static str,
    /// An item's code, for the item entries of the items row.
    pub code: Option<&'static str>,
    /// In short, in Chinese (computed from the data or by the core).
    pub summary_zh: String,
    /// In short, in English.
    pub summary_en: String,
}

impl Entry {
    fn words(cite: &str, text: &'static str, gloss: &'static str) -> Entry {
        Entry {
            cite: cite.to_string(),
            text,
            gloss,
            code: None,
            summary_zh: String::new(),
            summary_en: String::new(),
        }
    }

    fn said(mut self, zh: impl Into<String>, en: impl Into<String>) -> Entry {
        self.summary_zh = zh.into();
        self.summary_en = en.into();
        self
    }
}

/// What a row compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// The scoring period and how points run in it.
    Period,
    /// Items and their points (clauses, then items).
    Items,
    /// How acts are counted: several acts, one act under several items, sites, fraud.
    Counting,
    /// The bands on the total and their measures.
    Bands,
    /// Rules for points scored at once.
    OneShot,
    /// Bars on registering or signing again after a termination.
    Bars,
    /// Three consecutive years at 9 or more.
    ThreeYears,
    /// Repairs.
    Repairs,
    /// What restarts after a measure.
    Restart,
    /// When a measure takes effect after its decision.
    TakesEffect,
    /// A step of the procedure, with its working days.
    Procedure(DeadlineKind),
    /// What a total decides.
    Total(u32),
}

/// A row: one cell per regime, in the order asked; an empty cell means the document has
/// no such rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub kind: RowKind,
    pub cells: Vec<Vec<Entry>>,
}

/// The procedure's steps, in the order they happen.
pub const PROCEDURE: [DeadlineKind; 7] = [
    DeadlineKind::Objection,
    DeadlineKind::Review,
    DeadlineKind::AgencyDecision,
    DeadlineKind::DecisionDelivery,
    DeadlineKind::RegistrationUpdate,
    DeadlineKind::ResumptionRequest,
    DeadlineKind::ResumptionDecision,
];

/// The rows comparing `regimes`, in the order a session reads them.
pub fn rows(regimes: &[RegimeId]) -> Vec<Row> {
    let per = |f: &dyn Fn(RegimeId) -> Vec<Entry>| regimes.iter().map(|r| f(*r)).collect();
    let mut rows = vec![
        Row {
            kind: RowKind::Period,
            cells: per(&period),
        },
        Row {
            kind: RowKind::Items,
            cells: per(&items),
        },
        Row {
            kind: RowKind::Counting,
            cells: per(&|r| provisions(r, Topic::Counting)),
        },
        Row {
            kind: RowKind::Bands,
            cells: per(&bands),
        },
        Row {
            kind: RowKind::OneShot,
            cells: per(&one_shot),
        },
        Row {
            kind: RowKind::Bars,
            cells: per(&bars),
        },
        Row {
            kind: RowKind::ThreeYears,
            cells: per(&|r| provisions(r, Topic::ThreeYears)),
        },
        Row {
            kind: RowKind::Repairs,
            cells: per(&|r| provisions(r, Topic::Repair)),
        },
        Row {
            kind: RowKind::Restart,
            cells: per(&|r| provisions(r, Topic::Restart)),
        },
        Row {
            kind: RowKind::TakesEffect,
            cells: per(&takes_effect),
        },
    ];
    let probes: Vec<Option<Evaluation>> = regimes.iter().map(|r| procedure_probe(*r)).collect();
    for kind in PROCEDURE {
        let cells: Vec<Vec<Entry>> = regimes
            .iter()
            .zip(&probes)
            .map(|(r, probe)| procedure(*r, probe.as_ref(), kind))
            .collect();
        // A step no regime compared has is not a row.
        if cells.iter().any(|c| !c.is_empty()) {
            rows.push(Row {
                kind: RowKind::Procedure(kind),
                cells,
            });
        }
    }
    for total in 1..=12 {
        rows.push(Row {
            kind: RowKind::Total(total),
            cells: per(&|r| at_total(r, total)),
        });
    }
    rows
}

fn provisions(regime: RegimeId, topic: Topic) -> Vec<Entry> {
    regime
        .info()
        .provisions
        .iter()
        .filter(|p| p.topic == topic)
        .map(|p| Entry::words(p.cite, p.text, p.gloss))
        .collect()
}

fn period(regime: RegimeId) -> Vec<Entry> {
    let info = regime.info();
    let (zh, en) = match (info.counting, info.period) {
        (Counting::PointsAdded, _) => (
            "自然年度内累加记分，从 0 分起",
            "points added up in a natural year, from 0",
        ),
        (Counting::PointsDeducted, PeriodKind::AgreementYear) => (
            "每个协议年度初始 12 分，违规扣分",
            "12 points at the start of each agreement year, deducted for violations",
        ),
        (Counting::PointsDeducted, _) => (
            "每个自然年度初始 12 分，违规扣分",
            "12 points at the start of each natural year, deducted for violations",
        ),
        (Counting::Fines, _) => (
            "不记分：每个行为按条款处罚款和措施",
            "no points: each act is fined and measured by its article",
        ),
    };
    let mut out: Vec<Entry> = provisions(regime, Topic::Period);
    match out.first_mut() {
        Some(first) => {
            first.summary_zh = zh.into();
            first.summary_en = en.into();
        }
        None => out.push(Entry::words(info.period_cite, "", "").said(zh, en)),
    }
    out
}

/// The points (or fine) an item scores, in short.
pub fn value_words(regime: RegimeId, value: ItemValue) -> (String, String) {
    let deducted = regime.info().counting == Counting::PointsDeducted;
    match value {
        ItemValue::Tier { tier } => {
            let (a, b, c) = (3 * tier - 2, 3 * tier - 1, 3 * tier);
            (
                format!("{a}—{c} 分：一般责任 {a}、重要责任 {b}、主要责任 {c}"),
                format!("{a}–{c} points: general {a}, important {b}, primary {c}"),
            )
        }
        ItemValue::Severity { points, severe } => (
            format!("记 {points} 分；情节恶劣或损失严重的 {severe} 分"),
            format!(
                "{}; {severe} when egregious or the loss serious",
                points_en(points)
            ),
        ),
        ItemValue::Fixed { points } if deducted => (
            format!("每次扣 {points} 分"),
            format!("{} deducted each time", points_en(points)),
        ),
        ItemValue::Fixed { points } => (
            format!("一次性记 {points} 分"),
            format!("{} at once", points_en(points)),
        ),
        ItemValue::Fine { normal, severe } => {
            let (mut zh, mut en) = penalty_words(&normal);
            if let Some(severe) = severe {
                let (z, e) = penalty_words(&severe);
                zh = format!("{zh}；情节严重的：{z}");
                en = format!("{en}; when serious: {e}");
            }
            (zh, en)
        }
    }
}

fn penalty_words(p: &Penalty) -> (String, String) {
    let (zh, en) = match p.fine {
        Fine::Yuan { min, max } => (
            format!("罚款 {min}—{max} 元"),
            format!("a fine of ¥{min}–{max}"),
        ),
        Fine::TimesAmount { min, max } => (
            format!("骗取金额 {min}—{max} 倍罚款"),
            format!("a fine of {min}–{max} times the amount"),
        ),
        Fine::None => ("不设罚款".to_string(), "no fine".to_string()),
    };
    if p.warning_possible {
        (format!("警告或{zh}"), format!("a warning or {en}"))
    } else {
        (zh, en)
    }
}

fn items(regime: RegimeId) -> Vec<Entry> {
    let mut out = Vec::new();
    for clause in regime.info().clauses {
        let first = clause.items.first().map(|i| i.value);
        let same = clause.items.iter().all(|i| Some(i.value) == first);
        let (zh, en) = match (same, first) {
            (true, Some(value)) => value_words(regime, value),
            _ => (String::new(), String::new()),
        };
        out.push(Entry::words(clause.cite, clause.text, clause.gloss).said(zh, en));
        for item in clause.items {
            let (zh, en) = value_words(regime, item.value);
            let mut entry = Entry::words(item.cite, item.text, item.gloss).said(zh, en);
            entry.code = Some(item.code);
            out.push(entry);
        }
    }
    out
}

/// The regime's own name for a measure, in Chinese and English.
pub fn measure_term(regime: RegimeId, kind: SanctionKind) -> (&'static str, &'static str) {
    use RegimeId::*;
    use SanctionKind::*;
    match (regime, kind) {
        (Shanghai2025, Notice) => (
            "向所在定点医药机构通报记分情况",
            "the institution is notified of the points",
        ),
        (Shanghai2025, Suspension) => ("暂停医保支付资格", "payment eligibility suspended"),
        (Shanghai2025, Termination) => ("终止医保支付资格", "payment eligibility terminated"),
        (Shanghai2023, Interview) => (
            "所在机构约谈并院内通报",
            "the institution interviews the physician",
        ),
        (Shanghai2023, Warning) => ("告诫，纳入重点监管", "a caution and close supervision"),
        (Shanghai2023, Training) => (
            "医保部门约谈，离岗医保政策培训",
            "an interview and off-duty policy training",
        ),
        (Shanghai2023, Suspension) => ("暂停医保费用结算支付", "insurance settlement suspended"),
        (Wenzhou2014 | Jining2024, Interview) => ("约谈", "an interview"),
        (Wenzhou2014 | Jining2024, Suspension) => {
            ("中止服务协议", "the service agreement suspended")
        }
        (Wenzhou2014 | Jining2024, Termination) => {
            ("解除服务协议", "the service agreement terminated")
        }
        (_, SettlementChange) => ("改变记帐结算方式", "the settlement mode changed"),
        (_, kind) => (kind.zh(), kind.code()),
    }
}

/// A duration in words: "1 个月", "6—12 个月".
fn months_words(min: u32, max: u32) -> (String, String) {
    if min == max {
        (
            format!("{min} 个月"),
            format!("{min} month{}", if min == 1 { "" } else { "s" }),
        )
    } else {
        (format!("{min}—{max} 个月"), format!("{min}–{max} months"))
    }
}

/// The bar after a termination in words.
fn bar_words(regime: RegimeId, min: u32, max: u32) -> (String, String) {
    let years = if min == max {
        format!("{min}")
    } else {
        format!("{min}—{max}")
    };
    let years_en = if min == max {
        format!("{min} year{}", if min == 1 { "" } else { "s" })
    } else {
        format!("{min}–{max} years")
    };
    match regime {
        RegimeId::Shanghai2025 => (
            format!("{years} 年内不得再次登记备案"),
            format!("no new registration for {years_en}"),
        ),
        _ => (
            format!("{years} 年内不得重新签订服务协议"),
            format!("no new agreement for {years_en}"),
        ),
    }
}

/// A band's measure from the data: "暂停医保支付资格 1 个月".
fn band_measure(regime: RegimeId, kind: SanctionKind, duration: Duration) -> (String, String) {
    let (term_zh, term_en) = measure_term(regime, kind);
    match duration {
        Duration::None => (term_zh.to_string(), term_en.to_string()),
        Duration::Months { min, max } => {
            let (zh, en) = months_words(min, max);
            (format!("{term_zh} {zh}"), format!("{term_en} for {en}"))
        }
        Duration::Bar { min, max } => {
            let (zh, en) = bar_words(regime, min, max);
            (format!("{term_zh}，{zh}"), format!("{term_en}; {en}"))
        }
    }
}

fn range_words(regime: RegimeId, from: u32, to: Option<u32>) -> (String, String) {
    let unit = if regime.info().counting == Counting::PointsDeducted {
        ("扣分", "deducted")
    } else {
        ("累计", "points")
    };
    match to {
        Some(to) if to == from => (
            format!("{} {from} 分", unit.0),
            format!("{from} {}", unit.1),
        ),
        Some(to) => (
            format!("{} {from}—{to} 分", unit.0),
            format!("{from}–{to} {}", unit.1),
        ),
        None => (
            format!("{} {from} 分及以上", unit.0),
            format!("{from} or more {}", unit.1),
        ),
    }
}

fn bands(regime: RegimeId) -> Vec<Entry> {
    regime
        .info()
        .bands
        .iter()
        .map(|band| {
            let (range_zh, range_en) = range_words(regime, band.from, band.to);
            let (zh, en) = band_measure(regime, band.kind, band.duration);
            Entry::words(band.cite, band.text, band.gloss)
                .said(format!("{range_zh}：{zh}"), format!("{range_en}: {en}"))
        })
        .collect()
}

fn one_shot(regime: RegimeId) -> Vec<Entry> {
    let mut out: Vec<Entry> = regime
        .info()
        .bands
        .iter()
        .filter_map(|band| {
            let one_shot = band.one_shot?;
            let (cumulative_zh, cumulative_en) = band_measure(regime, band.kind, band.duration);
            let (zh, en) = band_measure(regime, band.kind, one_shot);
            Some(Entry::words(band.cite, band.text, band.gloss).said(
                format!(
                    "累计 {} 分：{cumulative_zh}；一次性 {} 分：{zh}",
                    band.from, band.from
                ),
                format!(
                    "{} cumulative: {cumulative_en}; {} at once: {en}",
                    band.from, band.from
                ),
            ))
        })
        .collect();
    out.extend(provisions(regime, Topic::OneShot));
    out
}

fn bars(regime: RegimeId) -> Vec<Entry> {
    let mut out: Vec<Entry> = regime
        .info()
        .bands
        .iter()
        .filter_map(|band| match band.duration {
            Duration::Bar { min, max } => {
                let (zh, en) = bar_words(regime, min, max);
                Some(Entry::words(band.cite, band.text, band.gloss).said(zh, en))
            }
            _ => None,
        })
        .collect();
    out.extend(provisions(regime, Topic::Bar));
    out
}

/// The first day in force of a regime, plus a little, on a working day: the day its
/// probe cases are decided on.
pub fn probe_day(regime: RegimeId) -> NaiveDate {
    let year = match regime {
        RegimeId::Shanghai2023 => 2024,
        _ => 2025,
    };
    // A Tuesday in early June, clear of every holiday.
    NaiveDate::from_ymd_opt(year, 6, 3).unwrap_or(NaiveDate::MIN)
}

fn day_after(day: NaiveDate, days: u64) -> NaiveDate {
    day.checked_add_days(chrono::Days::new(days)).unwrap_or(day)
}

/// A case of one person reaching the first suspension of the regime (or any measure with
/// a duration), with a notice, a timely objection and a request to resume: every step of
/// the procedure appears among its deadlines.
fn procedure_probe(regime: RegimeId) -> Option<Evaluation> {
    let info = regime.info();
    if info.counting == Counting::Fines {
        return None;
    }
    let band = info
        .bands
        .iter()
        .find(|b| matches!(b.duration, Duration::Months { .. }))?;
    let day = probe_day(regime);
    let notified = day.checked_sub_days(chrono::Days::new(28))?;
    let mut incident = json!({"id": "a", "points": band.from, "decided_on": day.to_string(),
        "notified_on": notified.to_string(), "objection_filed_on": day_after(notified, 2).to_string()});
    let mut pending = json!({"id": "b", "points": 1, "notified_on": day_after(day, 1).to_string()});
    if regime == RegimeId::Shanghai2025 {
        incident["responsibility"] = json!("primary");
        pending["responsibility"] = json!("general");
    }
    let mut incidents = vec![incident];
    if matches!(regime, RegimeId::Shanghai2025 | RegimeId::Shanghai2023) {
        incidents.push(pending);
    }
    let mut case =
        json!({"regime": regime.as_str(), "as_of": day.to_string(), "incidents": incidents});
    if regime == RegimeId::Wenzhou2014 {
        case["agreement_start"] = json!(format!("{}-01-01", day.format("%Y")));
    }
    // A request to resume, made a week before the end of the measure.
    let first = scoring::evaluate(&case, day).ok()?;
    let end = first
        .sanctions
        .iter()
        .find_map(|s| s.months.map(|m| m.end))?;
    if matches!(regime, RegimeId::Shanghai2025 | RegimeId::Wenzhou2014) {
        case["resumption_requests"] =
            json!([{"on": end.checked_sub_days(chrono::Days::new(7))?.to_string()}]);
    }
    scoring::evaluate(&case, day).ok()
}

fn actor_words(actor: Actor) -> (&'static str, &'static str) {
    match actor {
        Actor::Person => ("本人", "the person"),
        Actor::Institution => ("所在机构", "the institution"),
        Actor::Agency => ("经办机构", "the agency"),
    }
}

fn procedure(regime: RegimeId, probe: Option<&Evaluation>, kind: DeadlineKind) -> Vec<Entry> {
    let Some(probe) = probe else {
        return Vec::new();
    };
    let mut out: Vec<Entry> = Vec::new();
    for d in probe.deadlines.iter().filter(|d| d.kind == kind) {
        // Each rule once (the same rule follows every incident).
        if out
            .iter()
            .any(|e| e.cite == d.cite && e.summary_zh.ends_with(d.text.zh.as_ref()))
        {
            continue;
        }
        let words = regime
            .info()
            .provisions
            .iter()
            .find(|p| p.topic == Topic::Procedure && p.cite == d.cite);
        let (text, gloss) = words.map_or(("", ""), |p| (p.text, p.gloss));
        let (actor_zh, actor_en) = actor_words(d.actor);
        out.push(Entry::words(&d.cite, text, gloss).said(
            format!("{actor_zh}：{}", d.text.zh),
            format!("{actor_en}: {}", d.text),
        ));
    }
    out
}

fn takes_effect(regime: RegimeId) -> Vec<Entry> {
    let Some(probe) = procedure_probe(regime) else {
        return Vec::new();
    };
    let Some(s) = probe.sanctions.iter().find(|s| s.start.is_some()) else {
        return Vec::new();
    };
    let start = s.start.unwrap_or(s.decided_on);
    if start == day_after(s.decided_on, 1) {
        return vec![Entry::words(&s.cite, "", "").said(
            format!(
                "决定作出次日起执行（例：{} 决定，{start} 起）",
                s.decided_on
            ),
            format!(
                "in force from the day after the decision (e.g. decided {}, from {start})",
                s.decided_on
            ),
        )];
    }
    // A start the law delays: the steps that say why (温州 第二十条).
    s.trace
        .iter()
        .filter(|step| step.text.zh.contains(&start.to_string()))
        .filter_map(|step| {
            let words = regime
                .info()
                .provisions
                .iter()
                .find(|p| p.cite == step.cite)?;
            Some(Entry::words(&step.cite, words.text, words.gloss).said(
                format!("{}（例：{} 决定）", step.text.zh, s.decided_on),
                format!("{} (e.g. decided {})", step.text, s.decided_on),
            ))
        })
        .collect()
}

/// A case whose one decision brings the total to `total`: `total` incidents of one point
/// (cumulative), or one incident of `total` (at once); `history` gives the two years
/// before at 9 (the three-years rule).
pub fn total_case(regime: RegimeId, total: u32, at_once: bool, third_year: bool) -> Value {
    let day = probe_day(regime);
    let incident = |id: String, points: u32| {
        let mut i = json!({"id": id, "points": points, "decided_on": day.to_string()});
        if regime == RegimeId::Shanghai2025 {
            i["responsibility"] = json!("general");
        }
        i
    };
    let incidents: Vec<Value> = if at_once {
        vec![incident("a".into(), total)]
    } else {
        (1..=total).map(|n| incident(format!("a{n}"), 1)).collect()
    };
    let mut case =
        json!({"regime": regime.as_str(), "as_of": day.to_string(), "incidents": incidents});
    let year: i32 = day.format("%Y").to_string().parse().unwrap_or(2025);
    if regime == RegimeId::Wenzhou2014 {
        case["agreement_start"] = json!(format!("{}-01-01", year - 3));
    }
    if third_year {
        let label = |y: i32| match regime {
            RegimeId::Wenzhou2014 => format!("{y}-01-01"),
            _ => y.to_string(),
        };
        case["history"] = json!([{"period": label(year - 2), "points": 9}, {"period": label(year - 1), "points": 9}]);
    }
    case
}

/// What a sanction of the core's result comes to, in the regime's own terms.
pub fn sanction_words(regime: RegimeId, s: &Sanction) -> (String, String) {
    let duration = match (s.months, s.bar) {
        (Some(m), _) => Duration::Months {
            min: m.min_months,
            max: m.max_months,
        },
        (_, Some(b)) => Duration::Bar {
            min: b.bar_years,
            max: b.bar_max_years,
        },
        _ => Duration::None,
    };
    band_measure(regime, s.kind, duration)
}

/// The measure the case's last decision decides, in words; "nothing" when none.
fn decided(regime: RegimeId, result: &Evaluation) -> (Option<String>, String, String) {
    match result.sanctions.last() {
        Some(s) => {
            let (zh, en) = sanction_words(regime, s);
            (Some(s.cite.clone()), zh, en)
        }
        None => (None, "不作处理".to_string(), "no measure".to_string()),
    }
}

fn at_total(regime: RegimeId, total: u32) -> Vec<Entry> {
    if regime.info().counting == Counting::Fines {
        return Vec::new();
    }
    let day = probe_day(regime);
    let eval =
        |at_once, third| scoring::evaluate(&total_case(regime, total, at_once, third), day).ok();
    let Some(cumulative) = eval(false, false) else {
        return Vec::new();
    };
    let (cite, zh, en) = decided(regime, &cumulative);
    let (verb_zh, verb_en) = if regime.info().counting == Counting::PointsDeducted {
        ("扣", "deducted")
    } else {
        ("记", "scored")
    };
    let mut summary_zh = zh.clone();
    let mut summary_en = en.clone();
    let mut cites = vec![cite.clone()];
    if let Some(at_once) = eval(true, false) {
        let (c, z, e) = decided(regime, &at_once);
        if z != zh {
            summary_zh = format!("累计：{summary_zh}；一次性{verb_zh} {total} 分：{z}");
            summary_en = format!("cumulative: {summary_en}; {total} {verb_en} at once: {e}");
            cites.push(c);
        }
    }
    let three_years = regime
        .info()
        .provisions
        .iter()
        .any(|p| p.topic == Topic::ThreeYears);
    if three_years {
        if let Some(third) = eval(false, true) {
            let (c, z, e) = decided(regime, &third);
            if z != zh {
                summary_zh = format!("{summary_zh}；连续三年 9 分以上：{z}");
                summary_en = format!("{summary_en}; third year running at 9 or more: {e}");
                cites.push(c);
            }
        }
    }
    let mut cite_list: Vec<String> = Vec::new();
    for c in cites.into_iter().flatten() {
        if !cite_list.contains(&c) {
            cite_list.push(c);
        }
    }
    vec![Entry {
        cite: cite_list.join("、"),
        text: "",
        gloss: "",
        code: None,
        summary_zh,
        summary_en,
    }]
}

/// "1 point", "3 points".
pub fn points_en(n: u32) -> String {
    if n == 1 {
        "1 point".to_string()
    } else {
        format!("{n} points")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(rows: &[Row], kind: RowKind) -> &Row {
        rows.iter().find(|r| r.kind == kind).expect("row")
    }

    #[test]
    fn every_regime_has_its_items_bands_and_period() {
        let all = rows(&RegimeId::ALL);
        for (i, regime) in RegimeId::ALL.into_iter().enumerate() {
            assert!(!row(&all, RowKind::Items).cells[i].is_empty(), "{regime:?}");
            assert!(
                !row(&all, RowKind::Period).cells[i].is_empty(),
                "{regime:?}"
            );
            if regime != RegimeId::Shanghai2020 {
                assert!(!row(&all, RowKind::Bands).cells[i].is_empty(), "{regime:?}");
                assert!(
                    !row(&all, RowKind::Procedure(DeadlineKind::Objection)).cells[i].is_empty()
                );
            }
        }
    }

    #[test]
    fn totals_follow_the_bands_of_each_regime() {
        let all = rows(&[
            RegimeId::Shanghai2023,
            RegimeId::Wenzhou2014,
            RegimeId::Jining2024,
        ]);
        let at = |t: u32, i: usize| row(&all, RowKind::Total(t)).cells[i][0].summary_zh.clone();
        assert_eq!(at(2, 0), "不作处理");
        assert!(at(9, 0).contains("离岗医保政策培训 1 个月"), "{}", at(9, 0));
        assert!(at(12, 0).contains("暂停医保费用结算支付 6—12 个月"));
        assert!(at(9, 1).contains("中止服务协议 1—3 个月"), "{}", at(9, 1));
        assert!(
            at(9, 1).contains("连续三年 9 分以上：解除服务协议"),
            "{}",
            at(9, 1)
        );
        assert!(at(5, 2).starts_with("约谈"));
        assert!(
            at(12, 2).contains("1—2 年内不得重新签订服务协议"),
            "{}",
            at(12, 2)
        );
    }

    #[test]
    fn the_procedure_says_its_working_days_and_cites_its_articles() {
        let all = rows(&[RegimeId::Shanghai2025, RegimeId::Wenzhou2014]);
        let objection = row(&all, RowKind::Procedure(DeadlineKind::Objection));
        assert_eq!(objection.cells[0][0].cite, "第十七条");
        assert!(objection.cells[0][0].text.contains("10 个工作日"));
        assert_eq!(objection.cells[1][0].cite, "第二十条");
        let decision = row(&all, RowKind::Procedure(DeadlineKind::AgencyDecision));
        let cites: Vec<&str> = decision.cells[0].iter().map(|e| e.cite.as_str()).collect();
        assert_eq!(cites, ["第十八条", "第十九条"]);
        let resumption = row(&all, RowKind::Procedure(DeadlineKind::ResumptionRequest));
        assert_eq!(resumption.cells[0][0].cite, "第三十条");
        assert_eq!(resumption.cells[1][0].cite, "第十条");
        // Wenzhou's measures wait 15 working days (第二十条).
        let effect = row(&all, RowKind::TakesEffect);
        assert_eq!(effect.cells[1][0].cite, "第二十条");
    }
}
