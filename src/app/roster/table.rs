//! The overview table as HTML: one row per person, written as one string and set as
//! the table body's content, so that 5,000 people are drawn in one step (a component
//! per cell would cost the browser a node and an effect each; `scripts/bench.sh` reports
//! the figure). Every text from the file is escaped. Pure: tested natively.

use chrono::NaiveDate;

use crate::exchange::roster::{institution_due, Filter, Row};
use crate::exchange::roster_import::Located;
use crate::scoring::outcome::{Actor, State};
use crate::scoring::text::{Lang, Text};
use crate::scoring::{words, RegimeId};

/// A person's row as the page has it: the overview's row, where its problem is, and the
/// link that opens the case in the calculator (none for a case that cannot be opened).
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub row: Row,
    pub problem: Option<Located>,
    pub link: Option<String>,
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Who acts, as the 医保办 says it (the core's words speak to the physician: 本人,
/// 所在机构).
pub fn actor(actor: Actor) -> Text {
    match actor {
        Actor::Person => Text::fixed("医师本人", "The person"),
        Actor::Institution => Text::fixed("本机构", "This institution"),
        Actor::Agency => Text::fixed("医保经办机构", "The agency"),
    }
}

/// The class a standing is drawn with.
fn state_class(state: State) -> &'static str {
    match state {
        State::Suspended | State::Training => "st-suspended",
        State::Terminated => "st-terminated",
        State::RestorationPending => "st-pending",
        State::Normal => "st-normal",
    }
}

/// The people a filter shows, in the order they are listed: the file's, or for the
/// institution's deadlines, the earliest due first.
pub fn shown(people: &[Person], filter: Filter, as_of: NaiveDate) -> Vec<&Person> {
    let mut out: Vec<&Person> = people
        .iter()
        .filter(|p| filter.keeps(&p.row, as_of))
        .collect();
    if let Filter::InstitutionDue { working_days } = filter {
        crate::calendar::sort_by_key(&mut out, |p| {
            institution_due(&p.row, as_of, working_days)
                .map(|d| d.due)
                .min()
        });
    }
    out
}

/// The table's column headings.
pub const HEADINGS: [Text; 8] = [
    Text::fixed("人员", "Person"),
    Text::fixed("记分制度", "Regime"),
    Text::fixed("今日状态", "Standing today"),
    Text::fixed("决定后", "Once decided"),
    Text::fixed("本周期累计", "Period's points"),
    Text::fixed("下一档", "Next band"),
    Text::fixed("下一期限 · 由谁办理", "Next deadline · who acts"),
    Text::fixed("计算器", "Calculator"),
];

