//! The answer's words and choices as plain functions of the result: what the card says
//! (each a [`Text`], both languages, so that a switch of language redraws it) and which
//! measures, deadlines and conditions it lists. No view here: tested natively.

use chrono::NaiveDate;
use serde_json::Value;

use crate::scoring::outcome::{
    Deadline, DeadlineKind, Evaluation, Outlook, PeriodResult, Sanction, SanctionKind, Status,
};
use crate::scoring::regimes::{Condition, Counting, Qualifies, RegimeInfo};
use crate::scoring::text::Text;
use crate::scoring::{words, State};

/// The day the standing is asked for: `今天，2025-05-20（周二）` when it is today, else
/// `截至 2025-05-20（周二）`.
pub fn as_of_line(as_of: NaiveDate, today: NaiveDate) -> Text {
    let day = words::date_with_weekday(as_of);
    if as_of == today {
        Text::new(format!("今天，{}", day.zh), format!("Today, {}", day.en))
    } else {
        // Another day (a shared case's or a scenario's): named as the day the answer is
        // for, so that its present tense is not read as today's.
        Text::new(format!("截至 {}", day.zh), format!("As of {}", day.en))
    }
}

/// The dates of a measure in a line: `2026-12-15 至 2027-01-14（1 个月）`, or the bar's
/// end; empty for a measure without dates (约谈, 告诫, 通报).
pub fn measure_span(info: &RegimeInfo, s: &Sanction) -> Text {
    let start = s.start.map(|d| d.to_string()).unwrap_or_default();
    match (s.months, s.bar) {
        (Some(m), _) if s.extended => Text::new(
            format!("自 {start} 起，{} 期满后自动延长", m.end),
            format!("from {start}, extended after {}", m.end),
        ),
        (Some(m), _) => {
            let n = words::months(m.months);
            Text::new(
                format!("{start} 至 {}（{}）", m.end, n.zh),
                format!("{start} to {} ({})", m.end, n.en),
            )
        }
        (_, Some(b)) => {
            let bar = words::bar_until(info, b.bar_until);
            Text::new(
                format!("自 {start} 起；{}", bar.zh),
                format!("from {start}; {}", bar.en),
            )
        }
        _ => Text::default(),
    }
}

/// A standing in a sentence: the state, and until when the measure giving it lasts.
pub fn standing_line(info: &RegimeInfo, result: &Evaluation, status: &Status) -> Text {
    let state = words::state(info, status.state);
    // A measure whose term is over: what restores the person is said by
    // `restoration_line`, not an end day.
    let until = status
        .measure
        .filter(|_| status.state != State::RestorationPending)
        .and_then(|i| result.sanctions.get(i))
        .map(|s| match (s.months, s.bar) {
            (Some(_), _) if s.extended => Text::fixed(
                "，未按时申请恢复，期限自动延长",
                ", extended for want of a request to resume",
            ),
            (Some(m), _) => Text::new(format!("，至 {} 止", m.end), format!(", until {}", m.end)),
            (_, Some(b)) => {
                let bar = words::bar_until(info, b.bar_until);
                Text::new(format!("，{}", bar.zh), format!(", {}", bar.en))
            }
            _ => Text::default(),
        })
        .unwrap_or_default();
    Text::new(
        format!("{}{}", state.zh, until.zh),
        format!("{}{}", state.en, until.en),
    )
}

/// The period's total in a sentence (points added, or deducted with what is left); empty
/// without a period (沪2020).
pub fn total_line(status: &Status) -> Text {
    match (status.total, status.period.as_deref()) {
        (Some(total), Some(period)) => period_total_line(period, total, status.remaining),
        _ => Text::default(),
    }
}

/// A period's total: points added, or deducted with what is left (`remaining`).
pub fn period_total_line(period: &str, total: u32, remaining: Option<u32>) -> Text {
    let name = words::period(period);
    match remaining {
        Some(left) => Text::new(
            format!("{}已扣 {total} 分，剩余 {left} 分", name.zh),
            format!(
                "{}: {total} deducted, {left} left",
                words::capitalised(&name.en)
            ),
        ),
        None => Text::new(
            format!("{}累计记分 {total} 分", name.zh),
            format!("{} in {}", words::points(total).en, name.en),
        ),
    }
}

