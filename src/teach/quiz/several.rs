//! More than one item or act: one act under several items (the highest value, once),
//! several acts (each scored and added; 沪2023 第三条: the same situation in one
//! inspection once), several sites of practice (points add up).

use chrono::{Datelike, NaiveDate};
use serde_json::{json, Value};

use super::facts::{act, RESPONSIBILITIES};
use super::{after, assemble, base_day, doc, evaluate, joined, key_of, points_label, random_day};
use super::{steps, Answer, Ask, Question, Rng, Sketch, Topic};
use crate::scoring::case::Field;
use crate::scoring::catalogue::{Item, ItemValue};
use crate::scoring::outcome::Evaluation;
use crate::scoring::regimes::Counting;
use crate::scoring::text::Text;
use crate::scoring::RegimeId;

/// The items that score points.
fn scored(regime: RegimeId) -> Vec<&'static Item> {
    regime
        .info()
        .items()
        .filter(|i| !matches!(i.value, ItemValue::Fine { .. }))
        .collect()
}

/// An incident under `item` decided on `day`, with `responsibility` where the item is
/// tiered.
fn incident(id: &str, item: &Item, day: NaiveDate, responsibility: &str) -> Value {
    let mut i = json!({"id": id, "item": item.code, "decided_on": day.to_string()});
    if matches!(item.value, ItemValue::Tier { .. }) {
        i["responsibility"] = json!(responsibility);
    }
    i
}

/// A case of `incidents` standing on `as_of`; a regime counting agreement years starts
/// its year on 1 January of `as_of`'s year (the question says so).
fn case_of(regime: RegimeId, as_of: NaiveDate, incidents: Vec<Value>) -> Value {
    let mut case =
        json!({"regime": regime.as_str(), "as_of": as_of.to_string(), "incidents": incidents});
    if regime.info().uses(Field::AgreementStart) {
        case["agreement_start"] = json!(format!("{}-01-01", as_of.year()));
    }
    case
}

/// What one incident scores alone.
fn alone(regime: RegimeId, incident: &Value, day: NaiveDate) -> Option<u32> {
    let mut one = incident.clone();
    one.as_object_mut()?.remove("site");
    one.as_object_mut()?.remove("inspection");
    evaluate(&case_of(regime, day, vec![one]))?
        .incidents
        .first()?
        .points
}

/// The case's facts as a question states them: one line per decision, and the
/// agreement year where the regime counts one.
pub(super) fn stated(case: &Value) -> Text {
    super::joined(&super::describe(case))
}

/// Sums as they are worked: `4 + 5 = 9`.
fn sum(parts: &[u32]) -> String {
    let terms: Vec<String> = parts.iter().map(u32::to_string).collect();
    format!("{} = {}", terms.join(" + "), parts.iter().sum::<u32>())
}

/// What the total or what is left is, the choices around it.
fn totals_around(right: u32, also: &[u32]) -> Vec<Answer> {
    let mut out: Vec<Answer> = also
        .iter()
        .copied()
        .filter(|n| *n <= 12)
        .map(Answer::Number)
        .collect();
    out.extend((right.saturating_sub(3)..=(right + 3).min(12)).map(Answer::Number));
    out
}

/// The question on the total (or, where points are deducted, what is left) on `as_of`.
fn total_question(
    regime: RegimeId,
    rng: &mut Rng,
    topic: Topic,
    case: Value,
    lead: Text,
    also: &[u32],
    cite: String,
) -> Option<Question> {
    let result = evaluate(&case)?;
    let deducted = regime.info().counting == Counting::PointsDeducted;
    let ask = if deducted {
        Ask::Remaining
    } else {
        Ask::StatusTotal
    };
    let right = match key_of(&result, &ask)? {
        Answer::Number(n) => n,
        _ => return None,
    };
    let as_of = result.as_of;
    let facts = stated(&case);
    let question = if deducted {
        Text::new(
            format!("到 {as_of}，本记分周期初始 12 分还剩几分？"),
            format!("On {as_of}, how many of the period's 12 points are left?"),
        )
    } else {
        Text::new(
            format!("到 {as_of}，本年度累计记分为几分？"),
            format!("On {as_of}, what is the year's total?"),
        )
    };
    let sketch = Sketch {
        topic,
        prompt: Text::new(
            format!("依{}：{}。{}", doc(regime), facts.zh, question.zh),
            format!("Under {}: {}. {}", doc(regime), facts.en, question.en),
        ),
        explain: joined(&[lead, explain(&result)]),
        others: totals_around(right, also),
        case,
        ask,
        cite,
    };
    assemble(rng, regime, sketch, &points_label)
}

