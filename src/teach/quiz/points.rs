//! What one act scores: an item's points or tier, with a responsibility (沪2025 第十二条)
//! and an adjustment (第十三条) where the regime has them, egregious or done to defraud
//! the fund where it scores that higher (沪2023 第四条).

use serde_json::{json, Value};

use super::facts::{adjustment as adjustment_words, excerpt, responsibility as said};
use super::facts::{ADJUSTMENTS, RESPONSIBILITIES};
use super::{assemble, base_day, doc, evaluate, joined, points_label, points_unit, steps};
use super::{Answer, Ask, Question, Rng, Sketch, Topic};
use crate::scoring::case::Field;
use crate::scoring::catalogue::{Item, ItemValue};
use crate::scoring::text::Text;
use crate::scoring::RegimeId;

/// The items that score points.
fn scored_items(regime: RegimeId) -> Vec<&'static Item> {
    regime
        .info()
        .items()
        .filter(|i| !matches!(i.value, ItemValue::Fine { .. }))
        .collect()
}

/// The tiered items (沪2025 第十三条（一）至（四）).
fn tiered(regime: RegimeId) -> Vec<&'static Item> {
    scored_items(regime)
        .into_iter()
        .filter(|i| matches!(i.value, ItemValue::Tier { .. }))
        .collect()
}

/// A case of one incident under `item`, decided on the base day.
fn one(regime: RegimeId, item: &Item, facts: &[(&str, Value)]) -> Value {
    let day = base_day(regime).to_string();
    let mut incident = json!({"id": "a", "item": item.code, "decided_on": day});
    for (key, value) in facts {
        incident[*key] = value.clone();
    }
    if regime.info().uses(Field::Responsibility)
        && matches!(item.value, ItemValue::Tier { .. })
        && incident.get("responsibility").is_none()
    {
        incident["responsibility"] = json!("general");
    }
    json!({"regime": regime.as_str(), "as_of": day, "incidents": [incident]})
}

/// Every value one act can score, for the choices.
fn all_points() -> Vec<Answer> {
    (1..=12).map(Answer::Number).collect()
}

/// `依…，第十三条（二）「…」`: the item as a question names it.
fn named(regime: RegimeId, item: &Item) -> Text {
    Text::new(
        format!(
            "依{}，{}「{}」",
            doc(regime),
            item.cite,
            excerpt(item.text, 40)
        ),
        format!("Under {}, {} ({})", doc(regime), item.cite, item.gloss),
    )
}

/// A question on the points of `case`'s one incident.
fn points_question(
    regime: RegimeId,
    rng: &mut Rng,
    topic: Topic,
    prompt: Text,
    case: Value,
    lead: Text,
    cite: String,
) -> Option<Question> {
    let result = evaluate(&case)?;
    let trace = &result.incidents.first()?.trace;
    // Without a cite of its own, the article of the core's last step.
    let cite = if cite.is_empty() {
        trace.last()?.cite.clone()
    } else {
        cite
    };
    let sketch = Sketch {
        topic,
        prompt,
        explain: joined(&[lead, steps(trace)]),
        case,
        ask: Ask::Points,
        others: all_points(),
        cite,
    };
    assemble(rng, regime, sketch, &points_label)
}

/// Items and their points: an item's fixed points (egregious, or done to defraud, where
/// that scores higher), or the tier of a tiered item.
pub(super) fn item(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let info = regime.info();
    let fixed: Vec<_> = scored_items(regime)
        .into_iter()
        .filter(|i| !matches!(i.value, ItemValue::Tier { .. }))
        .collect();
    let tiers = tiered(regime);
    if !tiers.is_empty() && (fixed.is_empty() || rng.below(3) > 0) {
        return tier(regime, rng, &tiers);
    }
    let item = *rng.pick(&fixed)?;
    let mut facts: Vec<(&str, Value)> = Vec::new();
    let mut said_facts = Text::default();
    let severity = matches!(item.value, ItemValue::Severity { .. });
    match rng.below(4) {
        0 if severity && info.uses(Field::Severe) => {
            facts.push(("severe", json!(true)));
            said_facts = Text::fixed(
                "，性质恶劣或造成医保基金损失严重",
                ", egregious or causing a serious loss",
            );
        }
        1 if severity && info.uses(Field::Fraud) => {
            facts.push(("fraud", json!(true)));
            said_facts = Text::fixed(
                "，以骗取医保基金为目的且造成基金损失",
                ", done to defraud the fund and causing a loss",
            );
        }
        _ => {}
    }
    let unit = points_unit(regime);
    let name = named(regime, item);
    let prompt = Text::new(
        format!("{}{}：一次{}几分？", name.zh, said_facts.zh, unit.zh),
        format!(
            "{}{}: how many points are {} for one act?",
            name.en, said_facts.en, unit.en
        ),
    );
    let case = one(regime, item, &facts);
    points_question(
        regime,
        rng,
        Topic::Items,
        prompt,
        case,
        Text::default(),
        item.cite.to_string(),
    )
}

