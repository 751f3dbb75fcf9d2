//! The app's pages as URL fragments, so that every page is a history entry (the browser's
//! Back works) and can be linked to. Fragments never reach a server.
//!
//! ```
//! use jifen::exchange::route::Route;
//! use jifen::scoring::RegimeId;
//!
//! let regime = |id| RegimeId::parse(id).unwrap();
//! let route = Route::parse("#rules=shanghai-2025,jining-2024").unwrap();
//! assert_eq!(route, Route::Rules(vec![regime("shanghai-2025"), regime("jining-2024")]));
//! assert_eq!(Route::parse(&route.fragment()), Some(route));
//! // An article, percent-encoded as browsers give it.
//! let law = Route::parse("#law=jining-2024/%E4%BA%94").unwrap();
//! assert_eq!(law, Route::Law { regime: Some(regime("jining-2024")), article: Some("五".into()) });
//! // A fragment that is not a page (an anchor inside one) is not a route.
//! assert_eq!(Route::parse("#art-第一条"), None);
//! ```

use crate::scoring::RegimeId;

/// A page of the app, as its fragment names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The calculator (no fragment, `#calc`).
    Calculator,
    /// The guided first visit, at a step (`#guide/2`), counted from 1.
    Guide(u8),
    /// The case under several regimes (`#compare`).
    Compare,
    /// The scenario library (`#scenarios`).
    Scenarios,
    /// A regulation's text (`#law`, `#law=jining-2024`, `#law=jining-2024/五`), opened at
    /// an article: its number, or a citation the reader finds it by (the law's dialog
    /// sends `第十四条（二）1`).
    Law {
        regime: Option<RegimeId>,
        article: Option<String>,
    },
    /// Regimes' rules side by side, no case needed (`#rules=shanghai-2025,jining-2024`).
    Rules(Vec<RegimeId>),
    /// A scenario presented step by step (`#present=sh2025-one-shot-9`).
    Present(String),
    /// A quiz (`#quiz=shanghai-2025&n=10&topics=procedure,repairs&seed=abc`); no topics
    /// means every topic of the regime (the page checks the codes).
    Quiz {
        regime: RegimeId,
        questions: Option<u32>,
        seed: Option<String>,
        topics: Vec<String>,
    },
    /// What changed from a document to the one after it (`#changes`: the first regime
    /// that replaced another; `#changes=shanghai-2025`: into that one from the one before;
    /// `#changes=shanghai-2023,shanghai-2025`: from, to).
    Changes(Vec<RegimeId>),
    /// A deck for a session: its parts in order, each a scenario's id, `changes` or
    /// `quiz` (`#deck=changes,sh2025-one-shot-9,quiz`; the page checks them); `#deck`
    /// alone is a suggested deck.
    Deck(Vec<String>),
    /// A scenario of the library looked at in the calculator (`#s=<id>`).
    Scenario(String),
    /// A shared case looked at in the calculator (`#c1.…`).
    Shared(String),
    /// A 医保办's roster: its people's standing, deadlines and exports (`#roster`).
    Roster,
    /// A link to a training page that cannot be followed as written (`#rules=beijing`,
    /// `#quiz=jining-2024&n=0`): the page says why instead of showing nothing.
    Invalid {
        /// The fragment as written (without `#`).
        fragment: String,
        problem: LinkProblem,
    },
}

/// Why a training page's link cannot be followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkProblem {
    /// A regime id this build does not know.
    UnknownRegime(String),
    /// No regime named (`#rules=`, `#quiz=`).
    NoRegime,
    /// No scenario named (`#present=`).
    NoScenario,
    /// A number of questions that is not 1–50.
    BadCount(String),
    /// A seed that is empty, longer than 64 characters or holds control characters.
    BadSeed(String),
    /// A parameter the page does not take (`&sed=1`).
    UnknownParameter(String),
    /// A quiz topic this build does not know (`&topics=fees`; the quiz page says so).
    UnknownTopic(String),
    /// A part of a deck that is no scenario, `changes` or `quiz` (`#deck=x`; the deck
    /// page says so), or a `changes:<regime>` for a regime that replaced none.
    UnknownPart(String),
}

/// The most questions a quiz link may ask for.
pub const MAX_QUESTIONS: u32 = 50;
/// The longest seed a quiz link may carry.
pub const MAX_SEED_CHARS: usize = 64;