/// The nearest band above the final standing: what more points would bring, with the
/// band's article. Only when no measure confines the person, and from the total once
/// every entered decision is made (never "N more points" for points already entered).
pub fn next_band_line(info: &RegimeInfo, status: &Status) -> Option<(Text, String)> {
    if status.state != State::Normal && status.state != State::Training {
        return None;
    }
    let n = status.next.clone()?;
    let name = words::sanction(info, n.measure);
    let what = match (n.min_months, n.max_months, n.bar_years) {
        (Some(min), Some(max), _) if min == max => {
            let months = words::months(min);
            Text::new(
                format!("{} {}", name.zh, months.zh),
                format!("{} {}", name.en, months.en),
            )
        }
        (Some(min), Some(max), _) => Text::new(
            format!("{} {min}—{max} 个月", name.zh),
            format!("{} of {min}–{max} months", name.en),
        ),
        (_, _, Some(years)) => {
            let bar = words::bar_for(info, years);
            Text::new(
                format!("{}（{}）", name.zh, bar.zh),
                format!("{} ({})", name.en, bar.en),
            )
        }
        _ => name,
    };
    let verb = if info.counting == Counting::PointsDeducted {
        "扣"
    } else {
        "记"
    };
    let needed = n.points_needed;
    let text = Text::new(
        format!("若此后再{verb} {needed} 分 → {}", what.zh),
        format!(
            "{needed} more point{} later → {}",
            if needed == 1 { "" } else { "s" },
            what.en
        ),
    );
    Some((text, n.cite))
}

/// What the person must do by a deadline, in a sentence.
pub fn task_line(info: &RegimeInfo, d: &Deadline) -> Text {
    let terms = &info.terms;
    let due = words::date_with_weekday(d.due);
    match (d.kind, d.opens) {
        (DeadlineKind::Objection, _) => Text::new(
            format!("如有异议，最迟 {} 提出{}", due.zh, terms.objection.zh),
            format!(
                "If you disagree, file a {} by {}",
                terms.objection.en, due.en
            ),
        ),
        (DeadlineKind::ResumptionRequest, Some(opens)) => {
            let opens = words::date_with_weekday(opens);
            Text::new(
                format!(
                    "在 {} 至 {} 期间提交{}，否则{}期限自动延长",
                    opens.zh, due.zh, terms.resumption.zh, terms.suspension.zh,
                ),
                format!(
                    "File your {} between {} and {}, or the {} runs on",
                    terms.resumption.en, opens.en, due.en, terms.suspension.en,
                ),
            )
        }
        (DeadlineKind::ResumptionRequest, None) => Text::new(
            format!("最迟 {} 提出{}", due.zh, terms.resumption.zh),
            format!("File your {} by {}", terms.resumption.en, due.en),
        ),
        (kind, _) => {
            let what = words::deadline(info, kind);
            Text::new(
                format!("最迟 {}：{}", due.zh, what.zh),
                format!("By {}: {}", due.en, what.en),
            )
        }
    }
}

/// A measure with the day it was decided: `告诫、重点监管（2025-03-25 决定）`, with its
/// dates after a colon where it has any.
pub fn decided_measure(info: &RegimeInfo, s: &Sanction) -> Text {
    let name = words::heading(words::sanction(info, s.kind));
    let span = measure_span(info, s);
    let decided = s.decided_on;
    if span.is_empty() {
        Text::new(
            format!("{}（{decided} 决定）", name.zh),
            format!("{} (decided {decided})", name.en),
        )
    } else {
        Text::new(
            format!("{}（{decided} 决定）：{}", name.zh, span.zh),
            format!("{} (decided {decided}): {}", name.en, span.en),
        )
    }
}

/// A measure still to be decided, in the outlook's list: its name and its dates.
pub fn coming_measure(info: &RegimeInfo, s: &Sanction) -> Text {
    let name = words::heading(words::sanction(info, s.kind));
    let span = measure_span(info, s);
    if span.is_empty() {
        name
    } else {
        Text::new(
            format!("{}：{}", name.zh, span.zh),
            format!("{}: {}", name.en, span.en),
        )
    }
}

