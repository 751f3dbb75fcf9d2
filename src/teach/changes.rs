//! What changed from a document to the one that took over from it (沪医保规〔2023〕4号 →
//! 〔2025〕3号): the rules side by side ([`super::rules::rows`], each document's own words
//! and articles), each row marked changed or not, with what changed in short — computed
//! from the two regimes' data and, for each total and the procedure, from the core's
//! answers, never typed by hand.
//!
//! ```
//! use jifen::scoring::RegimeId;
//! use jifen::teach::changes::{changes, predecessor};
//! use jifen::teach::rules::RowKind;
//!
//! let sh2025 = RegimeId::parse("shanghai-2025").unwrap();
//! let sh2023 = predecessor(sh2025).unwrap();
//! assert_eq!(sh2023.as_str(), "shanghai-2023");
//! let rows = changes(sh2023, sh2025);
//! let repairs = rows.iter().find(|r| r.kind == RowKind::Repairs).unwrap();
//! assert!(repairs.changed && repairs.what.zh.starts_with("新增"));
//! let period = rows.iter().find(|r| r.kind == RowKind::Period).unwrap();
//! assert!(!period.changed);
//! ```

use super::rules::{self, measure_or_none, probe_day, procedure_probe, total_case, Entry, RowKind};
use crate::scoring::case::Field;
use crate::scoring::catalogue::ItemValue;
use crate::scoring::outcome::{Actor, DeadlineKind, Evaluation, SanctionKind};
use crate::scoring::regimes::{Counting, Duration};
use crate::scoring::text::Text;
use crate::scoring::{self, words, RegimeId};

/// One row: the two documents' entries, whether the rule changed, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub kind: RowKind,
    /// The earlier document's entries, then the later's.
    pub cells: [Vec<Entry>; 2],
    pub changed: bool,
    /// What changed (or what stayed), in short.
    pub what: Text,
}

/// The document `regime` took over from: the one of the same place, counting the same
/// way, in force the day before it (沪2025 ← 沪2023); `None` for a first document.
pub fn predecessor(regime: RegimeId) -> Option<RegimeId> {
    let info = regime.info();
    let eve = info.in_force_from.pred_opt()?;
    let before = info.counterpart_on(eve)?;
    RegimeId::parse(before.id)
}

/// The first regime that has a predecessor (the room's default: 沪2023 → 沪2025).
pub fn default_pair() -> Option<(RegimeId, RegimeId)> {
    RegimeId::ALL
        .into_iter()
        .find_map(|r| predecessor(r).map(|p| (p, r)))
}

/// The rows comparing `from` with `to`, in the order a session reads them.
pub fn changes(from: RegimeId, to: RegimeId) -> Vec<Change> {
    let probes = [procedure_probe(from), procedure_probe(to)];
    rules::rows(&[from, to])
        .into_iter()
        .map(|row| {
            let [a, b]: [Vec<Entry>; 2] = row.cells.try_into().unwrap_or_default();
            let (changed, what) = compare(row.kind, from, to, &a, &b, &probes);
            Change {
                kind: row.kind,
                cells: [a, b],
                changed,
                what,
            }
        })
        .collect()
}

/// Unchanged: `未变：…`.
fn same(text: Text) -> (bool, Text) {
    (
        false,
        Text::new(
            format!("未变：{}", text.zh),
            format!("unchanged: {}", text.en),
        ),
    )
}

/// Changed: `…`.
fn differs(text: Text) -> (bool, Text) {
    (true, text)
}

/// What one regime's row says in short: its entries' summaries, joined.
fn summaries(entries: &[Entry]) -> Text {
    let zh: Vec<&str> = entries
        .iter()
        .map(|e| e.summary.zh.as_ref())
        .filter(|s| !s.is_empty())
        .collect();
    let en: Vec<&str> = entries
        .iter()
        .map(|e| e.summary.en.as_ref())
        .filter(|s| !s.is_empty())
        .collect();
    Text::new(zh.join("；"), en.join("; "))
}

