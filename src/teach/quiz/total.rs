//! A total after several acts: two exams on one day where the regime has repairs, the
//! same act found twice in one inspection where the regime scores that once, else what is
//! left of the 12 points after two deductions.

use serde_json::{json, Value};

use super::{assemble, base_day, doc, evaluate, key_of, points_label, points_unit, steps};
use super::{Answer, Ask, Kind, Question, Rng, Sketch};
use crate::scoring::case::Field;
use crate::scoring::catalogue::{Item, ItemValue};
use crate::scoring::outcome::{Evaluation, Step};
use crate::scoring::text::Text;
use crate::scoring::RegimeId;
use crate::teach::rules::required_facts;

/// The question's case and prompt, and what answers it.
struct Asked {
    case: Value,
    prompt: Text,
    ask: Ask,
}

pub(super) fn total(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let info = regime.info();
    let asked = if info.procedure.repairs.is_some() {
        exams(regime, rng)?
    } else if info.uses(Field::Inspection) {
        same_inspection(regime, rng)?
    } else {
        two_deductions(regime, rng)?
    };
    // The exam's yearly cap leads the explanation (in Chinese: the English steps say it).
    let note = info
        .procedure
        .repairs
        .as_ref()
        .map_or_else(Text::default, |r| {
            Text::new(
                format!(
                    "考试修复每年度至多减免 {} 分（{}）",
                    r.exam.cap, r.exam.cite
                ),
                "",
            )
        });
    let result = evaluate(&asked.case)?;
    let right = match key_of(&result, &asked.ask)? {
        Answer::Number(n) => n,
        _ => return None,
    };
    let others: Vec<Answer> = (right.saturating_sub(3)..=right + 3)
        .filter(|n| *n <= 12)
        .map(Answer::Number)
        .collect();
    let cite = match &info.procedure.repairs {
        Some(repairs) => repairs.exam.cite.to_string(),
        // The article under which the core counted the act once.
        None if info.uses(Field::Inspection) => result
            .incidents
            .iter()
            .find(|i| !i.counted)?
            .trace
            .last()?
            .cite
            .clone(),
        None => info.period_cite.to_string(),
    };
    let sketch = Sketch {
        kind: Kind::Total,
        prompt: asked.prompt,
        explain: explain(&result, note),
        case: asked.case,
        ask: asked.ask,
        others,
        cite,
    };
    assemble(rng, regime, sketch, &points_label)
}

/// The repairs (沪2025 第二十九条): a total, then two exams passed on one day.
fn exams(regime: RegimeId, rng: &mut Rng) -> Option<Asked> {
    let day = base_day(regime);
    let points = 2 + rng.below(7) as u32;
    let exam = day.checked_add_days(chrono::Days::new(20))?;
    let mut incident = json!({"id": "a", "points": points, "decided_on": day.to_string()});
    required_facts(regime, &mut incident);
    let case = json!({"regime": regime.as_str(), "as_of": exam.to_string(),
        "incidents": [incident],
        "repairs": [{"kind": "exam", "on": exam.to_string()}, {"kind": "exam", "on": exam.to_string()}]});
    Some(Asked {
        case,
        prompt: Text::new(
            format!("依{}，本年度已累计记 {points} 分；{exam} 当天两次通过医保经办机构组织的考试，此后本年度累计记分为几分？", doc(regime)),
            format!("Under {}, {points} points this year; on {exam} the person passes the agency's exam twice. What is the total now?", doc(regime)),
        ),
        ask: Ask::StatusTotal,
    })
}

/// The same situation twice in one inspection (沪2023 第三条).
fn same_inspection(regime: RegimeId, rng: &mut Rng) -> Option<Asked> {
    let day = base_day(regime);
    let items: Vec<_> = regime.info().items().collect();
    let item = *rng.pick(&items)?;
    let case = json!({"regime": regime.as_str(), "as_of": day.to_string(), "incidents": [
        {"id": "a", "item": item.code, "decided_on": day.to_string(), "inspection": "1"},
        {"id": "b", "item": item.code, "decided_on": day.to_string(), "inspection": "1"}]});
    Some(Asked {
        case,
        prompt: Text::new(
            format!(
                "依{}，同一次监督检查中两次发现{}「{}」，共记几分？",
                doc(regime),
                item.cite,
                item.text.chars().take(40).collect::<String>()
            ),
            format!(
                "Under {}, one inspection finds {} ({}) twice: how many points in all?",
                doc(regime),
                item.cite,
                item.gloss
            ),
        ),
        ask: Ask::StatusTotal,
    })
}

/// Two acts whose points stay under 12: at 12 the agreement is terminated, and what is
/// "left" is no longer a question of arithmetic.
fn two_deductions(regime: RegimeId, rng: &mut Rng) -> Option<Asked> {
    let day = base_day(regime);
    let unit = points_unit(regime);
    let items: Vec<_> = regime.info().items().collect();
    let fixed = |item: &Item| match item.value {
        ItemValue::Fixed { points } => points,
        _ => 12,
    };
    let firsts: Vec<_> = items.iter().filter(|i| fixed(i) <= 10).collect();
    let a = **rng.pick(&firsts)?;
    let seconds: Vec<_> = items.iter().filter(|i| fixed(a) + fixed(i) < 12).collect();
    let b = **rng.pick(&seconds)?;
    let later = day.checked_add_days(chrono::Days::new(14))?;
    let case = json!({"regime": regime.as_str(), "as_of": later.to_string(), "incidents": [
        {"id": "a", "item": a.code, "decided_on": day.to_string()},
        {"id": "b", "item": b.code, "decided_on": later.to_string()}]});
    Some(Asked {
        case,
        prompt: Text::new(
            format!("依{}，本年度初始 12 分，先后因{}和{}各{}分一次，还剩几分？", doc(regime), a.cite, b.cite, unit.zh),
            format!("Under {}, the year starts at 12; points are {} once for {} and once for {}. How many are left?", doc(regime), unit.en, a.cite, b.cite),
        ),
        ask: Ask::Remaining,
    })
}

/// The explanation: `note` (in the languages it has), the steps of the incidents given
/// by their item (an incident given by its points needs none: the question states them),
/// and the core's warnings.
fn explain(result: &Evaluation, note: Text) -> Text {
    let trace: Vec<Step> = result
        .incidents
        .iter()
        .filter(|i| i.item.is_some())
        .flat_map(|i| i.trace.iter().cloned())
        .collect();
    let steps = steps(&trace);
    let warnings_zh: Vec<&str> = result
        .warnings
        .iter()
        .map(|w| w.message.zh.as_ref())
        .collect();
    let warnings_en: Vec<&str> = result
        .warnings
        .iter()
        .map(|w| w.message.en.as_ref())
        .collect();
    let join = |parts: [&str; 3], by: &str| {
        parts
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(by)
    };
    Text::new(
        join([&note.zh, &steps.zh, &warnings_zh.join("；")], "；"),
        join([&note.en, &steps.en, &warnings_en.join("; ")], "; "),
    )
}
