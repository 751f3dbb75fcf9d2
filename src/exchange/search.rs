//! Finding an item the way people cite it: as a 告知书 does (`第十三条（二）`), as people
//! say it (`十三条二项`), by code (`13.2`, also in full-width digits `１３．２`), or by
//! what happened (`冒名`, `骗保`, `带量采购`), with the synonyms people use for the
//! words of the law.
//!
//! ```
//! use jifen::exchange::search::find;
//! use jifen::scoring::RegimeId;
//!
//! let sh2025 = RegimeId::parse("shanghai-2025").unwrap();
//! let codes = |q: &str| find(sh2025, q).iter().map(|i| i.code).collect::<Vec<_>>();
//! assert_eq!(codes("第十三条（二）"), ["13.2"]);
//! assert_eq!(codes("十三条二项"), ["13.2"]);
//! assert_eq!(codes("１３．２"), ["13.2"]);
//! assert_eq!(codes("集采"), ["13.1.1"]);
//! assert!(codes("没有这种情形").is_empty());
//! ```

use crate::scoring::regimes::SearchExamples;
use crate::scoring::{Item, RegimeId};

/// Words people use, and the words of the law they mean.
const SYNONYMS: &[(&[&str], &[&str])] = &[
    (
        &["欺诈", "骗保", "骗取", "诈骗", "套保", "套取", "骗钱"],
        // "fraud": 沪2025 names fraud only through the article of the national regulation
        // (第四十条), which its gloss spells out.
        &["骗取", "欺诈", "套取", "fraud"],
    ),
    (
        &["冒名", "冒用", "顶替", "借卡", "盗刷", "冒充"],
        &["冒名", "冒领", "出借", "借用", "套用"],
    ),
    (
        &["带量采购", "集采", "集中采购", "中选", "非中选"],
        &["集中带量采购", "中选"],
    ),
    (
        &["处方", "开药", "配药", "用药", "开处方"],
        &["处方", "配药", "用药"],
    ),
    (
        &["回扣", "返利", "红包", "好处费"],
        &["回扣", "返还现金", "非法利益", "以医谋私"],
    ),
    (
        &["伪造", "造假", "假病历", "篡改", "假证明"],
        &["伪造", "变造", "涂改", "虚假"],
    ),
    (&["吊销", "注销", "执业证书"], &["吊销", "注销", "执业证书"]),
    (&["分解住院", "挂床", "住院"], &["分解住院", "挂床", "住院"]),
    (&["乱收费", "多收费", "重复收费", "收费"], &["收取", "收费"]),
    (&["串换", "替换", "充当"], &["串换", "充当"]),
    (&["自费", "告知", "同意"], &["自费", "告知", "同意"]),
    (
        &["检查", "化验", "过度检查", "过度医疗"],
        &["检查", "化验", "过度医疗"],
    ),
    (&["生育", "津贴"], &["生育"]),
    (&["协议", "中止协议", "解除协议"], &["协议"]),
];

/// Full-width ASCII (`１３．２`, `（二）`) as half-width, and the ideographic space as a space.
fn half_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            '。' => '.',
            _ => c,
        })
        .collect()
}

/// The value of Chinese numerals up to 99 (`十三` → 13, `二十一` → 21, `两` → 2).
fn chinese_number(text: &str) -> Option<u32> {
    let digit = |c: char| {
        "零一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|p| p as u32)
            .or((c == '两').then_some(2))
    };
    let chars: Vec<char> = text.chars().collect();
    match chars.as_slice() {
        [] => None,
        [c] if *c == '十' => Some(10),
        [c] => digit(*c),
        ['十', u] => Some(10 + digit(*u)?),
        [t, '十'] => Some(digit(*t)? * 10),
        [t, '十', u] => Some(digit(*t)? * 10 + digit(*u)?),
        _ => None,
    }
}

fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || "零一二三四五六七八九十两".contains(c)
}