/// The core's steps for each incident given by its item, then its warnings.
fn explain(result: &Evaluation) -> Text {
    let trace: Vec<_> = result
        .incidents
        .iter()
        .flat_map(|i| i.trace.iter().cloned())
        .collect();
    let warnings: Vec<Text> = result.warnings.iter().map(|w| w.message.clone()).collect();
    joined(&[steps(&trace), joined(&warnings)])
}

/// One act under two items of different values: scored once, at the higher.
pub(super) fn several_items(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let info = regime.info();
    let items = scored(regime);
    let a = *rng.pick(&items)?;
    let b = *rng.pick(&items)?;
    let day = base_day(regime);
    let code = *rng.pick(&RESPONSIBILITIES)?;
    let (pa, pb) = (
        alone(regime, &incident("a", a, day, code), day)?,
        alone(regime, &incident("a", b, day, code), day)?,
    );
    if a.cite == b.cite || pa == pb {
        return None;
    }
    let mut one = json!({"id": "a", "items": [a.code, b.code], "decided_on": day.to_string()});
    let tiered = [a, b]
        .iter()
        .any(|i| matches!(i.value, ItemValue::Tier { .. }));
    if tiered {
        one["responsibility"] = json!(code);
    }
    let case = case_of(regime, day, vec![one.clone()]);
    let result = evaluate(&case)?;
    let what = act(regime, &one);
    let unit = super::points_unit(regime);
    let cite = info.procedure.several_items_cite;
    let lead = Text::new(
        format!(
            "单独计算，{} 为 {pa} 分，{} 为 {pb} 分；同一违规行为涉及不同情形的，按最高分值{}分，不分别{}分：{} 分（{cite}）",
            a.cite, b.cite, unit.zh, unit.zh, pa.max(pb)
        ),
        format!(
            "Alone, {} is {pa} and {} is {pb}; one act under several items is {} once, at the highest: {} ({cite})",
            a.cite, b.cite, unit.en, pa.max(pb)
        ),
    );
    let sketch = Sketch {
        topic: Topic::SeveralItems,
        prompt: Text::new(
            format!("依{}，{}：{}几分？", doc(regime), what.zh, unit.zh),
            format!(
                "Under {}, {}: how many points are {}?",
                doc(regime),
                what.en,
                unit.en
            ),
        ),
        explain: joined(&[lead, steps(&result.incidents.first()?.trace)]),
        others: totals_around(pa.max(pb), &[pa.min(pb), pa + pb]),
        case,
        ask: Ask::Points,
        cite: cite.to_string(),
    };
    assemble(rng, regime, sketch, &points_label)
}

/// Two or three acts of one year, or (沪2023) findings of one inspection.
pub(super) fn several_acts(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    if regime.info().uses(Field::Inspection) {
        return inspection(regime, rng);
    }
    let items = scored(regime);
    let count = 2 + rng.below(2);
    let year = base_day(regime).year();
    let mut day = random_day(regime, rng);
    let mut incidents = Vec::new();
    let mut parts: Vec<u32> = Vec::new();
    // Acts whose points stay under 12 together (at 12 the question would be another).
    for _ in 0..count * 6 {
        if parts.len() == count {
            break;
        }
        let item = *rng.pick(&items)?;
        let code = *rng.pick(&RESPONSIBILITIES)?;
        let id = ((b'a' + parts.len() as u8) as char).to_string();
        let one = incident(&id, item, day, code);
        let points = alone(regime, &one, day)?;
        if parts.iter().sum::<u32>() + points >= 12 {
            continue;
        }
        parts.push(points);
        incidents.push(one);
        day = super::workday(after(day, 10 + rng.below(30) as u64));
    }
    if parts.len() < 2 || day.year() != year {
        return None;
    }
    let case = case_of(regime, day, incidents);
    let counting = regime
        .info()
        .provisions
        .iter()
        .find(|p| p.topic == crate::scoring::catalogue::Topic::Counting)
        .map_or(regime.info().period_cite, |p| p.cite);
    let lead = arithmetic(regime, &parts, counting);
    total_question(
        regime,
        rng,
        Topic::SeveralActs,
        case,
        lead,
        &[*parts.iter().max()?],
        counting.to_string(),
    )
}

