//! Share links: the whole case in the URL fragment (after `#`, which browsers never
//! send to a server), as compact JSON, zlib-compressed (with its checksum, so that a
//! changed link is noticed) and base64url-encoded: `#c1.eNqr…`.
//!
//! ```
//! use jifen::exchange::{case_file, share};
//!
//! let case = serde_json::json!({"regime": "jining-2024",
//!     "incidents": [{"id": "a", "item": "4.2.1", "decided_on": "2025-01-20"}]});
//! let fragment = share::encode(&case);
//! assert!(fragment.starts_with("c1."));
//! let opened = share::decode(&fragment).unwrap();
//! assert_eq!(opened.draft.incidents[0].items, ["4.2.1"]);
//! // A link cut short is refused with a message, never half-read.
//! let cut = &fragment[..fragment.len() - 5];
//! assert_eq!(share::decode(cut).unwrap_err().path, "link");
//! ```

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::Value;

use super::case_file::{self, Imported};
use crate::scoring::{CaseError, ErrorCode};

/// The link format this build writes.
pub const VERSION: u32 = 1;

/// The most a link may unpack to: far more than any real case, far less than a bomb.
const MAX_JSON_BYTES: usize = 512 * 1024;

/// The fragment (without `#`) that carries `case`.
pub fn encode(case: &Value) -> String {
    let json = case.to_string();
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 9);
    format!("c{VERSION}.{}", URL_SAFE_NO_PAD.encode(packed))
}

fn broken(en: &str, zh: &str) -> CaseError {
    CaseError {
        code: ErrorCode::InvalidValue,
        path: "link".into(),
        message: en.into(),
        message_zh: zh.into(),
    }
}

/// Whether a fragment looks like a share link at all (`c` + version + `.`), so that
/// other fragments (`#result`) are left alone.
pub fn is_share_fragment(fragment: &str) -> bool {
    let fragment = fragment.trim_start_matches('#');
    fragment
        .strip_prefix('c')
        .and_then(|rest| rest.split_once('.'))
        .is_some_and(|(version, _)| {
            !version.is_empty() && version.bytes().all(|b| b.is_ascii_digit())
        })
}

/// Opens a share link's fragment (with or without the `#`).
pub fn decode(fragment: &str) -> Result<Imported, CaseError> {
    let fragment = fragment.trim().trim_start_matches('#');
    let Some((version, payload)) = fragment
        .strip_prefix('c')
        .and_then(|rest| rest.split_once('.'))
    else {
        return Err(broken(
            "this is not a share link of this calculator",
            "这不是本计算器的分享链接",
        ));
    };
    match version.parse::<u32>() {
        Ok(VERSION) => {}
        Ok(v) if v > VERSION => {
            return Err(broken(
                "this link was made by a newer version of the calculator; open it with the newer version",
                "此链接由更新版本的计算器生成，请用新版本打开",
            ))
        }
        _ => return Err(broken("this is not a share link of this calculator", "这不是本计算器的分享链接")),
    }
    let packed = URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).map_err(|_| {
        broken(
            "the link is damaged: it has characters a share link never has (was it changed, or copied with extra text?)",
            "链接已损坏：含有分享链接中不会出现的字符（是否被修改，或复制时带入了其他文字？）",
        )
    })?;
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, MAX_JSON_BYTES).map_err(|_| {
        broken(
            "the link is incomplete or was changed: its content does not check out (copy the whole link again)",
            "链接不完整或已被修改，内容校验不通过（请重新复制完整链接）",
        )
    })?;
    let text = String::from_utf8(json)
        .map_err(|_| broken("the link's content is not text", "链接内容不是文本"))?;
    case_file::import(&text)
}
