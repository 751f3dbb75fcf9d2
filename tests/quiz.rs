//! The question bank, checked with the core: 1,000 sets per regime, every answer what
//! `scoring::evaluate` gives for the question's case (read here independently of the
//! quiz's own key function), no other choice saying the same, no prompt twice in a set,
//! every topic of the regime reached, and every question answerable from its own text:
//! each date of its case is moved, and every date whose move changes the answer must be
//! written in the question.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use chrono::{Days, NaiveDate};
use jifen::scoring::{self, outcome::Evaluation, RegimeId};
use jifen::teach::quiz::{self, Answer, Ask, Question, Topic};
use jifen::teach::rules::sanction_words;
use serde_json::Value;

/// The regime with this spec id.
fn regime(id: &str) -> RegimeId {
    RegimeId::parse(id).expect("regime")
}

fn as_of(case: &Value) -> NaiveDate {
    case["as_of"]
        .as_str()
        .expect("as_of")
        .parse()
        .expect("date")
}

/// What the core says for `ask` on `case`, read from the result without `quiz::key`;
/// `None` when the case is not valid or the result has no such value.
fn core_says(regime: RegimeId, case: &Value, ask: &Ask) -> Option<Answer> {
    let r: Evaluation = scoring::evaluate(case, as_of(case)).ok()?;
    let deadline = |kind| r.deadlines.iter().find(|d| d.kind == kind);
    Some(match ask {
        Ask::Points => Answer::Number(r.incidents[0].points?),
        Ask::Range => {
            let [a, b] = r.incidents[0].range?;
            Answer::Text(format!("{a}-{b}"))
        }
        Ask::Measure => Answer::Text(match r.sanctions.last() {
            Some(s) => sanction_words(regime, s).zh.into_owned(),
            None => "不作处理".into(),
        }),
        Ask::End => Answer::Date(r.sanctions.iter().rev().find_map(|s| s.months)?.end),
        Ask::EarliestEnd => Answer::Date(
            r.sanctions
                .iter()
                .rev()
                .find_map(|s| s.months)?
                .earliest_end,
        ),
        Ask::BarYears => Answer::Number(r.sanctions.iter().rev().find_map(|s| s.bar)?.bar_years),
        Ask::Due(kind) => Answer::Date(deadline(*kind)?.due),
        Ask::Actor(kind) => Answer::Text(
            serde_json::to_value(deadline(*kind)?.actor)
                .ok()?
                .as_str()?
                .to_string(),
        ),
        Ask::SanctionCite => Answer::Text(r.sanctions.last()?.cite.clone()),
        Ask::DeadlineCite(kind) => Answer::Text(deadline(*kind)?.cite.clone()),
        Ask::StatusTotal => Answer::Number(r.status.total?),
        Ask::Remaining => Answer::Number(r.status.remaining?),
        Ask::State => Answer::Text(r.status.state.to_string()),
        Ask::Period => Answer::Text(r.incidents.last()?.period.clone()?),
        Ask::FineRange => {
            let f = r.incidents[0].fine.as_ref()?;
            Answer::Text(format!("{}-{}", f.fine_min.as_ref()?, f.fine_max.as_ref()?))
        }
        Ask::ItemCite => Answer::Text(r.incidents[0].trace[0].cite.clone()),
    })
}

/// Every place in a case that holds a date, as a path of keys and indices.
fn date_paths(case: &Value) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    fn walk(v: &Value, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        match v {
            Value::Object(map) => {
                for (k, v) in map {
                    path.push(k.clone());
                    walk(v, path, out);
                    path.pop();
                }
            }
            Value::Array(list) => {
                for (i, v) in list.iter().enumerate() {
                    path.push(i.to_string());
                    walk(v, path, out);
                    path.pop();
                }
            }
            Value::String(s) if s.parse::<NaiveDate>().is_ok() => out.push(path.clone()),
            _ => {}
        }
    }
    walk(case, &mut Vec::new(), &mut out);
    out
}

fn at<'a>(case: &'a mut Value, path: &[String]) -> &'a mut Value {
    path.iter().fold(case, |v, key| match v {
        Value::Array(list) => &mut list[key.parse::<usize>().expect("index")],
        other => &mut other[key.as_str()],
    })
}

/// The dates the answer needs: those whose move (within the regime's years in force)
/// changes what the core answers.
fn needed_dates(q: &Question) -> BTreeSet<String> {
    let info = q.regime.info();
    let last = info
        .in_force_until
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(2026, 12, 31).unwrap());
    let truth = core_says(q.regime, &q.case, &q.ask);
    let mut needed = BTreeSet::new();
    for path in date_paths(&q.case) {
        let mut case = q.case.clone();
        let original: NaiveDate = at(&mut case, &path).as_str().unwrap().parse().unwrap();
        for shift in [-90i64, -30, -7, -1, 1, 7, 30, 90, 200] {
            let moved = if shift < 0 {
                original.checked_sub_days(Days::new((-shift) as u64))
            } else {
                original.checked_add_days(Days::new(shift as u64))
            }
            .expect("a day");
            if moved < info.in_force_from || moved > last {
                continue;
            }
            *at(&mut case, &path) = Value::String(moved.to_string());
            if core_says(q.regime, &case, &q.ask) != truth {
                needed.insert(original.to_string());
                break;
            }
        }
    }
    needed
}

