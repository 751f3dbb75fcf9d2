//! The interface in Chinese (the default) or English. The law's own wording is never
//! translated: it stays Chinese in both, with the English gloss beside it.
//!
//! The language is a signal in the context ([`lang`]); views draw fixed words with
//! [`tr`] and computed ones, each a [`Text`] holding both languages, with [`say`], so that
//! a switch redraws the words in place. What a word is (a measure's name, a deadline's)
//! is said once, in the core's `scoring::words`, as a [`Text`].

use leptos::prelude::*;

use crate::scoring::outcome::FineResult;
use crate::scoring::text::Text;
use crate::scoring::words;

pub use crate::scoring::text::Lang;

/// Where the language choice is kept between visits.
const LANG_KEY: &str = "jifen.lang";

/// The language to start in: `?lang=en|zh` in the address (pages that embed the
/// calculator), else the one chosen on an earlier visit, else Chinese.
pub fn initial_lang() -> Lang {
    let kept = || {
        leptos::prelude::window()
            .local_storage()
            .ok()
            .flatten()
            .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
    };
    asked_lang().unwrap_or_else(|| match kept().as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Zh,
    })
}

/// The language the address asks for (`?lang=en`, `?lang=zh`), if any.
pub fn asked_lang() -> Option<Lang> {
    match query("lang")?.as_str() {
        "en" => Some(Lang::En),
        "zh" => Some(Lang::Zh),
        _ => None,
    }
}

/// A parameter of the address's query (`?regime=jining-2024&lang=en`), percent-decoded.
pub fn query(name: &str) -> Option<String> {
    let search = leptos::prelude::window().location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|kv| kv.strip_prefix(name)?.strip_prefix('='))
        .map(crate::exchange::route::percent_decode)
}

/// Keeps the language for the next visit (where the browser allows storage).
pub fn remember_lang(lang: Lang) {
    if let Some(storage) = leptos::prelude::window().local_storage().ok().flatten() {
        let _ = storage.set_item(LANG_KEY, if lang == Lang::En { "en" } else { "zh" });
    }
}

/// The reader's language, which the views read: switching it redraws the words, not the
/// page. (The app's root and the embed's put it in the context.)
pub fn lang() -> RwSignal<Lang> {
    super::ctx().lang
}

/// Words fixed in both languages, drawn in the reader's language and redrawn when it
/// changes: `{tr("记分修复", "Score repairs")}`, or an attribute's value.
pub fn tr(
    zh: &'static str,
    en: &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = lang();
    move || match lang.get() {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// For `hidden=`: whether the reader's language is other than `shown_in`, for words
/// drawn in one language only (the English gloss beside the law's own words) or in both,
/// one hidden (one closure type for all of them: each type of reactive attribute costs
/// the wasm its own code).
pub fn hidden_unless(shown_in: Lang) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
    let lang = lang();
    move || lang.get() != shown_in
}

/// For `hidden=` on the English gloss beside the law's own words: shown in English only.
pub fn gloss_hidden() -> impl Fn() -> bool + Copy + Send + Sync + 'static {
    hidden_unless(Lang::En)
}

/// A [`Text`] drawn in the reader's language, redrawn when it changes.
pub fn say(text: Text) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let lang = lang();
    move || text.get(lang.get()).to_string()
}

// Transitional. `Lang::t`, `Lang::pick`, `Lang::of` and the `fn …(lang, …) -> String`
// wrappers below pick the words once, when a view is built: after a switch of language
// those words stay in the old one. Components now build `Text`s (`scoring::words`,
// `Text::new`) and draw them with `say`/`tr`. These remain only while files still call
// them; delete each once nothing does (`fine_words` has `fine_text`; `place_words` in
// `result::error` has `place_text`).

/// Words computed from signals ([`Text`]), drawn in the reader's language: redrawn when
/// the language changes or what they are computed from does.
pub fn say_with(
    words: impl Fn() -> Text + Send + Sync + 'static,
) -> impl Fn() -> String + Send + Sync + 'static {
    let lang = lang();
    move || words().get(lang.get()).to_string()
}

/// The text with its first letter in capitals, for the start of a sentence ("The
/// agreement year …"); Chinese is unchanged.
pub fn capitalised(text: &str) -> String {
    words::capitalised(text)
}

/// 沪2020's fine in words, as the order has it (spec v3 `fine_required`): where it says
/// 处以 / 并处以 a fine in the range follows (处…罚款), the office choosing within it; where
/// it says 可处以 the office may give a warning or a fine (可处警告或…罚款).
pub fn fine_text(fine: &FineResult) -> Text {
    match (&fine.fine_min, &fine.fine_max) {
        (Some(min), Some(max)) if fine.fine_required => Text::new(
            format!("处罚款 {min}—{max} 元（由医保部门在此范围内裁量）"),
            format!("a fine of ¥{min}–{max} follows, the office choosing within that range"),
        ),
        (Some(min), Some(max)) => {
            let (warning_zh, warning_en) = if fine.warning_possible {
                ("警告或", "a warning or ")
            } else {
                ("", "")
            };
            Text::new(
                format!("可处{warning_zh}罚款 {min}—{max} 元（由医保部门在此范围内裁量）"),
                format!(
                    "the office may impose {warning_en}a fine of ¥{min}–{max}, choosing within that range"
                ),
            )
        }
        _ => Text::fixed(
            "不设罚款；市医保局可以暂停其医保费用结算支付",
            "no fine; the municipal office may suspend the settlement of their insurance costs",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_measure_heading_starts_with_a_capital_in_english_only() {
        use crate::scoring::outcome::SanctionKind;
        use crate::scoring::RegimeId;
        let heading = |regime: RegimeId, kind| words::heading(words::sanction(regime.info(), kind));
        let suspension = heading(RegimeId::FIRST, SanctionKind::Suspension);
        assert_eq!(suspension.en, "Suspension of payment eligibility");
        assert_eq!(suspension.zh, "暂停医保支付资格");
        for regime in RegimeId::ALL {
            for kind in [SanctionKind::Notice, SanctionKind::Termination] {
                let en = heading(regime, kind).en;
                assert!(en.starts_with(|c: char| c.is_ascii_uppercase()), "{en}");
            }
        }
    }

    #[test]
    fn a_fine_is_what_the_office_may_impose() {
        let fine = FineResult {
            fine_min: Some(1000.into()),
            fine_max: Some(5000.into()),
            warning_possible: true,
            fine_required: false,
            measures: Vec::new(),
        };
        let text = fine_text(&fine);
        assert_eq!(
            text.zh,
            "可处警告或罚款 1000—5000 元（由医保部门在此范围内裁量）"
        );
        assert_eq!(
            text.en,
            "the office may impose a warning or a fine of ¥1000–5000, choosing within that range"
        );
        // 处以 / 并处以 (spec v3): the fine follows, no warning instead.
        let required = FineResult {
            fine_required: true,
            warning_possible: false,
            ..fine
        };
        assert_eq!(
            fine_text(&required).zh,
            "处罚款 1000—5000 元（由医保部门在此范围内裁量）"
        );
    }
}
