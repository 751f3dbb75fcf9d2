//! Just enough XML to read a workbook's parts: start and end tags with their attributes,
//! text with its entities decoded; no DTD, no validation. Namespace prefixes are
//! dropped from names (`x:row` is `row`), as workbooks written by other programs use
//! them.

use std::borrow::Cow;

/// One piece of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token<'a> {
    /// `<name attrs>` or `<name attrs/>` (`empty`).
    Start {
        name: &'a str,
        attrs: &'a str,
        empty: bool,
    },
    /// `</name>`.
    End { name: &'a str },
    /// Text between tags, entities not yet decoded (a CDATA section's is raw: `cdata`).
    Text { raw: &'a str, cdata: bool },
}

impl<'a> Token<'a> {
    /// The text, decoded.
    pub fn text(&self) -> Cow<'a, str> {
        match *self {
            Token::Text { raw, cdata: false } => unescape(raw),
            Token::Text { raw, cdata: true } => Cow::Borrowed(raw),
            _ => Cow::Borrowed(""),
        }
    }
}

/// The tokens of a document, in order. Declarations, comments and processing
/// instructions are skipped; a document cut short ends where it is cut.
pub struct Tokens<'a> {
    rest: &'a str,
}

/// Reads `text` as a sequence of [`Token`]s.
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens { rest: text }
}

/// The name without its namespace prefix.
fn local(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, l)| l)
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            if self.rest.is_empty() {
                return None;
            }
            let Some(lt) = self.rest.find('<') else {
                let raw = std::mem::take(&mut self.rest);
                return Some(Token::Text { raw, cdata: false });
            };
            if lt > 0 {
                let (raw, rest) = self.rest.split_at(lt);
                self.rest = rest;
                return Some(Token::Text { raw, cdata: false });
            }
            let after = &self.rest[1..];
            if let Some(body) = after.strip_prefix("![CDATA[") {
                let end = body.find("]]>").unwrap_or(body.len());
                let raw = &body[..end];
                self.rest = body.get(end + 3..).unwrap_or("");
                return Some(Token::Text { raw, cdata: true });
            }
            if let Some(body) = after.strip_prefix("!--") {
                self.rest = body.find("-->").map_or("", |e| &body[e + 3..]);
                continue;
            }
            if after.starts_with('?') || after.starts_with('!') {
                self.rest = after.find('>').map_or("", |e| &after[e + 1..]);
                continue;
            }
            // A tag: up to the `>` outside quotes.
            let mut quote = None;
            let mut close = None;
            for (i, c) in after.char_indices() {
                match (quote, c) {
                    (None, '"' | '\'') => quote = Some(c),
                    (Some(q), c) if c == q => quote = None,
                    (None, '>') => {
                        close = Some(i);
                        break;
                    }
                    _ => {}
                }
            }
            let Some(close) = close else {
                self.rest = "";
                return None;
            };
            let tag = &after[..close];
            self.rest = &after[close + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                return Some(Token::End {
                    name: local(name.trim()),
                });
            }
            let (tag, empty) = match tag.strip_suffix('/') {
                Some(t) => (t, true),
                None => (tag, false),
            };
            let split = tag.find(char::is_whitespace).unwrap_or(tag.len());
            return Some(Token::Start {
                name: local(&tag[..split]),
                attrs: &tag[split..],
                empty,
            });
        }
    }
}

/// The value of the attribute whose name (without its prefix) is `name`, decoded.
pub fn attr<'a>(attrs: &'a str, name: &str) -> Option<Cow<'a, str>> {
    let mut rest = attrs;
    loop {
        rest = rest.trim_start();
        let eq = rest.find('=')?;
        let key = rest[..eq].trim();
        let after = rest[eq + 1..].trim_start();
        let quote = after.chars().next()?;
        if quote != '"' && quote != '\'' {
            return None;
        }
        let value_end = after[1..].find(quote)? + 1;
        let value = &after[1..value_end];
        if local(key) == name {
            return Some(unescape(value));
        }
        rest = &after[value_end + 1..];
    }
}

/// Decodes the five named entities and character references; anything else is kept as
/// written.
pub fn unescape(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest.find(';').filter(|&e| e <= 12).and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .map(|h| u32::from_str_radix(h, 16))
                    .or_else(|| name.strip_prefix('#').map(str::parse::<u32>))
                    .and_then(Result::ok)
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Escapes text for an element's content or an attribute's value. Characters XML 1.0
/// cannot hold (control characters other than tab and line breaks) are written as the
/// spreadsheet format's `_xHHHH_` escapes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' => out.push(c),
            '\r' => out.push_str("&#13;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                out.push_str(&format!("_x{:04X}_", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_text_and_entities() {
        let doc = r#"<?xml version="1.0"?><!-- c --><x:row r="2" a='b>c'><c><v>1 &amp; &#x4E00;</v></c><e/><![CDATA[<raw>]]></x:row>"#;
        let toks: Vec<_> = tokens(doc).collect();
        assert_eq!(
            toks[0],
            Token::Start {
                name: "row",
                attrs: r#" r="2" a='b>c'"#,
                empty: false
            }
        );
        assert_eq!(toks[3].text(), "1 & 一");
        assert!(matches!(
            toks[6],
            Token::Start {
                name: "e",
                empty: true,
                ..
            }
        ));
        assert_eq!(toks[7].text(), "<raw>");
        assert_eq!(toks[8], Token::End { name: "row" });
        assert_eq!(attr(r#" r="2" a='b>c'"#, "a").as_deref(), Some("b>c"));
        assert_eq!(attr(r#" r:id="rId1""#, "id").as_deref(), Some("rId1"));
        assert_eq!(attr(r#" r="2""#, "x"), None);
        assert_eq!(
            unescape("a &bogus; & b &#99999999;"),
            "a &bogus; & b &#99999999;"
        );
    }

    #[test]
    fn escaping_round_trips_through_the_reader() {
        let text = "a<b>&\"c\"\u{1}";
        assert_eq!(escape(text), "a&lt;b&gt;&amp;&quot;c&quot;_x0001_");
        assert_eq!(unescape(&escape("a<b>&\"c\"")), "a<b>&\"c\"");
    }
}