#[test]
fn a_thousand_sets_per_regime_are_right_answerable_and_reach_every_topic() {
    // 50,000 questions through the unoptimised core: a regime per thread (28 s on one
    // core, 19 s on two).
    let questions: usize = std::thread::scope(|scope| {
        let regimes: Vec<_> = RegimeId::ALL
            .into_iter()
            .map(|regime| scope.spawn(move || a_thousand_sets(regime)))
            .collect();
        regimes
            .into_iter()
            .map(|thread| {
                thread
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e))
            })
            .sum()
    });
    assert_eq!(questions, 50_000);
}

/// The questions of 1,000 sets of `regime`, each checked (the test above).
fn a_thousand_sets(regime: RegimeId) -> usize {
    let mut checked: HashSet<String> = HashSet::new();
    let mut questions = 0;
    let mut reached: BTreeMap<Topic, usize> = BTreeMap::new();
    for n in 0..1000 {
        let seed = format!("seed-{n}");
        let set = quiz::generate(regime, 10, &seed);
        assert_eq!(set.len(), 10, "{} {seed}", regime.as_str());
        let prompts: BTreeSet<&str> = set.iter().map(|q| q.prompt.zh.as_ref()).collect();
        assert_eq!(
            prompts.len(),
            set.len(),
            "{} {seed}: a prompt twice",
            regime.as_str()
        );
        for q in &set {
            questions += 1;
            *reached.entry(q.topic).or_default() += 1;
            let truth = core_says(regime, &q.case, &q.ask)
                .unwrap_or_else(|| panic!("the core answers {}", q.prompt.zh));
            assert_eq!(q.choices[q.answer].value, truth, "{seed}: {}", q.prompt.zh);
            let same = q.choices.iter().filter(|c| c.value == truth).count();
            assert_eq!(same, 1, "{}: two choices say the answer", q.prompt.zh);
            let labels: BTreeSet<&str> = q.choices.iter().map(|c| c.label.zh.as_ref()).collect();
            assert_eq!(
                labels.len(),
                q.choices.len(),
                "{}: two choices read alike",
                q.prompt.zh
            );
            assert!(
                q.choices.len() >= 2 && !q.cite.is_empty(),
                "{}",
                q.prompt.zh
            );
            // The explanation names an article (the law's numbering: 第…条, or 济宁's 四（一）).
            assert!(
                q.explain.zh.contains('（') && !q.explain.en.is_empty(),
                "{}: {}",
                q.prompt.zh,
                q.explain.zh
            );
            if checked.insert(q.prompt.zh.to_string()) {
                for day in needed_dates(q) {
                    assert!(
                        q.prompt.zh.contains(&day) && q.prompt.en.contains(&day),
                        "{}: the answer needs {day}, the question does not say it: {}",
                        regime.as_str(),
                        q.prompt.zh
                    );
                }
            }
        }
    }
    let topics: BTreeSet<Topic> = reached.keys().copied().collect();
    let all: BTreeSet<Topic> = Topic::of(regime).into_iter().collect();
    assert_eq!(
        topics,
        all,
        "{}: topics reached {reached:?}",
        regime.as_str()
    );
    questions
}

#[test]
fn every_topic_a_trainer_names_is_a_regimes_and_fills_a_set_of_its_own() {
    // The topics issue 21 names, under 沪2025.
    let sh2025 = regime("shanghai-2025");
    for topic in [
        Topic::Items,
        Topic::Responsibility,
        Topic::Adjustment,
        Topic::SeveralItems,
        Topic::SeveralActs,
        Topic::Sites,
        Topic::Bands,
        Topic::OneShot,
        Topic::Procedure,
        Topic::Repairs,
        Topic::Restoration,
        Topic::Periods,
    ] {
        assert!(topic.applies(sh2025), "{topic:?}");
        let set = quiz::generate_on(sh2025, 8, "topic", &[topic]);
        assert!(set.len() >= 5, "{topic:?}: {}", set.len());
        assert!(set.iter().all(|q| q.topic == topic));
    }
    // What a regime does not have is not asked of it.
    assert!(!Topic::Repairs.applies(regime("jining-2024")));
    assert!(!Topic::Responsibility.applies(regime("shanghai-2023")));
    assert_eq!(Topic::of(regime("shanghai-2020")), [Topic::Fines]);
    // A link's codes read back.
    for topic in Topic::ALL {
        assert_eq!(Topic::parse(topic.code()), Some(topic));
    }
}