/// The numbers of a citation (`第十三条（二）` → `[13, 2]`), when the query is nothing but
/// numbers and the words and marks of a citation.
pub fn citation(query: &str) -> Option<Vec<u32>> {
    let text = half_width(query);
    let mut numbers = Vec::new();
    let mut current = String::new();
    let flush = |current: &mut String, numbers: &mut Vec<u32>| -> Option<()> {
        if current.is_empty() {
            return Some(());
        }
        let value = if current.chars().all(|c| c.is_ascii_digit()) {
            current.parse().ok()?
        } else if current.chars().any(|c| c.is_ascii_digit()) {
            return None;
        } else {
            chinese_number(current)?
        };
        numbers.push(value);
        current.clear();
        Some(())
    };
    for c in text.chars() {
        if is_numeral(c) {
            // A digit right after a Chinese numeral (十三2) starts a new number.
            if current
                .chars()
                .last()
                .is_some_and(|last| last.is_ascii_digit() != c.is_ascii_digit())
            {
                flush(&mut current, &mut numbers)?;
            }
            current.push(c);
        } else if "第条项款目之()（）.,、-— 点号".contains(c) {
            flush(&mut current, &mut numbers)?;
        } else {
            return None;
        }
    }
    flush(&mut current, &mut numbers)?;
    (!numbers.is_empty()).then_some(numbers)
}

/// The numbers of an item code (`13.1.2` → `[13, 1, 2]`).
fn code_numbers(code: &str) -> Vec<u32> {
    code.split('.').filter_map(|p| p.parse().ok()).collect()
}

/// The terms of the law a word of the query stands for (itself, and its synonyms).
fn meanings(word: &str) -> Vec<&str> {
    let mut out = vec![word];
    for (said, law) in SYNONYMS {
        if said
            .iter()
            .any(|s| word.contains(s) || s.contains(word) && word.chars().count() >= 2)
        {
            out.extend(law.iter().copied());
        }
    }
    out
}

/// The items of `regime` that match `query`, best first: by citation (the exact item, then
/// the items under a cited article or clause, in document order), else by words (every
/// word of the query, or one of its synonyms, in the law's text or the English gloss).
/// An empty query gives every item.
pub fn find(regime: RegimeId, query: &str) -> Vec<&'static Item> {
    let info = regime.info();
    let query = half_width(query.trim());
    if query.is_empty() {
        return info.items().collect();
    }
    if let Some(numbers) = citation(&query) {
        let mut exact: Vec<&Item> = Vec::new();
        let mut under: Vec<&Item> = Vec::new();
        for item in info.items() {
            let code = code_numbers(item.code);
            if code == numbers {
                exact.push(item);
            } else if code.starts_with(&numbers) {
                under.push(item);
            }
        }
        exact.extend(under);
        // "第三十八条" may be an article the item's own text cites (沪2025 13.2 cites the
        // 条例's 第三十八条), not one of the regime's: with no item under it, the words.
        if !exact.is_empty() {
            return exact;
        }
    }
    let words: Vec<String> = query
        .split(|c: char| c.is_whitespace() || "，,、;；".contains(c))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    info.items()
        .filter(|item| {
            let gloss = item.gloss.to_lowercase();
            words.iter().all(|word| {
                meanings(word)
                    .iter()
                    .any(|m| item.text.contains(m) || gloss.contains(m))
            })
        })
        .collect()
}

/// How to search a regime's items, shown as a placeholder and a hint: a citation as its
/// notices write it, the code, and words in a person's own terms — each finds an item
/// (see the test). Each regime's file holds its own.
pub type Examples = SearchExamples;

