//! Which article says so: the one that sets an act's fine (沪2020), the objection's
//! time, or what a band's total decides. (A few of these: the other questions cite their
//! articles in their explanations.)

use serde_json::json;

use super::{assemble, base_day, doc, evaluate, points_unit, random_day, steps, text_label};
use super::{Answer, Ask, Question, Rng, Sketch, Topic};
use crate::scoring::outcome::DeadlineKind;
use crate::scoring::text::Text;
use crate::scoring::{words, RegimeId};
use crate::teach::rules::{required_facts, sanction_words, total_case};

/// Every citation of a regime's items, bands and provisions: the choices of "which
/// article".
fn cites(regime: RegimeId) -> Vec<Answer> {
    let info = regime.info();
    let mut out: Vec<Answer> = Vec::new();
    let all = info
        .bands
        .iter()
        .map(|b| b.cite)
        .chain(info.provisions.iter().map(|p| p.cite))
        .chain(info.clauses.iter().map(|c| c.cite));
    for cite in all {
        let value = Answer::Text(cite.to_string());
        if !out.contains(&value) {
            out.push(value);
        }
    }
    out
}

/// 沪2020: which article sets the fine of an act.
pub(super) fn fine_article(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let items: Vec<_> = regime.info().items().collect();
    let item = *rng.pick(&items)?;
    let day = base_day(regime);
    let case = json!({"regime": regime.as_str(), "as_of": day.to_string(),
        "incidents": [{"id": "a", "item": item.code, "decided_on": day.to_string(), "amount_yuan": 1000}]});
    let result = evaluate(&case)?;
    let sketch = Sketch {
        topic: Topic::Fines,
        prompt: Text::new(
            format!("依{}，「{}」的处罚规定在哪一条？", doc(regime), item.text),
            format!(
                "Under {}, which article sets the penalty for: {}?",
                doc(regime),
                item.gloss
            ),
        ),
        case,
        ask: Ask::ItemCite,
        others: regime
            .info()
            .items()
            .map(|i| Answer::Text(i.cite.to_string()))
            .collect(),
        explain: steps(&result.incidents.first()?.trace),
        cite: item.cite.to_string(),
    };
    assemble(rng, regime, sketch, &text_label)
}

/// Which article sets the time for the objection.
pub(super) fn objection_article(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let notified = random_day(regime, rng);
    let mut incident = json!({"id": "a", "points": 1, "decided_on": notified.to_string(), "notified_on": notified.to_string()});
    required_facts(regime, &mut incident);
    let case =
        json!({"regime": regime.as_str(), "as_of": notified.to_string(), "incidents": [incident]});
    let result = evaluate(&case)?;
    let d = result
        .deadlines
        .iter()
        .find(|d| d.kind == DeadlineKind::Objection)?;
    let objection = &regime.wording().teaching.objection;
    let sketch = Sketch {
        topic: Topic::Procedure,
        prompt: Text::new(
            format!(
                "依{}，提出{}的期限规定在哪一条？",
                doc(regime),
                objection.zh
            ),
            format!(
                "Under {}, which article sets the time for {}?",
                doc(regime),
                objection.en
            ),
        ),
        case,
        ask: Ask::DeadlineCite(DeadlineKind::Objection),
        others: cites(regime),
        explain: Text::new(
            format!("{}（{}）", d.text.zh, d.cite),
            format!("{} ({})", d.text.en, d.cite),
        ),
        cite: d.cite.clone(),
    };
    assemble(rng, regime, sketch, &text_label)
}

/// Which article says what a band's total decides.
pub(super) fn band_article(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let band = rng.pick(regime.info().bands)?;
    let case = total_case(regime, band.from, false, false);
    let result = evaluate(&case)?;
    let s = result.sanctions.last()?;
    let measure = sanction_words(regime, s);
    let unit = points_unit(regime);
    let sketch = Sketch {
        topic: Topic::Bands,
        prompt: Text::new(
            format!(
                "依{}，累计{}分达到 {} 分时“{}”，规定在哪一条？",
                doc(regime),
                unit.zh,
                band.from,
                measure.zh
            ),
            format!(
                "Under {}, which article says what {} {} {}: {}?",
                doc(regime),
                words::points(band.from).en,
                unit.en,
                if band.from == 1 { "means" } else { "mean" },
                measure.en
            ),
        ),
        case,
        ask: Ask::SanctionCite,
        others: cites(regime),
        explain: super::dated(regime, steps(&s.trace)),
        cite: s.cite.clone(),
    };
    assemble(rng, regime, sketch, &text_label)
}