/// The regimes of `#rules=a,b`: each once, in the order given.
fn regimes_of(value: &str) -> Result<Vec<RegimeId>, LinkProblem> {
    let mut out: Vec<RegimeId> = Vec::new();
    for id in value.split(',').map(str::trim).filter(|id| !id.is_empty()) {
        let regime = RegimeId::parse(id).ok_or_else(|| LinkProblem::UnknownRegime(id.into()))?;
        if !out.contains(&regime) {
            out.push(regime);
        }
    }
    if out.is_empty() {
        return Err(LinkProblem::NoRegime);
    }
    Ok(out)
}

/// The parts of `#quiz=regime&n=10&seed=abc`.
fn quiz_of(value: &str) -> Result<Route, LinkProblem> {
    let mut parts = value.split('&');
    let id = parts.next().unwrap_or("").trim();
    if id.is_empty() {
        return Err(LinkProblem::NoRegime);
    }
    let regime = RegimeId::parse(id).ok_or_else(|| LinkProblem::UnknownRegime(id.into()))?;
    let mut questions = None;
    let mut seed = None;
    let mut topics: Vec<String> = Vec::new();
    for part in parts.filter(|p| !p.is_empty()) {
        match part.split_once('=') {
            Some(("topics", list)) => {
                topics = list
                    .split(',')
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(str::to_string)
                    .collect();
                if topics.is_empty() {
                    return Err(LinkProblem::UnknownTopic(list.into()));
                }
            }
            Some(("n", n)) => {
                let count = n
                    .parse::<u32>()
                    .ok()
                    .filter(|n| (1..=MAX_QUESTIONS).contains(n));
                questions = Some(count.ok_or_else(|| LinkProblem::BadCount(n.into()))?);
            }
            Some(("seed", s)) => {
                let fine = !s.is_empty()
                    && s.chars().count() <= MAX_SEED_CHARS
                    && !s.chars().any(char::is_control);
                if !fine {
                    return Err(LinkProblem::BadSeed(s.into()));
                }
                seed = Some(s.to_string());
            }
            _ => return Err(LinkProblem::UnknownParameter(part.into())),
        }
    }
    Ok(Route::Quiz {
        regime,
        questions,
        seed,
        topics,
    })
}

