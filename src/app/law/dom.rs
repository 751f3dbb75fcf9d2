//! A few DOM calls through JavaScript's reflection: web-sys's bindings for them (the
//! DomRect, ResizeObserver and CssStyleDeclaration features) cost the app's wasm more.
//! The law's dialog places itself with them, the embed measures its height, and the
//! dialogs with a shade (the law's, the share dialog) close on a tap on it
//! ([`close_on_shade`]; the QR code fills the screen and has none).

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

/// Closes a modal `<dialog>` on a tap on the shade around it, as one expects on a phone:
/// such a click lands on the dialog element itself, outside its box (a click on its
/// padding is inside). Its `close` event follows, as for 关闭 or Escape. For
/// `on:click` on the `<dialog>`.
pub fn close_on_shade(ev: leptos::ev::MouseEvent) {
    let (Some(target), Some(dialog)) = (ev.target(), ev.current_target()) else {
        return;
    };
    if target != dialog {
        return;
    }
    let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
    let outside = x < rect(&dialog, "left")
        || x > rect(&dialog, "right")
        || y < rect(&dialog, "top")
        || y > rect(&dialog, "bottom");
    if let (true, Ok(dialog)) = (outside, dialog.dyn_into::<web_sys::HtmlDialogElement>()) {
        dialog.close();
    }
}

/// `element.getBoundingClientRect()[side]` (`"height"`, `"bottom"` …), 0 if unknown.
pub fn rect(element: &JsValue, side: &str) -> f64 {
    let rect = call(element, "getBoundingClientRect", &JsValue::UNDEFINED);
    js_sys::Reflect::get(&rect, &JsValue::from_str(side))
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0)
}
