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
//! let regimes = ["shanghai-2025", "jining-2024"].map(|id| RegimeId::parse(id).unwrap());
//! let rows = rows(&regimes);
//! let nine = rows.iter().find(|r| r.kind == RowKind::Total(9)).unwrap();
//! // 沪2025: 9 points suspend payment eligibility for 1 month (2 when scored at once).
//! assert!(nine.cells[0][0].summary.zh.contains("暂停医保支付资格 1 个月"));
//! assert!(nine.cells[0][0].summary.zh.contains("一次性记 9 分：暂停医保支付资格 2 个月"));
//! // 济宁: 9 points deducted suspend the service agreement for 6 months.
//! assert!(nine.cells[1][0].summary.zh.contains("中止服务协议 6 个月"));
//! ```

use crate::scoring::catalogue::Topic;
use crate::scoring::outcome::{Actor, DeadlineKind, Evaluation};
use crate::scoring::regimes::{Counting, Duration, PeriodKind};
use crate::scoring::text::Text;
use crate::scoring::{self, RegimeId};

mod probes;
mod words;

pub(crate) use probes::required_facts;
use probes::{day_after, procedure_probe};
pub use probes::{probe_day, total_case};
use words::{band_measure, range_words};
pub use words::{measure_or_none, measure_term, sanction_words, value_words};

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
    /// In short (computed from the data or by the core).
    pub summary: Text,
}

impl Entry {
    fn words(cite: &str, text: &'static str, gloss: &'static str) -> Entry {
        Entry {
            cite: cite.to_string(),
            text,
            gloss,
            code: None,
            summary: Text::default(),
        }
    }

    fn said(mut self, summary: Text) -> Entry {
        self.summary = summary;
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
    let summary = match (info.counting, info.period) {
        (Counting::PointsAdded, _) => Text::fixed(
            "自然年度内累加记分，从 0 分起",
            "points added up in a natural year, from 0",
        ),
        (Counting::PointsDeducted, PeriodKind::AgreementYear) => Text::fixed(
            "每个协议年度初始 12 分，违规扣分",
            "12 points at the start of each agreement year, deducted for violations",
        ),
        (Counting::PointsDeducted, _) => Text::fixed(
            "每个自然年度初始 12 分，违规扣分",
            "12 points at the start of each natural year, deducted for violations",
        ),
        (Counting::Fines, _) => Text::fixed(
            "不记分：每个行为按条款处罚款和措施",
            "no points: each act is fined and measured by its article",
        ),
    };
    let mut out: Vec<Entry> = provisions(regime, Topic::Period);
    match out.first_mut() {
        Some(first) => first.summary = summary,
        None => out.push(Entry::words(info.period_cite, "", "").said(summary)),
    }
    out
}

fn items(regime: RegimeId) -> Vec<Entry> {
    let mut out = Vec::new();
    for clause in regime.info().clauses {
        let first = clause.items.first().map(|i| i.value);
        let same = clause.items.iter().all(|i| Some(i.value) == first);
        let summary = match (same, first) {
            (true, Some(value)) => value_words(regime, value),
            _ => Text::default(),
        };
        out.push(Entry::words(clause.cite, clause.text, clause.gloss).said(summary));
        for item in clause.items {
            let mut entry = Entry::words(item.cite, item.text, item.gloss)
                .said(value_words(regime, item.value));
            entry.code = Some(item.code);
            out.push(entry);
        }
    }
    out
}

fn bands(regime: RegimeId) -> Vec<Entry> {
    regime
        .info()
        .bands
        .iter()
        .map(|band| {
            let range = range_words(regime, band.from, band.to);
            let measure = band_measure(regime, band.kind, band.duration);
            Entry::words(band.cite, band.text, band.gloss).said(Text::new(
                format!("{}：{}", range.zh, measure.zh),
                format!("{}: {}", range.en, measure.en),
            ))
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
            let cumulative = band_measure(regime, band.kind, band.duration);
            let at_once = band_measure(regime, band.kind, one_shot);
            let from = band.from;
            Some(
                Entry::words(band.cite, band.text, band.gloss).said(Text::new(
                    format!(
                        "累计 {from} 分：{}；一次性 {from} 分：{}",
                        cumulative.zh, at_once.zh
                    ),
                    format!(
                        "{from} cumulative: {}; {from} at once: {}",
                        cumulative.en, at_once.en
                    ),
                )),
            )
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
            Duration::Bar { min, max } => Some(
                Entry::words(band.cite, band.text, band.gloss).said(words::bar(regime, min, max)),
            ),
            _ => None,
        })
        .collect();
    out.extend(provisions(regime, Topic::Bar));
    out
}

/// Who acts by a deadline, as the rules side by side name them.
fn actor_words(actor: Actor) -> Text {
    match actor {
        Actor::Person => Text::fixed("本人", "the person"),
        Actor::Institution => Text::fixed("所在机构", "the institution"),
        Actor::Agency => Text::fixed("经办机构", "the agency"),
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
            .any(|e| e.cite == d.cite && e.summary.zh.ends_with(d.text.zh.as_ref()))
        {
            continue;
        }
        let words = regime
            .info()
            .provisions
            .iter()
            .find(|p| p.topic == Topic::Procedure && p.cite == d.cite);
        let (text, gloss) = words.map_or(("", ""), |p| (p.text, p.gloss));
        let actor = actor_words(d.actor);
        out.push(Entry::words(&d.cite, text, gloss).said(Text::new(
            format!("{}：{}", actor.zh, d.text.zh),
            format!("{}: {}", actor.en, d.text.en),
        )));
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
        return vec![Entry::words(&s.cite, "", "").said(Text::new(
            format!(
                "决定作出次日起执行（例：{} 决定，{start} 起）",
                s.decided_on
            ),
            format!(
                "in force from the day after the decision (e.g. decided {}, from {start})",
                s.decided_on
            ),
        ))];
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
            Some(
                Entry::words(&step.cite, words.text, words.gloss).said(Text::new(
                    format!("{}（例：{} 决定）", step.text.zh, s.decided_on),
                    format!("{} (e.g. decided {})", step.text.en, s.decided_on),
                )),
            )
        })
        .collect()
}

