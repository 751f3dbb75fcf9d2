//! The answer first: can I practise today; where the decisions entered lead (spec v2's
//! `outlook`), marked 预计 where a decision is projected; and the next thing *I* must do,
//! by when. In the regime's own words, each line citing its article.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::i18n::{self, date_with_weekday, Lang};
use super::law::Cite;
use super::{ctx, Ctx};
use crate::scoring::outcome::{Actor, Deadline, DeadlineKind, Evaluation, Sanction, Status};
use crate::scoring::regimes::{Counting, Qualifies};
use crate::scoring::{RegimeId, State};

/// The dates of a measure in a line: `2026-12-15 至 2027-01-14`, or the bar's end.
pub fn measure_span(lang: Lang, regime: RegimeId, s: &Sanction) -> String {
    let start = s.start.map(|d| d.to_string()).unwrap_or_default();
    match (s.months, s.bar) {
        (Some(m), _) if s.extended => lang.pick(
            format!("自 {start} 起，{} 期满后自动延长", m.end),
            format!("from {start}, extended after {}", m.end),
        ),
        (Some(m), _) => lang.pick(
            format!("{start} 至 {}（{}）", m.end, i18n::months(lang, m.months)),
            format!("{start} to {} ({})", m.end, i18n::months(lang, m.months)),
        ),
        (_, Some(b)) => lang.pick(
            format!(
                "自 {start} 起；{}",
                i18n::bar_until(lang, regime, b.bar_until)
            ),
            format!(
                "from {start}; {}",
                i18n::bar_until(lang, regime, b.bar_until)
            ),
        ),
        _ => String::new(),
    }
}

/// A standing in a sentence: the state, and until when the measure giving it lasts.
fn standing_line(lang: Lang, regime: RegimeId, result: &Evaluation, status: &Status) -> String {
    let state = i18n::state_name(lang, regime, status.state);
    let until = status
        .measure
        .and_then(|i| result.sanctions.get(i))
        .map(|s| match (s.months, s.bar) {
            (Some(_), _) if s.extended => lang
                .t(
                    "，未按时申请恢复，期限自动延长",
                    ", extended for want of a request to resume",
                )
                .to_string(),
            (Some(m), _) => lang.pick(format!("，至 {} 止", m.end), format!(", until {}", m.end)),
            (_, Some(b)) => format!(
                "{}{}",
                lang.t("，", ", "),
                i18n::bar_until(lang, regime, b.bar_until)
            ),
            _ => String::new(),
        })
        .unwrap_or_default();
    format!("{state}{until}")
}

/// The period's total in a sentence (points added, or deducted with what is left).
fn total_line(lang: Lang, status: &Status) -> String {
    match (status.total, status.period.as_deref()) {
        (Some(total), Some(period)) => period_total_line(lang, period, total, status.remaining),
        _ => String::new(),
    }
}

/// A period's total: points added, or deducted with what is left (`remaining`).
fn period_total_line(lang: Lang, period: &str, total: u32, remaining: Option<u32>) -> String {
    match remaining {
        Some(left) => lang.pick(
            format!(
                "{}已扣 {total} 分，剩余 {left} 分",
                i18n::period_name(lang, period)
            ),
            format!(
                "{}: {total} deducted, {left} left",
                i18n::capitalised(&i18n::period_name(lang, period))
            ),
        ),
        None => lang.pick(
            format!("{}累计记分 {total} 分", i18n::period_name(lang, period)),
            format!(
                "{} in {}",
                i18n::points(lang, total),
                i18n::period_name(lang, period)
            ),
        ),
    }
}

