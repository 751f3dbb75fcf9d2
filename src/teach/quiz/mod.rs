//! Quizzes generated from a regime's catalogue, bands, deadlines and scenarios: the
//! points of an item (and a responsibility), the measure at a total, one act scored at
//! once, a deadline's date from a notice, which article says so, a total after several
//! acts or a repair, a scenario's standing.
//!
//! Every answer key is the core's: each question carries the case it asks about and what
//! of the result answers it ([`Ask`]), and the right choice is read from
//! `scoring::evaluate` of that case — nothing is typed by hand. The questions follow from
//! the regime, the number asked and the seed, so that one link gives a room the same
//! quiz (for a given build).
//!
//! ```
//! use jifen::scoring::RegimeId;
//! use jifen::teach::quiz;
//!
//! let a = quiz::generate(RegimeId::Shanghai2025, 10, "room-1");
//! let b = quiz::generate(RegimeId::Shanghai2025, 10, "room-1");
//! assert_eq!(a, b);
//! assert_eq!(a.len(), 10);
//! assert!(a.iter().all(|q| q.choices.len() >= 2 && q.answer < q.choices.len()));
//! ```

use chrono::{Datelike, NaiveDate};
use serde_json::{json, Value};

use super::rules::{points_en, probe_day, sanction_words, total_case};
use super::scenarios;
use crate::scoring::catalogue::ItemValue;
use crate::scoring::outcome::{DeadlineKind, Evaluation};
use crate::scoring::regimes::Counting;
use crate::scoring::{self, RegimeId};

/// How many questions a quiz link asks for when it does not say.
pub const DEFAULT_QUESTIONS: u32 = 10;

/// The kinds of question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The points of an item (with a responsibility, 沪2025; with 情节恶劣, 沪2023).
    ItemPoints,
    /// The measure a cumulative total decides.
    MeasureAtTotal,
    /// The measure when one act alone scores the total (一次性记分).
    OneShot,
    /// A deadline's last day from a notice or a decision.
    Deadline,
    /// The article that decides a measure or sets a deadline.
    Article,
    /// The total after several acts, a same-inspection rule or a repair.
    Total,
    /// The standing a scenario of the library reaches.
    Scenario,
    /// 沪2020: the fine an act exposes the party to.
    Fine,
}

/// What of the core's result answers a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    /// `incidents[0].points`.
    Points,
    /// The last sanction, in the regime's words ("不作处理" when none).
    Measure,
    /// The `due` of the first deadline of this kind.
    Due(DeadlineKind),
    /// The `cite` of the last sanction.
    SanctionCite,
    /// The `cite` of the first deadline of this kind.
    DeadlineCite(DeadlineKind),
    /// `status.total`.
    StatusTotal,
    /// `status.remaining`.
    Remaining,
    /// `status.state`.
    State,
    /// `incidents[0]`'s fine range, `[fine_min, fine_max]` in yuan.
    FineRange,
    /// The `cite` of the first step of `incidents[0]`'s trace: the item's article.
    ItemCite,
}

/// A value a choice stands for, compared with the core's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Number(u32),
    Text(String),
    Date(NaiveDate),
}

/// One choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub zh: String,
    pub en: String,
    pub value: Answer,
}

/// One question.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub kind: Kind,
    pub regime: RegimeId,
    pub prompt_zh: String,
    pub prompt_en: String,
    pub choices: Vec<Choice>,
    /// The index of the right choice.
    pub answer: usize,
    /// Why, from the core's own steps.
    pub explain_zh: String,
    pub explain_en: String,
    /// The article that says so (opens in the reader).
    pub cite: String,
    /// The case the key was computed from.
    pub case: Value,
    /// What of its result answers the question.
    pub ask: Ask,
}

/// The value the core gives for `ask` on `case` — the answer key.
pub fn key(case: &Value, ask: &Ask) -> Option<Answer> {
    let day = case
        .get("as_of")
        .and_then(Value::as_str)
        .and_then(|d| d.parse::<NaiveDate>().ok())?;
    let result = scoring::evaluate(case, day).ok()?;
    key_of(&result, ask)
}