/// The measure the case's last decision decides, in words, with its article; "nothing"
/// when none.
fn decided(regime: RegimeId, result: &Evaluation) -> (Option<String>, Text) {
    let last = result.sanctions.last();
    (last.map(|s| s.cite.clone()), measure_or_none(regime, last))
}

fn at_total(regime: RegimeId, total: u32) -> Vec<Entry> {
    let info = regime.info();
    if info.counting == Counting::Fines {
        return Vec::new();
    }
    let day = probe_day(regime);
    let eval =
        |at_once, third| scoring::evaluate(&total_case(regime, total, at_once, third), day).ok();
    let Some(cumulative) = eval(false, false) else {
        return Vec::new();
    };
    let (cite, measure) = decided(regime, &cumulative);
    let (verb_zh, verb_en) = if info.counting == Counting::PointsDeducted {
        ("扣", "deducted")
    } else {
        ("记", "scored")
    };
    let mut summary = measure.clone();
    let mut cites = vec![cite];
    if let Some(at_once) = eval(true, false) {
        let (c, other) = decided(regime, &at_once);
        if other.zh != measure.zh {
            summary = Text::new(
                format!(
                    "累计：{}；一次性{verb_zh} {total} 分：{}",
                    summary.zh, other.zh
                ),
                format!(
                    "cumulative: {}; {total} {verb_en} at once: {}",
                    summary.en, other.en
                ),
            );
            cites.push(c);
        }
    }
    let three_years = info.provisions.iter().any(|p| p.topic == Topic::ThreeYears);
    if three_years {
        if let Some(third) = eval(false, true) {
            let (c, other) = decided(regime, &third);
            if other.zh != measure.zh {
                summary = Text::new(
                    format!("{}；连续三年 9 分以上：{}", summary.zh, other.zh),
                    format!(
                        "{}; third year running at 9 or more: {}",
                        summary.en, other.en
                    ),
                );
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
        summary,
    }]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(rows: &[Row], kind: RowKind) -> &Row {
        rows.iter().find(|r| r.kind == kind).expect("row")
    }

    fn regimes<const N: usize>(ids: [&str; N]) -> [RegimeId; N] {
        ids.map(|id| RegimeId::parse(id).expect("regime"))
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
            if regime.info().counting != Counting::Fines {
                assert!(!row(&all, RowKind::Bands).cells[i].is_empty(), "{regime:?}");
                assert!(
                    !row(&all, RowKind::Procedure(DeadlineKind::Objection)).cells[i].is_empty()
                );
            }
        }
    }

    #[test]
    fn totals_follow_the_bands_of_each_regime() {
        let all = rows(&regimes(["shanghai-2023", "wenzhou-2014", "jining-2024"]));
        let at = |t: u32, i: usize| row(&all, RowKind::Total(t)).cells[i][0].summary.zh.clone();
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
        let all = rows(&regimes(["shanghai-2025", "wenzhou-2014"]));
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
