//! How many points one act under an item scores (with a responsibility where the regime
//! tiers its items by it, and egregious where it scores that higher).

use serde_json::json;

use super::{assemble, base_day, doc, evaluate, points_label, points_unit, steps, Answer, Ask};
use super::{Kind, Question, Rng, Sketch};
use crate::scoring::case::Field;
use crate::scoring::catalogue::ItemValue;
use crate::scoring::text::Text;
use crate::scoring::RegimeId;

/// The responsibilities of 沪2025 第十二条 and their words.
static RESPONSIBILITIES: [(&str, Text); 3] = [
    ("general", Text::fixed("一般责任", "general responsibility")),
    (
        "important",
        Text::fixed("重要责任", "important responsibility"),
    ),
    ("primary", Text::fixed("主要责任", "primary responsibility")),
];

pub(super) fn item_points(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let info = regime.info();
    let items: Vec<_> = info
        .items()
        .filter(|i| !matches!(i.value, ItemValue::Fine { .. }))
        .collect();
    let item = *rng.pick(&items)?;
    let day = base_day(regime);
    let mut incident = json!({"id": "a", "item": item.code, "decided_on": day.to_string()});
    let mut facts = Text::default();
    if info.uses(Field::Responsibility) {
        let (code, words) = rng.pick(&RESPONSIBILITIES)?;
        incident["responsibility"] = json!(code);
        facts = Text::new(format!("，负{}", words.zh), format!(", with {}", words.en));
    }
    // Egregious acts score higher (沪2023 第四条); one question in three says so.
    if info.uses(Field::Severe) && rng.below(3) == 0 {
        incident["severe"] = json!(true);
        facts = Text::fixed("，性质恶劣", ", egregious");
    }
    let case =
        json!({"regime": regime.as_str(), "as_of": day.to_string(), "incidents": [incident]});
    let result = evaluate(&case)?;
    let unit = points_unit(regime);
    let mut others: Vec<Answer> = (1..=12).map(Answer::Number).collect();
    // Near values first: a choice of 12 beside 1 teaches nothing.
    let right = result.incidents.first()?.points?;
    others.sort_by_key(|a| match a {
        Answer::Number(n) => n.abs_diff(right),
        _ => 99,
    });
    others.truncate(6);
    let text: String = item.text.chars().take(60).collect();
    let ellipsis = if item.text.chars().count() > 60 {
        "…"
    } else {
        ""
    };
    let sketch = Sketch {
        kind: Kind::ItemPoints,
        prompt: Text::new(
            format!(
                "依{}，{}「{text}{ellipsis}」{}，一次{}几分？",
                doc(regime),
                item.cite,
                facts.zh,
                unit.zh
            ),
            format!(
                "Under {}, {} ({}){}: how many points are {} for one act?",
                doc(regime),
                item.cite,
                item.gloss,
                facts.en,
                unit.en
            ),
        ),
        case,
        ask: Ask::Points,
        others,
        explain: steps(&result.incidents.first()?.trace),
        cite: item.cite.to_string(),
    };
    assemble(rng, regime, sketch, &points_label)
}