/// The outlook's heading: once decided, from when; from the notice, the day its decision
/// is expected (the first incident whose decision is projected).
pub fn outlook_heading(info: &RegimeInfo, result: &Evaluation, outlook: &Outlook) -> Text {
    match result.incidents.iter().find(|i| i.projected) {
        Some(p) => {
            let day = words::date_with_weekday(p.decided_on);
            Text::new(
                format!("按{}，决定作出后（预计 {}）", info.terms.notice.zh, day.zh),
                format!("Once decided (expected {})", day.en),
            )
        }
        None => {
            let day = words::date_with_weekday(outlook.on);
            Text::new(
                format!("决定作出后（{} 起）", day.zh),
                format!("Once decided (from {})", day.en),
            )
        }
    }
}

/// The decisions still to come: the measures decided after the day asked.
pub fn coming(result: &Evaluation) -> Vec<&Sanction> {
    result
        .sanctions
        .iter()
        .filter(|s| s.decided_on > result.as_of)
        .collect()
}

/// Decided, not begun: the measures decided by the day asked that begin after it and
/// have dates (温州's take effect 15 working days after their decision, 第二十条). The
/// standing is still "normal" on that day, so the answer must give their dates. None
/// under a regime of fines.
pub fn decided_not_begun<'a>(info: &RegimeInfo, result: &'a Evaluation) -> Vec<&'a Sanction> {
    let as_of = result.as_of;
    if info.counting == Counting::Fines {
        return Vec::new();
    }
    result
        .sanctions
        .iter()
        .filter(|s| s.decided_on <= as_of && s.start.is_some_and(|d| d > as_of))
        .filter(|s| s.months.is_some() || s.bar.is_some())
        .collect()
}

/// The standing a list of measures not begun leads to, for its colour: terminated when
/// the first is a termination, else suspended.
pub fn not_begun_state(measures: &[&Sanction]) -> State {
    match measures.first().map(|s| s.kind) {
        Some(SanctionKind::Termination) => State::Terminated,
        _ => State::Suspended,
    }
}

/// Whether a measure is over on `day`: its months or its bar have ended, or, having no
/// duration (约谈, 告诫, 通报), it has been given.
pub fn over_by(s: &Sanction, day: NaiveDate) -> bool {
    match (s.months, s.bar) {
        (Some(m), _) => !s.extended && m.end < day,
        (_, Some(b)) => b.bar_until < day,
        _ => s.decided_on <= day && s.start.is_none_or(|start| start <= day),
    }
}

/// A period already over on the day asked, with what its decisions led to.
#[derive(Debug)]
pub struct EndedPeriod<'a> {
    /// `2025 年度（已结束）`.
    pub heading: Text,
    /// Its highest total, with what was left then.
    pub total: Text,
    /// Its measures over by the day asked.
    pub measures: Vec<&'a Sanction>,
}

/// A case whose decisions all lie in a period already over (a notice from last year):
/// today's standing is a new period's, which says where the person stands now but not
/// what those decisions led to. The last period, its highest total and its measures.
pub fn ended_period<'a>(info: &RegimeInfo, result: &'a Evaluation) -> Option<EndedPeriod<'a>> {
    let as_of = result.as_of;
    let p: &PeriodResult = result
        .periods
        .last()
        .filter(|p| info.counting != Counting::Fines && p.end < as_of)?;
    let name = words::period(&p.period);
    let heading = Text::new(
        format!("{}（已结束）", name.zh),
        format!("{} (ended)", words::capitalised(&name.en)),
    );
    // The highest total the period reached: its total at the end may be 0 after a reset
    // (沪2023 第五条) or lower after repairs, beside the measures it led to.
    let peak = p.running.iter().map(|r| r.total).max().unwrap_or(p.total);
    let left = p.remaining.map(|r| (r + p.total).saturating_sub(peak));
    let measures = result
        .sanctions
        .iter()
        .filter(|s| p.start <= s.decided_on && s.decided_on <= p.end)
        // Over on the day asked: one still running is today's standing, one not begun is
        // said above; one a later one of the period replaced is in the details.
        .filter(|s| over_by(s, as_of))
        .filter(|s| s.superseded_on.is_none_or(|on| on > p.end))
        .collect();
    Some(EndedPeriod {
        heading,
        total: period_total_line(&p.period, peak, left),
        measures,
    })
}

