//! Each incident's points: the regime scores each of its items, the highest counts
//! (one act matching several items), an explicit value must lie in the lawful range, and
//! an earlier decision may be given by its points alone.

use chrono::NaiveDate;

use crate::scoring::case::Incident;
use crate::scoring::catalogue::{Item, ItemValue};
use crate::scoring::error::{range_text, CaseError, ErrorCode, Problem};
use crate::scoring::outcome::Step;
use crate::scoring::regimes::{Counting, RegimeInfo};
use crate::scoring::text::Lang;

use super::{step, Notes};

/// The day an incident's points take effect, and whether it is projected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Decision {
    pub on: NaiveDate,
    /// No decision was given: `on` is projected from the notice (spec "Pending decisions").
    pub projected: bool,
}

/// An incident with its points.
#[derive(Debug, Clone)]
pub(crate) struct Scored<'c> {
    pub incident: &'c Incident,
    pub decision: Decision,
    /// The item that gave the points; `None` for an earlier decision given by its points.
    pub item: Option<&'static Item>,
    pub points: u32,
    pub range: [u32; 2],
    /// What it adds to its period's total: `points`, unless a rule absorbs some or all
    /// of it (沪2023 第三条).
    pub added: u32,
    pub counted: bool,
    pub trace: Vec<Step>,
}

/// Scores an incident: each of its items as its regime scores it, keeping the highest,
/// then checks an explicit value.
pub(crate) fn score<'c>(
    info: &'static RegimeInfo,
    incident: &'c Incident,
    decision: Decision,
    notes: &mut Notes,
) -> Result<Scored<'c>, CaseError> {
    let mut best: Option<(Scored<'c>, &'static Item)> = None;
    let mut lines = Vec::new();
    for item in &incident.items {
        let candidate = info.rules.score(incident, decision, item, notes);
        lines.push(format!("{} → {}", item.code, candidate.points));
        if best
            .as_ref()
            .is_none_or(|(b, _)| candidate.points > b.points)
        {
            best = Some((candidate, item));
        }
    }
    // Without an item, the parser admits only an earlier decision given by its points.
    let Some((mut best, item)) = best else {
        return by_points_alone(info, incident, decision);
    };
    if incident.items.len() > 1 {
        best.trace.push(step(
            info.procedure.several_items_cite,
            format!("同一行为涉及多个情形的，按最高分值记分（{}）：按 {} 记分", lines.join("，"), item.code),
            format!("one act matching several items is scored once, at the highest value ({}): {} counts", lines.join(", "), item.code),
        ));
    }
    if let Some(points) = incident.points {
        let [low, high] = best.range;
        if points < i64::from(low) || points > i64::from(high) {
            return Err(CaseError::new(
                ErrorCode::PointsOutOfRange,
                incident.path("points"),
                Problem::PointsOutOfRange {
                    points,
                    code: item.code,
                    range: best.range,
                },
            ));
        }
        // Within the lawful range, so not negative.
        let points = u32::try_from(points).unwrap_or(low);
        if points != best.points {
            best.trace.push(step(
                item.cite,
                format!(
                    "作出决定的部门在 {} 范围内确定记 {points} 分",
                    range_text(best.range, Lang::Zh)
                ),
                format!(
                    "the deciding office chose {points} points, within {}",
                    range_text(best.range, Lang::En)
                ),
            ));
            best.points = points;
            best.added = points;
        }
    }
    Ok(best)
}

/// An earlier decision given by its points alone (spec v2): people remember "3 points
/// this year", not the item. The parser has checked that `points` is 1–12.
fn by_points_alone<'c>(
    info: &RegimeInfo,
    incident: &'c Incident,
    decision: Decision,
) -> Result<Scored<'c>, CaseError> {
    // The parser has checked it is 1–12.
    let Some(points) = incident.points.and_then(|p| u32::try_from(p).ok()) else {
        return Err(CaseError::new(
            ErrorCode::MissingField,
            incident.path("item"),
            Problem::NoItemAtAll,
        ));
    };
    let cite = info.procedure.points_cite;
    let (verb_en, verb_zh) = verbs(info);
    Ok(Scored {
        incident,
        decision,
        item: None,
        points,
        range: [points, points],
        added: points,
        counted: true,
        trace: vec![step(
            cite,
            format!("未填写违规条目：按所填的 {points} 分{verb_zh}分，作为一次记分"),
            format!("the item was not given: the decision {verb_en} the {points} point{} given, as one incident", if points == 1 { "" } else { "s" }),
        )],
    })
}

/// How the regime counts, in a verb: points scored (added) or deducted.
fn verbs(info: &RegimeInfo) -> (&'static str, &'static str) {
    match info.counting {
        Counting::PointsDeducted => ("deducts", "扣"),
        _ => ("scores", "记"),
    }
}

/// A fixed-value item, each time (温州, 济宁; the default of [`crate::scoring::regimes`]'s
/// rules).
pub(crate) fn fixed<'c>(
    info: &RegimeInfo,
    incident: &'c Incident,
    decision: Decision,
    item: &'static Item,
) -> Scored<'c> {
    let points = match item.value {
        ItemValue::Fixed { points } => points,
        _ => 0,
    };
    let (verb_en, verb_zh) = verbs(info);
    Scored {
        incident,
        decision,
        item: Some(item),
        points,
        range: [points, points],
        added: points,
        counted: true,
        trace: vec![step(
            item.cite,
            format!("条目 {} 每次{verb_zh} {points} 分", item.code),
            format!(
                "item {} {verb_en} {points} point{} each time",
                item.code,
                if points == 1 { "" } else { "s" }
            ),
        )],
    }
}