/// A rule only one of the two has: `新增：…` or `取消：…`.
fn added_or_dropped(
    a: &[Entry],
    b: &[Entry],
    said: &dyn Fn(&[Entry]) -> Text,
) -> Option<(bool, Text)> {
    match (a.is_empty(), b.is_empty()) {
        (true, true) => Some(same(Text::fixed(
            "两个文件均无此规定",
            "neither document has such a rule",
        ))),
        (true, false) => {
            let t = said(b);
            Some(differs(Text::new(
                format!("新增：{}", t.zh),
                format!("new: {}", t.en),
            )))
        }
        (false, true) => {
            let t = said(a);
            Some(differs(Text::new(
                format!("取消：{}", t.zh),
                format!("dropped: {}", t.en),
            )))
        }
        _ => None,
    }
}

/// `甲 → 乙`.
fn arrow(a: &Text, b: &Text) -> Text {
    Text::new(
        format!("{} → {}", a.zh, b.zh),
        format!("{} → {}", a.en, b.en),
    )
}

fn compare(
    kind: RowKind,
    from: RegimeId,
    to: RegimeId,
    a: &[Entry],
    b: &[Entry],
    probes: &[Option<Evaluation>; 2],
) -> (bool, Text) {
    let (fi, ti) = (from.info(), to.info());
    match kind {
        RowKind::Period => {
            let (sa, sb) = (summaries(a), summaries(b));
            if (fi.counting, fi.period) == (ti.counting, ti.period) {
                same(sb)
            } else {
                differs(arrow(&sa, &sb))
            }
        }
        RowKind::Items => {
            let (sa, sb) = (scoring_shape(from), scoring_shape(to));
            if sa == sb {
                same(sb)
            } else {
                differs(arrow(&sa, &sb))
            }
        }
        RowKind::Counting => counting(from, to),
        RowKind::Bands => bands(from, to),
        RowKind::Restart => {
            let (sa, sb) = (restart(from), restart(to));
            if sa == sb {
                same(sb)
            } else {
                differs(arrow(&sa, &sb))
            }
        }
        RowKind::TakesEffect
            if fi.procedure.measure_notice.map(|n| n.working_days)
                == ti.procedure.measure_notice.map(|n| n.working_days) =>
        {
            same(summaries_or_words(b))
        }
        RowKind::OneShot | RowKind::Bars | RowKind::ThreeYears | RowKind::TakesEffect => {
            if let Some(out) = added_or_dropped(a, b, &summaries_or_words) {
                return out;
            }
            let (sa, sb) = (summaries_or_words(a), summaries_or_words(b));
            if kind == RowKind::Bars && bar_years(from) == bar_years(to) {
                return same(sb);
            }
            differs(arrow(&sa, &sb))
        }
        RowKind::Repairs => match added_or_dropped(a, b, &|_| {
            repairs_words(if a.is_empty() { to } else { from })
        }) {
            Some(out) => out,
            None => same(repairs_words(to)),
        },
        RowKind::Procedure(step) => procedure(step, from, to, probes),
        RowKind::Total(total) => at_total(from, to, total),
    }
}

/// What restores a person after a measure, and what restarts the points.
fn restart(regime: RegimeId) -> Text {
    let info = regime.info();
    let mut zh: Vec<String> = Vec::new();
    let mut en: Vec<String> = Vec::new();
    if let Some(cite) = info.procedure.reset_after_suspension {
        zh.push(format!("记满 12 分的暂停期满后记分清零（{cite}）"));
        en.push(format!(
            "points restart at 0 when a suspension at 12 ends ({cite})"
        ));
    }
    for rule in info.procedure.after_term {
        let measure = words::sanction(info, rule.after);
        let waits = words::awaiting(rule.awaiting);
        let when = match rule.when {
            crate::scoring::regimes::NeededWhen::Always => Text::default(),
            crate::scoring::regimes::NeededWhen::WithoutTimelyRequest => {
                Text::fixed("未按时提出恢复申请的，", "without a timely request, ")
            }
            crate::scoring::regimes::NeededWhen::Extended => Text::fixed(
                "因未申请而延长至协议期满的，",
                "when extended for want of a request, ",
            ),
        };
        zh.push(format!(
            "{}期满后，{}待{}（{}）",
            measure.zh, when.zh, waits.zh, rule.cite
        ));
        en.push(format!(
            "after the {}: {}awaits {} ({})",
            measure.en, when.en, waits.en, rule.cite
        ));
    }
    if zh.is_empty() {
        return Text::fixed("期满后自动恢复", "restored when the term ends");
    }
    Text::new(zh.join("；"), en.join("; "))
}

