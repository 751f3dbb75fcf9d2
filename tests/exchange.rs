//! Case files and share links: what export writes, import reads back; anything else is
//! refused with a message naming the field; and no input — random text, random JSON,
//! a damaged link — makes the decoders panic (a panic in wasm kills the page).

use jifen::exchange::case_file::{self, Imported};
use jifen::exchange::draft::{DateDraft, Draft, IncidentDraft, RequestsSaid};
use jifen::exchange::share;
use jifen::scoring::case::FORMAT_VERSION;
use jifen::scoring::RegimeId;
use proptest::prelude::*;
use serde_json::{json, Value};

fn without_keys(mut draft: Draft) -> Draft {
    draft.next_key = 0;
    for i in &mut draft.incidents {
        i.key = 0;
    }
    for r in &mut draft.repairs {
        r.key = 0;
    }
    for h in &mut draft.history {
        h.key = 0;
    }
    for r in draft
        .resumption_requests
        .iter_mut()
        .chain(draft.restorations.iter_mut())
    {
        r.key = 0;
    }
    draft
}

fn round_trip(draft: &Draft) -> Imported {
    let text = case_file::export(draft, Some("培训案例 1")).to_string();
    case_file::import(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

/// Drafts a user can type: valid values, incomplete incidents included.
fn draft_strategy() -> impl Strategy<Value = Draft> {
    let regime = prop::sample::select(RegimeId::ALL.to_vec());
    (
        regime,
        prop::collection::vec(
            (
                0usize..40,
                0u32..900,
                0usize..4,
                any::<bool>(),
                any::<bool>(),
                0u32..3,
            ),
            0..8,
        ),
        (0usize..3, 0usize..3, any::<bool>()),
    )
        .prop_map(|(regime, rows, (said, restored, agreement_end))| {
            let items: Vec<&str> = regime.info().items().map(|i| i.code).collect();
            let mut draft = Draft {
                regime: regime.as_str().into(),
                as_of: "2026-06-30".into(),
                ..Draft::default()
            };
            for (item, day, responsibility, severe, complete, months) in rows {
                let key = draft.take_key();
                let id = draft.fresh_id();
                let date = chrono::NaiveDate::from_ymd_opt(2025, 4, 1).unwrap_or_default()
                    + chrono::Days::new(u64::from(day));
                draft.incidents.push(IncidentDraft {
                    key,
                    id,
                    items: vec![if complete {
                        items[item % items.len()].to_string()
                    } else {
                        String::new()
                    }],
                    decided_on: date.to_string(),
                    responsibility: ["", "general", "important", "primary"][responsibility].into(),
                    severe,
                    // Durations that fit any measure the case may reach: 6 for 沪2023's
                    // suspension would not fit its training, so months stay empty here.
                    months: if months == 0 || regime != RegimeId::Shanghai2020 || !severe {
                        String::new()
                    } else {
                        months.to_string()
                    },
                    amount_yuan: if regime == RegimeId::Shanghai2020 {
                        "1200.5".into()
                    } else {
                        String::new()
                    },
                    note: "门诊, \"复查\"".into(),
                    ..IncidentDraft::default()
                });
            }
            // The three answers to "did you apply to resume?", the days restored and
            // Wenzhou's agreement end travel whatever the regime.
            draft.resumption_said =
                [RequestsSaid::NotSaid, RequestsSaid::None, RequestsSaid::On][said];
            if draft.resumption_said == RequestsSaid::On {
                let key = draft.take_key();
                draft.resumption_requests.push(DateDraft {
                    key,
                    on: "2026-01-05".into(),
                });
            }
            for n in 0..restored {
                let key = draft.take_key();
                let on = if n == 0 {
                    "2026-03-02".into()
                } else {
                    String::new()
                };
                draft.restorations.push(DateDraft { key, on });
            }
            if agreement_end {
                draft.agreement_end = "2026-12-31".into();
            }
            draft
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    // Export then import gives the same case, and so does a share link.
    #[test]
    fn export_then_import_gives_the_same_case(draft in draft_strategy()) {
        let imported = round_trip(&draft);
        prop_assert_eq!(imported.title.as_deref(), Some("培训案例 1"));
        prop_assert_eq!(without_keys(imported.draft), without_keys(draft.clone()));
        let link = share::encode(&case_file::export(&draft, None));
        let opened = share::decode(&link).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(without_keys(opened.draft), without_keys(draft));
    }

    // Any change to a link — cut short, a character changed — is refused or, where the
    // change keeps it valid, reads as a case; it never panics.
    #[test]
    fn a_damaged_link_is_refused_not_half_read(draft in draft_strategy(), cut in 0usize..4000, at in 0usize..4000, c in any::<char>()) {
        let link = share::encode(&case_file::export(&draft, None));
        let _ = share::decode(&link[..cut.min(link.len())]);
        let mut changed: Vec<char> = link.chars().collect();
        let i = at % changed.len();
        changed[i] = c;
        let changed: String = changed.into_iter().collect();
        if changed != link {
            if let Err(e) = share::decode(&changed) {
                prop_assert!(!e.message().en.is_empty());
            }
        }
    }

    #[test]
    fn arbitrary_text_never_panics_the_decoders(text in ".{0,300}") {
        let _ = share::decode(&text);
        let _ = share::decode(&format!("c1.{text}"));
        let _ = case_file::import(&text);
    }

    #[test]
    fn arbitrary_json_never_panics_the_import(value in arbitrary_json()) {
        let _ = case_file::import_value(&value);
        let _ = share::decode(&share::encode(&value));
    }
}

fn arbitrary_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        prop::sample::select(vec![
            "shanghai-2025",
            "jining-2024",
            "13.2",
            "4.1.1",
            "2025-02-30",
            "2025-05-20",
            "primary",
            "exam",
            ""
        ])
        .prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "regime",
                    "incidents",
                    "item",
                    "items",
                    "decided_on",
                    "responsibility",
                    "repairs",
                    "history",
                    "version",
                    "on",
                    "kind",
                    "period",
                    "points",
                    "x"
                ])
                .prop_map(String::from),
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn import_error(text: &str) -> (String, String) {
    let e = case_file::import(text).expect_err("should be refused");
    assert!(!e.message().en.is_empty() && !e.message().zh.is_empty());
    (e.code.as_str().to_string(), e.path)
}

#[test]
fn bad_files_are_refused_with_what_and_where() {
    assert_eq!(import_error("not json at all").0, "invalid_json");
    assert_eq!(import_error(r#"[1, 2, 3]"#).0, "invalid_value");
    assert_eq!(
        import_error(r#"{"name": "x"}"#),
        ("unknown_field".into(), "name".into())
    );
    assert_eq!(
        import_error(
            r#"{"regime": "jining-2024", "incidents": [{"item": "4.1.1", "decided_on": "2025-01-02", "colour": "red"}]}"#
        ),
        ("unknown_field".into(), "incidents[0].colour".into())
    );
    assert_eq!(
        import_error(
            r#"{"regime": "jining-2024", "incidents": [{"item": "4.1.1", "decided_on": ["2025-02-03"]}]}"#
        ),
        ("invalid_date".into(), "incidents[0].decided_on".into()),
        "a list cannot be shown in a date field"
    );
    assert_eq!(
        import_error(
            r#"{"regime": "jining-2024", "incidents": [{"item": "4.1.1", "decided_on": "2025-02-03", "severe": "yes"}]}"#
        ).1,
        "incidents[0].severe",
        "a flag that is not true or false cannot be shown as written"
    );
    assert_eq!(
        import_error(
            r#"{"regime": "jining-2024", "incidents": [{"item": "4.1.1"}, {"item": "4.9.9", "decided_on": "2025-01-02"}]}"#
        ),
        ("unknown_item".into(), "incidents[1].item".into()),
        "the index is the file's own, though the first incident waits"
    );
    assert_eq!(
        import_error(r#"{"version": 7, "regime": "jining-2024", "incidents": []}"#),
        ("invalid_value".into(), "version".into())
    );
    let newer = case_file::import(r#"{"version": 7, "regime": "jining-2024", "incidents": []}"#)
        .expect_err("a newer format is refused");
    assert!(
        newer
            .message()
            .zh
            .contains(&format!("第 {FORMAT_VERSION} 版"))
            && !newer.message().zh.contains("第 1 至 1 版")
            && !newer.message().en.contains("1 to 1;"),
        "{newer:?}"
    );
    assert_eq!(
        import_error(r#"{"regime": "beijing", "incidents": []}"#).0,
        "unknown_regime"
    );
}

#[test]
fn a_wrong_value_in_a_sound_case_opens_as_written_and_is_pointed_at() {
    for (case, path, code) in [
        (
            r#"{"regime": "jining-2024", "incidents": [{"item": "4.1.1", "decided_on": "2025-02-30"}]}"#,
            "incidents[0].decided_on",
            "invalid_date",
        ),
        (
            r#"{"regime": "shanghai-2025", "incidents": [{"item": "13.2", "decided_on": "2025-02-03", "responsibility": "primary", "points": "四"}]}"#,
            "incidents[0].points",
            "invalid_value",
        ),
        (
            r#"{"regime": "shanghai-2025", "as_of": "2025-1-5", "incidents": []}"#,
            "as_of",
            "invalid_date",
        ),
    ] {
        let opened = case_file::import(case).expect("opened");
        let problem = opened.problem.expect("the problem is said");
        assert_eq!((problem.code.as_str(), problem.path.as_str()), (code, path));
        // What was written comes back unchanged, so the user loses nothing.
        let again = case_file::export(&opened.draft, None);
        let written: Value = serde_json::from_str(case).unwrap();
        for field in ["decided_on", "points"] {
            assert_eq!(
                again["incidents"].get(0).and_then(|i| i.get(field)),
                written["incidents"].get(0).and_then(|i| i.get(field)),
                "{field}"
            );
        }
        assert_eq!(again.get("as_of"), written.get("as_of"));
    }
    let sound = r#"{"regime": "jining-2024", "incidents": [{"item": "4.1.1", "decided_on": "2025-02-03"}]}"#;
    assert_eq!(case_file::import(sound).map(|i| i.problem), Ok(None));
}

#[test]
fn whether_the_person_applied_to_resume_is_one_of_three_answers() {
    for (requests, said, rows) in [
        (None, RequestsSaid::NotSaid, 0),
        (Some(json!([])), RequestsSaid::None, 0),
        (Some(json!([{"on": "2025-09-01"}])), RequestsSaid::On, 1),
    ] {
        let mut case = json!({"regime": "wenzhou-2014", "incidents": []});
        if let Some(requests) = requests.clone() {
            case["resumption_requests"] = requests;
        }
        let opened = case_file::import(&case.to_string()).expect("opened");
        assert_eq!(opened.draft.resumption_said, said);
        assert_eq!(opened.draft.resumption_requests.len(), rows);
        // And back: 未申请 stays the empty list, 不记得 stays absent.
        let again = case_file::export(&opened.draft, None);
        assert_eq!(again.get("resumption_requests"), requests.as_ref());
        assert_eq!(
            opened.draft.prepare(false).case.get("resumption_requests"),
            requests.as_ref()
        );
    }
}

#[test]
fn a_wrong_restoration_day_is_pointed_at_in_the_files_own_rows() {
    let case = r#"{"regime": "shanghai-2025", "incidents": [], "restorations": [{}, {"on": "2025-02-30"}]}"#;
    let opened = case_file::import(case).expect("opened as written");
    let problem = opened.problem.expect("the problem is said");
    assert_eq!(
        (problem.code.as_str(), problem.path.as_str()),
        ("invalid_date", "restorations[1].on")
    );
    assert_eq!(opened.draft.restorations[1].on, "2025-02-30");
    assert_eq!(opened.draft.restorations[0].on, "");
}

#[test]
fn incomplete_incidents_and_items_of_another_regime_travel_as_typed() {
    let text = json!({
        "regime": "jining-2024",
        "incidents": [{"id": "a"}, {"id": "b", "item": "13.2", "decided_on": "2025-01-02"}, {"id": "c", "item": "4.1.1", "decided_on": "2025-01-03"}],
        "repairs": [{"kind": "exam"}]
    });
    let imported = case_file::import(&text.to_string()).expect("kept");
    let items: Vec<&str> = imported.draft.incidents.iter().map(|i| i.item()).collect();
    assert_eq!(items, ["", "13.2", "4.1.1"]);
    assert_eq!(imported.draft.repairs[0].kind, "exam");
}

#[test]
fn a_twenty_incident_case_makes_a_reasonable_link() {
    let incidents: Vec<Value> = (0..20)
        .map(|i| {
            let responsibility = ["general", "important", "primary"][i % 3];
            json!({"id": format!("i{i}"), "item": if i % 2 == 0 { "13.1.1" } else { "13.2" }, "decided_on": format!("2025-{:02}-{:02}", 1 + i % 12, 1 + i),
                "responsibility": responsibility, "notified_on": format!("2025-{:02}-01", 1 + i % 12)})
        })
        .collect();
    let case = json!({"version": 1, "regime": "shanghai-2025", "incidents": incidents});
    let link = share::encode(&case);
    assert!(
        link.len() < 1200,
        "a 20-incident link is {} characters",
        link.len()
    );
    assert_eq!(
        share::decode(&link).expect("opens").draft.incidents.len(),
        20
    );
}

#[test]
fn damaged_links_say_so() {
    let link = share::encode(&json!({"regime": "jining-2024", "incidents": []}));
    for bad in [&link[..link.len() - 3], "c1.!!!", "c9.abc", "x1.abc", "c1."] {
        let e = share::decode(bad).expect_err(bad);
        assert_eq!(e.path, "link", "{bad}");
    }
    assert!(share::is_share_fragment("#c1.eNq"));
    assert!(!share::is_share_fragment("#result"));
    // A well-formed link whose content is not JSON: said without the word "JSON", which
    // a physician opening a link has never seen.
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(b"hello world", 9);
    let not_json = format!(
        "c1.{}",
        base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, packed)
    );
    let e = share::decode(&not_json).expect_err("not a case");
    assert_eq!(e.path, "link");
    assert!(
        !e.message().zh.contains("JSON") && !e.message().en.contains("JSON"),
        "{e}"
    );
    assert!(
        e.message().zh.contains("不是本计算器的案例"),
        "{}",
        e.message().zh
    );
}

#[test]
fn a_link_pasted_with_what_surrounded_it_still_opens() {
    let case = json!({"regime": "jining-2024", "incidents": [{"id": "a", "item": "4.2.1", "decided_on": "2025-01-20"}]});
    let link = share::encode(&case);
    let percent_full_stop = format!("{link}%E3%80%82");
    let wrapped = format!("{}\n{}", &link[..20], &link[20..]);
    for pasted in [
        format!("#{link}。"),
        format!("{link}）"),
        format!("{link}. "),
        format!("  {link}\n"),
        format!("{link}”"),
        percent_full_stop,
        wrapped,
    ] {
        let opened = share::decode(&pasted).unwrap_or_else(|e| panic!("{pasted:?}: {e}"));
        assert_eq!(opened.draft.incidents[0].items, ["4.2.1"], "{pasted:?}");
    }
}

#[test]
fn a_link_cut_short_says_it_is_incomplete() {
    let case = json!({"regime": "jining-2024", "incidents": [{"id": "a", "item": "4.2.1", "decided_on": "2025-01-20"}]});
    let link = share::encode(&case);
    for cut in [1, 2, 5, 10, link.len() / 2] {
        let e = share::decode(&link[..link.len() - cut]).expect_err("cut");
        assert!(
            e.message().zh.contains("不完整"),
            "cut {cut}: {}",
            e.message().zh
        );
    }
}
