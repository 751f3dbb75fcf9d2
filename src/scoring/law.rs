//! The regulations' own text, split into articles, so that every citation in a result
//! can be opened and read (the seed files, word for word, in `seeds/`).
//!
//! ```
//! use jifen::scoring::{law, RegimeId};
//!
//! let sh2025 = RegimeId::parse("shanghai-2025").unwrap();
//! let found = law::lookup(sh2025, "第十四条（二）1");
//! assert_eq!(found[0].article.number, "第十四条");
//! assert_eq!(found[0].clause.as_deref(), Some("（二）"));
//! assert!(found[0].article.paragraphs.iter().any(|p| p.contains("暂停医保支付资格 1 个月")));
//! ```
//!
//! Native builds (the CLI, the tests) compile the five texts in; no wasm does. The JS
//! API has no call that reads them (its `catalogue` gives items and citations), and they
//! were 77 kB of its wasm. The app would carry them to every first visit, for a dialog
//! that not every visit opens. It fetches them as one file ([`Texts::from_json`], written by
//! `jifen law-texts`) when a citation or the reader is first opened, and splits them
//! into articles with the same code ([`Texts::articles`], [`Texts::lookup`]).

use std::borrow::Cow;

use serde::Serialize;

use super::regimes::RegimeId;

/// The seed text of a regime (native builds only: see the module's doc).
#[cfg(not(target_arch = "wasm32"))]
pub fn seed_text(regime: RegimeId) -> &'static str {
    regime.info().rules.seed_text()
}

/// The article part of a citation: `第十三条（一）1` → `第十三条`, `四（一）1` → `四`.
///
/// ```
/// use jifen::scoring::law::article_of;
/// assert_eq!(article_of("第十三条（一）1"), "第十三条");
/// assert_eq!(article_of("四（一）1"), "四");
/// ```
pub fn article_of(cite: &str) -> &str {
    if let Some(end) = cite.find('条') {
        &cite[..end + '条'.len_utf8()]
    } else {
        cite.split('（').next().unwrap_or(cite)
    }
}

/// The regime's articles, in document order (native builds only: see the module's doc).
#[cfg(not(target_arch = "wasm32"))]
pub fn articles(regime: RegimeId) -> Vec<Article> {
    articles_of(regime, seed_text(regime))
}

/// The articles a citation points to (native builds only: see [`Texts::lookup`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn lookup(regime: RegimeId, cite: &str) -> Vec<Found> {
    Texts::embedded().lookup(regime, cite)
}

/// The version of the texts file ([`Texts::to_json`]).
pub const TEXTS_FORMAT: u64 = 1;

/// The five regulations' texts together: compiled in ([`Texts::embedded`]) or read from
/// the texts file the app fetches ([`Texts::from_json`]).
///
/// ```
/// use jifen::scoring::{law::Texts, RegimeId};
///
/// let file = Texts::embedded().to_json();
/// let texts = Texts::from_json(&file).unwrap();
/// assert_eq!(texts, Texts::embedded());
/// let found = texts.lookup(RegimeId::ALL[0], "第十四条（二）1");
/// assert_eq!(found[0].article.number, "第十四条");
/// assert!(Texts::from_json(r#"{"format": 1, "texts": {}}"#).is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Texts {
    /// In the order of [`RegimeId::ALL`] (see `slot`).
    texts: [Cow<'static, str>; RegimeId::ALL.len()],
}

/// Where a regime's text sits in [`Texts`].
fn slot(regime: RegimeId) -> usize {
    RegimeId::ALL
        .iter()
        .position(|r| *r == regime)
        .unwrap_or_default()
}