fn key_of(result: &Evaluation, ask: &Ask) -> Option<Answer> {
    Some(match ask {
        Ask::Points => Answer::Number(result.incidents.first()?.points?),
        Ask::Measure => Answer::Text(measure_zh(result)),
        Ask::Due(kind) => Answer::Date(result.deadlines.iter().find(|d| d.kind == *kind)?.due),
        Ask::SanctionCite => Answer::Text(result.sanctions.last()?.cite.clone()),
        Ask::DeadlineCite(kind) => Answer::Text(
            result
                .deadlines
                .iter()
                .find(|d| d.kind == *kind)?
                .cite
                .clone(),
        ),
        Ask::ItemCite => Answer::Text(result.incidents.first()?.trace.first()?.cite.clone()),
        Ask::StatusTotal => Answer::Number(result.status.total?),
        Ask::Remaining => Answer::Number(result.status.remaining?),
        Ask::State => Answer::Text(result.status.state.code().to_string()),
        Ask::FineRange => {
            let fine = result.incidents.first()?.fine.as_ref()?;
            let yuan = |n: &Option<serde_json::Number>| n.as_ref().map(|n| n.to_string());
            Answer::Text(format!(
                "{}-{}",
                yuan(&fine.fine_min)?,
                yuan(&fine.fine_max)?
            ))
        }
    })
}

/// The last measure of a result in the regime's words (Chinese), or "不作处理".
fn measure_zh(result: &Evaluation) -> String {
    result
        .sanctions
        .last()
        .map(|s| sanction_words(result.regime, s).0)
        .unwrap_or_else(|| "不作处理".to_string())
}

fn measure_en(result: &Evaluation) -> String {
    result
        .sanctions
        .last()
        .map(|s| sanction_words(result.regime, s).1)
        .unwrap_or_else(|| "no measure".to_string())
}

/// A small deterministic generator (splitmix64), seeded from the link.
struct Rng(u64);

impl Rng {
    fn new(regime: RegimeId, seed: &str) -> Rng {
        // FNV-1a of the regime and the seed.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in regime.as_str().bytes().chain([0]).chain(seed.bytes()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        Rng(h)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a, T>(&mut self, list: &'a [T]) -> Option<&'a T> {
        list.get(self.below(list.len()))
    }

    fn shuffle<T>(&mut self, list: &mut [T]) {
        for i in (1..list.len()).rev() {
            let j = self.below(i + 1);
            list.swap(i, j);
        }
    }
}

/// The kinds asked of a regime. One act scored at once is asked only where the regime
/// decides something else for it than for the same total reached act by act (a question
/// on 济宁's 10 points at once, which no item deducts and which decides what 10 points
/// always decide, taught nothing).
pub fn kinds(regime: RegimeId) -> Vec<Kind> {
    match regime.info().counting {
        Counting::Fines => vec![Kind::Fine, Kind::Article],
        _ => [
            Kind::ItemPoints,
            Kind::MeasureAtTotal,
            Kind::OneShot,
            Kind::Deadline,
            Kind::Article,
            Kind::Total,
            Kind::Scenario,
        ]
        .into_iter()
        .filter(|kind| *kind != Kind::OneShot || !one_shot_totals(regime).is_empty())
        .collect(),
    }
}

/// The totals from 9 to 12 that one act of the regime's catalogue can score, and for
/// which the regime decides otherwise than for the same total reached act by act.
fn one_shot_totals(regime: RegimeId) -> Vec<u32> {
    // (The what-if's list of what one incident can score.)
    let possible: Vec<u32> = super::whatif::candidates(regime)
        .iter()
        .map(|c| c.0)
        .collect();
    (9..=12)
        .filter(|total| possible.contains(total))
        .filter(|total| {
            let measure = |at_once| {
                evaluate(&total_case(regime, *total, at_once, false)).map(|r| measure_zh(&r))
            };
            measure(true) != measure(false)
        })
        .collect()
}

/// `n` questions on `regime` for `seed`: the same arguments give the same questions.
pub fn generate(regime: RegimeId, n: u32, seed: &str) -> Vec<Question> {
    let mut rng = Rng::new(regime, seed);
    let kinds = kinds(regime);
    let offset = rng.below(kinds.len());
    let mut out: Vec<Question> = Vec::new();
    // Kinds in turn; a kind that cannot make a new question yields its turn after a few
    // tries.
    let mut failures = 0;
    let mut attempts = 0;
    while out.len() < n as usize && attempts < n as usize * 20 {
        let kind = kinds[(out.len() + offset + failures / 3) % kinds.len()];
        attempts += 1;
        let question = make(regime, kind, &mut rng).filter(|question| {
            // The same question twice only when the quiz asks for more than there are.
            attempts >= n as usize * 10 || !out.iter().any(|q| q.prompt_zh == question.prompt_zh)
        });
        match question {
            Some(question) => out.push(question),
            None => failures += 1,
        }
    }
    out
}