/// The rows of the table body for `people` (already filtered), in `lang`. With the
/// institution's filter, the deadline cell lists the institution's deadlines in the
/// window instead of the next deadline of anyone.
pub fn body(people: &[&Person], filter: Filter, as_of: NaiveDate, lang: Lang) -> String {
    let mut out = String::with_capacity(people.len() * 600);
    let say = |t: Text| escape(t.get(lang));
    for p in people {
        let row = &p.row;
        let info = row.regime.map(RegimeId::info);
        out.push_str("<tr>");
        // The person, and where in the file.
        out.push_str(&format!(
            "<th scope=\"row\">{}<small>{}</small></th>",
            escape(&row.person),
            say(Text::new(
                format!("第 {} 行", row.line),
                format!("row {}", row.line)
            ))
        ));
        out.push_str(&format!(
            "<td>{}</td>",
            info.map(|i| escape(i.document)).unwrap_or_default()
        ));
        if let Some(problem) = &p.problem {
            out.push_str(&format!(
                "<td colspan=\"5\" class=\"row-error\">{}</td><td></td></tr>",
                say(problem.text())
            ));
            continue;
        }
        let (Some(info), Some(state)) = (info, row.state) else {
            out.push_str("<td colspan=\"6\"></td></tr>");
            continue;
        };
        // Today, with what a pending restoration awaits.
        let awaiting = row
            .awaiting
            .map(|a| format!("<small>{}</small>", say(words::awaiting(a))))
            .unwrap_or_default();
        out.push_str(&format!(
            "<td class=\"{}\">{}{awaiting}</td>",
            state_class(state),
            say(words::state(info, state))
        ));
        match row.once_decided.filter(|s| *s != state) {
            Some(s) => out.push_str(&format!(
                "<td class=\"{}\">{}</td>",
                state_class(s),
                say(words::state(info, s))
            )),
            None => out.push_str("<td class=\"same\">—</td>"),
        }
        let total = row.total.map(words::points).map(say).unwrap_or_default();
        let period = row
            .period
            .as_deref()
            .map(|p| format!("<small>{}</small>", say(words::period(p))))
            .unwrap_or_default();
        out.push_str(&format!("<td>{total}{period}</td>"));
        let next = row
            .next_band
            .map(|(needed, kind)| {
                say(Text::new(
                    format!("差 {needed} 分：{}", words::sanction_short(info, kind).zh),
                    format!("{needed} more: {}", words::sanction_short(info, kind).en),
                ))
            })
            .unwrap_or_else(|| "—".into());
        out.push_str(&format!("<td>{next}</td>"));
        let deadline = |kind, due: NaiveDate, actor| {
            format!(
                "<span class=\"due\">{due}</span> {}<small>{}</small>",
                say(words::deadline(info, kind)),
                say(self::actor(actor))
            )
        };
        let deadlines = match filter {
            Filter::InstitutionDue { working_days } => institution_due(row, as_of, working_days)
                .map(|d| deadline(d.kind, d.due, d.actor))
                .collect::<Vec<_>>()
                .join("<br>"),
            _ => row
                .next_deadline
                .map(|d| deadline(d.kind, d.due, d.actor))
                .unwrap_or_else(|| "—".into()),
        };
        out.push_str(&format!("<td>{deadlines}</td>"));
        match &p.link {
            Some(link) => out.push_str(&format!(
                "<td><a href=\"#{}\">{}</a></td>",
                escape(link),
                say(Text::fixed("打开", "Open"))
            )),
            None => out.push_str("<td></td>"),
        }
        out.push_str("</tr>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::roster_import::import;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn people(csv: &str, as_of: NaiveDate) -> Vec<Person> {
        let roster = import(csv.as_bytes(), &|_| None).unwrap();
        roster
            .overview(as_of)
            .into_iter()
            .map(|(row, problem)| Person {
                link: problem.is_none().then(|| "c1.x".to_string()),
                row,
                problem,
            })
            .collect()
    }

    #[test]
    fn rows_say_the_standing_and_escape_the_file() {
        let csv = "人员,记分制度,违规条目,记分决定日期,责任程度\n\
                   <b>张</b>,shanghai-2025,13.3,2025-11-20,主要责任\n\
                   李,shanghai-2025,13.9,2025-11-20,一般\n";
        let as_of = day("2025-11-21");
        let people = people(csv, as_of);
        let all = shown(&people, Filter::All, as_of);
        let html = body(&all, Filter::All, as_of, Lang::Zh);
        assert!(html.contains("&lt;b&gt;张&lt;/b&gt;"), "{html}");
        assert!(!html.contains("<b>"));
        assert!(html.contains("医保支付资格暂停中"));
        assert!(html.contains("差 1 分"));
        assert!(html.contains("<a href=\"#c1.x\">打开</a>"));
        assert!(html.contains("第 3 行 C 列（违规条目）"));
        let en = body(&all, Filter::All, as_of, Lang::En);
        assert!(en.contains("Payment eligibility suspended"), "{en}");
        // The institution's window: its registration update, not the agency's delivery.
        let due = Filter::InstitutionDue { working_days: 10 };
        let listed = shown(&people, due, as_of);
        assert_eq!(listed.len(), 1);
        let html = body(&listed, due, as_of, Lang::Zh);
        assert!(html.contains("本机构"), "{html}");
        assert!(!html.contains("经办机构"), "{html}");
    }
}