/// The nearest band above the final standing: what more points would bring. Shown only
/// when no measure confines the person, and from the total once every entered decision is
/// made (never "N more points" for points already entered).
fn next_band_line(lang: Lang, regime: RegimeId, status: &Status) -> Option<(String, String)> {
    if status.state != State::Normal && status.state != State::Training {
        return None;
    }
    let n = status.next.clone()?;
    let what = match (n.min_months, n.max_months, n.bar_years) {
        (Some(min), Some(max), _) if min == max => format!(
            "{} {}",
            i18n::sanction_name(lang, regime, n.measure),
            i18n::months(lang, min)
        ),
        (Some(min), Some(max), _) => lang.pick(
            format!(
                "{} {min}—{max} 个月",
                i18n::sanction_name(lang, regime, n.measure)
            ),
            format!(
                "{} of {min}–{max} months",
                i18n::sanction_name(lang, regime, n.measure)
            ),
        ),
        (_, _, Some(years)) => lang.pick(
            format!(
                "{}（{}）",
                i18n::sanction_name(lang, regime, n.measure),
                i18n::bar_for(lang, regime, years)
            ),
            format!(
                "{} ({})",
                i18n::sanction_name(lang, regime, n.measure),
                i18n::bar_for(lang, regime, years)
            ),
        ),
        _ => i18n::sanction_name(lang, regime, n.measure).to_string(),
    };
    let deducted = regime.info().counting == Counting::PointsDeducted;
    let text = lang.pick(
        format!(
            "若此后再{} {} 分 → {what}",
            if deducted { "扣" } else { "记" },
            n.points_needed
        ),
        format!(
            "{} more point{} later → {what}",
            n.points_needed,
            if n.points_needed == 1 { "" } else { "s" }
        ),
    );
    Some((text, n.cite))
}

/// What the person must do by a deadline, in a sentence.
fn task_line(lang: Lang, regime: RegimeId, d: &Deadline) -> String {
    let terms = &regime.info().terms;
    let due = date_with_weekday(lang, d.due);
    match (d.kind, d.opens) {
        (DeadlineKind::Objection, _) => lang.pick(
            format!("如有异议，最迟 {due} 提出{}", terms.objection.zh),
            format!("If you disagree, file a {} by {due}", terms.objection.en),
        ),
        (DeadlineKind::ResumptionRequest, Some(opens)) => lang.pick(
            format!(
                "在 {} 至 {due} 期间提交{}，否则{}期限自动延长",
                date_with_weekday(lang, opens),
                terms.resumption.zh,
                terms.suspension.zh,
            ),
            format!(
                "File your {} between {} and {due}, or the {} runs on",
                terms.resumption.en,
                date_with_weekday(lang, opens),
                terms.suspension.en,
            ),
        ),
        (DeadlineKind::ResumptionRequest, None) => lang.pick(
            format!("最迟 {due} 提出{}", terms.resumption.zh),
            format!("File your {} by {due}", terms.resumption.en),
        ),
        (kind, _) => lang.pick(
            format!("最迟 {due}：{}", i18n::deadline_name(lang, regime, kind)),
            format!("By {due}: {}", i18n::deadline_name(lang, regime, kind)),
        ),
    }
}

/// A measure with the day it was decided: `告诫、重点监管（2025-03-25 决定）`, with its
/// dates after a colon where it has any.
fn decided_measure(lang: Lang, regime: RegimeId, s: &Sanction) -> String {
    let name = i18n::sanction_heading(lang, regime, s.kind);
    let span = measure_span(lang, regime, s);
    let decided = s.decided_on;
    match (span.is_empty(), lang) {
        (true, Lang::Zh) => format!("{name}（{decided} 决定）"),
        (true, Lang::En) => format!("{name} (decided {decided})"),
        (false, Lang::Zh) => format!("{name}（{decided} 决定）：{span}"),
        (false, Lang::En) => format!("{name} (decided {decided}): {span}"),
    }
}

/// Measures, each with the day it was decided ([`decided_measure`]), as a list.
fn decided_list(lang: Lang, regime: RegimeId, measures: &[&Sanction]) -> impl IntoView {
    let lines = measures
        .iter()
        .map(|s| {
            let text = decided_measure(lang, regime, s);
            answer_line(lang, regime, text, s.projected, s.cite.clone(), None)
        })
        .collect_view();
    view! { <ul class="coming-list">{lines}</ul> }
}

/// Whether a measure is over on `day`: its months or its bar have ended, or, having no
/// duration (约谈, 告诫, 通报), it has been given.
fn over_by(s: &Sanction, day: NaiveDate) -> bool {
    match (s.months, s.bar) {
        (Some(m), _) => !s.extended && m.end < day,
        (_, Some(b)) => b.bar_until < day,
        _ => s.decided_on <= day && s.start.is_none_or(|start| start <= day),
    }
}