/// The day questions are set on: a working Tuesday while the regime is in force.
fn base_day(regime: RegimeId) -> NaiveDate {
    let year = if regime == RegimeId::Shanghai2023 {
        2024
    } else {
        2025
    };
    NaiveDate::from_ymd_opt(year, 6, 3).unwrap_or(NaiveDate::MIN)
}

fn doc(regime: RegimeId) -> &'static str {
    regime.info().document
}

fn points_unit(regime: RegimeId) -> (&'static str, &'static str) {
    if regime.info().counting == Counting::PointsDeducted {
        ("扣", "deducted")
    } else {
        ("记", "scored")
    }
}

/// Builds a question: the right choice from the core, the others from `others` (values
/// the core gives elsewhere, or near ones), shuffled.
#[allow(clippy::too_many_arguments)]
fn assemble(
    rng: &mut Rng,
    regime: RegimeId,
    kind: Kind,
    prompt: (String, String),
    case: Value,
    ask: Ask,
    label: &dyn Fn(&Answer) -> (String, String),
    others: Vec<Answer>,
    explain: (String, String),
    cite: String,
) -> Option<Question> {
    let right = key(&case, &ask)?;
    let mut values: Vec<Answer> = vec![right.clone()];
    let mut pool = others;
    rng.shuffle(&mut pool);
    for value in pool {
        if values.len() >= 4 {
            break;
        }
        if !values.contains(&value) {
            values.push(value);
        }
    }
    if values.len() < 2 {
        return None;
    }
    rng.shuffle(&mut values);
    let answer = values.iter().position(|v| *v == right)?;
    let choices = values
        .into_iter()
        .map(|value| {
            let (zh, en) = label(&value);
            Choice { zh, en, value }
        })
        .collect();
    Some(Question {
        kind,
        regime,
        prompt_zh: prompt.0,
        prompt_en: prompt.1,
        choices,
        answer,
        explain_zh: explain.0,
        explain_en: explain.1,
        cite,
        case,
        ask,
    })
}

fn number_label(unit: (&'static str, &'static str)) -> impl Fn(&Answer) -> (String, String) {
    move |a| match a {
        // ("1 points" is not English; the unit is "points" or "days".)
        Answer::Number(1) => (
            format!("1 {}", unit.0),
            format!("1 {}", unit.1.trim_end_matches('s')),
        ),
        Answer::Number(n) => (format!("{n} {}", unit.0), format!("{n} {}", unit.1)),
        Answer::Text(t) => (t.clone(), t.clone()),
        Answer::Date(d) => (d.to_string(), d.to_string()),
    }
}

/// The core's steps, joined: the explanation of an answer.
fn steps(trace: &[crate::scoring::outcome::Step]) -> (String, String) {
    let zh: Vec<String> = trace
        .iter()
        .map(|s| format!("{}（{}）", s.text.zh, s.cite))
        .collect();
    let en: Vec<String> = trace
        .iter()
        .map(|s| format!("{} ({})", s.text, s.cite))
        .collect();
    (zh.join("；"), en.join("; "))
}

fn evaluate(case: &Value) -> Option<Evaluation> {
    let day = case
        .get("as_of")
        .and_then(Value::as_str)
        .and_then(|d| d.parse::<NaiveDate>().ok())?;
    scoring::evaluate(case, day).ok()
}

fn make(regime: RegimeId, kind: Kind, rng: &mut Rng) -> Option<Question> {
    match kind {
        Kind::ItemPoints => item_points(regime, rng),
        Kind::MeasureAtTotal => measure_at(regime, rng, false),
        Kind::OneShot => measure_at(regime, rng, true),
        Kind::Deadline => deadline(regime, rng),
        Kind::Article => article(regime, rng),
        Kind::Total => total(regime, rng),
        Kind::Scenario => scenario(regime, rng),
        Kind::Fine => fine(regime, rng),
    }
}