impl Texts {
    /// The texts compiled into this build (native builds: no wasm carries them, see the module's doc).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn embedded() -> Texts {
        Texts {
            texts: RegimeId::ALL.map(|r| Cow::Borrowed(seed_text(r))),
        }
    }

    /// Reads the texts file: `{"format": 1, "texts": {"shanghai-2025": "…", …}}` with
    /// every regime's text. The error says what is wrong, for the app to show.
    pub fn from_json(json: &str) -> Result<Texts, String> {
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| format!("not JSON: {e}"))?;
        let format = value.get("format").and_then(serde_json::Value::as_u64);
        if format != Some(TEXTS_FORMAT) {
            return Err(format!(
                "format {format:?}, this build reads format {TEXTS_FORMAT}"
            ));
        }
        let mut texts: [Cow<'static, str>; RegimeId::ALL.len()] = Default::default();
        for regime in RegimeId::ALL {
            let text = value
                .get("texts")
                .and_then(|t| t.get(regime.as_str()))
                .and_then(serde_json::Value::as_str)
                .ok_or_else(|| format!("no text for {}", regime.as_str()))?;
            if let Some(place) = texts.get_mut(slot(regime)) {
                *place = Cow::Owned(text.to_string());
            }
        }
        Ok(Texts { texts })
    }

    /// The texts file that [`Texts::from_json`] reads.
    pub fn to_json(&self) -> String {
        let texts: serde_json::Map<String, serde_json::Value> = RegimeId::ALL
            .iter()
            .map(|r| (r.as_str().to_string(), self.text(*r).into()))
            .collect();
        serde_json::json!({ "format": TEXTS_FORMAT, "texts": texts }).to_string()
    }

    /// A regime's whole text, as in its seed file.
    pub fn text(&self, regime: RegimeId) -> &str {
        self.texts.get(slot(regime)).map_or("", |t| t.as_ref())
    }

    /// The regime's articles, in document order.
    pub fn articles(&self, regime: RegimeId) -> Vec<Article> {
        articles_of(regime, self.text(regime))
    }

    /// The articles a citation points to, e.g. `第十四条（二）1`, `第十二条、第十三条`,
    /// `五（一）`, `第十五条第一款`. Civil Code citations give the two articles on
    /// periods; a citation may name another regime's document first.
    pub fn lookup(&self, regime: RegimeId, cite: &str) -> Vec<Found> {
        lookup_in(self, regime, cite)
    }

    /// The number of the regime's article a citation points to (its first, for a
    /// citation of several), as the reader opens it; `None` where it points to none of
    /// the regime's own.
    ///
    /// ```
    /// use jifen::scoring::{law::Texts, RegimeId};
    ///
    /// let texts = Texts::embedded();
    /// let shanghai = RegimeId::parse("shanghai-2025").unwrap();
    /// assert_eq!(texts.article_number(shanghai, "第十四条（二）1").as_deref(), Some("第十四条"));
    /// assert_eq!(texts.article_number(shanghai, "第十二条、第十三条").as_deref(), Some("第十二条"));
    /// assert_eq!(texts.article_number(shanghai, "第十四条").as_deref(), Some("第十四条"));
    /// let jining = RegimeId::parse("jining-2024").unwrap();
    /// assert_eq!(texts.article_number(jining, "五（二）").as_deref(), Some("五"));
    /// assert_eq!(texts.article_number(shanghai, "第九十九条"), None);
    /// ```
    pub fn article_number(&self, regime: RegimeId, cite: &str) -> Option<String> {
        let document = regime.info().document;
        self.lookup(regime, cite)
            .into_iter()
            .find(|found| found.document == document)
            .map(|found| found.article.number)
    }
}

/// One article (条), or one numbered section (济宁: 一、二、…).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Article {
    /// `第十四条`, or `五` for a section.
    pub number: String,
    /// The heading in brackets where the document has one, e.g. `（记分标准）`, or a
    /// section's title.
    pub heading: String,
    /// The text, one paragraph per entry, lines broken by the PDF extraction joined.
    pub paragraphs: Vec<String>,
}

/// An article a citation points to, and the clause to show first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Found {
    /// The document it is in (a cite may name another one).
    pub document: String,
    pub article: Article,
    /// The clause mark the citation names, e.g. `（二）`, when it names one.
    pub clause: Option<String>,
}

/// Lines the PDF extraction left in the middle of the text (page numbers, words from
/// the margin); they are not part of the law.
fn is_artifact(line: &str) -> bool {
    const MARGIN: &[&str] = &[
        "266",
        "2014 10 13",
        "ZJCC13-2014-0001",
        "资格",
        "根据",
        "医师",
        "保",
        "基金",
        "疗保",
        "必",
        "医",
        "准",
        "，",
        "设",
        "反",
        "处",
        "(此页无正文)",
        "（此页无正文）",
    ];
    let t = line.trim();
    MARGIN.contains(&t) || (t.starts_with('—') && t.ends_with('—'))
}

const CN_DIGITS: &str = "〇零一二三四五六七八九十百";

/// `第十四条 …` → `第十四条`, if the line starts an article.
fn article_number(line: &str) -> Option<&str> {
    let rest = line.strip_prefix('第')?;
    let digits: usize = rest
        .chars()
        .take_while(|c| CN_DIGITS.contains(*c))
        .map(char::len_utf8)
        .sum();
    if digits == 0 || !rest[digits..].starts_with('条') {
        return None;
    }
    Some(&line[..'第'.len_utf8() + digits + '条'.len_utf8()])
}

/// `五、医保支付资格…` → `五`, if the line starts a numbered section.
fn section_number(line: &str) -> Option<&str> {
    let digits: usize = line
        .chars()
        .take_while(|c| CN_DIGITS.contains(*c))
        .map(char::len_utf8)
        .sum();
    (digits > 0 && line[digits..].starts_with('、')).then(|| &line[..digits])
}

/// Where the body of the document stops (attachments, distribution lists).
fn ends_body(line: &str) -> bool {
    ["附件", "抄送", "报送", "主送", "（此件", "(此件"]
        .iter()
        .any(|m| line.starts_with(m))
}

/// Whether a line opens a clause: `（一）`, `(二)`, `1．`, `２、` or an article. A digit
/// alone is not enough: in 济宁 the extraction broke "(附件" from "２);" over two lines.
fn starts_clause(line: &str) -> bool {
    let is_digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let mut chars = line.chars();
    match chars.next() {
        Some('（' | '(') => true,
        Some(c) if is_digit(c) => chars
            .find(|c| !is_digit(*c))
            .is_some_and(|c| matches!(c, '．' | '.' | '、' | ' ' | '\u{3000}')),
        _ => article_number(line).is_some(),
    }
}

