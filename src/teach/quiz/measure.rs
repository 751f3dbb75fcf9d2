//! What a total decides: reached one point at a time, or by one act at once (一次性记分)
//! where the regime decides otherwise for that.

use super::{assemble, doc, evaluate, measure, points_unit, steps, total_result};
use super::{Answer, Ask, Kind, Question, Rng, Sketch};
use crate::scoring::regimes::PeriodKind;
use crate::scoring::text::Text;
use crate::scoring::{words, RegimeId};
use crate::teach::rules::{probe_day, total_case};

/// The totals from 9 to 12 that one act of the regime's catalogue can score, and for
/// which the regime decides otherwise than for the same total reached act by act.
pub(super) fn one_shot_totals(regime: RegimeId) -> Vec<u32> {
    // (The what-if's list of what one incident can score.)
    let possible: Vec<u32> = crate::teach::whatif::candidates(regime)
        .iter()
        .map(|c| c.0)
        .collect();
    (9..=12)
        .filter(|total| possible.contains(total))
        .filter(|total| {
            let decides = |at_once| {
                total_result(regime, *total, at_once).map(|r| measure(&r).zh.into_owned())
            };
            decides(true) != decides(false)
        })
        .collect()
}

/// Every measure the regime's totals decide, cumulative and at once, as the core words
/// them: the choices of the measure questions.
fn measures(regime: RegimeId) -> Vec<Text> {
    let mut out: Vec<Text> = Vec::new();
    for total in 1..=12 {
        for at_once in [false, true] {
            if let Some(result) = total_result(regime, total, at_once) {
                let decided = measure(&result);
                if !out.iter().any(|m| m.zh == decided.zh) {
                    out.push(decided);
                }
            }
        }
    }
    out
}

/// "1 point is", "3 points are".
fn points_are(total: u32) -> String {
    let verb = if total == 1 { "is" } else { "are" };
    format!("{} {verb}", words::points(total).en)
}

pub(super) fn measure_at(regime: RegimeId, rng: &mut Rng, at_once: bool) -> Option<Question> {
    let info = regime.info();
    let totals: Vec<u32> = if at_once {
        one_shot_totals(regime)
    } else {
        (1..=12).collect()
    };
    let total = *rng.pick(&totals)?;
    let case = total_case(regime, total, at_once, false);
    let result = evaluate(&case)?;
    let unit = points_unit(regime);
    let period = match info.period {
        PeriodKind::AgreementYear => Text::fixed("一个协议年度内", "in an agreement year"),
        _ => Text::fixed("一个自然年度内", "in a natural year"),
    };
    let prompt = if at_once {
        Text::new(
            format!(
                "依{}，一个行为一次性{}满 {total} 分（此前本年度为 0 分），应作何处理？",
                doc(regime),
                unit.zh
            ),
            format!(
                "Under {}, one act alone is {} {} (none before this year): what follows?",
                doc(regime),
                unit.en,
                words::points(total).en
            ),
        )
    } else {
        Text::new(
            format!(
                "依{}，{}累计{}分达到 {total} 分（每次 1 分），应作何处理？",
                doc(regime),
                period.zh,
                unit.zh
            ),
            format!(
                "Under {}, {} {} {} one at a time: what follows?",
                doc(regime),
                points_are(total),
                unit.en,
                period.en
            ),
        )
    };
    let mut explain = result
        .sanctions
        .last()
        .map(|s| steps(&s.trace))
        .unwrap_or_else(|| {
            Text::new(
                format!("累计 {total} 分未达到任何处理档次。"),
                format!(
                    "{} {} no band.",
                    words::points(total).en,
                    if total == 1 { "reaches" } else { "reach" }
                ),
            )
        });
    if at_once {
        // Say what the same total decides when reached one point at a time.
        if let Some(cumulative) = total_result(regime, total, false) {
            let decided = measure(&cumulative);
            explain = Text::new(
                format!(
                    "{}。对照：累计达到 {total} 分为“{}”。",
                    explain.zh, decided.zh
                ),
                format!(
                    "{}. Compare: the same total reached act by act means “{}”.",
                    explain.en, decided.en
                ),
            );
        }
    }
    // The core's steps date the measure from the decision: say which day that is, since
    // the question does not.
    let decided = probe_day(regime);
    let dated = explain
        .zh
        .as_bytes()
        .windows(5)
        .any(|w| w[0] == b'-' && w[3] == b'-' && w[1..3].iter().all(u8::is_ascii_digit));
    if dated {
        let day = words::weekday(decided);
        explain = Text::new(
            format!("设记分决定于 {decided}（{}）作出：{}", day.zh, explain.zh),
            format!(
                "Taking the decision as made on {decided} ({}): {}",
                day.en, explain.en
            ),
        );
    }
    let cite = result
        .sanctions
        .last()
        .map(|s| s.cite.clone())
        .or_else(|| info.bands.first().map(|b| b.cite.to_string()))?;
    // The choices in words: each measure found again by its Chinese, the key's value.
    let known = measures(regime);
    let label = |a: &Answer| match a {
        Answer::Text(zh) => known
            .iter()
            .find(|m| m.zh == *zh)
            .cloned()
            .unwrap_or_else(|| Text::from(zh.clone())),
        other => super::text_label(other),
    };
    let sketch = Sketch {
        kind: if at_once {
            Kind::OneShot
        } else {
            Kind::MeasureAtTotal
        },
        prompt,
        case,
        ask: Ask::Measure,
        others: known
            .iter()
            .map(|m| Answer::Text(m.zh.to_string()))
            .collect(),
        explain,
        cite,
    };
    assemble(rng, regime, sketch, &label)
}