const RESPONSIBILITIES: [(&str, &str, &str); 3] = [
    ("general", "一般责任", "general responsibility"),
    ("important", "重要责任", "important responsibility"),
    ("primary", "主要责任", "primary responsibility"),
];

fn item_points(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let items: Vec<_> = regime
        .info()
        .items()
        .filter(|i| !matches!(i.value, ItemValue::Fine { .. }))
        .collect();
    let item = *rng.pick(&items)?;
    let day = base_day(regime);
    let mut incident = json!({"id": "a", "item": item.code, "decided_on": day.to_string()});
    let mut facts_zh = String::new();
    let mut facts_en = String::new();
    if regime == RegimeId::Shanghai2025 {
        let (code, zh, en) = *rng.pick(&RESPONSIBILITIES)?;
        incident["responsibility"] = json!(code);
        facts_zh = format!("，负{zh}");
        facts_en = format!(", with {en}");
    }
    if regime == RegimeId::Shanghai2023 && rng.below(3) == 0 {
        incident["severe"] = json!(true);
        facts_zh = "，性质恶劣".to_string();
        facts_en = ", egregious".to_string();
    }
    let case =
        json!({"regime": regime.as_str(), "as_of": day.to_string(), "incidents": [incident]});
    let result = evaluate(&case)?;
    let unit = points_unit(regime);
    let others: Vec<Answer> = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
        .into_iter()
        .map(Answer::Number)
        .collect();
    // Near values first: a choice of 12 beside 1 teaches nothing.
    let right = result.incidents.first()?.points?;
    let mut others = others;
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
    assemble(
        rng,
        regime,
        Kind::ItemPoints,
        (
            format!(
                "依{}，{}「{text}{ellipsis}」{facts_zh}，一次{}几分？",
                doc(regime),
                item.cite,
                unit.0
            ),
            format!(
                "Under {}, {} ({}){facts_en}: how many points are {} for one act?",
                doc(regime),
                item.cite,
                item.gloss,
                unit.1
            ),
        ),
        case,
        Ask::Points,
        &number_label(("分", "points")),
        others,
        steps(&result.incidents.first()?.trace),
        item.cite.to_string(),
    )
}

/// Every measure the regime's totals decide, cumulative and at once, as the core words
/// them: the choices of the measure questions.
fn measures(regime: RegimeId) -> Vec<Answer> {
    let mut out: Vec<Answer> = Vec::new();
    for total in 1..=12 {
        for at_once in [false, true] {
            if let Some(result) = evaluate(&total_case(regime, total, at_once, false)) {
                let value = Answer::Text(measure_zh(&result));
                if !out.contains(&value) {
                    out.push(value);
                }
            }
        }
    }
    out
}

/// The English words of a measure given in Chinese, found by evaluating the totals again.
fn measure_label(regime: RegimeId) -> impl Fn(&Answer) -> (String, String) {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for total in 1..=12 {
        for at_once in [false, true] {
            if let Some(result) = evaluate(&total_case(regime, total, at_once, false)) {
                pairs.push((measure_zh(&result), measure_en(&result)));
            }
        }
    }
    move |a| match a {
        Answer::Text(zh) => {
            let en = pairs
                .iter()
                .find(|(z, _)| z == zh)
                .map_or_else(|| zh.clone(), |(_, e)| e.clone());
            (zh.clone(), en)
        }
        Answer::Number(n) => (n.to_string(), n.to_string()),
        Answer::Date(d) => (d.to_string(), d.to_string()),
    }
}