/// The incidents of the case (in the spec's format) whose objection is already made.
pub fn objected(case: &Value) -> Vec<String> {
    case["incidents"]
        .as_array()
        .map(|list| {
            list.iter()
                .filter(|i| i.get("objection_filed_on").is_some_and(|d| !d.is_null()))
                .filter_map(|i| i.get("id")?.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// The person's own deadlines from the day asked, soonest first: not an objection already
/// made (`objected`), nor one the case shows met (spec v3 `done_on`).
pub fn my_deadlines<'a>(result: &'a Evaluation, objected: &[String]) -> Vec<&'a Deadline> {
    let mut mine: Vec<&Deadline> = result
        .deadlines
        .iter()
        .filter(|d| d.actor == crate::scoring::outcome::Actor::Person && d.due >= result.as_of)
        .filter(|d| d.done_on.is_none())
        .filter(|d| {
            !(d.kind == DeadlineKind::Objection
                && d.incident.as_ref().is_some_and(|id| objected.contains(id)))
        })
        .collect();
    crate::calendar::sort_by_key(&mut mine, |d| d.due);
    mine
}

/// Objection periods that ended with no objection recorded, on incidents whose decision is
/// still to come: the person holding the notice asks whether they can still object, and
/// the answer is no (a past deadline is otherwise left out of what they must do).
pub fn lapsed_objections<'a>(result: &'a Evaluation, objected: &[String]) -> Vec<&'a Deadline> {
    let pending = |id: &String| result.incidents.iter().any(|i| &i.id == id && i.projected);
    result
        .deadlines
        .iter()
        .filter(|d| d.kind == DeadlineKind::Objection && d.due < result.as_of)
        .filter(|d| d.done_on.is_none())
        .filter(|d| {
            d.incident
                .as_ref()
                .is_some_and(|id| pending(id) && !objected.contains(id))
        })
        .collect()
}

/// A lapsed objection period ([`lapsed_objections`]), in the regime's words.
pub fn lapsed_line(info: &RegimeInfo, d: &Deadline) -> Text {
    let objection = &info.terms.objection;
    let due = words::date_with_weekday(d.due);
    Text::new(
        format!("提出{}的期限已于 {} 届满（已过）", objection.zh, due.zh),
        format!(
            "The time to file a {} ended on {} (passed)",
            objection.en, due.en
        ),
    )
}

/// The document's conditions that qualify the standing shown (today's or the final one):
/// who is scored at all; how a suspension or termination is lived and restored; the
/// assessment after 离岗培训.
pub fn conditions_for<'a>(info: &'a RegimeInfo, now: &Status, then: &Status) -> Vec<&'a Condition> {
    let confined = |s: &Status| matches!(s.state, State::Suspended | State::Terminated);
    let any_confined = confined(now) || confined(then);
    let training = now.state == State::Training || then.state == State::Training;
    info.conditions
        .iter()
        .filter(|c| match c.qualifies {
            Qualifies::Scoring => true,
            Qualifies::Confinement | Qualifies::Restoring => any_confined,
            Qualifies::Training => training,
        })
        .collect()
}

/// The note that the suspension's end assumes a timely request to resume (温州 第十条:
/// with none given, the dates assume one), with the article of the request.
pub fn assumed_request(info: &RegimeInfo, result: &Evaluation) -> Option<(Text, &'static str)> {
    let resumption = info.procedure.resumption.as_ref()?;
    if !result
        .warnings
        .iter()
        .any(|w| w.code == "resumption_request_assumed")
    {
        return None;
    }
    let terms = &info.terms;
    let text = Text::new(
        format!(
            "以上{}的结束日期，假定您在期满前按时提交{}；未按时提交的，{}期限自动延长。",
            terms.suspension.zh, terms.resumption.zh, terms.suspension.zh
        ),
        format!(
            "The {} ends on the day shown only if you file your {} in time; otherwise it runs on.",
            terms.suspension.en, terms.resumption.en
        ),
    );
    Some((text, resumption.cite))
}

