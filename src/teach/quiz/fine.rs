//! 沪2020: the fine an act exposes the party to, as the core ranges it.

use serde_json::json;

use super::{assemble, base_day, doc, evaluate, key, key_of, steps, text_label};
use super::{Answer, Ask, Kind, Question, Rng, Sketch};
use crate::scoring::catalogue::ItemValue;
use crate::scoring::text::Text;
use crate::scoring::RegimeId;

/// A fine's range: `3000—30000 元`, `¥3000–30000`.
fn fine_label(a: &Answer) -> Text {
    match a {
        Answer::Text(t) => {
            let (min, max) = t.split_once('-').unwrap_or((t, t));
            Text::new(format!("{min}—{max} 元"), format!("¥{min}–{max}"))
        }
        other => text_label(other),
    }
}

pub(super) fn fine(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let items: Vec<_> = regime
        .info()
        .items()
        .filter(|i| matches!(i.value, ItemValue::Fine { .. }))
        .collect();
    let item = *rng.pick(&items)?;
    let day = base_day(regime);
    let severe = rng.below(2) == 0;
    let case = json!({"regime": regime.as_str(), "as_of": day.to_string(), "incidents": [
        {"id": "a", "item": item.code, "decided_on": day.to_string(), "severe": severe, "amount_yuan": 10000}]});
    let result = evaluate(&case)?;
    key_of(&result, &Ask::FineRange)?;
    // Every other fine range of the order, as the core gives it.
    let mut others: Vec<Answer> = Vec::new();
    for other in regime.info().items() {
        for severe in [false, true] {
            let c = json!({"regime": regime.as_str(), "as_of": day.to_string(), "incidents": [
                {"id": "a", "item": other.code, "decided_on": day.to_string(), "severe": severe, "amount_yuan": 10000}]});
            if let Some(v) = key(&c, &Ask::FineRange) {
                if !others.contains(&v) {
                    others.push(v);
                }
            }
        }
    }
    let serious = if severe {
        Text::fixed("，情节严重", ", serious")
    } else {
        Text::default()
    };
    let sketch = Sketch {
        kind: Kind::Fine,
        prompt: Text::new(
            format!(
                "依{}，{}「{}」{}（涉及金额 10000 元），可处罚款的范围是？",
                doc(regime),
                item.cite,
                item.text.chars().take(50).collect::<String>(),
                serious.zh
            ),
            format!(
                "Under {}, {} ({}){}, ¥10,000 involved: what fine may be imposed?",
                doc(regime),
                item.cite,
                item.gloss,
                serious.en
            ),
        ),
        case,
        ask: Ask::FineRange,
        others,
        explain: steps(&result.incidents.first()?.trace),
        cite: item.cite.to_string(),
    };
    assemble(rng, regime, sketch, &fine_label)
}