fn measure_at(regime: RegimeId, rng: &mut Rng, at_once: bool) -> Option<Question> {
    let totals: Vec<u32> = if at_once {
        one_shot_totals(regime)
    } else {
        (1..=12).collect()
    };
    let total = *rng.pick(&totals)?;
    let case = total_case(regime, total, at_once, false);
    let result = evaluate(&case)?;
    let unit = points_unit(regime);
    let period = match regime {
        RegimeId::Wenzhou2014 => ("一个协议年度内", "in an agreement year"),
        _ => ("一个自然年度内", "in a natural year"),
    };
    let prompt = if at_once {
        (
            format!(
                "依{}，一个行为一次性{}满 {total} 分（此前本年度为 0 分），应作何处理？",
                doc(regime),
                unit.0
            ),
            format!(
                "Under {}, one act alone is {} {} (none before this year): what follows?",
                doc(regime),
                unit.1,
                points_en(total)
            ),
        )
    } else {
        (
            format!(
                "依{}，{}累计{}分达到 {total} 分（每次 1 分），应作何处理？",
                doc(regime),
                period.0,
                unit.0
            ),
            format!(
                "Under {}, {} {} {} {} one at a time: what follows?",
                doc(regime),
                points_en(total),
                if total == 1 { "is" } else { "are" },
                unit.1,
                period.1
            ),
        )
    };
    let (mut explain_zh, mut explain_en) = result
        .sanctions
        .last()
        .map(|s| steps(&s.trace))
        .unwrap_or_else(|| {
            (
                format!("累计 {total} 分未达到任何处理档次。"),
                format!(
                    "{} {} no band.",
                    points_en(total),
                    if total == 1 { "reaches" } else { "reach" }
                ),
            )
        });
    if at_once {
        // Say what the same total decides when reached one point at a time.
        if let Some(cumulative) = evaluate(&total_case(regime, total, false, false)) {
            explain_zh = format!(
                "{explain_zh}。对照：累计达到 {total} 分为“{}”。",
                measure_zh(&cumulative)
            );
            explain_en = format!(
                "{explain_en}. Compare: the same total reached act by act means “{}”.",
                measure_en(&cumulative)
            );
        }
    }
    // The core's steps date the measure from the decision: say which day that is, since
    // the question does not.
    let decided = probe_day(regime);
    let dated = explain_zh
        .as_bytes()
        .windows(5)
        .any(|w| w[0] == b'-' && w[3] == b'-' && w[1..3].iter().all(u8::is_ascii_digit));
    if dated {
        explain_zh = format!(
            "设记分决定于 {decided}（{}）作出：{explain_zh}",
            weekday_zh(decided)
        );
        explain_en = format!(
            "Taking the decision as made on {decided} ({}): {explain_en}",
            decided.format("%a")
        );
    }
    let cite = result
        .sanctions
        .last()
        .map(|s| s.cite.clone())
        .or_else(|| regime.info().bands.first().map(|b| b.cite.to_string()))?;
    assemble(
        rng,
        regime,
        if at_once {
            Kind::OneShot
        } else {
            Kind::MeasureAtTotal
        },
        prompt,
        case,
        Ask::Measure,
        &measure_label(regime),
        measures(regime),
        (explain_zh, explain_en),
        cite,
    )
}

/// A notice received on a random day of the regime's year (April to November).
fn random_day(regime: RegimeId, rng: &mut Rng) -> NaiveDate {
    let base = base_day(regime);
    let month = 4 + rng.below(8) as u32;
    let day = 1 + rng.below(28) as u32;
    NaiveDate::from_ymd_opt(base.year(), month, day).unwrap_or(base)
}

fn objection_words(regime: RegimeId) -> (&'static str, &'static str) {
    match regime {
        RegimeId::Shanghai2025 => ("陈述申辩", "a statement and defence (陈述申辩)"),
        RegimeId::Shanghai2023 => ("复核申请", "a review request (复核申请)"),
        _ => ("书面异议", "a written objection (书面异议)"),
    }
}

fn notice_words(regime: RegimeId) -> (&'static str, &'static str) {
    match regime {
        RegimeId::Shanghai2025 => ("记分告知", "the notice of the points"),
        RegimeId::Shanghai2023 => ("《告知书》", "the notice (告知书)"),
        _ => ("书面通知", "the written notice"),
    }
}

fn weekday_zh(d: NaiveDate) -> &'static str {
    crate::calendar::weekday_zh(d)
}

