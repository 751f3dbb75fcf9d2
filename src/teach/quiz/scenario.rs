//! The standing a scenario of the library reaches on its day.

use serde_json::Value;

use super::{assemble, text_label, Answer, Ask, Kind, Question, Rng, Sketch};
use crate::scoring::outcome::SanctionKind;
use crate::scoring::text::Text;
use crate::scoring::RegimeId;
use crate::teach::scenarios;

/// A standing in words, the same for every regime (the choices span them).
fn state_words(state: &str) -> Text {
    match state {
        "suspended" => Text::fixed("暂停（中止）中", "suspended"),
        "terminated" => Text::fixed("已终止（解除）", "terminated"),
        "training" => Text::fixed("离岗培训中", "in off-duty training"),
        _ => Text::fixed("正常", "in good standing"),
    }
}

pub(super) fn scenario(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let list: Vec<_> = scenarios::of(regime).collect();
    let s = *rng.pick(&list)?;
    let case: Value = serde_json::from_str(s.case).ok()?;
    let as_of = case.get("as_of")?.as_str()?.to_string();
    let mut states = vec!["normal", "suspended", "terminated"];
    // Off-duty training is a standing only where a band decides it.
    if regime
        .info()
        .bands
        .iter()
        .any(|b| b.kind == SanctionKind::Training)
    {
        states.push("training");
    }
    let sketch = Sketch {
        kind: Kind::Scenario,
        prompt: Text::new(
            format!("案例“{}”：到 {as_of}，此人处于什么状态？", s.title),
            format!(
                "Scenario “{}”: what is the person's standing on {as_of}?",
                s.title_en
            ),
        ),
        case,
        ask: Ask::State,
        others: states
            .into_iter()
            .map(|s| Answer::Text(s.to_string()))
            .collect(),
        explain: Text::fixed(s.explain, s.explain_en),
        cite: s.cites.first()?.to_string(),
    };
    assemble(rng, regime, sketch, &|a| match a {
        Answer::Text(t) => state_words(t),
        other => text_label(other),
    })
}