/// A row's summaries, or (where it has none) that the document has a rule on it.
fn summaries_or_words(entries: &[Entry]) -> Text {
    let said = summaries(entries);
    if !said.is_empty() {
        return said;
    }
    let cites: Vec<&str> = entries.iter().map(|e| e.cite.as_str()).collect();
    Text::new(
        format!("见{}", cites.join("、")),
        format!("see {}", cites.join(", ")),
    )
}

/// How one act is scored, in short: the values of its items, by responsibility where
/// the regime tiers them.
fn scoring_shape(regime: RegimeId) -> Text {
    let info = regime.info();
    let mut fixed: Vec<u32> = Vec::new();
    let mut severe: Vec<(u32, u32)> = Vec::new();
    let mut tiers: Vec<u32> = Vec::new();
    for item in info.items() {
        match item.value {
            ItemValue::Fixed { points } if !fixed.contains(&points) => fixed.push(points),
            ItemValue::Severity { points, severe: s } if !severe.contains(&(points, s)) => {
                severe.push((points, s))
            }
            ItemValue::Tier { tier } if !tiers.contains(&tier) => tiers.push(tier),
            _ => {}
        }
    }
    let count = info.items().count();
    let mut zh = vec![format!("{count} 个情形")];
    let mut en = vec![format!("{count} items")];
    if !severe.is_empty() {
        let normal: Vec<String> = severe.iter().map(|(p, _)| p.to_string()).collect();
        let worse: Vec<String> = severe.iter().map(|(_, s)| s.to_string()).collect();
        zh.push(format!(
            "按情形记 {} 分，性质恶劣的 {} 分",
            normal.join("、"),
            worse.join("、")
        ));
        en.push(format!(
            "{} points by item, {} when egregious",
            normal.join(", "),
            worse.join(", ")
        ));
    }
    if !tiers.is_empty() {
        crate::calendar::sort_by_key(&mut tiers, |t| *t);
        let ranges: Vec<String> = tiers
            .iter()
            .map(|t| format!("{}—{}", 3 * t - 2, 3 * t))
            .collect();
        zh.push(format!(
            "{} 档（{} 分），按责任程度在档内取值（{}）",
            tiers.len(),
            ranges.join("、"),
            info.responsibility_cite
        ));
        en.push(format!(
            "{} tiers ({}), the responsibility choosing within the tier ({})",
            tiers.len(),
            ranges.join(", "),
            info.responsibility_cite
        ));
    }
    if info.uses(Field::Adjustment) {
        zh.push("可同档从轻从重、减轻或加重一档".to_string());
        en.push("lighter or heavier within the tier, or one tier lower or higher".to_string());
    }
    if !fixed.is_empty() {
        crate::calendar::sort_by_key(&mut fixed, |f| *f);
        let list: Vec<String> = fixed.iter().map(u32::to_string).collect();
        zh.push(format!("固定分值 {} 分", list.join("、")));
        en.push(format!("fixed values {}", list.join(", ")));
    }
    Text::new(zh.join("；"), en.join("; "))
}

