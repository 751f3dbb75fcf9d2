//! "What if": beside the result, what the next incident would do, what a repair now
//! would change, and the days the standing changes if nothing more happens.

use leptos::prelude::*;

use super::i18n::{self, date_with_weekday, Lang};
use super::law::Cite;
use super::{ctx, Ctx};
use crate::scoring::regimes::Counting;
use crate::scoring::{RegimeId, State};
use crate::teach::whatif::{self, NextOption};

fn option_line(lang: Lang, regime: RegimeId, o: &NextOption) -> String {
    let deducted = regime.info().counting == Counting::PointsDeducted;
    let how = match (o.responsibility, o.severe) {
        (Some(r), _) => {
            let r = match r {
                "general" => lang.t("一般责任", "general"),
                "important" => lang.t("重要责任", "important"),
                _ => lang.t("主要责任", "primary"),
            };
            lang.pick(
                format!("如 {} {r}", o.item),
                format!("e.g. {} with {r} responsibility", o.item),
            )
        }
        (None, true) => lang.pick(
            format!("如 {} 情节严重", o.item),
            format!("e.g. {}, egregious", o.item),
        ),
        (None, false) => lang.pick(format!("如 {}", o.item), format!("e.g. {}", o.item)),
    };
    let verb = if deducted {
        lang.t("再扣", "")
    } else {
        lang.t("再记", "")
    };
    let head = lang.pick(
        format!("{verb} {} 分（{how}）→ 累计 {} 分", o.points, o.total),
        format!(
            "{} more point{} ({how}) → {} in all",
            o.points,
            if o.points == 1 { "" } else { "s" },
            o.total
        ),
    );
    match &o.measure {
        None => lang.pick(
            format!("{head}：无新的处理"),
            format!("{head}: nothing new"),
        ),
        Some(m) => {
            let length = match (m.months, m.bar_years) {
                (Some(n), _) => format!(" {}", i18n::months(lang, n)),
                (_, Some(y)) => lang.pick(
                    format!("（{}）", i18n::bar_for(lang, regime, y)),
                    format!(" ({})", i18n::bar_for(lang, regime, y)),
                ),
                _ => String::new(),
            };
            let until = m
                .until
                .map(|d| lang.pick(format!("，至 {d}"), format!(", until {d}")))
                .unwrap_or_default();
            format!(
                "{head}{}{}{length}{until}",
                lang.t("：", ": "),
                i18n::sanction_name(lang, regime, m.kind)
            )
        }
    }
}