fn deadline(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let notified = random_day(regime, rng);
    let decided = notified.checked_add_days(chrono::Days::new(30))?;
    let delivery = regime == RegimeId::Shanghai2025 && rng.below(3) == 0;
    let mut incident = json!({"id": "a", "points": 1, "decided_on": decided.to_string(),
        "notified_on": notified.to_string()});
    if regime == RegimeId::Shanghai2025 {
        incident["responsibility"] = json!("general");
    }
    if regime == RegimeId::Wenzhou2014 || regime == RegimeId::Jining2024 {
        // The written notice follows the decision there.
        incident["decided_on"] = json!(notified.to_string());
    }
    let as_of = decided.max(notified);
    let case =
        json!({"regime": regime.as_str(), "as_of": as_of.to_string(), "incidents": [incident]});
    let (kind, prompt) = if delivery {
        (
            DeadlineKind::DecisionDelivery,
            (
                format!(
                    "依{}，经办机构于 {decided}（{}）作出最终记分处理决定，最迟哪一天须送达所在定点医药机构？",
                    doc(regime),
                    weekday_zh(decided)
                ),
                format!(
                    "Under {}, the agency makes its final decision on {decided}: by which day must it reach the institution?",
                    doc(regime)
                ),
            ),
        )
    } else {
        let (notice_zh, notice_en) = notice_words(regime);
        let (objection_zh, objection_en) = objection_words(regime);
        (
            DeadlineKind::Objection,
            (
                format!(
                    "依{}，{notified}（{}）收到{notice_zh}，最迟哪一天提出{objection_zh}？",
                    doc(regime),
                    weekday_zh(notified)
                ),
                format!(
                    "Under {}, {notice_en} is received on {notified}: by which day must {objection_en} be made?",
                    doc(regime)
                ),
            ),
        )
    };
    let result = evaluate(&case)?;
    let d = result.deadlines.iter().find(|d| d.kind == kind)?;
    let due = d.due;
    // Plausible wrong days: a day or two off, and calendar days counted as working days.
    let from = if delivery { decided } else { notified };
    let mut others: Vec<Answer> = Vec::new();
    for delta in [-2i64, -1, 1, 2, 3] {
        if let Some(day) = due.checked_add_signed(chrono::Duration::days(delta)) {
            others.push(Answer::Date(day));
        }
    }
    let working_days = if delivery { 3 } else { 10 };
    if let Some(day) = from.checked_add_days(chrono::Days::new(working_days)) {
        others.push(Answer::Date(day));
    }
    let cite = d.cite.clone();
    let explain = (
        format!(
            "{}（{}）。{from} 之后第 {working_days} 个工作日是 {due}（{}），节假日和周末不计，调休上班日计入。",
            d.text.zh,
            d.cite,
            weekday_zh(due)
        ),
        format!(
            "{} ({}). The {working_days}th working day after {from} is {due}: weekends and holidays do not count, make-up working days do.",
            d.text, d.cite
        ),
    );
    assemble(
        rng,
        regime,
        Kind::Deadline,
        prompt,
        case,
        Ask::Due(kind),
        &|a| match a {
            Answer::Date(d) => (
                format!("{d}（{}）", weekday_zh(*d)),
                format!("{d} ({})", d.format("%a")),
            ),
            Answer::Number(n) => (n.to_string(), n.to_string()),
            Answer::Text(t) => (t.clone(), t.clone()),
        },
        others,
        explain,
        cite,
    )
}

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

fn text_label(a: &Answer) -> (String, String) {
    match a {
        Answer::Text(t) => (t.clone(), t.clone()),
        Answer::Number(n) => (n.to_string(), n.to_string()),
        Answer::Date(d) => (d.to_string(), d.to_string()),
    }
}

