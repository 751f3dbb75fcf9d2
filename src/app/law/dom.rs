//! A few DOM calls through JavaScript's reflection: web-sys's bindings for them (the
//! DomRect, ResizeObserver and CssStyleDeclaration features) cost the app's wasm more.
//! The law's dialog places itself with them, and the embed measures its height.

use leptos::prelude::window;
use leptos::wasm_bindgen::{JsCast, JsValue};

/// `object[method](argument)`.
pub fn call(object: &JsValue, method: &str, argument: &JsValue) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(method))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(object, argument).ok())
        .unwrap_or(JsValue::UNDEFINED)
}

/// `new window[class](argument)`.
pub fn construct(class: &str, argument: &JsValue) -> JsValue {
    js_sys::Reflect::get(&window(), &JsValue::from_str(class))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| js_sys::Reflect::construct(&f, &js_sys::Array::of1(argument)).ok())
        .unwrap_or(JsValue::UNDEFINED)
}

/// `element.getBoundingClientRect()[side]` (`"height"`, `"bottom"` …), 0 if unknown.
pub fn rect(element: &JsValue, side: &str) -> f64 {
    let rect = call(element, "getBoundingClientRect", &JsValue::UNDEFINED);
    js_sys::Reflect::get(&rect, &JsValue::from_str(side))
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0)
}
