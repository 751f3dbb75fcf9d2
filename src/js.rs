//! The evaluation for JavaScript, through wasm-bindgen and serde-wasm-bindgen.
//!
//! ```js
//! import init, { evaluate, catalogue, regimes } from "./jifen.js";
//! await init();
//! const result = evaluate({ regime: "shanghai-2025", as_of: "2025-12-01",
//!   incidents: [{ id: "a", item: "13.2", decided_on: "2025-05-20", responsibility: "primary" }] });
//! result.incidents[0].points; // 6
//! try { evaluate({ regime: "nowhere", incidents: [] }); }
//! catch (e) { e.error.code; } // "unknown_regime"
//! ```
//!
//! Objects in, objects out, in the spec's format: the same as `jifen evaluate`.

use chrono::NaiveDate;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::scoring::{self, CaseError, ErrorCode, Problem, RegimeId, Text};

/// The case, the result and the error as TypeScript types, put into the generated
/// `jifen.d.ts` beside the functions below.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("js.d.ts");

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

fn thrown(error: &CaseError) -> JsValue {
    to_js(&error.to_json()).unwrap_or_else(|e| e)
}

/// Today in China Standard Time, from the browser's clock.
pub fn today() -> NaiveDate {
    crate::calendar::today_from_millis(js_sys::Date::now())
}

/// `evaluate(case, today?)`: the result object for a case object. `today`
/// (`"YYYY-MM-DD"`) is used when the case has no `as_of`; by default, today in China.
/// Throws `{error: {code, message, message_zh, path}}` for a case that cannot be computed.
#[wasm_bindgen(unchecked_return_type = "Evaluation")]
pub fn evaluate(
    #[wasm_bindgen(unchecked_param_type = "Case")] case: JsValue,
    today_override: Option<String>,
) -> Result<JsValue, JsValue> {
    let value: serde_json::Value = serde_wasm_bindgen::from_value(case).map_err(|e| {
        thrown(&CaseError::new(
            ErrorCode::InvalidJson,
            "",
            Problem::Said(Text::new(
                format!("案例不是普通 JSON 对象：{e}"),
                format!("the case is not a plain JSON object: {e}"),
            )),
        ))
    })?;
    let today = match today_override {
        Some(text) => scoring::case::parse_date(&text, "today").map_err(|e| thrown(&e))?,
        None => today(),
    };
    match scoring::evaluate(&value, today) {
        Ok(result) => to_js(&result),
        Err(error) => Err(thrown(&error)),
    }
}

/// `catalogue(regime)`: the regime's document, clauses, items and bands.
#[wasm_bindgen(unchecked_return_type = "Catalogue")]
pub fn catalogue(
    #[wasm_bindgen(unchecked_param_type = "RegimeId")] regime: &str,
) -> Result<JsValue, JsValue> {
    let id = RegimeId::parse(regime).ok_or_else(|| {
        thrown(&CaseError::new(
            ErrorCode::UnknownRegime,
            "regime",
            Problem::UnknownRegime {
                id: regime.to_string(),
                ids: RegimeId::ALL.iter().map(|r| r.as_str()).collect(),
            },
        ))
    })?;
    to_js(id.info())
}

/// `regimes()`: the ids of the regimes, in the order the app lists them.
#[wasm_bindgen(unchecked_return_type = "RegimeId[]")]
pub fn regimes() -> Result<JsValue, JsValue> {
    let ids: Vec<&str> = RegimeId::ALL.iter().map(|r| r.as_str()).collect();
    to_js(&ids)
}