fn article(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    if regime.info().counting == Counting::Fines {
        // 沪2020: which article sets the fine of an act.
        let items: Vec<_> = regime.info().items().collect();
        let item = *rng.pick(&items)?;
        let day = base_day(regime);
        let case = json!({"regime": regime.as_str(), "as_of": day.to_string(),
            "incidents": [{"id": "a", "item": item.code, "decided_on": day.to_string(), "amount_yuan": 1000}]});
        let result = evaluate(&case)?;
        let others: Vec<Answer> = regime
            .info()
            .items()
            .map(|i| Answer::Text(i.cite.to_string()))
            .collect();
        return assemble(
            rng,
            regime,
            Kind::Article,
            (
                format!("依{}，「{}」的处罚规定在哪一条？", doc(regime), item.text),
                format!(
                    "Under {}, which article sets the penalty for: {}?",
                    doc(regime),
                    item.gloss
                ),
            ),
            case,
            Ask::ItemCite,
            &text_label,
            others,
            steps(&result.incidents.first()?.trace),
            item.cite.to_string(),
        );
    }
    let deadline_question = rng.below(2) == 0;
    if deadline_question {
        let notified = random_day(regime, rng);
        let mut incident = json!({"id": "a", "points": 1, "decided_on": notified.to_string(), "notified_on": notified.to_string()});
        if regime == RegimeId::Shanghai2025 {
            incident["responsibility"] = json!("general");
        }
        let case = json!({"regime": regime.as_str(), "as_of": notified.to_string(), "incidents": [incident]});
        let result = evaluate(&case)?;
        let d = result
            .deadlines
            .iter()
            .find(|d| d.kind == DeadlineKind::Objection)?;
        let (objection_zh, objection_en) = objection_words(regime);
        let explain = (
            format!("{}（{}）", d.text.zh, d.cite),
            format!("{} ({})", d.text, d.cite),
        );
        let cite = d.cite.clone();
        return assemble(
            rng,
            regime,
            Kind::Article,
            (
                format!("依{}，提出{objection_zh}的期限规定在哪一条？", doc(regime)),
                format!(
                    "Under {}, which article sets the time for {objection_en}?",
                    doc(regime)
                ),
            ),
            case,
            Ask::DeadlineCite(DeadlineKind::Objection),
            &text_label,
            cites(regime),
            explain,
            cite,
        );
    }
    let bands = regime.info().bands;
    let band = rng.pick(bands)?;
    let case = total_case(regime, band.from, false, false);
    let result = evaluate(&case)?;
    let s = result.sanctions.last()?;
    let (zh, en) = sanction_words(regime, s);
    let unit = points_unit(regime);
    assemble(
        rng,
        regime,
        Kind::Article,
        (
            format!(
                "依{}，累计{}分达到 {} 分时“{zh}”，规定在哪一条？",
                doc(regime),
                unit.0,
                band.from
            ),
            format!(
                "Under {}, which article says what {} {} {}: {en}?",
                doc(regime),
                points_en(band.from),
                unit.1,
                if band.from == 1 { "means" } else { "mean" }
            ),
        ),
        case,
        Ask::SanctionCite,
        &text_label,
        cites(regime),
        steps(&s.trace),
        s.cite.clone(),
    )
}

