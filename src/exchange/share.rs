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
use crate::scoring::{CaseError, ErrorCode, Problem, Text};

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

/// What is wrong with a link, Chinese first. (Messages name no field: the link is the
/// whole of the input.)
fn broken(zh: &str, en: &str) -> CaseError {
    CaseError::new(
        ErrorCode::InvalidValue,
        "link",
        Problem::Said(Text::new(zh.to_string(), en.to_string())),
    )
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

/// The characters of a link's payload (base64url).
fn is_payload(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Opens a share link's fragment (with or without the `#`). A link pasted with what
/// surrounded it in a message — a trailing `。`, `）` or `.`, spaces, a line break where a
/// mail program wrapped it, percent-escapes a browser added — still opens; a link cut
/// short says it is incomplete.
pub fn decode(fragment: &str) -> Result<Imported, CaseError> {
    let decoded = super::route::percent_decode(fragment);
    let fragment = decoded.trim().trim_start_matches('#');
    let Some((version, payload)) = fragment
        .strip_prefix('c')
        .and_then(|rest| rest.split_once('.'))
    else {
        return Err(broken(
            "这不是本计算器的分享链接",
            "this is not a share link of this calculator",
        ));
    };
    match version.parse::<u32>() {
        Ok(VERSION) => {}
        Ok(v) if v > VERSION => {
            return Err(broken(
                "此链接由更新版本的计算器生成，请用新版本打开",
                "this link was made by a newer version of the calculator; open it with the newer version",
            ))
        }
        _ => {
            return Err(broken(
                "这不是本计算器的分享链接",
                "this is not a share link of this calculator",
            ))
        }
    }
    // What follows the payload in a message (。）, a full stop, quotes) is not part of it;
    // white space inside it is where a line was wrapped.
    let payload: String = payload
        .trim_end_matches(|c: char| !is_payload(c))
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let incomplete = || {
        broken(
            "链接不完整：复制时被截断了（请重新复制完整的链接）",
            "the link is incomplete: it was cut short when it was copied (copy the whole link again)",
        )
    };
    if let Some(bad) = payload.chars().find(|c| !is_payload(*c)) {
        return Err(broken(
            &format!("链接已损坏：含有分享链接中不会出现的字符“{bad}”（是否被修改，或复制时带入了其他文字？）"),
            &format!("the link is damaged: it has “{bad}”, which a share link never has (was it changed, or copied with extra text?)"),
        ));
    }
    // Trailing bits are allowed here so that a link cut in the middle of a character, or
    // changed in its last one, is judged by its content: zlib tells a cut from a change.
    let lenient = base64::engine::GeneralPurpose::new(
        &base64::alphabet::URL_SAFE,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_allow_trailing_bits(true)
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
    );
    let packed = lenient.decode(&payload).map_err(|_| incomplete())?;
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, MAX_JSON_BYTES)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::FailedCannotMakeProgress => incomplete(),
            _ => broken(
                "链接已被修改，内容校验不通过（请重新复制完整的链接）",
                "the link was changed: its content does not check out (copy the whole link again)",
            ),
        })?;
    let text = String::from_utf8(json)
        .map_err(|_| broken("链接内容不是文本", "the link's content is not text"))?;
    // A link's reader has never seen its JSON: "not valid JSON (line 1, column 1)" would
    // tell a physician nothing.
    case_file::import(&text).map_err(|e| match e.code {
        ErrorCode::InvalidJson => broken(
            "链接的内容不是本计算器的案例（请重新复制完整的链接）",
            "the link's content is not a case of this calculator (copy the whole link again)",
        ),
        _ => e,
    })
}
