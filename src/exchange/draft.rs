//! What the user has typed, kept as typed: every field a string, so that nothing is
//! lost when a value is not valid yet. The case sent to the core is derived from it.

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use crate::scoring::{ItemValue, RegimeId};

/// The whole form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub regime: String,
    /// The day the standing is reported for; empty means today.
    pub as_of: String,
    pub agreement_start: String,
    pub birth_date: String,
    pub incidents: Vec<IncidentDraft>,
    pub repairs: Vec<RepairDraft>,
    pub history: Vec<HistoryDraft>,
    /// Whether the person applied to be restored (沪2025 第三十条, 温州 第十条).
    #[serde(default)]
    pub resumption_said: RequestsSaid,
    /// The days the person applied, sent only when [`RequestsSaid::On`].
    #[serde(default)]
    pub resumption_requests: Vec<DateDraft>,
    /// The days the person was restored after a measure's term (spec v3: 考核合格备案,
    /// 资格恢复, 重新登记备案, a new agreement).
    #[serde(default)]
    pub restorations: Vec<DateDraft>,
    /// 温州: the day the service agreement expires (第十条 "直至协议期满解除").
    #[serde(default)]
    pub agreement_end: String,
    /// The next key to hand out to a new row.
    pub next_key: u32,
}

impl Default for Draft {
    fn default() -> Draft {
        Draft {
            regime: RegimeId::FIRST.as_str().to_string(),
            as_of: String::new(),
            agreement_start: String::new(),
            birth_date: String::new(),
            incidents: Vec::new(),
            repairs: Vec::new(),
            history: Vec::new(),
            resumption_said: RequestsSaid::NotSaid,
            resumption_requests: Vec::new(),
            restorations: Vec::new(),
            agreement_end: String::new(),
            next_key: 1,
        }
    }
}

/// One incident as typed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IncidentDraft {
    /// Identity of the row in the page (not part of the case).
    pub key: u32,
    pub id: String,
    /// The item codes; the first is the main one, others are further situations of
    /// the same act (沪2025 第十一条, 济宁 四).
    pub items: Vec<String>,
    pub decided_on: String,
    pub occurred_on: String,
    pub notified_on: String,
    pub objection_filed_on: String,
    pub responsibility: String,
    pub adjustment: String,
    pub points: String,
    pub months: String,
    /// The bar the office chose where the law gives a range (济宁: 1–2 years).
    #[serde(default)]
    pub bar_years: String,
    pub amount_yuan: String,
    pub severe: bool,
    pub fraud: bool,
    pub serious: bool,
    pub inspection: String,
    pub site: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RepairDraft {
    pub key: u32,
    pub kind: String,
    pub on: String,
}

/// Whether the person applied to be restored, as the form asks it: the three answers a
/// person can give, which the case format tells apart (spec "resumption_requests").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestsSaid {
    /// 不记得, or not asked: the case has no `resumption_requests`, and a timely request
    /// is assumed (the result warns so).
    #[default]
    NotSaid,
    /// 未申请: `resumption_requests: []`.
    None,
    /// 已申请: the days typed.
    On,
}

/// A dated row (a resumption request, a restoration).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DateDraft {
    pub key: u32,
    pub on: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct HistoryDraft {
    pub key: u32,
    pub period: String,
    pub points: String,
}

/// The fields of the case format: the core's, so that a regime's own list
/// ([`crate::scoring::regimes::RegimeInfo::uses`]) says which the form shows and sends.
pub use super::place::{place, place_in_file, Place};
pub use crate::scoring::case::Field;

/// Whether `regime` uses `field`: the regime's own list ([`RegimeInfo::uses`]). Under
/// 温州 and 济宁 `objection_filed_on` opens nothing, but a late one is said
/// (objection_late): a physician who objected must see whether it was in time.
///
/// [`RegimeInfo::uses`]: crate::scoring::regimes::RegimeInfo::uses
pub fn uses(regime: RegimeId, field: Field) -> bool {
    regime.info().uses(field)
}

/// Why an incident is not computed yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pending {
    /// No item chosen.
    Item,
    /// An item that is not in this regime (kept from another regime).
    ItemOfAnotherRegime,
    /// No decision date (nor, where a notice alone is enough, the notice's date).
    DecidedOn,
    /// A tiered item (沪2025) without a responsibility.
    Responsibility,
}