/// How acts are counted: the rules each document has.
fn counting(from: RegimeId, to: RegimeId) -> (bool, Text) {
    let rules = |r: RegimeId| -> Vec<Text> {
        let info = r.info();
        let mut out = Vec::new();
        if info.uses(Field::Inspection) {
            out.push(Text::fixed(
                "同一次检查中同一情形只记一次",
                "the same item in one inspection counts once",
            ));
        }
        if info.uses(Field::Fraud) {
            out.push(Text::fixed(
                "以骗保为目的的按较重一项记分",
                "an act done to defraud the fund scores as the heaviest clause",
            ));
        }
        if info.uses(Field::Items) {
            out.push(Text::fixed(
                "一个行为涉及多个情形的按最高分值记一次",
                "one act under several items scores once, at the highest",
            ));
        }
        if !info.wording().teaching.sites_cite.is_empty() {
            out.push(Text::fixed(
                "多点执业的各执业点记分累加",
                "the points of several sites add up",
            ));
        }
        out.push(Text::fixed(
            "不同行为分别记分、累加",
            "different acts each score and add up",
        ));
        out
    };
    let (a, b) = (rules(from), rules(to));
    let new: Vec<&Text> = b.iter().filter(|t| !a.contains(t)).collect();
    let gone: Vec<&Text> = a.iter().filter(|t| !b.contains(t)).collect();
    let list = |l: &[&Text], zh: bool| {
        l.iter()
            .map(|t| if zh { t.zh.as_ref() } else { t.en.as_ref() })
            .collect::<Vec<_>>()
            .join(if zh { "；" } else { "; " })
    };
    if new.is_empty() && gone.is_empty() {
        let all: Vec<&Text> = b.iter().collect();
        return same(Text::new(list(&all, true), list(&all, false)));
    }
    let mut zh = Vec::new();
    let mut en = Vec::new();
    if !new.is_empty() {
        zh.push(format!("新增：{}", list(&new, true)));
        en.push(format!("new: {}", list(&new, false)));
    }
    if !gone.is_empty() {
        zh.push(format!("不再规定：{}", list(&gone, true)));
        en.push(format!("no longer: {}", list(&gone, false)));
    }
    differs(Text::new(zh.join("；"), en.join("; ")))
}

/// What a total decides in a regime, as a comparable key (kind, months, years; at once
/// too) and in words.
fn decides(
    regime: RegimeId,
    total: u32,
    at_once: bool,
) -> Option<((SanctionKind, u32, u32), Text)> {
    let result = scoring::evaluate(
        &total_case(regime, total, at_once, false),
        probe_day(regime),
    )
    .ok()?;
    let last = result.sanctions.last();
    let key = last.map_or((SanctionKind::Notice, 0, 0), |s| {
        (
            s.kind,
            s.months.map_or(0, |m| m.months * 100 + m.max_months),
            s.bar.map_or(0, |b| b.bar_years * 100 + b.bar_max_years),
        )
    });
    // No measure, and a notice alone, are both "nothing for the person".
    let key = if last.is_none() {
        (SanctionKind::Notice, 0, 1)
    } else {
        key
    };
    Some((key, measure_or_none(regime, last)))
}

/// Each total 1–12: what each document decides there, act by act and at once.
fn at_total(from: RegimeId, to: RegimeId, total: u32) -> (bool, Text) {
    if [from, to]
        .iter()
        .any(|r| r.info().counting == Counting::Fines)
    {
        return same(Text::default());
    }
    let pair = |at_once| Some((decides(from, total, at_once)?, decides(to, total, at_once)?));
    let Some(((ka, wa), (kb, wb))) = pair(false) else {
        return same(Text::default());
    };
    let once = pair(true).filter(|((ka1, _), (kb1, _))| (ka1, kb1) != (&ka, &kb));
    let mut changed = ka != kb;
    let mut text = if changed { arrow(&wa, &wb) } else { wb.clone() };
    if let Some(((ka1, wa1), (kb1, wb1))) = once {
        if ka1 != kb1 {
            changed = true;
            text = Text::new(
                format!("{}；一次性 {total} 分：{}", text.zh, arrow(&wa1, &wb1).zh),
                format!("{}; {total} at once: {}", text.en, arrow(&wa1, &wb1).en),
            );
        }
    }
    if changed {
        differs(text)
    } else {
        same(text)
    }
}

/// The bands: where the measure of a total changed, the totals grouped.
fn bands(from: RegimeId, to: RegimeId) -> (bool, Text) {
    let mut groups: Vec<(u32, u32, Text, Text)> = Vec::new();
    for total in 1..=12 {
        let (Some((ka, wa)), Some((kb, wb))) =
            (decides(from, total, false), decides(to, total, false))
        else {
            continue;
        };
        if ka == kb {
            continue;
        }
        match groups.last_mut() {
            Some(last) if last.1 + 1 == total && last.2 == wa && last.3 == wb => last.1 = total,
            _ => groups.push((total, total, wa, wb)),
        }
    }
    if groups.is_empty() {
        return same(Text::fixed(
            "各累计分值的处理相同",
            "every total decides the same",
        ));
    }
    let said = |zh: bool| {
        groups
            .iter()
            .map(|(a, b, wa, wb)| {
                let span = if a == b {
                    format!("{a}")
                } else {
                    format!("{a}—{b}")
                };
                if zh {
                    format!("{span} 分：{} → {}", wa.zh, wb.zh)
                } else {
                    format!("{span}: {} → {}", wa.en, wb.en)
                }
            })
            .collect::<Vec<_>>()
            .join(if zh { "；" } else { "; " })
    };
    differs(Text::new(said(true), said(false)))
}