/// The annual test's format on the day asked, in the regime's words, with its article.
pub fn annual_test(info: &RegimeInfo, status: &Status) -> Option<(Text, &'static str)> {
    let test = info.annual_test.as_ref()?;
    let format = status.exam_format?;
    Some((test.words(format).clone(), test.cite))
}

/// Incidents not complete enough to count: said where the answer is, since without them
/// the answer may be lighter than the case.
pub fn waiting_text(waiting: usize) -> Text {
    Text::new(
        format!("另有 {waiting} 个事件信息不完整，尚未计入，结论可能偏轻：见该事件下的提示。"),
        if waiting == 1 {
            "1 incident is not complete and is not counted, so the answer may be too light: see the note under it.".to_string()
        } else {
            format!("{waiting} incidents are not complete and are not counted, so the answer may be too light: see the notes under them.")
        },
    )
}

/// What a repair could still do before a measure is decided (沪2025 第二十九条): said
/// where the regime has repairs and a suspension or termination is still expected, not
/// decided; asked through the institution and granted at the agency's discretion (the
/// words and article from the regime's repair rules).
pub fn repair_before_decision(
    info: &RegimeInfo,
    result: &Evaluation,
) -> Option<(Text, &'static str)> {
    let repairs = info.procedure.repairs.as_ref()?;
    let expected = result.sanctions.iter().any(|s| {
        s.projected && matches!(s.kind, SanctionKind::Suspension | SanctionKind::Termination)
    });
    expected.then(|| (repairs.before_the_decision(), repairs.cite))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::{self, RegimeId};
    use serde_json::json;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn evaluate(case: Value) -> Evaluation {
        let today = day(case["as_of"].as_str().unwrap());
        scoring::evaluate(&case, today).unwrap()
    }

    fn regime(id: &str) -> &'static RegimeInfo {
        RegimeId::parse(id).unwrap().info()
    }

    /// A notice whose objection period has ended, its decision still to come: the answer
    /// says the period is over (the physician asks whether they can still object); not
    /// once an objection is recorded, nor once the decision is made.
    #[test]
    fn a_lapsed_objection_period_is_said_while_the_decision_is_awaited() {
        let case = |extra: Value| {
            let mut incident = json!({"id": "a", "item": "13.2", "responsibility": "primary", "notified_on": "2026-11-20"});
            for (k, v) in extra.as_object().unwrap() {
                incident[k] = v.clone();
            }
            evaluate(
                json!({"regime": "shanghai-2025", "as_of": "2026-12-08", "incidents": [incident]}),
            )
        };
        let awaited = case(json!({}));
        let lapsed = lapsed_objections(&awaited, &[]);
        assert_eq!(
            lapsed.iter().map(|d| d.due).collect::<Vec<_>>(),
            [day("2026-12-04")]
        );
        let line = lapsed_line(regime("shanghai-2025"), lapsed[0]);
        assert!(
            line.zh.contains("陈述申辩")
                && line.zh.contains("2026-12-04")
                && line.zh.contains("已过"),
            "{}",
            line.zh
        );
        assert!(my_deadlines(&awaited, &[])
            .iter()
            .all(|d| d.kind != DeadlineKind::Objection));
        assert!(lapsed_objections(&awaited, &["a".to_string()]).is_empty());
        let decided = case(json!({"decided_on": "2026-12-07"}));
        assert!(lapsed_objections(&decided, &[]).is_empty());
        // Before it ends, it is a task, not a lapsed period.
        let early = evaluate(
            json!({"regime": "shanghai-2025", "as_of": "2026-12-01", "incidents": [
            {"id": "a", "item": "13.2", "responsibility": "primary", "notified_on": "2026-11-20"}]}),
        );
        assert!(lapsed_objections(&early, &[]).is_empty());
    }

    /// A notice of 9 points under 沪2025: the suspension is expected, not decided, and a
    /// repair may still be asked for (第二十九条); once decided, that is no longer said.
    #[test]
    fn a_repair_is_offered_only_before_the_decision() {
        let sh2025 = regime("shanghai-2025");
        let notice = evaluate(
            json!({"regime": "shanghai-2025", "as_of": "2026-12-07", "incidents": [
            {"id": "a", "item": "13.3", "responsibility": "primary", "notified_on": "2026-12-01"}]}),
        );
        let (text, cite) = repair_before_decision(sh2025, &notice).expect("offered");
        assert_eq!(cite, "第二十九条");
        assert!(
            text.zh.contains("经所在定点医药机构审核同意后"),
            "{}",
            text.zh
        );
        let decided = evaluate(
            json!({"regime": "shanghai-2025", "as_of": "2026-12-07", "incidents": [
            {"id": "a", "item": "13.3", "responsibility": "primary", "decided_on": "2026-12-01"}]}),
        );
        assert!(repair_before_decision(sh2025, &decided).is_none());
        assert!(repair_before_decision(regime("jining-2024"), &notice).is_none());
    }

    /// 温州: a suspension decided 2026-11-20 begins 15 working days later, after the day
    /// asked (the browser test "a measure decided but not yet begun" uses the same case).
    fn wenzhou_not_begun() -> Evaluation {
        evaluate(
            json!({"regime": "wenzhou-2014", "as_of": "2026-11-28", "incidents": [
            {"id": "a", "points": 3, "decided_on": "2026-04-01"},
            {"id": "b", "item": "15.1", "decided_on": "2026-11-20", "notified_on": "2026-11-20"}]}),
        )
    }

    #[test]
    fn a_measure_decided_and_not_begun_is_listed_with_its_dates() {
        let result = wenzhou_not_begun();
        let info = regime("wenzhou-2014");
        assert_eq!(
            result.status.state,
            State::Normal,
            "not begun on the day asked"
        );
        let pending = decided_not_begun(info, &result);
        assert_eq!(pending.len(), 1);
        let s = pending[0];
        assert_eq!(s.kind, SanctionKind::Suspension);
        assert!(s.start.unwrap() > result.as_of);
        assert_eq!(not_begun_state(&pending), State::Suspended);
        let line = decided_measure(info, s);
        let start = s.start.unwrap();
        let end = s.months.unwrap().end;
        assert!(
            line.zh.starts_with(&format!(
                "中止服务协议（2026-11-20 决定）：{start} 至 {end}"
            )),
            "{}",
            line.zh
        );
        assert!(
            line.en.starts_with(&format!(
                "Suspension of the service agreement (decided 2026-11-20): {start} to {end}"
            )),
            "{}",
            line.en
        );
    }

    #[test]
    fn nothing_is_decided_and_not_begun_once_begun_nor_before_the_decision() {
        let info = regime("wenzhou-2014");
        // Asked after the start: the suspension is the standing, not a measure to come.
        let later = evaluate(
            json!({"regime": "wenzhou-2014", "as_of": "2027-01-05", "incidents": [
            {"id": "a", "points": 3, "decided_on": "2026-04-01"},
            {"id": "b", "item": "15.1", "decided_on": "2026-11-20", "notified_on": "2026-11-20"}]}),
        );
        assert_eq!(later.status.state, State::Suspended);
        assert!(decided_not_begun(info, &later).is_empty());
        // Asked before the decision: it is to come (the outlook), not decided.
        let before = evaluate(
            json!({"regime": "wenzhou-2014", "as_of": "2026-11-10", "incidents": [
            {"id": "a", "points": 3, "decided_on": "2026-04-01"},
            {"id": "b", "item": "15.1", "decided_on": "2026-11-20", "notified_on": "2026-11-20"}]}),
        );
        assert!(decided_not_begun(info, &before).is_empty());
        assert_eq!(coming(&before).len(), 1);
        // A notice (通报) has no dates: never listed.
        let sh = evaluate(
            json!({"regime": "shanghai-2025", "as_of": "2025-06-01", "incidents": [
            {"id": "a", "item": "13.2", "decided_on": "2025-05-20", "responsibility": "general"}]}),
        );
        assert!(decided_not_begun(regime("shanghai-2025"), &sh).is_empty());
    }

    #[test]
    fn a_termination_not_begun_colours_the_block_terminated() {
        let result = evaluate(
            json!({"regime": "wenzhou-2014", "as_of": "2026-11-28", "incidents": [
            {"id": "a", "points": 11, "decided_on": "2026-04-01"},
            {"id": "b", "item": "15.1", "decided_on": "2026-11-20", "notified_on": "2026-11-20"}]}),
        );
        let pending = decided_not_begun(regime("wenzhou-2014"), &result);
        assert!(!pending.is_empty());
        assert_eq!(pending[0].kind, SanctionKind::Termination);
        assert_eq!(not_begun_state(&pending), State::Terminated);
    }

    #[test]
    fn the_physicians_notice_leads_to_a_suspension_once_decided() {
        // The physician of issue 12: 3 points this year, a notice of 13.2 just received.
        let result = evaluate(
            json!({"regime": "shanghai-2025", "as_of": "2026-11-27", "incidents": [
            {"id": "a", "points": 3, "decided_on": "2026-03-10"},
            {"id": "b", "item": "13.2", "responsibility": "primary", "notified_on": "2026-11-25"}]}),
        );
        let info = regime("shanghai-2025");
        let outlook = result.outlook.as_ref().unwrap();
        let heading = outlook_heading(info, &result, outlook);
        assert_eq!(
            heading.zh,
            "按记分告知，决定作出后（预计 2026-12-14（周一））"
        );
        assert_eq!(heading.en, "Once decided (expected 2026-12-14 (Mon))");
        let standing = standing_line(info, &result, &outlook.status);
        assert_eq!(standing.zh, "医保支付资格暂停中，至 2027-01-14 止");
        assert_eq!(total_line(&result.status).zh, "2026 年度累计记分 3 分");
        assert_eq!(total_line(&result.status).en, "3 points in the year 2026");
        let lines: Vec<Text> = coming(&result)
            .into_iter()
            .map(|s| coming_measure(info, s))
            .collect();
        assert!(
            lines
                .iter()
                .any(|l| l.zh == "暂停医保支付资格：2026-12-15 至 2027-01-14（1 个月）"),
            "{lines:?}"
        );
        let tasks: Vec<Text> = my_deadlines(&result, &[])
            .into_iter()
            .map(|d| task_line(info, d))
            .collect();
        assert_eq!(
            tasks[0].zh,
            "如有异议，最迟 2026-12-09（周三） 提出陈述申辩"
        );
        assert_eq!(
            tasks[0].en,
            "If you disagree, file a statement and defence by 2026-12-09 (Wed)"
        );
        // Objected already: not asked again.
        assert!(my_deadlines(&result, &["b".to_string()])
            .iter()
            .all(|d| d.kind != DeadlineKind::Objection));
        // Suspended once decided: no "N more points".
        assert_eq!(next_band_line(info, &outlook.status), None);
    }

    #[test]
    fn the_next_band_says_deducted_or_scored_as_the_regime_counts() {
        let sh = evaluate(
            json!({"regime": "shanghai-2025", "as_of": "2025-06-01", "incidents": [
            {"id": "a", "item": "13.2", "decided_on": "2025-05-20", "responsibility": "general"}]}),
        );
        let (text, cite) = next_band_line(regime("shanghai-2025"), &sh.status).unwrap();
        assert!(text.zh.starts_with("若此后再记 "), "{}", text.zh);
        assert!(text.en.contains(" more point"), "{}", text.en);
        assert!(!cite.is_empty());
        let jn = evaluate(
            json!({"regime": "jining-2024", "as_of": "2026-11-28", "incidents": [
            {"id": "a", "item": "4.1.2", "decided_on": "2026-09-01"}]}),
        );
        let (text, _) = next_band_line(regime("jining-2024"), &jn.status).unwrap();
        assert!(text.zh.starts_with("若此后再扣 "), "{}", text.zh);
        assert_eq!(total_line(&jn.status).zh, "2026 年度已扣 1 分，剩余 11 分");
        assert_eq!(
            total_line(&jn.status).en,
            "The year 2026: 1 deducted, 11 left"
        );
    }

    #[test]
    fn an_ended_period_gives_its_highest_total_and_its_measures_over() {
        // 沪2023: a total reset at the end of its measure (第五条): the period's highest.
        let reset = evaluate(
            json!({"regime": "shanghai-2023", "as_of": "2025-03-01", "incidents": [
            {"id": "a", "points": 12, "decided_on": "2024-02-01"}]}),
        );
        let ended = ended_period(regime("shanghai-2023"), &reset).unwrap();
        assert_eq!(ended.heading.zh, "2024 年度（已结束）");
        assert_eq!(ended.heading.en, "The year 2024 (ended)");
        assert_eq!(ended.total.zh, "2024 年度累计记分 12 分");
        assert!(!ended.measures.is_empty());
        // A measure still running on the day asked is not over.
        let running = evaluate(
            json!({"regime": "shanghai-2025", "as_of": "2026-01-20", "incidents": [
            {"id": "a", "points": 10, "decided_on": "2025-12-20"}]}),
        );
        let ended = ended_period(regime("shanghai-2025"), &running).unwrap();
        assert_eq!(ended.total.zh, "2025 年度累计记分 10 分");
        assert!(ended.measures.is_empty());
    }

    #[test]
    fn the_case_says_which_objections_are_made() {
        let case = json!({"incidents": [
            {"id": "a", "objection_filed_on": "2026-11-27"},
            {"id": "b", "objection_filed_on": null},
            {"id": "c"}]});
        assert_eq!(objected(&case), vec!["a".to_string()]);
    }

    #[test]
    fn wenzhou_assumes_a_request_to_resume_under_its_own_article() {
        let result = evaluate(
            json!({"regime": "wenzhou-2014", "as_of": "2027-01-05", "incidents": [
            {"id": "a", "points": 3, "decided_on": "2026-04-01"},
            {"id": "b", "item": "15.1", "decided_on": "2026-11-20", "notified_on": "2026-11-20"}]}),
        );
        let (text, cite) = assumed_request(regime("wenzhou-2014"), &result).unwrap();
        assert_eq!(cite, "第十条");
        assert!(
            text.zh.contains("假定您在期满前按时提交恢复履行协议申请"),
            "{}",
            text.zh
        );
    }

    #[test]
    fn jining_names_the_annual_tests_format_under_its_article() {
        let result = evaluate(json!({"regime": "jining-2024", "as_of": "2026-11-28",
            "birth_date": "1970-01-01", "incidents": [
            {"id": "a", "item": "4.1.2", "decided_on": "2026-09-01"}]}));
        let (text, cite) = annual_test(regime("jining-2024"), &result.status).unwrap();
        assert_eq!(cite, "三（三）");
        assert_eq!(text.zh, "年度测试：开卷（已满 50 周岁）");
        assert_eq!(text.en, "Annual test: open-book (aged 50 or over)");
        assert_eq!(annual_test(regime("shanghai-2025"), &result.status), None);
    }

    #[test]
    fn the_waiting_note_counts_in_both_languages() {
        assert!(waiting_text(1).en.starts_with("1 incident is not complete"));
        assert!(waiting_text(2)
            .en
            .starts_with("2 incidents are not complete"));
        assert!(waiting_text(2).zh.starts_with("另有 2 个事件"));
    }

    #[test]
    fn the_day_asked_is_today_or_a_date() {
        let d = day("2025-05-20");
        assert_eq!(as_of_line(d, d).zh, "今天，2025-05-20（周二）");
        assert_eq!(as_of_line(d, d).en, "Today, 2025-05-20 (Tue)");
        assert_eq!(
            as_of_line(d, day("2025-05-21")).en,
            "As of 2025-05-20 (Tue)"
        );
        assert_eq!(
            as_of_line(d, day("2026-12-08")).zh,
            "截至 2025-05-20（周二）"
        );
    }
}