fn total(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let day = base_day(regime);
    let unit = points_unit(regime);
    let items: Vec<_> = regime.info().items().collect();
    let (case, prompt, ask) = match regime {
        // 第二十九条: an exam after a total, the repair the issue's trainer teaches.
        RegimeId::Shanghai2025 => {
            let points = 2 + rng.below(7) as u32;
            let exam = day.checked_add_days(chrono::Days::new(20))?;
            let case = json!({"regime": regime.as_str(), "as_of": exam.to_string(),
                "incidents": [{"id": "a", "points": points, "decided_on": day.to_string(), "responsibility": "general"}],
                "repairs": [{"kind": "exam", "on": exam.to_string()}, {"kind": "exam", "on": exam.to_string()}]});
            (
                case,
                (
                    format!("依{}，本年度已累计记 {points} 分；{exam} 当天两次通过医保经办机构组织的考试，此后本年度累计记分为几分？", doc(regime)),
                    format!("Under {}, {points} points this year; on {exam} the person passes the agency's exam twice. What is the total now?", doc(regime)),
                ),
                Ask::StatusTotal,
            )
        }
        // 第三条: the same situation twice in one inspection.
        RegimeId::Shanghai2023 => {
            let item = *rng.pick(&items)?;
            let case = json!({"regime": regime.as_str(), "as_of": day.to_string(), "incidents": [
                {"id": "a", "item": item.code, "decided_on": day.to_string(), "inspection": "1"},
                {"id": "b", "item": item.code, "decided_on": day.to_string(), "inspection": "1"}]});
            (
                case,
                (
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
                Ask::StatusTotal,
            )
        }
        // Two acts whose points stay under 12: at 12 the agreement is terminated, and
        // what is "left" is no longer a question of arithmetic.
        _ => {
            let fixed = |item: &crate::scoring::catalogue::Item| match item.value {
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
            (
                case,
                (
                    format!("依{}，本年度初始 12 分，先后因{}和{}各{}分一次，还剩几分？", doc(regime), a.cite, b.cite, unit.0),
                    format!("Under {}, the year starts at 12; points are {} once for {} and once for {}. How many are left?", doc(regime), unit.1, a.cite, b.cite),
                ),
                Ask::Remaining,
            )
        }
    };
    let result = evaluate(&case)?;
    let right = match key_of(&result, &ask)? {
        Answer::Number(n) => n,
        _ => return None,
    };
    let others: Vec<Answer> = (right.saturating_sub(3)..=right + 3)
        .filter(|n| *n <= 12)
        .map(Answer::Number)
        .collect();
    let mut explain: Vec<crate::scoring::outcome::Step> = Vec::new();
    // An incident given by its points (the question states them) needs no step of its own.
    for i in result.incidents.iter().filter(|i| i.item.is_some()) {
        explain.extend(i.trace.iter().cloned());
    }
    let repairs_zh = if regime == RegimeId::Shanghai2025 {
        "考试修复每年度至多减免 1 分（第二十九条（一））".to_string()
    } else {
        String::new()
    };
    let (zh, en) = steps(&explain);
    let cite = match regime {
        RegimeId::Shanghai2025 => "第二十九条（一）".to_string(),
        RegimeId::Shanghai2023 => "第三条".to_string(),
        _ => regime.info().period_cite.to_string(),
    };
    let warnings_zh: Vec<String> = result
        .warnings
        .iter()
        .map(|w| w.message.zh.to_string())
        .collect();
    let warnings_en: Vec<String> = result
        .warnings
        .iter()
        .map(|w| w.message.en.to_string())
        .collect();
    let explain_zh = [repairs_zh, zh, warnings_zh.join("；")]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("；");
    let explain_en = [en, warnings_en.join("; ")]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    assemble(
        rng,
        regime,
        Kind::Total,
        prompt,
        case,
        ask,
        &number_label(("分", "points")),
        others,
        (explain_zh, explain_en),
        cite,
    )
}

/// The standing in words.
fn state_words(state: &str) -> (&'static str, &'static str) {
    match state {
        "suspended" => ("暂停（中止）中", "suspended"),
        "terminated" => ("已终止（解除）", "terminated"),
        "training" => ("离岗培训中", "in off-duty training"),
        _ => ("正常", "in good standing"),
    }
}

fn scenario(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let list: Vec<_> = scenarios::of(regime).collect();
    let s = *rng.pick(&list)?;
    let case: Value = serde_json::from_str(s.case).ok()?;
    let as_of = case.get("as_of")?.as_str()?.to_string();
    let mut states = vec!["normal", "suspended", "terminated"];
    if regime == RegimeId::Shanghai2023 {
        states.push("training");
    }
    let others: Vec<Answer> = states
        .into_iter()
        .map(|s| Answer::Text(s.to_string()))
        .collect();
    assemble(
        rng,
        regime,
        Kind::Scenario,
        (
            format!("案例“{}”：到 {as_of}，此人处于什么状态？", s.title),
            format!(
                "Scenario “{}”: what is the person's standing on {as_of}?",
                s.title_en
            ),
        ),
        case,
        Ask::State,
        &|a| match a {
            Answer::Text(t) => {
                let (zh, en) = state_words(t);
                (zh.to_string(), en.to_string())
            }
            other => text_label(other),
        },
        others,
        (s.explain.to_string(), s.explain_en.to_string()),
        s.cites.first()?.to_string(),
    )
}

fn fine(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
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
    let (severe_zh, severe_en) = if severe {
        ("，情节严重", ", serious")
    } else {
        ("", "")
    };
    assemble(
        rng,
        regime,
        Kind::Fine,
        (
            format!(
                "依{}，{}「{}」{severe_zh}（涉及金额 10000 元），可处罚款的范围是？",
                doc(regime),
                item.cite,
                item.text.chars().take(50).collect::<String>()
            ),
            format!(
                "Under {}, {} ({}){severe_en}, ¥10,000 involved: what fine may be imposed?",
                doc(regime),
                item.cite,
                item.gloss
            ),
        ),
        case,
        Ask::FineRange,
        &|a| match a {
            Answer::Text(t) => {
                let (min, max) = t.split_once('-').unwrap_or((t, t));
                (format!("{min}—{max} 元"), format!("¥{min}–{max}"))
            }
            other => text_label(other),
        },
        others,
        steps(&result.incidents.first()?.trace),
        item.cite.to_string(),
    )
}