/// A regime's bars, as years.
fn bar_years(regime: RegimeId) -> Vec<(u32, u32)> {
    regime
        .info()
        .bands
        .iter()
        .flat_map(|b| [Some(b.duration), b.one_shot])
        .flatten()
        .filter_map(|d| match d {
            Duration::Bar { min, max } => Some((min, max)),
            _ => None,
        })
        .collect()
}

/// The repairs a regime allows, in short.
fn repairs_words(regime: RegimeId) -> Text {
    let info = regime.info();
    let Some(r) = &info.procedure.repairs else {
        return Text::fixed("无记分修复", "no repairs");
    };
    Text::new(
        format!(
            "{}年度内减免 1 分，{}每次减免 1 分、年度内至多 {} 次；修复后年度内缩短暂停或终止时限至多 {} 个月（{}）",
            r.exam.what.zh, r.participation.what.zh, r.participation.cap, r.shortens_months, r.cite
        ),
        format!(
            "{}: 1 point off a year; {}: 1 point each, at most {} a year; a running suspension or termination shortened by at most {} month a year ({})",
            r.exam.what.en, r.participation.what.en, r.participation.cap, r.shortens_months, r.cite
        ),
    )
}

/// Who acts, as the rows name them.
fn actor(a: Actor) -> Text {
    match a {
        Actor::Person => Text::fixed("本人", "the person"),
        Actor::Institution => Text::fixed("所在机构", "the institution"),
        Actor::Agency => Text::fixed("经办机构", "the agency"),
    }
}

/// A procedure step: its name in each document, its working days and who acts.
fn procedure(
    step: DeadlineKind,
    from: RegimeId,
    to: RegimeId,
    probes: &[Option<Evaluation>; 2],
) -> (bool, Text) {
    let rule = |i: usize, regime: RegimeId| -> Option<(Text, Vec<u32>, Actor, String)> {
        let probe = probes[i].as_ref()?;
        let d = probe.deadlines.iter().find(|d| d.kind == step)?;
        let mut days: Vec<u32> = regime
            .info()
            .procedure
            .deadlines
            .iter()
            .filter(|r| r.kind == step)
            .map(|r| r.working_days)
            .collect();
        if let (Some(r), true) = (&regime.info().procedure.resumption, days.is_empty()) {
            days.push(match (step, r.window) {
                (DeadlineKind::ResumptionDecision, _) => r.decided_within,
                (
                    _,
                    crate::scoring::regimes::ResumptionWindow::DueBefore(n)
                    | crate::scoring::regimes::ResumptionWindow::Within(n),
                ) => n,
            });
        }
        Some((
            words::deadline(regime.info(), step),
            days,
            d.actor,
            d.cite.clone(),
        ))
    };
    let said = |(name, days, who, cite): &(Text, Vec<u32>, Actor, String)| {
        let list: Vec<String> = days.iter().map(u32::to_string).collect();
        let who = actor(*who);
        Text::new(
            format!(
                "{}：{}，{} 个工作日（{cite}）",
                who.zh,
                name.zh,
                list.join(" 或 ")
            ),
            format!(
                "{}: {}, {} working days ({cite})",
                who.en,
                name.en,
                list.join(" or ")
            ),
        )
    };
    match (rule(0, from), rule(1, to)) {
        (None, None) => same(Text::default()),
        (None, Some(b)) => {
            let t = said(&b);
            differs(Text::new(
                format!("新增：{}", t.zh),
                format!("new: {}", t.en),
            ))
        }
        (Some(a), None) => {
            let t = said(&a);
            differs(Text::new(
                format!("取消：{}", t.zh),
                format!("dropped: {}", t.en),
            ))
        }
        (Some(a), Some(b)) => {
            if a.0 == b.0 && a.1 == b.1 && a.2 == b.2 {
                same(said(&b))
            } else {
                differs(arrow(&said(&a), &said(&b)))
            }
        }
    }
}
