//! A case's facts in words, each with its date: what a question (or a presentation's
//! first slide) states so that the answer can be worked out from it alone.
//!
//! ```
//! use jifen::teach::quiz::describe;
//!
//! let case = serde_json::json!({"regime": "shanghai-2025", "as_of": "2025-07-15",
//!     "incidents": [{"id": "a", "item": "13.2", "decided_on": "2025-04-03", "responsibility": "general"}],
//!     "repairs": [{"kind": "exam", "on": "2025-07-01"}]});
//! let lines = describe(&case);
//! assert!(lines[0].zh.starts_with("2025-04-03"));
//! assert!(lines[0].zh.contains("第十三条（二）") && lines[0].zh.contains("一般责任"));
//! assert!(lines[1].zh.starts_with("2025-07-01") && lines[1].zh.contains("考试"));
//! ```

use serde_json::Value;

use crate::scoring::case::Field;
use crate::scoring::text::Text;
use crate::scoring::{words, RegimeId};

/// A responsibility (沪2025 第十二条) in words.
pub(super) fn responsibility(code: &str) -> Text {
    match code {
        "primary" => Text::fixed("主要责任", "primary responsibility"),
        "important" => Text::fixed("重要责任", "important responsibility"),
        _ => Text::fixed("一般责任", "general responsibility"),
    }
}

/// The responsibilities, lowest first.
pub(super) const RESPONSIBILITIES: [&str; 3] = ["general", "important", "primary"];

/// An adjustment (沪2025 第十三条) in words.
pub(super) fn adjustment(code: &str) -> Text {
    match code {
        "lighter" => Text::fixed("同档从轻", "lighter within the tier"),
        "lower_tier" => Text::fixed("减轻一档", "one tier lower"),
        "heavier" => Text::fixed("同档从重", "heavier within the tier"),
        "higher_tier" => Text::fixed("加重一档", "one tier higher"),
        _ => Text::default(),
    }
}

/// The adjustments other than none.
pub(super) const ADJUSTMENTS: [&str; 4] = ["lighter", "lower_tier", "heavier", "higher_tier"];

/// The start of an item's words, cut at `chars` with an ellipsis.
pub(super) fn excerpt(text: &str, chars: usize) -> String {
    let cut: String = text.chars().take(chars).collect();
    let cut = cut.trim_end_matches(['；', '。', '，', ';']);
    if text.chars().count() > chars {
        format!("{cut}…")
    } else {
        cut.to_string()
    }
}

