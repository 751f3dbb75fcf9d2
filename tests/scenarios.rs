//! Every scenario of the library gives what its explanation says.

mod common;

use common::check_subset;
use jifen::scoring::RegimeId;
use jifen::teach::scenarios::{self, SCENARIOS};

#[test]
fn every_scenario_gives_its_stated_result() {
    let mut failures = Vec::new();
    for s in SCENARIOS {
        let case: serde_json::Value = serde_json::from_str(s.case)
            .unwrap_or_else(|e| panic!("{}: case is not JSON: {e}", s.id));
        let expect: serde_json::Value = serde_json::from_str(s.expect)
            .unwrap_or_else(|e| panic!("{}: expect is not JSON: {e}", s.id));
        assert_eq!(case["regime"], s.regime.as_str(), "{}", s.id);
        let actual = common::eval(&case, "2000-01-01");
        if let Err(e) = check_subset(&expect, &actual, "") {
            failures.push(format!("{}: {e}", s.id));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_regime_has_at_least_three_scenarios_with_their_articles() {
    for regime in RegimeId::ALL {
        assert!(scenarios::of(regime).count() >= 3, "{}", regime.as_str());
    }
    let mut problems = Vec::new();
    for s in SCENARIOS {
        assert!(
            !s.explain.is_empty() && !s.explain_en.is_empty() && !s.cites.is_empty(),
            "{}",
            s.id
        );
        for cite in s.cites {
            if jifen::scoring::law::lookup(s.regime, cite).is_empty() {
                problems.push(format!("{}: {cite} opens no article", s.id));
            }
            if !s.explain.contains(cite.split('（').next().unwrap_or(cite)) {
                problems.push(format!("{}: the explanation does not mention {cite}", s.id));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let mut ids: Vec<&str> = SCENARIOS.iter().map(|s| s.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), SCENARIOS.len(), "ids are unique");
}