fn ends_sentence(text: &str) -> bool {
    text.ends_with(['。', '；', '：', ';', ':', '.', '.', '．'])
}

/// `text`'s articles (`regime`'s text), in document order.
fn articles_of(regime: RegimeId, text: &str) -> Vec<Article> {
    let layout = regime.info().text_layout;
    let sections = layout.sections;
    let mut out: Vec<Article> = Vec::new();
    let mut in_body = false;
    // A bracketed heading that the extraction broke over two lines (沪2020 第十六条).
    let mut heading_open = false;
    for raw in text.lines() {
        // U+1001B0 is the PDF's private glyph for the full stop after a number (济宁);
        // shown as "．" so that it reads as the printed document does.
        let cleaned = raw.replace("**", "").replace('\u{1001B0}', "．");
        // Words the extraction got wrong (沪2025 第九条), shown as the document reads.
        let cleaned = layout
            .fixes
            .iter()
            .fold(cleaned, |line, (wrong, right)| line.replace(wrong, right));
        let line = cleaned.trim().trim_start_matches('\u{3000}');
        if line.is_empty() || is_artifact(line) {
            continue;
        }
        if heading_open {
            if let Some(article) = out.last_mut() {
                let close = line.find(['）', ')']).map_or(line.len(), |i| {
                    i + line[i..].chars().next().map_or(1, char::len_utf8)
                });
                article.heading.push_str(&line[..close]);
                heading_open = close == line.len() && !line.ends_with(['）', ')']);
                let text = line[close..].trim();
                if !text.is_empty() {
                    article.paragraphs.push(text.to_string());
                }
                continue;
            }
        }
        let number = if sections {
            section_number(line)
        } else {
            article_number(line)
        };
        if let Some(number) = number {
            in_body = true;
            let after = line[number.len()..]
                .trim_start_matches(['、', ' ', '\u{3000}'])
                .trim();
            let (heading, text) = if sections {
                (after.to_string(), "")
            } else if after.starts_with(['（', '(']) {
                let close = after.find(['）', ')']).map_or(after.len(), |i| {
                    i + after[i..].chars().next().map_or(1, char::len_utf8)
                });
                heading_open = !after[..close].ends_with(['）', ')']);
                (after[..close].to_string(), after[close..].trim())
            } else {
                (String::new(), after)
            };
            out.push(Article {
                number: number.to_string(),
                heading,
                paragraphs: if text.is_empty() {
                    Vec::new()
                } else {
                    vec![text.to_string()]
                },
            });
            continue;
        }
        if !in_body {
            continue;
        }
        if ends_body(line) {
            break;
        }
        let Some(article) = out.last_mut() else {
            continue;
        };
        match article.paragraphs.last_mut() {
            Some(last) if !starts_clause(line) && !ends_sentence(last) => last.push_str(line),
            _ => article.paragraphs.push(line.to_string()),
        }
    }
    out
}

fn lookup_in(texts: &Texts, regime: RegimeId, cite: &str) -> Vec<Found> {
    let mut found = Vec::new();
    for part in cite.split(['、', '；', ';']) {
        let part = part.trim();
        if part.contains("民法典") || part.starts_with("第二百零") {
            for article in civil_code() {
                if !found
                    .iter()
                    .any(|f: &Found| f.article.number == article.number)
                {
                    found.push(Found {
                        document: "中华人民共和国民法典".into(),
                        article,
                        clause: None,
                    });
                }
            }
            continue;
        }
        // "沪医保规〔2025〕3号 第三十二条": an article of another regime.
        let (regime, part) = match RegimeId::ALL
            .iter()
            .find(|r| part.starts_with(r.info().document))
        {
            Some(other) => (*other, part[other.info().document.len()..].trim()),
            None => (regime, part),
        };
        let key = if regime.info().text_layout.sections {
            part.split(['（', '(']).next().unwrap_or(part).to_string()
        } else {
            article_number(part).map(str::to_string).unwrap_or_default()
        };
        if key.is_empty() {
            continue;
        }
        let clause = part[key.len()..].find('（').map(|i| {
            let rest = &part[key.len() + i..];
            rest[..rest.find('）').map_or(rest.len(), |j| j + '）'.len_utf8())].to_string()
        });
        if let Some(article) = texts.articles(regime).into_iter().find(|a| a.number == key) {
            found.push(Found {
                document: regime.info().document.to_string(),
                article,
                clause,
            });
        }
    }
    found
}

/// 中华人民共和国民法典 第二百零一条、第二百零二条: how periods are counted.
pub fn civil_code() -> Vec<Article> {
    vec![
        Article {
            number: "第二百零一条".into(),
            heading: String::new(),
            paragraphs: vec![
                "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。".into(),
                "按照小时计算期间的，自法律规定或者当事人约定的时间开始计算。".into(),
            ],
        },
        Article {
            number: "第二百零二条".into(),
            heading: String::new(),
            paragraphs: vec!["按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。".into()],
        },
    ]
}