impl IncidentDraft {
    /// What is still missing before the incident can be computed, if anything.
    pub fn pending(&self, regime: RegimeId) -> Option<Pending> {
        let info = regime.info();
        let items: Vec<&str> = self
            .items
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect();
        // An earlier decision may be given by its points alone (spec v2).
        let by_points =
            self.by_points() && info.counting != crate::scoring::regimes::Counting::Fines;
        if items.is_empty() && !by_points {
            return Some(Pending::Item);
        }
        if items.iter().any(|code| info.item(code).is_none()) {
            return Some(Pending::ItemOfAnotherRegime);
        }
        // A notice alone is enough where the decision follows it: its day is projected.
        let projected = info.pending_decisions() && !self.notified_on.trim().is_empty();
        if self.decided_on.trim().is_empty() && !projected {
            return Some(Pending::DecidedOn);
        }
        let tiered = items.iter().any(|code| {
            matches!(
                info.item(code).map(|i| i.value),
                Some(ItemValue::Tier { .. })
            )
        });
        if tiered && self.responsibility.is_empty() {
            return Some(Pending::Responsibility);
        }
        None
    }

    /// Whether the incident is an earlier decision given by its points alone: no item,
    /// and its points (spec v2).
    pub fn by_points(&self) -> bool {
        self.items.iter().all(|c| c.trim().is_empty()) && !self.points.trim().is_empty()
    }

    /// The main item code.
    pub fn item(&self) -> &str {
        self.items.first().map_or("", String::as_str)
    }
}

/// A number as typed: a JSON number when it reads as one, else the text itself, so that
/// the core names the field and says what would be valid.
pub(crate) fn number(text: &str) -> Value {
    // Full-width digits and the minus signs of Chinese input methods read as ASCII, so
    // that "－1" is answered with the lawful range, not "not a number".
    let t: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '−' | '－' | '﹣' => '-',
            '．' => '.',
            _ => c,
        })
        .collect();
    let t = t.as_str();
    if let Ok(n) = t.parse::<u64>() {
        return json!(n);
    }
    if let Ok(n) = t.parse::<i64>() {
        return json!(n);
    }
    // Yuan with decimals, read without a float parser: "100.5" → 100 + 5/10.
    if let Some((whole, fraction)) = t.split_once('.') {
        let digits =
            |s: &str| !s.is_empty() && s.len() <= 12 && s.bytes().all(|b| b.is_ascii_digit());
        if digits(whole) && digits(fraction) {
            let whole: u64 = whole.parse().unwrap_or(0);
            let scale = 10u64.pow(fraction.len() as u32);
            let fraction: u64 = fraction.parse().unwrap_or(0);
            let value = whole as f64 + fraction as f64 / scale as f64;
            if let Some(n) = serde_json::Number::from_f64(value) {
                return Value::Number(n);
            }
        }
    }
    Value::String(t.to_string())
}

fn put_text(map: &mut Map<String, Value>, key: &str, value: &str) {
    if !value.trim().is_empty() {
        map.insert(key.to_string(), Value::String(value.trim().to_string()));
    }
}

fn put_number(map: &mut Map<String, Value>, key: &str, value: &str) {
    if !value.trim().is_empty() {
        map.insert(key.to_string(), number(value));
    }
}

/// The case for the core, and for each of its list entries the index of the draft row
/// it came from (incomplete rows are left out until they can be computed).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Prepared {
    pub case: Value,
    /// `rows[i]` is the draft index of the case's incident `i`.
    pub rows: Vec<usize>,
    /// The same for `repairs`.
    pub repair_rows: Vec<usize>,
    /// The same for `history`.
    pub history_rows: Vec<usize>,
    /// The same for `resumption_requests`.
    pub resumption_rows: Vec<usize>,
    /// The same for `restorations`.
    pub restoration_rows: Vec<usize>,
}

impl Draft {
    /// The regime chosen, if its id is known.
    pub fn regime_id(&self) -> Option<RegimeId> {
        RegimeId::parse(&self.regime)
    }