/// The tier of a tiered item (沪2025 第十三条): its range of points.
fn tier(regime: RegimeId, rng: &mut Rng, tiers: &[&'static Item]) -> Option<Question> {
    let item = *rng.pick(tiers)?;
    let case = one(regime, item, &[]);
    let result = evaluate(&case)?;
    let ranges: Vec<Answer> = tiers
        .iter()
        .filter_map(|i| {
            let r = evaluate(&one(regime, i, &[]))?;
            let [low, high] = r.incidents.first()?.range?;
            Some(Answer::Text(format!("{low}-{high}")))
        })
        .collect();
    let name = named(regime, item);
    let range = |a: &Answer| match a {
        Answer::Text(t) => {
            let (low, high) = t.split_once('-').unwrap_or((t, t));
            Text::new(format!("{low}—{high} 分"), format!("{low}–{high} points"))
        }
        other => super::text_label(other),
    };
    let sketch = Sketch {
        topic: Topic::Items,
        prompt: Text::new(
            format!("{}：属于哪一个记分档次？", name.zh),
            format!("{}: which tier of points is it in?", name.en),
        ),
        explain: steps(&result.incidents.first()?.trace),
        case,
        ask: Ask::Range,
        others: ranges,
        cite: item.cite.to_string(),
    };
    assemble(rng, regime, sketch, &range)
}

/// The points of a tiered item with a responsibility (沪2025 第十二条、第十三条).
pub(super) fn responsibility(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let item = *rng.pick(&tiered(regime))?;
    let code = *rng.pick(&RESPONSIBILITIES)?;
    let case = one(regime, item, &[("responsibility", json!(code))]);
    let who = said(code);
    let name = named(regime, item);
    let prompt = Text::new(
        format!("{}，负{}：记几分？", name.zh, who.zh),
        format!("{}, with {}: how many points?", name.en, who.en),
    );
    let lead = tier_lead(regime, &case)?;
    let cite = regime.info().responsibility_cite.to_string();
    points_question(regime, rng, Topic::Responsibility, prompt, case, lead, cite)
}

/// The arithmetic of a tier: `7—9 分档：一般责任 7 分、重要责任 8 分、主要责任 9 分`.
fn tier_lead(regime: RegimeId, case: &Value) -> Option<Text> {
    let result = evaluate(case)?;
    let [low, high] = result.incidents.first()?.range?;
    let mid = low + 1;
    let cite = regime.info().responsibility_cite;
    Some(Text::new(
        format!("本档 {low}—{high} 分：一般责任取 {low} 分，重要责任 {mid} 分，主要责任 {high} 分（{cite}）"),
        format!("The tier is {low}–{high}: general responsibility {low}, important {mid}, primary {high} ({cite})"),
    ))
}

/// The points of a tiered item with a responsibility and an adjustment (沪2025 第十三条).
pub(super) fn adjustment(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let item = *rng.pick(&tiered(regime))?;
    let code = *rng.pick(&RESPONSIBILITIES)?;
    let adjust = *rng.pick(&ADJUSTMENTS)?;
    let case = one(
        regime,
        item,
        &[
            ("responsibility", json!(code)),
            ("adjustment", json!(adjust)),
        ],
    );
    let who = said(code);
    let how = adjustment_words(adjust);
    let name = named(regime, item);
    let prompt = Text::new(
        format!("{}，负{}，决定{}记分：记几分？", name.zh, who.zh, how.zh),
        format!(
            "{}, with {}, the office deciding {}: how many points?",
            name.en, who.en, how.en
        ),
    );
    let lead = tier_lead(
        regime,
        &json!({"regime": regime.as_str(), "as_of": case["as_of"],
        "incidents": [{"id": "a", "item": item.code, "decided_on": case["as_of"], "responsibility": code}]}),
    )?;
    points_question(
        regime,
        rng,
        Topic::Adjustment,
        prompt,
        case,
        lead,
        String::new(),
    )
}