#[test]
fn a_set_of_fifty_holds_fifty_different_questions_in_every_points_regime() {
    for regime in [
        "shanghai-2025",
        "shanghai-2023",
        "wenzhou-2014",
        "jining-2024",
    ]
    .map(regime)
    {
        for seed in ["a", "课堂 1"] {
            let set = quiz::generate(regime, 50, seed);
            let prompts: BTreeSet<&str> = set.iter().map(|q| q.prompt.zh.as_ref()).collect();
            assert_eq!(prompts.len(), 50, "{} {seed}", regime.as_str());
        }
    }
}

#[test]
fn the_same_link_gives_the_same_quiz_and_another_seed_another() {
    let a = quiz::generate(regime("jining-2024"), 10, "room");
    assert_eq!(a, quiz::generate(regime("jining-2024"), 10, "room"));
    assert_ne!(a, quiz::generate(regime("jining-2024"), 10, "room2"));
    // Fines have no points: the 沪2020 quiz asks about fines and their articles.
    let fines = quiz::generate(regime("shanghai-2020"), 5, "x");
    assert_eq!(fines.len(), 5);
    assert!(fines.iter().all(|q| q.topic == Topic::Fines));
}

/// The points one act can score under the regime's items, before any adjustment.
fn one_act_points(regime: RegimeId) -> BTreeSet<u32> {
    use jifen::scoring::catalogue::ItemValue;
    regime
        .info()
        .items()
        .flat_map(|item| match item.value {
            ItemValue::Fixed { points } => vec![points],
            ItemValue::Severity { points, severe } => vec![points, severe],
            ItemValue::Tier { tier } => (3 * tier - 2..=3 * tier).collect(),
            ItemValue::Fine { .. } => vec![],
        })
        .collect()
}

/// A trainer's report: 济宁's quiz asked about 10 points deducted at once, which no item of
/// 济宁 deducts; its totals added a 12-point item to another and asked what was "left";
/// an explanation dated the measure from a day the question never named; and the English
/// said "1 points".
#[test]
fn every_question_is_one_the_regime_can_produce_and_says_what_it_relies_on() {
    for regime in RegimeId::ALL {
        let possible = one_act_points(regime);
        for n in 0..150 {
            for q in quiz::generate(regime, 10, &format!("seed-{n}")) {
                let incidents = q.case["incidents"].as_array().expect("incidents");
                let result = scoring::evaluate(&q.case, as_of(&q.case)).expect("evaluates");
                if q.topic == Topic::OneShot && q.ask == Ask::Measure {
                    let points = incidents[0]["points"].as_u64().expect("points") as u32;
                    assert!(
                        possible.contains(&points),
                        "{}: no item scores {points} at once: {}",
                        regime.as_str(),
                        q.prompt.zh
                    );
                    // It asks because the answer differs from the same total act by act.
                    let mut by_acts = q.case.clone();
                    by_acts["incidents"] = (1..=points)
                        .map(|i| {
                            let mut one = incidents[0].clone();
                            one["id"] = format!("a{i}").into();
                            one["points"] = 1.into();
                            one
                        })
                        .collect();
                    let act_by_act =
                        scoring::evaluate(&by_acts, as_of(&q.case)).expect("evaluates");
                    let measure = |r: &Evaluation| {
                        r.sanctions
                            .last()
                            .map(|s| sanction_words(regime, s).zh.into_owned())
                    };
                    assert_ne!(measure(&act_by_act), measure(&result), "{}", q.prompt.zh);
                }
                if q.ask == Ask::Remaining {
                    assert_ne!(result.status.state.code(), "terminated", "{}", q.prompt.zh);
                }
                // An explanation that dates a measure names a day the question names,
                // or says which day it takes.
                for day in dates_in(&q.explain.zh) {
                    assert!(
                        q.prompt.zh.contains(&day)
                            || q.explain.zh.starts_with(&format!("设记分决定于 {day}"))
                            || !q.case.to_string().contains(&day),
                        "{}: the explanation names {day}, the question does not: {} / {}",
                        regime.as_str(),
                        q.prompt.zh,
                        q.explain.zh
                    );
                }
                let english = [q.prompt.en.as_ref(), q.explain.en.as_ref()]
                    .into_iter()
                    .chain(q.choices.iter().map(|c| c.label.en.as_ref()))
                    .collect::<Vec<_>>()
                    .join(" ");
                assert!(
                    !english.contains(" 1 points") && !english.starts_with("1 points"),
                    "{english}"
                );
            }
        }
    }
}

/// The first `yyyy-mm-dd` in `text` (the later ones follow from it).
fn dates_in(text: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    let first = (0..bytes.len().saturating_sub(9)).find(|&i| {
        let d = &bytes[i..i + 10];
        d[..4].iter().all(u8::is_ascii_digit)
            && d[4] == b'-'
            && d[7] == b'-'
            && d[5..7].iter().all(u8::is_ascii_digit)
            && d[8..].iter().all(u8::is_ascii_digit)
    });
    first
        .map(|i| text[i..i + 10].to_string())
        .into_iter()
        .collect()
}