/// Decodes `%XX` escapes (UTF-8); a broken escape is kept as written.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// Escapes what a fragment should not hold raw (anything but unreserved ASCII and `/,=&.-`).
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~/,=&".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl Route {
    /// The route of a fragment (with or without `#`); `None` for a fragment that names no
    /// page, such as an anchor inside one (`#art-第一条`, `#result`).
    pub fn parse(fragment: &str) -> Option<Route> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        if crate::exchange::share::is_share_fragment(fragment) {
            return Some(Route::Shared(fragment.to_string()));
        }
        let fragment = percent_decode(fragment);
        let invalid = |problem: LinkProblem| Route::Invalid {
            fragment: fragment.clone(),
            problem,
        };
        let (name, value) = match fragment.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (fragment.as_str(), None),
        };
        Some(match (name, value) {
            ("" | "calc", None) => Route::Calculator,
            ("compare", None) => Route::Compare,
            ("scenarios", None) => Route::Scenarios,
            ("roster", None) => Route::Roster,
            ("guide", None) => Route::Guide(1),
            (guide, None) if guide.starts_with("guide/") => {
                let step = guide.strip_prefix("guide/")?.parse::<u8>().ok()?;
                Route::Guide(step.max(1))
            }
            ("law", None) => Route::Law {
                regime: None,
                article: None,
            },
            ("law", Some(value)) => {
                let (regime, article) = match value.split_once('/') {
                    Some((r, a)) => (r, Some(a.to_string()).filter(|a| !a.is_empty())),
                    None => (value, None),
                };
                match RegimeId::parse(regime) {
                    Some(regime) => Route::Law {
                        regime: Some(regime),
                        article,
                    },
                    None => invalid(LinkProblem::UnknownRegime(regime.to_string())),
                }
            }
            ("rules", value) => match regimes_of(value.unwrap_or("")) {
                Ok(regimes) => Route::Rules(regimes),
                Err(problem) => invalid(problem),
            },
            ("present", Some(id)) if !id.trim().is_empty() => Route::Present(id.to_string()),
            ("present", _) => invalid(LinkProblem::NoScenario),
            ("s", Some(id)) => Route::Scenario(id.to_string()),
            ("quiz", value) => quiz_of(value.unwrap_or("")).unwrap_or_else(invalid),
            ("changes", None) => Route::Changes(Vec::new()),
            ("changes", Some(value)) => match regimes_of(value) {
                Ok(regimes) if regimes.len() <= 2 => Route::Changes(regimes),
                Ok(regimes) => invalid(LinkProblem::UnknownParameter(
                    regimes
                        .iter()
                        .skip(2)
                        .map(|r| r.as_str())
                        .collect::<Vec<_>>()
                        .join(","),
                )),
                Err(problem) => invalid(problem),
            },
            ("deck", value) => Route::Deck(
                value
                    .unwrap_or("")
                    .split(',')
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(str::to_string)
                    .collect(),
            ),
            _ => return None,
        })
    }

    /// The fragment (with `#`) that names this route; `#calc` for the calculator, so that
    /// going back to it is a history entry of its own.
    pub fn fragment(&self) -> String {
        let body = match self {
            Route::Calculator => "calc".to_string(),
            Route::Guide(step) => format!("guide/{step}"),
            Route::Compare => "compare".to_string(),
            Route::Scenarios => "scenarios".to_string(),
            Route::Roster => "roster".to_string(),
            Route::Law { regime, article } => match (regime, article) {
                (None, _) => "law".to_string(),
                (Some(r), None) => format!("law={}", r.as_str()),
                (Some(r), Some(a)) => format!("law={}/{}", r.as_str(), percent_encode(a)),
            },
            Route::Rules(regimes) => format!(
                "rules={}",
                regimes
                    .iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            Route::Present(id) => format!("present={}", percent_encode(id)),
            Route::Quiz {
                regime,
                questions,
                seed,
                topics,
            } => {
                let mut text = format!("quiz={}", regime.as_str());
                if let Some(n) = questions {
                    text.push_str(&format!("&n={n}"));
                }
                if !topics.is_empty() {
                    text.push_str(&format!("&topics={}", percent_encode(&topics.join(","))));
                }
                if let Some(seed) = seed {
                    text.push_str(&format!("&seed={}", percent_encode(seed)));
                }
                text
            }
            Route::Changes(regimes) if regimes.is_empty() => "changes".to_string(),
            Route::Changes(regimes) => format!(
                "changes={}",
                regimes
                    .iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            Route::Deck(parts) if parts.is_empty() => "deck".to_string(),
            Route::Deck(parts) => format!("deck={}", percent_encode(&parts.join(","))),
            Route::Scenario(id) => format!("s={}", percent_encode(id)),
            Route::Shared(fragment) => fragment.clone(),
            Route::Invalid { fragment, .. } => percent_encode(fragment),
        };
        format!("#{body}")
    }

    /// Whether the route shows the calculator (a shared case and a scenario are looked at
    /// there).
    pub fn is_calculator(&self) -> bool {
        matches!(
            self,
            Route::Calculator | Route::Scenario(_) | Route::Shared(_)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The regime with this spec id.
    fn regime(id: &str) -> RegimeId {
        RegimeId::parse(id).expect("regime")
    }

    #[test]
    fn every_route_reads_back_from_its_fragment() {
        // A route of every kind, and of every form of each.
        let routes = [
            Route::Calculator,
            Route::Guide(3),
            Route::Compare,
            Route::Scenarios,
            Route::Law {
                regime: None,
                article: None,
            },
            Route::Law {
                regime: Some(regime("shanghai-2025")),
                article: None,
            },
            Route::Law {
                regime: Some(regime("shanghai-2025")),
                article: Some("第十四条".into()),
            },
            // A citation, as the law's dialog sends it to the reader.
            Route::Law {
                regime: Some(regime("shanghai-2025")),
                article: Some("第十一条；沪医保规〔2025〕3号 第三十二条".into()),
            },
            Route::Rules(vec![regime("shanghai-2025"), regime("jining-2024")]),
            Route::Present("sh2025-one-shot-9".into()),
            Route::Quiz {
                regime: regime("wenzhou-2014"),
                questions: Some(10),
                seed: Some("课堂 1".into()),
                topics: Vec::new(),
            },
            Route::Quiz {
                regime: regime("jining-2024"),
                questions: None,
                seed: None,
                topics: Vec::new(),
            },
            Route::Quiz {
                regime: regime("shanghai-2025"),
                questions: Some(15),
                seed: Some("r".into()),
                topics: vec!["procedure".into(), "repairs".into()],
            },
            Route::Changes(Vec::new()),
            Route::Changes(vec![regime("shanghai-2025")]),
            Route::Changes(vec![regime("shanghai-2023"), regime("shanghai-2025")]),
            Route::Deck(Vec::new()),
            Route::Deck(vec![
                "changes".into(),
                "sh2025-one-shot-9".into(),
                "quiz:jining-2024".into(),
            ]),
            Route::Scenario("jn-one-shot-12".into()),
            Route::Shared("c1.eJyrVg".into()),
            Route::Roster,
        ];
        for route in routes {
            assert_eq!(
                Route::parse(&route.fragment()),
                Some(route.clone()),
                "{route:?}"
            );
        }
    }

    #[test]
    fn fragments_that_name_no_page_are_not_routes() {
        for fragment in ["#result", "#art-第一条", "#guide/x"] {
            assert_eq!(Route::parse(fragment), None, "{fragment}");
        }
        assert_eq!(Route::parse(""), Some(Route::Calculator));
        assert_eq!(Route::parse("#"), Some(Route::Calculator));
    }

    #[test]
    fn a_training_link_that_cannot_be_followed_says_why() {
        let problem = |fragment: &str| match Route::parse(fragment) {
            Some(Route::Invalid { problem, .. }) => problem,
            other => panic!("{fragment}: {other:?}"),
        };
        assert_eq!(problem("#rules="), LinkProblem::NoRegime);
        assert_eq!(problem("#law=x/y"), LinkProblem::UnknownRegime("x".into()));
        assert_eq!(
            problem("#rules=shanghai-2025,beijing"),
            LinkProblem::UnknownRegime("beijing".into())
        );
        assert_eq!(problem("#quiz="), LinkProblem::NoRegime);
        assert_eq!(
            problem("#quiz=nowhere"),
            LinkProblem::UnknownRegime("nowhere".into())
        );
        assert_eq!(
            problem("#quiz=jining-2024&n=0"),
            LinkProblem::BadCount("0".into())
        );
        assert_eq!(
            problem("#quiz=jining-2024&n=ten"),
            LinkProblem::BadCount("ten".into())
        );
        assert_eq!(
            problem("#quiz=jining-2024&seed="),
            LinkProblem::BadSeed(String::new())
        );
        assert_eq!(
            problem(&format!("#quiz=jining-2024&seed={}", "x".repeat(65))),
            LinkProblem::BadSeed("x".repeat(65))
        );
        assert_eq!(
            problem("#quiz=jining-2024&sed=1"),
            LinkProblem::UnknownParameter("sed=1".into())
        );
        assert_eq!(problem("#present="), LinkProblem::NoScenario);
        assert_eq!(
            problem("#quiz=jining-2024&topics="),
            LinkProblem::UnknownTopic(String::new())
        );
        assert_eq!(
            problem("#changes=beijing"),
            LinkProblem::UnknownRegime("beijing".into())
        );
        // A trainer's link as issue 21 writes it.
        assert_eq!(
            Route::parse("#quiz=shanghai-2025&topics=procedure,repairs&n=15"),
            Some(Route::Quiz {
                regime: regime("shanghai-2025"),
                questions: Some(15),
                seed: None,
                topics: vec!["procedure".into(), "repairs".into()],
            })
        );
        // The page is kept as written, so that Back and a reload show the same message.
        let route = Route::parse("#rules=beijing").unwrap();
        assert_eq!(route.fragment(), "#rules=beijing");
        // A regime named twice is compared once.
        assert_eq!(
            Route::parse("#rules=jining-2024,jining-2024"),
            Some(Route::Rules(vec![regime("jining-2024")]))
        );
    }

    #[test]
    fn a_share_link_is_kept_as_written() {
        assert_eq!(
            Route::parse("#c1.eNqrVg"),
            Some(Route::Shared("c1.eNqrVg".into()))
        );
    }

    #[test]
    fn percent_escapes_decode_as_utf8() {
        assert_eq!(percent_decode("%E4%BA%94"), "五");
        assert_eq!(percent_decode("a%2"), "a%2");
        assert_eq!(percent_decode("%zz"), "%zz");
    }
}