/// An incident's act and facts, without its dates: `第十三条（二）「…」，主要责任`.
pub(super) fn act(regime: RegimeId, incident: &Value) -> Text {
    let info = regime.info();
    let codes: Vec<&str> = match (incident.get("item"), incident.get("items")) {
        (Some(Value::String(code)), _) => vec![code.as_str()],
        (_, Some(Value::Array(list))) => list.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    let items: Vec<_> = codes.iter().filter_map(|c| info.item(c)).collect();
    let mut zh = match items.as_slice() {
        [] => String::new(),
        [one] => format!("{}「{}」", one.cite, excerpt(one.text, 28)),
        several => several
            .iter()
            .map(|i| format!("{}「{}」", i.cite, excerpt(i.text, 18)))
            .collect::<Vec<_>>()
            .join("与"),
    };
    let mut en = items
        .iter()
        .map(|i| format!("{} ({})", i.cite, i.gloss))
        .collect::<Vec<_>>()
        .join(" and ");
    if items.len() > 1 {
        zh = format!("一个行为同时符合{zh}");
        en = format!("one act matching {en}");
    }
    let mut more: Vec<Text> = Vec::new();
    if let (None, Some(points)) = (
        items.first(),
        incident.get("points").and_then(Value::as_u64),
    ) {
        more.push(words::points(points as u32));
    }
    // (A decision given by its points alone needs no responsibility.)
    if let (Some(code), false) = (
        incident.get("responsibility").and_then(Value::as_str),
        items.is_empty(),
    ) {
        more.push(responsibility(code));
    }
    if let Some(code) = incident.get("adjustment").and_then(Value::as_str) {
        more.push(adjustment(code));
    }
    let flag = |key: &str| incident.get(key).and_then(Value::as_bool) == Some(true);
    if flag("severe") {
        more.push(Text::fixed("性质恶劣或损失严重", "egregious"));
    }
    if flag("fraud") {
        more.push(Text::fixed(
            "以骗取医保基金为目的且造成损失",
            "done to defraud the fund, with a loss",
        ));
    }
    if flag("serious") {
        more.push(Text::fixed("情节严重", "serious"));
    }
    if let Some(months) = incident.get("months").and_then(Value::as_u64) {
        more.push(Text::new(
            format!("期限定为 {months} 个月"),
            format!("set at {}", words::months(months as u32).en),
        ));
    }
    if let Some(years) = incident.get("bar_years").and_then(Value::as_u64) {
        more.push(Text::new(
            format!("不得再签约或登记的期限定为 {years} 年"),
            format!("barred for {}", words::years(years as u32).en),
        ));
    }
    if let Some(site) = incident.get("site").and_then(Value::as_str) {
        more.push(Text::new(format!("在{site}"), format!("at {site}")));
    }
    if let Some(inspection) = incident.get("inspection").and_then(Value::as_str) {
        more.push(Text::new(
            format!("同一次监督检查（{inspection}）"),
            format!("inspection “{inspection}”"),
        ));
    }
    for m in more {
        zh = if zh.is_empty() {
            m.zh.to_string()
        } else {
            format!("{zh}，{}", m.zh)
        };
        en = if en.is_empty() {
            m.en.to_string()
        } else {
            format!("{en}, {}", m.en)
        };
    }
    Text::new(zh, en)
}

/// One fact with its day, for sorting: (day, words).
type Dated = (String, Text);

/// The case's facts in date order, one line each: every decision, notice, objection,
/// repair, request and restoration with its day, and (温州) the agreement's start.
pub fn describe(case: &Value) -> Vec<Text> {
    let Some(regime) = case
        .get("regime")
        .and_then(Value::as_str)
        .and_then(RegimeId::parse)
    else {
        return Vec::new();
    };
    let info = regime.info();
    let terms = &info.terms;
    let mut out: Vec<Dated> = Vec::new();
    let day = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).map(str::to_string);
    for incident in case["incidents"].as_array().into_iter().flatten() {
        let what = act(regime, incident);
        if let Some(on) = day(incident, "notified_on") {
            out.push((
                on.clone(),
                Text::new(
                    format!("{on} 收到{}：{}", terms.notice.zh, what.zh),
                    format!("{on}: {} received: {}", terms.notice.en, what.en),
                ),
            ));
        }
        if let Some(on) = day(incident, "objection_filed_on") {
            out.push((
                on.clone(),
                Text::new(
                    format!("{on} 提出{}", terms.objection.zh),
                    format!("{on}: {} filed", terms.objection.en),
                ),
            ));
        }
        if let Some(on) = day(incident, "decided_on") {
            out.push((
                on.clone(),
                Text::new(
                    format!("{on} 作出{}：{}", terms.decision.zh, what.zh),
                    format!("{on}: {}: {}", terms.decision.en, what.en),
                ),
            ));
        }
    }
    if let Some(repairs) = &info.procedure.repairs {
        for repair in case["repairs"].as_array().into_iter().flatten() {
            let Some(on) = day(repair, "on") else {
                continue;
            };
            let rule = match repair.get("kind").and_then(Value::as_str) {
                Some("participation") => &repairs.participation,
                _ => &repairs.exam,
            };
            out.push((
                on.clone(),
                Text::new(
                    format!("{on} {}", rule.what.zh),
                    format!("{on}: {}", rule.what.en),
                ),
            ));
        }
    }
    match case.get("resumption_requests").and_then(Value::as_array) {
        Some(list) if list.is_empty() => out.push((
            "9999".into(),
            Text::new(
                format!("此人未提出{}", terms.resumption.zh),
                format!("no {} was made", terms.resumption.en),
            ),
        )),
        Some(list) => {
            for request in list {
                if let Some(on) = day(request, "on") {
                    out.push((
                        on.clone(),
                        Text::new(
                            format!("{on} 提出{}", terms.resumption.zh),
                            format!("{on}: {} made", terms.resumption.en),
                        ),
                    ));
                }
            }
        }
        None => {}
    }
    for restoration in case["restorations"].as_array().into_iter().flatten() {
        if let Some(on) = day(restoration, "on") {
            out.push((
                on.clone(),
                Text::new(
                    format!("{on} 办妥恢复手续"),
                    format!("{on}: restored by the required act"),
                ),
            ));
        }
    }
    crate::calendar::sort_by(&mut out, |a, b| a.0.cmp(&b.0));
    let mut lines: Vec<Text> = Vec::new();
    if info.uses(Field::AgreementStart) {
        if let Some(start) = day(case, "agreement_start") {
            lines.push(Text::new(
                format!("服务协议年度自 {start} 起"),
                format!("the agreement year runs from {start}"),
            ));
        }
    }
    for entry in case["history"].as_array().into_iter().flatten() {
        if let (Some(period), Some(points)) = (
            day(entry, "period"),
            entry.get("points").and_then(Value::as_u64),
        ) {
            let period = words::period(&period);
            let unit = if info.counting == crate::scoring::regimes::Counting::PointsDeducted {
                Text::fixed("扣", "deducted")
            } else {
                Text::fixed("记", "scored")
            };
            lines.push(Text::new(
                format!("{}共{} {points} 分", period.zh, unit.zh),
                format!(
                    "{}: {points} points {}",
                    words::capitalised(&period.en),
                    unit.en
                ),
            ));
        }
    }
    lines.extend(out.into_iter().map(|(_, text)| text));
    lines
}