/// A line of the answer's lists: its text (dates kept whole), 预计 where it rests on a
/// decision not yet made, then its article.
fn answer_line(
    lang: Lang,
    regime: RegimeId,
    text: String,
    projected: bool,
    cite: String,
    also: Option<AnyView>,
) -> impl IntoView {
    view! {
        <li>
            {unbroken_dates(text)}
            {projected.then(|| view! { " " <span class="badge projected">{lang.t("预计", "expected")}</span> })}
            {also}
            " " <Cite regime cite/>
        </li>
    }
}

/// The text with each `YYYY-MM-DD` kept on one line: a narrow screen would otherwise
/// break a date after a hyphen ("2026-" / "12-14"). The text itself is unchanged, so a
/// copied date is the date.
pub(super) fn unbroken_dates(text: String) -> Vec<AnyView> {
    let is_date = |b: &[u8]| {
        b.iter().enumerate().all(|(k, c)| {
            if k == 4 || k == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
    };
    let bytes = text.as_bytes();
    let mut parts = Vec::new();
    let (mut start, mut at) = (0, 0);
    // Only ASCII bytes are compared and cut at, so every cut is a character boundary.
    while at + 10 <= bytes.len() {
        if is_date(&bytes[at..at + 10]) {
            if start < at {
                parts.push(text[start..at].to_string().into_any());
            }
            let date = text[at..at + 10].to_string();
            parts.push(view! { <span class="date">{date}</span> }.into_any());
            at += 10;
            start = at;
        } else {
            at += 1;
        }
    }
    if start < text.len() {
        parts.push(text[start..].to_string().into_any());
    }
    parts
}

/// The answer card.
#[component]
pub fn Answer(
    /// The result to answer from.
    result: Evaluation,
    /// Its regime.
    regime: RegimeId,
    /// Today (the day the standing is asked for when the case gives none).
    today: NaiveDate,
    /// Incidents left out for want of a field: said inside the answer, which may be
    /// lighter without them.
    #[prop(optional)]
    waiting: usize,
) -> impl IntoView {
    let Ctx { lang, .. } = ctx();
    let lang = lang.get_untracked();
    let info = regime.info();
    let fines = info.counting == Counting::Fines;
    let as_of = result.as_of;
    let when = if as_of == today {
        lang.pick(
            format!("今天，{}", date_with_weekday(lang, today)),
            format!("Today, {}", date_with_weekday(lang, today)),
        )
    } else {
        date_with_weekday(lang, as_of)
    };
    let status = result.status.clone();
    let now_line = if fines {
        lang.t(
            "本办法不记分：每个事件对应罚款和处理措施，由医保部门在法定范围内裁量。",
            "This order scores no points: each incident carries a fine and measures, which the office may choose within the ranges shown.",
        )
        .to_string()
    } else {
        standing_line(lang, regime, &result, &status)
    };

    // The decisions still to come (after the day asked), and where they lead.
    let coming: Vec<(usize, Sanction)> = result
        .sanctions
        .iter()
        .cloned()
        .enumerate()
        .filter(|(_, s)| s.decided_on > as_of)
        .collect();
    let projected = result.incidents.iter().find(|i| i.projected);
    let outlook = result.outlook.clone().filter(|_| !fines).map(|o| {
        let heading = match projected {
            Some(p) => lang.pick(
                format!("按{}，决定作出后（预计 {}）", info.terms.notice.zh, date_with_weekday(lang, p.decided_on)),
                format!("Once decided (expected {})", date_with_weekday(lang, p.decided_on)),
            ),
            None => lang.pick(
                format!("决定作出后（{} 起）", date_with_weekday(lang, o.on)),
                format!("Once decided (from {})", date_with_weekday(lang, o.on)),
            ),
        };
        let measures = coming
            .iter()
            .map(|(_, s)| {
                let span = measure_span(lang, regime, s);
                let name = i18n::sanction_heading(lang, regime, s.kind);
                let text = if span.is_empty() {
                    name
                } else {
                    lang.pick(format!("{name}：{span}"), format!("{name}: {span}"))
                };
                let may = s.discretionary.then(|| {
                    view! { " " <span class="badge">{lang.t("可以，非必须", "may, not must")}</span> }
                        .into_any()
                });
                answer_line(lang, regime, text, s.projected, s.cite.clone(), may)
            })
            .collect_view();
        let class = format!("outlook state-{}", o.status.state);
        view! {
            <div class=class>
                <h3>{unbroken_dates(heading)}</h3>
                <p class="state"><strong>{unbroken_dates(standing_line(lang, regime, &result, &o.status))}</strong></p>
                <p class="total">{total_line(lang, &o.status)}</p>
                <ul class="coming-list">{measures}</ul>
            </div>
        }
    });

    // Measures already decided that begin after the day asked (温州's take effect 15
    // working days after their decision, 第二十条): the standing is still "normal" today,
    // so the dates must be said here, not only in the details below.
    let pending: Vec<&Sanction> = result
        .sanctions
        .iter()
        .filter(|s| !fines && s.decided_on <= as_of && s.start.is_some_and(|d| d > as_of))
        .filter(|s| !measure_span(lang, regime, s).is_empty())
        .collect();
    let decided_not_begun = (!pending.is_empty()).then(|| {
        let first_kind = pending[0].kind;
        let class = match first_kind {
            crate::scoring::outcome::SanctionKind::Termination => "outlook state-terminated",
            _ => "outlook state-suspended",
        };
        view! {
            <div class=class>
                <h3>{lang.t("已作出决定，尚未开始执行", "Decided, not yet begun")}</h3>
                {decided_list(lang, regime, &pending)}
            </div>
        }
    });

    // A case whose decisions all lie in a period already over (a notice from last
    // year): today's standing is a new period's, which says where the person stands now
    // but not what those decisions led to. The last period, its total and its measures.
    let ended_period = result
        .periods
        .last()
        .filter(|p| !fines && p.end < as_of)
        .map(|p| {
            let heading = lang.pick(
                format!("{}（已结束）", i18n::period_name(lang, &p.period)),
                format!(
                    "{} (ended)",
                    i18n::capitalised(&i18n::period_name(lang, &p.period))
                ),
            );
            // The highest total the period reached: its total at the end may be 0 after a
            // reset (沪2023 第五条) or lower after repairs, beside the measures it led to.
            let peak = p.running.iter().map(|r| r.total).max().unwrap_or(p.total);
            let left = p.remaining.map(|r| (r + p.total).saturating_sub(peak));
            let measures: Vec<&Sanction> = result
                .sanctions
                .iter()
                .filter(|s| p.start <= s.decided_on && s.decided_on <= p.end)
                // Over on the day asked: one still running is today's standing, one not
                // begun is said above; one a later one of the period replaced is in the
                // details.
                .filter(|s| over_by(s, as_of))
                .filter(|s| s.superseded_on.is_none_or(|on| on > p.end))
                .collect();
            let list = (!measures.is_empty()).then(|| decided_list(lang, regime, &measures));
            view! {
                <div class="outlook ended-period">
                    <h3>{unbroken_dates(heading)}</h3>
                    <p class="total">{period_total_line(lang, &p.period, peak, left)}</p>
                    {list}
                </div>
            }
        });

    // The next thing the person must do: not an objection already made.
    let objected: Vec<String> = ctx().computed.with_untracked(|c| {
        c.prepared.case["incidents"]
            .as_array()
            .map(|list| {
                list.iter()
                    .filter(|i| i.get("objection_filed_on").is_some_and(|d| !d.is_null()))
                    .filter_map(|i| i.get("id")?.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    });
    let mut mine: Vec<&Deadline> = result
        .deadlines
        .iter()
        .filter(|d| d.actor == Actor::Person && d.due >= as_of)
        .filter(|d| {
            !(d.kind == DeadlineKind::Objection
                && d.incident.as_ref().is_some_and(|id| objected.contains(id)))
        })
        .collect();
    mine.sort_by_key(|d| d.due);
    let tasks = mine
        .iter()
        .take(2)
        .map(|d| {
            let line = task_line(lang, regime, d);
            answer_line(lang, regime, line, d.projected, d.cite.clone(), None)
        })
        .collect_view();
    let has_tasks = !mine.is_empty();

    let final_status = result.outlook.as_ref().map_or(&status, |o| &o.status);
    // "N more points → …" under rules already repealed would score a later act under
    // the wrong document (沪2023 gave way to 沪2025 on 2025-03-31).
    let repealed = info.repealed_before(as_of);
    let next = (!repealed)
        .then(|| next_band_line(lang, regime, final_status))
        .flatten();
    // What the law attaches to the standing shown: how a suspension or termination is
    // lived, how one is restored, the assessment after 离岗培训; and who is scored at all.
    let confined = |s: &Status| matches!(s.state, State::Suspended | State::Terminated);
    let any_confined = confined(&status) || confined(final_status);
    let training = status.state == State::Training || final_status.state == State::Training;
    let conditions = info
        .conditions
        .iter()
        .filter(|c| match c.qualifies {
            Qualifies::Scoring => true,
            Qualifies::Confinement | Qualifies::Restoring => any_confined,
            Qualifies::Training => training,
        })
        .map(|c| {
            view! {
                <li>
                    <span lang="zh-CN">{c.text}</span>
                    {(lang == Lang::En).then(|| view! { <span class="gloss">" — " {c.gloss}</span> })}
                    " " <Cite regime cite=c.cite/>
                </li>
            }
        })
        .collect_view();
    let has_conditions = info.conditions.iter().any(|c| match c.qualifies {
        Qualifies::Scoring => true,
        Qualifies::Confinement | Qualifies::Restoring => any_confined,
        Qualifies::Training => training,
    });
    // 温州 第十条: a suspension ends on time only on a timely request to resume; with none
    // given, the dates above assume one, and the answer says so where it gives them.
    let assumed_request = result
        .warnings
        .iter()
        .any(|w| w.code == "resumption_request_assumed")
        .then(|| {
            let terms = &info.terms;
            view! {
                <p class="assumed note">
                    {lang.pick(
                        format!("以上{}的结束日期，假定您在期满前按时提交{}；未按时提交的，{}期限自动延长。", terms.suspension.zh, terms.resumption.zh, terms.suspension.zh),
                        format!("The {} ends on the day shown only if you file your {} in time; otherwise it runs on.", terms.suspension.en, terms.resumption.en),
                    )}
                    " " <Cite regime cite="第十条"/>
                </p>
            }
        });
    let state_class = format!("card status answer state-{}", status.state);
    view! {
        <section class=state_class aria-labelledby="answer-title">
            <h2 id="answer-title">{lang.t("结论", "The answer")}</h2>
            <p class="as-of">{when}</p>
            <p class="state" aria-live="polite"><strong>{unbroken_dates(now_line)}</strong></p>
            {super::result::waiting_note(waiting)}
            {(!fines).then(|| view! { <p class="total">{total_line(lang, &status)}</p> })}
            {decided_not_begun}
            {outlook}
            {ended_period}
            {assumed_request}
            {has_tasks.then(|| view! {
                <div class="tasks">
                    <h3>{lang.t("您需要做的", "What you must do")}</h3>
                    <ul>{tasks}</ul>
                </div>
            })}
            {next.map(|(text, cite)| view! { <p class="next">{text} " " <Cite regime cite/></p> })}
            {status.exam_format.map(|f| {
                let text = if f == "open_book" {
                    lang.t("年度测试：开卷（已满 50 周岁）", "Annual test: open-book (aged 50 or over)")
                } else {
                    lang.t("年度测试：闭卷（50 周岁以下）", "Annual test: closed-book (under 50)")
                };
                view! { <p>{text} " " <Cite regime cite="三（三）"/></p> }
            })}
            {has_conditions.then(|| view! {
                <details class="conditions">
                    <summary>{lang.t("法规对此的规定", "What the document adds")}</summary>
                    <ul>{conditions}</ul>
                </details>
            })}
        </section>
    }
}
