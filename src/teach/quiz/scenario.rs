//! The standing a scenario of the library reaches on its day. The question states the
//! scenario's facts, every date with them; its title, which would give the answer away,
//! comes with the explanation.

use serde_json::Value;

use super::restore::{state_choices, state_label};
use super::{assemble, Ask, Question, Rng, Sketch, Topic};
use crate::scoring::text::Text;
use crate::scoring::RegimeId;
use crate::teach::scenarios;

pub(super) fn scenario(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let list: Vec<_> = scenarios::of(regime).collect();
    let s = *rng.pick(&list)?;
    let case: Value = serde_json::from_str(s.case).ok()?;
    let as_of = case.get("as_of")?.as_str()?.to_string();
    let facts = super::several::stated(&case);
    let document = regime.info().document;
    let sketch = Sketch {
        topic: Topic::Scenarios,
        prompt: Text::new(
            format!("依{document}：{}。到 {as_of}，此人处于什么状态？", facts.zh),
            format!(
                "Under {document}: {}. What is the person's standing on {as_of}?",
                facts.en
            ),
        ),
        case,
        ask: Ask::State,
        others: state_choices(regime),
        explain: Text::new(
            format!("案例库“{}”：{}", s.title, s.explain),
            format!("Scenario “{}”: {}", s.title_en, s.explain_en),
        ),
        cite: s.cites.first()?.to_string(),
    };
    assemble(rng, regime, sketch, &state_label(regime))
}