    /// How many incidents wait for the user (see [`IncidentDraft::pending`]) and are left
    /// out of the computation.
    pub fn waiting(&self, regime: RegimeId) -> usize {
        self.incidents
            .iter()
            .filter(|i| i.pending(regime).is_some())
            .count()
    }

    /// The case in the spec's format, with only the fields the regime uses.
    pub fn prepare(&self, include_pending: bool) -> Prepared {
        let regime = self.regime_id().unwrap_or(RegimeId::FIRST);
        let info = regime.info();
        let mut case = Map::new();
        case.insert("regime".into(), Value::String(self.regime.clone()));
        put_text(&mut case, "as_of", &self.as_of);
        if info.uses(Field::AgreementStart) {
            put_text(&mut case, "agreement_start", &self.agreement_start);
        }
        if info.uses(Field::BirthDate) {
            put_text(&mut case, "birth_date", &self.birth_date);
        }
        if info.uses(Field::AgreementEnd) {
            put_text(&mut case, "agreement_end", &self.agreement_end);
        }
        let mut rows = Vec::new();
        let mut incidents = Vec::new();
        for (row, incident) in self.incidents.iter().enumerate() {
            if !include_pending && incident.pending(regime).is_some() {
                continue;
            }
            rows.push(row);
            incidents.push(incident.to_json(regime));
        }
        case.insert("incidents".into(), Value::Array(incidents));
        let mut repair_rows = Vec::new();
        if info.uses(Field::Repairs) {
            let mut repairs = Vec::new();
            for (row, r) in self.repairs.iter().enumerate() {
                if !include_pending && (r.kind.is_empty() || r.on.trim().is_empty()) {
                    continue;
                }
                let mut m = Map::new();
                put_text(&mut m, "kind", &r.kind);
                put_text(&mut m, "on", &r.on);
                repairs.push(Value::Object(m));
                repair_rows.push(row);
            }
            if !repairs.is_empty() {
                case.insert("repairs".into(), Value::Array(repairs));
            }
        }
        let mut history_rows = Vec::new();
        if info.uses(Field::History) {
            let mut history = Vec::new();
            for (row, h) in self.history.iter().enumerate() {
                if !include_pending && (h.period.trim().is_empty() || h.points.trim().is_empty()) {
                    continue;
                }
                let mut m = Map::new();
                put_text(&mut m, "period", &h.period);
                put_number(&mut m, "points", &h.points);
                history.push(Value::Object(m));
                history_rows.push(row);
            }
            if !history.is_empty() {
                case.insert("history".into(), Value::Array(history));
            }
        }
        let mut resumption_rows = Vec::new();
        if info.uses(Field::ResumptionRequests) {
            match self.resumption_said {
                RequestsSaid::NotSaid => {}
                RequestsSaid::None => {
                    case.insert("resumption_requests".into(), Value::Array(Vec::new()));
                }
                RequestsSaid::On => {
                    let requests = dated_rows(
                        &self.resumption_requests,
                        include_pending,
                        &mut resumption_rows,
                    );
                    // 已申请 with no day typed yet says nothing the core can use: as 不记得.
                    if !requests.is_empty() {
                        case.insert("resumption_requests".into(), Value::Array(requests));
                    }
                }
            }
        }
        let mut restoration_rows = Vec::new();
        if info.uses(Field::Restorations) {
            let restorations =
                dated_rows(&self.restorations, include_pending, &mut restoration_rows);
            if !restorations.is_empty() {
                case.insert("restorations".into(), Value::Array(restorations));
            }
        }
        Prepared {
            case: Value::Object(case),
            rows,
            repair_rows,
            history_rows,
            resumption_rows,
            restoration_rows,
        }
    }

    /// A new key for a row.
    pub fn take_key(&mut self) -> u32 {
        let key = self.next_key.max(1);
        self.next_key = key + 1;
        key
    }

    /// The smallest unused incident id of the form a, b, … z, a2, …
    pub fn fresh_id(&self) -> String {
        (0..)
            .map(|n: usize| {
                let letter = char::from(b'a' + (n % 26) as u8);
                if n < 26 {
                    letter.to_string()
                } else {
                    format!("{letter}{}", n / 26 + 1)
                }
            })
            .find(|id| !self.incidents.iter().any(|i| i.id == *id))
            .unwrap_or_default()
    }
}