/// The search examples of a regime.
///
/// ```
/// use jifen::exchange::search::{examples, find};
/// use jifen::scoring::RegimeId;
///
/// for regime in RegimeId::ALL {
///     let e = examples(regime);
///     assert_eq!(find(regime, e.cite)[0].code, e.code);
/// }
/// ```
pub fn examples(regime: RegimeId) -> Examples {
    regime.wording().teaching.search
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_shown_finds_what_it_promises() {
        for regime in RegimeId::ALL {
            let e = examples(regime);
            assert_eq!(codes(regime, e.cite), [e.code], "{regime:?} {}", e.cite);
            assert_eq!(codes(regime, e.code), [e.code], "{regime:?}");
            for word in e.words.split('、') {
                assert!(!codes(regime, word).is_empty(), "{regime:?} {word}");
            }
        }
    }

    fn codes(regime: RegimeId, q: &str) -> Vec<&'static str> {
        find(regime, q).iter().map(|i| i.code).collect()
    }

    /// The regimes by their spec ids: 沪2025, 沪2023, 温州, 济宁, 沪2020.
    fn regimes() -> [RegimeId; 5] {
        [
            "shanghai-2025",
            "shanghai-2023",
            "wenzhou-2014",
            "jining-2024",
            "shanghai-2020",
        ]
        .map(|id| RegimeId::parse(id).expect("regime"))
    }

    #[test]
    fn citations_as_a_notice_writes_them() {
        let [sh2025, sh2023, wenzhou, jining, sh2020] = regimes();
        for q in [
            "第十三条（二）",
            "第十三条(二)",
            "十三条二项",
            "第13条第2项",
            "13.2",
            "１３．２",
            "13-2",
            "13（2）",
            " 13.2 ",
        ] {
            assert_eq!(codes(sh2025, q), ["13.2"], "{q}");
        }
        assert_eq!(
            codes(sh2025, "第十三条（一）"),
            ["13.1.1", "13.1.2", "13.1.3"]
        );
        assert_eq!(codes(sh2025, "13.1.3"), ["13.1.3"]);
        assert_eq!(codes(sh2023, "第四条（一）3"), ["4.1.3"]);
        assert_eq!(codes(wenzhou, "第十四条（一）"), ["14.1"]);
        assert_eq!(codes(jining, "四（四）2"), ["4.4.2"]);
        assert_eq!(codes(sh2020, "第二十一条"), ["21"]);
        assert_eq!(codes(sh2020, "第十六条（十）"), ["16.10"]);
        assert!(codes(sh2025, "第九十九条").is_empty());
        // An article of another document that an item cites, as a notice may quote it
        // (a physician's report: 第三十八条 found nothing).
        assert_eq!(codes(sh2025, "第三十八条"), ["13.2"]);
    }

    #[test]
    fn words_and_synonyms() {
        let [sh2025, sh2023, wenzhou, jining, _] = regimes();
        assert_eq!(codes(sh2025, "冒名"), ["13.3"]);
        assert_eq!(codes(sh2025, "带量采购"), ["13.1.1"]);
        assert!(codes(sh2023, "骗保").contains(&"4.3.6"));
        assert_eq!(codes(sh2025, "骗保"), ["13.4.1"]);
        assert!(codes(sh2023, "欺诈").contains(&"4.3.6"));
        assert!(codes(jining, "骗保").contains(&"4.4.5"));
        assert!(codes(sh2023, "处方").contains(&"4.2.3"));
        assert!(codes(wenzhou, "回扣").contains(&"14.4"));
        // Every word must match.
        assert_eq!(codes(sh2025, "冒名 吊销"), Vec::<&str>::new());
        // English glosses.
        assert_eq!(codes(sh2025, "procurement"), ["13.1.1"]);
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(chinese_number("十三"), Some(13));
        assert_eq!(chinese_number("二十一"), Some(21));
        assert_eq!(chinese_number("十"), Some(10));
        assert_eq!(chinese_number("两"), Some(2));
        assert_eq!(chinese_number("三十"), Some(30));
        assert_eq!(chinese_number("一百"), None);
        assert_eq!(citation("冒名"), None);
        assert_eq!(citation("第十三条（二）"), Some(vec![13, 2]));
    }
}
