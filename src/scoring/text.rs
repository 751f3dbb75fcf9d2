//! Words in both languages: the one bilingual type of the project.
//!
//! The core writes every message, trace step and term as a [`Text`], Chinese first; the
//! command line and the JS API print both, the app shows the one the reader chose. The
//! law's own wording is not a `Text`: it stays Chinese in both languages, with an
//! English gloss beside it (`Item::text` and `Item::gloss`).
//!
//! ```
//! use jifen::scoring::text::{Lang, Text};
//!
//! let suspended = Text::fixed("暂停", "suspension");
//! assert_eq!(suspended.get(Lang::Zh), "暂停");
//! assert_eq!(suspended.get(Lang::En), "suspension");
//!
//! let points = 6;
//! let added = Text::new(format!("记 {points} 分"), format!("{points} points"));
//! assert_eq!(added.zh, "记 6 分");
//! ```

use std::borrow::Cow;
use std::fmt;

use serde::Serialize;

/// The reader's language: Chinese (the default) or English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// The `lang` attribute value of an HTML page in this language.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The language a short code names (`zh`, `en`), if any.
    ///
    /// ```
    /// use jifen::scoring::text::Lang;
    /// assert_eq!(Lang::parse("en"), Some(Lang::En));
    /// assert_eq!(Lang::parse("fr"), None);
    /// ```
    pub fn parse(code: &str) -> Option<Lang> {
        match code {
            "zh" | "zh-CN" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The short code (`zh`, `en`) that [`Lang::parse`] reads.
    pub fn short(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
}

/// The same words in Chinese and in English. Chinese comes first everywhere: in the
/// fields, in every constructor, in every call.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Text {
    pub zh: Cow<'static, str>,
    pub en: Cow<'static, str>,
}

impl Text {
    /// Words fixed at compile time, for `static` data.
    pub const fn fixed(zh: &'static str, en: &'static str) -> Text {
        Text {
            zh: Cow::Borrowed(zh),
            en: Cow::Borrowed(en),
        }
    }

    /// Words built at run time (or fixed ones, where a `const` is not needed).
    pub fn new(zh: impl Into<Cow<'static, str>>, en: impl Into<Cow<'static, str>>) -> Text {
        Text {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// The words in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }

    /// Both languages passed through the same function, each told its language.
    ///
    /// ```
    /// use jifen::scoring::text::{Lang, Text};
    /// let t = Text::fixed("暂停", "suspension");
    /// let headed = t.map(|lang, s| if lang == Lang::En { s.to_uppercase() } else { s.to_string() });
    /// assert_eq!(headed.en, "SUSPENSION");
    /// ```
    pub fn map(&self, f: impl Fn(Lang, &str) -> String) -> Text {
        Text::new(f(Lang::Zh, &self.zh), f(Lang::En, &self.en))
    }

    /// Whether both languages are empty.
    pub fn is_empty(&self) -> bool {
        self.zh.is_empty() && self.en.is_empty()
    }
}

/// Serialised as `{"zh": …, "en": …}` (the catalogue's terms).
impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("Text", 2)?;
        out.serialize_field("zh", self.zh.as_ref())?;
        out.serialize_field("en", self.en.as_ref())?;
        out.end()
    }
}

/// Words written once for both languages (numbers, dates, codes).
impl From<String> for Text {
    fn from(same: String) -> Text {
        Text::new(same.clone(), same)
    }
}

/// English, for logs and `{}` in tests; a reader's view picks with [`Text::get`].
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en)
    }
}

/// Whether `s` holds a CJK ideograph: the check that the two languages of a [`Text`]
/// were not given the wrong way round (the tests apply it to every text the core writes).
pub fn has_chinese(s: &str) -> bool {
    s.chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c))
}

/// Serialises a [`Text`] as two sibling fields, the English one under `en_key` and the
/// Chinese one under `zh_key`: the spec's format (`text` + `text_zh`, `message` +
/// `message_zh`) predates the type.
pub(crate) fn serialize_pair<S: serde::ser::SerializeStruct>(
    out: &mut S,
    text: &Text,
    en_key: &'static str,
    zh_key: &'static str,
) -> Result<(), S::Error> {
    out.serialize_field(en_key, text.en.as_ref())?;
    out.serialize_field(zh_key, text.zh.as_ref())
}