impl IncidentDraft {
    /// The incident in the spec's format, with the fields its regime uses.
    pub fn to_json(&self, regime: RegimeId) -> Value {
        let uses = |field: Field| regime.info().uses(field);
        let mut m = Map::new();
        put_text(&mut m, "id", &self.id);
        let items: Vec<Value> = self
            .items
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .map(|s| Value::String(s.to_string()))
            .collect();
        match items.len() {
            0 => {}
            1 => {
                m.insert("item".into(), items[0].clone());
            }
            _ if uses(Field::Items) => {
                m.insert("items".into(), Value::Array(items));
            }
            _ => {
                m.insert("item".into(), items[0].clone());
            }
        }
        put_text(&mut m, "decided_on", &self.decided_on);
        put_text(&mut m, "occurred_on", &self.occurred_on);
        put_text(&mut m, "notified_on", &self.notified_on);
        if uses(Field::ObjectionFiledOn) {
            put_text(&mut m, "objection_filed_on", &self.objection_filed_on);
        }
        if uses(Field::Responsibility) {
            put_text(&mut m, "responsibility", &self.responsibility);
        }
        if uses(Field::Adjustment) && !self.adjustment.is_empty() && self.adjustment != "none" {
            put_text(&mut m, "adjustment", &self.adjustment);
        }
        // Points are the office's choice within a range (沪2025), or an earlier decision's
        // points given without its item.
        let by_points = self.items.iter().all(|s| s.trim().is_empty());
        if uses(Field::Points) || by_points {
            put_number(&mut m, "points", &self.points);
        }
        if uses(Field::BarYears) {
            put_number(&mut m, "bar_years", &self.bar_years);
        }
        if uses(Field::Months) {
            put_number(&mut m, "months", &self.months);
        }
        if uses(Field::AmountYuan) {
            put_number(&mut m, "amount_yuan", &self.amount_yuan);
        }
        for (field, flag, on) in [
            (Field::Severe, "severe", self.severe),
            (Field::Fraud, "fraud", self.fraud),
            (Field::Serious, "serious", self.serious),
        ] {
            if on && uses(field) {
                m.insert(flag.into(), Value::Bool(true));
            }
        }
        if uses(Field::Inspection) {
            put_text(&mut m, "inspection", &self.inspection);
        }
        if uses(Field::Site) {
            put_text(&mut m, "site", &self.site);
        }
        put_text(&mut m, "note", &self.note);
        Value::Object(m)
    }
}

