//! What a decision decides, before its dates are computed: the band reached, and the
//! measure the regime gives it.

use chrono::NaiveDate;

use crate::scoring::outcome::{SanctionKind, Step};
use crate::scoring::regimes::{Band, Duration};
use crate::scoring::text::Text;

use super::step;

/// Where a decision leaves the running total, for the regime to decide a measure.
#[derive(Debug, Clone)]
pub(crate) struct Reached {
    /// The new running total.
    pub total: u32,
    /// The band holding it; `None` below every band.
    pub band: Option<&'static Band>,
    /// Whether the decision moved the total into a higher band than it was in.
    pub rose: bool,
    /// The most points one counted incident of the decision scored (一次性记分).
    pub one_shot_points: u32,
    /// A counted incident of the period so far was `serious` (温州).
    pub serious: bool,
    /// The totals of the two periods before, where known (三年连续).
    pub earlier_totals: [Option<u32>; 2],
    /// The first days of those two periods.
    pub earlier_starts: [Option<NaiveDate>; 2],
    /// The points the decision itself adds, and whether several incidents add them.
    pub decision_points: u32,
    pub several: bool,
    /// A termination of this period is in force.
    pub terminated: bool,
}

/// The measure a regime decides, before its dates are computed.
#[derive(Debug, Clone)]
pub(crate) struct Measure {
    pub kind: SanctionKind,
    pub cite: String,
    /// The measure as the seed words it.
    pub text: String,
    /// English gloss.
    pub gloss: String,
    pub duration: Duration,
    pub one_shot: bool,
    /// Where the bar's years are set, when not the measure's own article (温州
    /// 第十条第二款, 济宁 五（二）).
    pub bar_cite: Option<String>,
    /// A warning the decision calls for (code and words), e.g. `one_shot_by_several`.
    pub warning: Option<(&'static str, Text)>,
    pub trace: Vec<Step>,
}

/// The step that says which band a total falls in, citing the band.
pub(crate) fn band_step(band: &Band, total: u32) -> Step {
    let range = match band.to {
        Some(to) if to == band.from => band.from.to_string(),
        Some(to) => format!("{}–{to}", band.from),
        None => format!("{} or more", band.from),
    };
    let range_zh = match band.to {
        Some(to) if to == band.from => format!("{} 分", band.from),
        Some(to) => format!("{}—{to} 分", band.from),
        None => format!("{} 分及以上", band.from),
    };
    step(
        band.cite,
        format!("累计 {total} 分，属 {range_zh}：{}", band.text),
        format!(
            "a total of {total} falls in the band {range}: {}",
            band.gloss
        ),
    )
}

/// Whether both periods before the current one totalled 9 or more (温州 第十八条、济宁
/// 五（一）: 连续三年违规扣分达到 9 分以上).
pub(crate) fn three_years(earlier: [Option<u32>; 2]) -> bool {
    earlier.iter().all(|t| t.is_some_and(|t| t >= 9))
}

/// 温州 第十八条, 济宁 五（一）: the band's own measure, or a termination — at 12, or
/// instead of the suspension at 9 in the third consecutive year at 9 or more. A
/// termination already in force in the period decides nothing new. `why` gives the
/// step that says why it terminates (`true`: the three years).
pub(crate) fn band_or_termination(
    reached: &Reached,
    termination: &Band,
    why: impl FnOnce(bool) -> Step,
) -> Option<Measure> {
    let band = reached.band.filter(|_| reached.rose)?;
    let third_year = band.kind == SanctionKind::Suspension
        && band.from >= 9
        && three_years(reached.earlier_totals);
    if band.kind != SanctionKind::Termination && !third_year {
        let mut measure = Measure::of_band(band);
        measure.trace.push(band_step(band, reached.total));
        return Some(measure);
    }
    if reached.terminated {
        return None;
    }
    let mut measure = Measure::of_band(termination);
    measure.trace.push(why(third_year));
    Some(measure)
}

impl Measure {
    /// The band's own measure, with the cumulative duration.
    pub(crate) fn of_band(band: &Band) -> Measure {
        Measure {
            kind: band.kind,
            cite: band.cite.to_string(),
            text: band.text.to_string(),
            gloss: band.gloss.to_string(),
            duration: band.duration,
            one_shot: false,
            bar_cite: None,
            warning: None,
            trace: Vec::new(),
        }
    }
}