/// The what-if section of the result.
#[component]
pub fn WhatIf() -> impl IntoView {
    let Ctx { computed, lang, .. } = ctx();
    let lang = lang.get_untracked();
    move || {
        let c = computed.get();
        let result = c.outcome.as_ref().ok()?;
        if c.regime.info().counting == Counting::Fines {
            return None;
        }
        let answers = whatif::analyse(&c.prepared.case, c.today).ok()?;
        let regime = c.regime;
        // A next incident while a termination and its bar last would be scored against
        // an agreement (a registration) that no longer exists: the core computes one, but
        // "再扣 6 分 → 中止 3 个月" beside 已解除 contradicts the answer above.
        let barred = result.sanctions.iter().find(|s| {
            s.kind == crate::scoring::outcome::SanctionKind::Termination
                && s.start.is_some_and(|d| d <= answers.decided_on)
                && s.bar.is_some_and(|b| answers.decided_on <= b.bar_until)
        });
        // Under rules already repealed on that day, a next act falls under others.
        let info = regime.info();
        let repealed = info
            .in_force_until
            .filter(|_| info.repealed_before(answers.decided_on))
            .map(|until| {
                view! {
                    <p class="barred">
                        {lang.pick(
                            format!("{}施行至 {until}：此后的行为适用其后的文件，不按本文件推算下一次违规。", info.document),
                            format!("{} applied until {until}: later acts fall under the rules that followed, so no next incident is projected under it.", info.document),
                        )}
                    </p>
                }
            });
        let barred_line = barred.and_then(|s| s.bar).map(|b| {
            view! {
                <p class="barred">
                    {lang.pick(
                        format!("{}，{}：在此期间不推算下一次违规。", i18n::state_name(lang, regime, State::Terminated), i18n::bar_until(lang, regime, b.bar_until)),
                        format!("{}, {}: no next incident is projected while it lasts.", i18n::state_name(lang, regime, State::Terminated), i18n::bar_until(lang, regime, b.bar_until)),
                    )}
                </p>
            }
        });
        let options = answers
            .options
            .iter()
            .enumerate()
            .filter(|(_, o)| o.measure.is_some() || o.points <= 3)
            .map(|(i, o)| {
                let key = Some(i) == answers.smallest_measure || Some(i) == answers.smallest_top;
                let cite = o.measure.as_ref().map(|m| m.cite.clone());
                view! {
                    <li class:key=key>{option_line(lang, regime, o)} " " {cite.map(|c| view! { <Cite regime cite=c/> })}</li>
                }
            })
            .collect_view();
        // With no points this period there is nothing to repair.
        let repairs = answers.repairs.iter().any(|r| r.total_before > 0).then(|| {
            let rows = answers
                .repairs
                .iter()
                .map(|r| {
                    // The repair is supposed on the standing date, which need not be today.
                    let on = answers.as_of;
                    let what = if r.kind == "exam" {
                        lang.pick(format!("{on} 通过考试"), format!("Passing the exam on {on}"))
                    } else {
                        lang.pick(format!("{on} 参与医保管理工作"), format!("Taking part in management work on {on}"))
                    };
                    let text = match r.refused {
                        Some("repair_not_allowed") => lang.t("不予修复（一次性记满 12 分）", "not allowed (a one-shot 12)").to_string(),
                        Some(_) => lang.t("本年度次数已用完，不再减分", "this year's limit is used up: no effect").to_string(),
                        None => {
                            let shorter = r.earliest_end.filter(|(b, a)| a < b).map(|(_, a)| lang.pick(format!("，处理最早可于 {a} 结束"), format!(", the measure may end on {a} at the earliest")));
                            lang.pick(
                                format!("累计 {} 分 → {} 分{}", r.total_before, r.total_after, shorter.clone().unwrap_or_default()),
                                format!("{} → {} points{}", r.total_before, r.total_after, shorter.unwrap_or_default()),
                            )
                        }
                    };
                    view! { <li>{what} {lang.t("：", ": ")} {text}</li> }
                })
                .collect_view();
            view! {
                <h3>{lang.t("现在修复会怎样", "What a repair would change")} " " <Cite regime cite="第二十九条"/></h3>
                <ul>{rows}</ul>
            }
        });
        let evolution = answers
            .evolution
            .iter()
            .map(|e| {
                let total = e.total.map(|t| lang.pick(format!("，累计 {t} 分"), format!(", {t} points"))).unwrap_or_default();
                // After a bar the person is not restored: a new application follows the rules.
                let state = if e.after_bar {
                    lang.t("可按规定重新申请", "may apply again under the rules").to_string()
                } else {
                    i18n::state_name(lang, regime, e.state).to_string()
                };
                view! {
                    <li>
                        <strong>{date_with_weekday(lang, e.date)}</strong>
                        {format!(" {}{}{}{}", lang.pick(e.why.clone(), e.why_en.clone()), lang.t("：", ": "), state, total)}
                        " " <Cite regime cite=e.cite.clone()/>
                    </li>
                }
            })
            .collect_view();
        let nothing = answers.evolution.is_empty();
        let _ = result;
        Some(view! {
            <section class="card whatif" aria-labelledby="whatif-title">
                <h2 id="whatif-title">{lang.t("如果……", "What if…")}</h2>
                <h3>{lang.pick(format!("下一次违规（{} 决定）会怎样", answers.decided_on), format!("A next incident (decided {})", answers.decided_on))}</h3>
                {match (repealed, barred_line) {
                    (Some(line), _) => line.into_any(),
                    (None, Some(line)) => line.into_any(),
                    (None, None) => view! { <ul class="options">{options}</ul> }.into_any(),
                }}
                {repairs}
                <h3>{lang.t("若不再违规", "If nothing more happens")}</h3>
                {if nothing {
                    view! { <p>{lang.t("状态不再变化。", "The standing does not change.")}</p> }.into_any()
                } else {
                    view! { <ul>{evolution}</ul> }.into_any()
                }}
            </section>
        })
    }
}