/// `[{"on": …}]` from dated rows, noting each entry's row; an empty row waits unless
/// `include_pending`.
fn dated_rows(rows: &[DateDraft], include_pending: bool, noted: &mut Vec<usize>) -> Vec<Value> {
    let mut list = Vec::new();
    for (row, r) in rows.iter().enumerate() {
        if !include_pending && r.on.trim().is_empty() {
            continue;
        }
        let mut m = Map::new();
        put_text(&mut m, "on", &r.on);
        list.push(Value::Object(m));
        noted.push(row);
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regime(id: &str) -> RegimeId {
        RegimeId::parse(id).unwrap()
    }

    fn incident(items: &[&str], decided_on: &str) -> IncidentDraft {
        IncidentDraft {
            key: 1,
            id: "a".into(),
            items: items.iter().map(|s| s.to_string()).collect(),
            decided_on: decided_on.into(),
            ..IncidentDraft::default()
        }
    }

    #[test]
    fn incomplete_rows_are_left_out_and_rows_map_back() {
        let draft = Draft {
            regime: "jining-2024".into(),
            incidents: vec![
                incident(&["4.1.1"], "2025-01-02"),
                incident(&[], "2025-01-03"),
                incident(&["4.2.1"], "2025-01-04"),
            ],
            ..Draft::default()
        };
        let prepared = draft.prepare(false);
        assert_eq!(prepared.rows, [0, 2]);
        assert_eq!(prepared.case["incidents"].as_array().map(Vec::len), Some(2));
        assert_eq!(
            place("incidents[1].decided_on", &prepared),
            Place::Incident {
                row: 2,
                field: "decided_on".into()
            }
        );
        assert_eq!(
            place("incidents[0].items[1]", &prepared),
            Place::Incident {
                row: 0,
                field: "items".into()
            }
        );
        assert_eq!(place("as_of", &prepared), Place::Case("as_of".into()));
        assert_eq!(
            place("repairs[0].on", &prepared),
            Place::Nowhere,
            "jining sends no repairs"
        );
    }

    #[test]
    fn an_item_of_another_regime_waits_instead_of_failing() {
        let i = incident(&["13.2"], "2025-01-02");
        assert_eq!(
            i.pending(regime("jining-2024")),
            Some(Pending::ItemOfAnotherRegime)
        );
        assert_eq!(
            i.pending(regime("shanghai-2025")),
            Some(Pending::Responsibility)
        );
    }

    #[test]
    fn only_the_fields_the_regime_uses_are_sent_and_bad_numbers_stay_as_typed() {
        let mut i = incident(&["13.2"], "2025-01-02");
        i.responsibility = "primary".into();
        i.points = "五".into();
        i.severe = true;
        i.months = "3".into();
        let json = i.to_json(regime("shanghai-2025"));
        assert_eq!(json["points"], "五");
        assert!(json.get("severe").is_none() && json.get("months").is_none());
        let json = i.to_json(regime("shanghai-2023"));
        assert_eq!(json["severe"], true);
        assert_eq!(json["months"], 3);
        assert!(json.get("responsibility").is_none());
    }

    #[test]
    fn a_notice_alone_or_points_alone_are_computed_where_the_spec_allows() {
        let mut notice = incident(&["13.2"], "");
        notice.responsibility = "primary".into();
        assert_eq!(
            notice.pending(regime("shanghai-2025")),
            Some(Pending::DecidedOn)
        );
        notice.notified_on = "2026-11-25".into();
        assert_eq!(notice.pending(regime("shanghai-2025")), None);
        let mut jining = incident(&["4.1.1"], "");
        jining.notified_on = "2026-11-25".into();
        assert_eq!(
            jining.pending(regime("jining-2024")),
            Some(Pending::DecidedOn)
        );

        let mut earlier = incident(&[""], "2026-03-10");
        assert_eq!(
            earlier.pending(regime("shanghai-2025")),
            Some(Pending::Item)
        );
        earlier.points = "3".into();
        assert_eq!(earlier.pending(regime("shanghai-2025")), None);
        assert_eq!(earlier.to_json(regime("wenzhou-2014"))["points"], 3);
        assert_eq!(
            earlier.pending(regime("shanghai-2020")),
            Some(Pending::Item)
        );
    }

    #[test]
    fn resumption_requests_go_where_the_regime_uses_them() {
        let mut draft = Draft {
            regime: "wenzhou-2014".into(),
            resumption_said: RequestsSaid::On,
            resumption_requests: vec![
                DateDraft {
                    key: 1,
                    on: "2025-03-05".into(),
                },
                DateDraft {
                    key: 2,
                    on: String::new(),
                },
            ],
            ..Draft::default()
        };
        let prepared = draft.prepare(false);
        assert_eq!(
            prepared.case["resumption_requests"],
            json!([{"on": "2025-03-05"}])
        );
        assert_eq!(
            place("resumption_requests[0].on", &prepared),
            Place::Resumption {
                row: 0,
                field: "on".into()
            }
        );
        // 未申请 is the empty list, whatever rows were typed before; 不记得 leaves it out.
        draft.resumption_said = RequestsSaid::None;
        assert_eq!(draft.prepare(false).case["resumption_requests"], json!([]));
        draft.resumption_said = RequestsSaid::NotSaid;
        assert!(draft
            .prepare(false)
            .case
            .get("resumption_requests")
            .is_none());
        // 已申请 with no day typed yet waits, as 不记得.
        draft.resumption_said = RequestsSaid::On;
        draft.resumption_requests.remove(0);
        assert!(draft
            .prepare(false)
            .case
            .get("resumption_requests")
            .is_none());
        assert_eq!(draft.prepare(true).case["resumption_requests"], json!([{}]));
        draft.regime = "jining-2024".into();
        assert!(draft
            .prepare(false)
            .case
            .get("resumption_requests")
            .is_none());
    }

    #[test]
    fn restorations_and_the_agreements_end_go_where_the_regime_uses_them() {
        let mut draft = Draft {
            regime: "wenzhou-2014".into(),
            agreement_end: "2026-06-30".into(),
            restorations: vec![
                DateDraft {
                    key: 1,
                    on: String::new(),
                },
                DateDraft {
                    key: 2,
                    on: "2026-08-01".into(),
                },
            ],
            ..Draft::default()
        };
        let prepared = draft.prepare(false);
        assert_eq!(prepared.case["agreement_end"], "2026-06-30");
        assert_eq!(prepared.case["restorations"], json!([{"on": "2026-08-01"}]));
        assert_eq!(
            place("restorations[0].on", &prepared),
            Place::Restoration {
                row: 1,
                field: "on".into()
            }
        );
        assert!(Place::Case("agreement_end".into()).in_form());
        draft.regime = "shanghai-2023".into();
        let prepared = draft.prepare(false);
        assert!(prepared.case.get("agreement_end").is_none(), "温州 only");
        assert_eq!(prepared.case["restorations"], json!([{"on": "2026-08-01"}]));
        draft.regime = "shanghai-2020".into();
        assert!(
            draft.prepare(false).case.get("restorations").is_none(),
            "no term to end"
        );
    }

    #[test]
    fn messages_shown_in_the_form_name_no_json_key() {
        use crate::scoring::error::Style;
        use crate::scoring::Text;
        // Every message the form can draw from the core, in both languages.
        let cases = [
            json!({"regime": "shanghai-2025", "incidents": [{"item": "13.2", "responsibility": "primary", "decided_on": "2025-02-30"}]}),
            json!({"regime": "shanghai-2025", "incidents": [{"item": "13.2", "responsibility": "primary", "decided_on": "2025-05-20", "points": "五"}]}),
            json!({"regime": "shanghai-2025", "incidents": [{"item": "13.2", "responsibility": "primary", "decided_on": "2025-05-20", "notified_on": "2025-05-30", "objection_filed_on": "2025-05-01"}]}),
            json!({"regime": "shanghai-2023", "incidents": [{"item": "4.1.1", "decided_on": "2025-01-20", "months": 0}]}),
            json!({"regime": "jining-2024", "incidents": [], "history": [{"period": "二〇二三", "points": 9}]}),
            json!({"regime": "wenzhou-2014", "incidents": [{"item": "14.1", "decided_on": "2025-01-20"}]}),
            json!({"regime": "shanghai-2020", "incidents": [{"item": "15.1", "decided_on": "2025-01-20", "amount_yuan": "x"}]}),
        ];
        let today = chrono::NaiveDate::from_ymd_opt(2025, 12, 1).unwrap_or_default();
        let mut checked = 0;
        for case in cases {
            let messages: Vec<Text> = match crate::scoring::evaluate(&case, today) {
                Err(e) => vec![e.text(Style::Form)],
                Ok(r) => r.warnings.iter().map(|w| w.text(Style::Form)).collect(),
            };
            for message in messages {
                for (text, chinese) in [
                    (message.zh.to_string(), true),
                    (message.en.to_string(), false),
                ] {
                    let plain = text.clone();
                    for key in crate::scoring::case::INCIDENT_FIELDS
                        .iter()
                        .chain(crate::scoring::case::CASE_FIELDS)
                    {
                        let internal = key.contains('_');
                        let shown = if chinese {
                            plain.contains(&format!("（{key}）"))
                                || (internal && plain.contains(key))
                        } else {
                            internal && plain.contains(key)
                        };
                        assert!(!shown, "{key} in {plain:?} (from {text:?})");
                    }
                    checked += 1;
                }
            }
        }
        assert!(checked >= 14, "{checked}");
    }

    #[test]
    fn fresh_ids_skip_used_ones() {
        let mut draft = Draft {
            incidents: vec![incident(&[], ""), incident(&[], "")],
            ..Draft::default()
        };
        draft.incidents[1].id = "b".into();
        assert_eq!(draft.fresh_id(), "c");
    }
}
