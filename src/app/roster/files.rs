//! What the roster page asks of the browser: a chosen file's bytes, GBK decoded by the
//! browser's own decoder, and the roster kept on the device
//! (only when the officer asks: `jifen.roster` in local storage, removed in one tap).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use leptos::prelude::*;

/// Where a roster kept on the device is stored.
pub const KEY: &str = "jifen.roster";

/// A roster kept on the device: the file as it was chosen, its name and the day it was
/// kept.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Kept {
    pub name: String,
    pub kept_on: String,
    /// The file's bytes, base64 (the file is kept as read, never rewritten).
    pub data: String,
}

/// GBK text (what Excel on Chinese Windows saves as CSV), by the browser's decoder
/// (the Encoding Standard's gbk, which is GB18030's decoder); `None` if not GBK either.
pub fn gbk(bytes: &[u8]) -> Option<String> {
    let options = web_sys::TextDecoderOptions::new();
    options.set_fatal(true);
    let decoder = web_sys::TextDecoder::new_with_label_and_options("gbk", &options).ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}

/// The bytes of a chosen file.
pub async fn bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The roster kept on the device, if any (with its bytes).
pub fn kept() -> Option<(Kept, Vec<u8>)> {
    let text = storage()?.get_item(KEY).ok()??;
    let kept: Kept = serde_json::from_str(&text).ok()?;
    let bytes = STANDARD.decode(&kept.data).ok()?;
    Some((kept, bytes))
}

/// Keeps the roster on the device; false if the browser refused (no storage, or full).
pub fn keep(name: &str, today: &str, bytes: &[u8]) -> bool {
    let kept = Kept {
        name: name.to_string(),
        kept_on: today.to_string(),
        data: STANDARD.encode(bytes),
    };
    let Ok(text) = serde_json::to_string(&kept) else {
        return false;
    };
    storage().is_some_and(|s| s.set_item(KEY, &text).is_ok())
}

/// Removes the roster kept on the device.
pub fn forget() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}