/// `4 + 5 = 9 分，不同行为分别记分、累加（第十一条）`, or what is left of 12.
fn arithmetic(regime: RegimeId, parts: &[u32], cite: &str) -> Text {
    if regime.info().counting == Counting::PointsDeducted {
        let total: u32 = parts.iter().sum();
        Text::new(
            format!(
                "各次分别扣分、累加：{} 分，12 − {total} = {} 分（{cite}）",
                sum(parts),
                12u32.saturating_sub(total)
            ),
            format!(
                "Each act is deducted and they add up: {}, and 12 − {total} = {} ({cite})",
                sum(parts),
                12u32.saturating_sub(total)
            ),
        )
    } else {
        Text::new(
            format!("不同行为分别记分、累加：{} 分（{cite}）", sum(parts)),
            format!(
                "Different acts are each scored and added: {} ({cite})",
                sum(parts)
            ),
        )
    }
}

/// 沪2023 第三条: findings of one inspection, the same situation twice or two situations.
fn inspection(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let items = scored(regime);
    let a = *rng.pick(&items)?;
    let same = rng.below(2) == 0;
    let b = if same { a } else { *rng.pick(&items)? };
    if !same && a.code == b.code {
        return None;
    }
    let day = random_day(regime, rng);
    let as_of = after(day, 10);
    let label = "专项检查";
    let mut first = incident("a", a, day, "general");
    let mut second = incident("b", b, day, "general");
    first["inspection"] = json!(label);
    second["inspection"] = json!(label);
    if same && rng.below(2) == 0 {
        second["severe"] = json!(true);
    }
    let (pa, pb) = (alone(regime, &first, day)?, alone(regime, &second, day)?);
    if pa + pb >= 12 {
        return None;
    }
    let case = case_of(regime, as_of, vec![first, second]);
    let cite = regime
        .info()
        .provisions
        .iter()
        .find(|p| p.topic == crate::scoring::catalogue::Topic::Counting)
        .map_or(regime.info().period_cite, |p| p.cite);
    let lead = if same {
        Text::new(
            format!("同一次监督检查中多次违反同一种记分情形的，按一次记分：取 {pa} 分与 {pb} 分中较高的 {} 分（{cite}）", pa.max(pb)),
            format!("The same situation found several times in one inspection counts once: the higher of {pa} and {pb}, {} ({cite})", pa.max(pb)),
        )
    } else {
        Text::new(
            format!(
                "两种以上违规行为分别记分、累加：{} 分（{cite}）",
                sum(&[pa, pb])
            ),
            format!(
                "Two different violations each count and add up: {} ({cite})",
                sum(&[pa, pb])
            ),
        )
    };
    total_question(
        regime,
        rng,
        Topic::SeveralActs,
        case,
        lead,
        &[pa + pb, pa.max(pb)],
        cite.to_string(),
    )
}

/// Points at two sites of practice add up (多点执业).
pub(super) fn sites(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let cite = regime.wording().teaching.sites_cite;
    let items = scored(regime);
    let (a, b) = (*rng.pick(&items)?, *rng.pick(&items)?);
    let first_day = random_day(regime, rng);
    let second_day = super::workday(after(first_day, 10 + rng.below(60) as u64));
    let as_of = after(second_day, 5);
    let (ra, rb) = (*rng.pick(&RESPONSIBILITIES)?, *rng.pick(&RESPONSIBILITIES)?);
    let mut first = incident("a", a, first_day, ra);
    let mut second = incident("b", b, second_day, rb);
    first["site"] = json!("甲医院");
    second["site"] = json!("乙医院");
    let (pa, pb) = (
        alone(regime, &first, first_day)?,
        alone(regime, &second, second_day)?,
    );
    if pa + pb >= 12 || as_of.year() != first_day.year() {
        return None;
    }
    let case = case_of(regime, as_of, vec![first, second]);
    let lead = Text::new(
        format!("多点执业的，各执业点的记分累积计算：{} 分（{cite}）", sum(&[pa, pb])),
        format!("A physician practising at several sites has the points of every site added: {} ({cite})", sum(&[pa, pb])),
    );
    let deducted = regime.info().counting == Counting::PointsDeducted;
    let also = if deducted {
        vec![12 - pa.max(pb)]
    } else {
        vec![pa.max(pb)]
    };
    total_question(
        regime,
        rng,
        Topic::Sites,
        case,
        lead,
        &also,
        cite.to_string(),
    )
}
