//! 济宁市医疗保障局 2024-03-29 notice on the staff of designated medical and
//! pharmaceutical institutions with insurance payment eligibility
//! (seed `004_07493acc7eb4a598.txt`; the seed lacks the notice's first page).
//!
//! Each natural year starts with 12 points (四); every act deducts 1, 3, 6 or 12 points
//! (四（一）to 四（四）), and the points deducted in the year decide an interview, a
//! suspension or a termination of the service agreement (五（一）).

use super::{
    ymd, AfterTerm, AnnualTest, Band, Condition, Counting, CountsFrom, DeadlineRule, Duration,
    FormNotes, FormWords, NeededWhen, PeriodKind, Procedure, Qualifies, RegimeId, RegimeInfo,
    Rules, SearchExamples, Teaching, Terms, TextLayout, Wording,
};
use crate::scoring::case::{Case, Field};
use crate::scoring::catalogue::{Clause, Item, ItemValue, Provision, Topic};
use crate::scoring::outcome::Awaiting;
use crate::scoring::outcome::SanctionKind;
use crate::scoring::text::Text;
use chrono::Datelike;

pub static REGIME: RegimeInfo = RegimeInfo {
    id: "jining-2024",
    regime: RegimeId::Jining2024,
    // The seed lacks the notice's first page: its document number and title are not in it,
    // so the document is named by its issuer and date (落款 济宁市医疗保障局 ２０２４年３月２９日).
    document: "济宁市医疗保障局通知（2024年3月29日）",
    // Descriptive title, not the seed's own (the seed lacks the title page); built from the
    // notice's opening "就加强定点医药机构医保支付资格相关人员管理通知如下".
    title: "济宁市医疗保障局关于定点医药机构医保支付资格相关人员管理的通知",
    title_en: "Notice of the Jining Healthcare Security Administration on the management of staff of designated medical and pharmaceutical institutions with insurance payment eligibility",
    issuer: "济宁市医疗保障局",
    issuer_en: "Jining Healthcare Security Administration",
    issued_on: ymd(2024, 3, 29),
    // 本通知自印发之日起施行 (last paragraph before the annexes); 印发 2024-03-29.
    in_force_from: ymd(2024, 3, 29),
    in_force_until: None,
    in_force_cite: "本通知自印发之日起施行",
    // 一（一）: 医保支付资格相关人员.
    covers: "在医疗保障定点医药机构内涉及医疗保障基金使用的相关人员：在定点医疗机构及护理机构内为参保人提供医药服务的卫生专业技术人员及健康照护人员；在定点零售药店内为参保人员提供医保药品及基金结算服务的药师（含执业药师、中药师）（一（一））",
    covers_en: "Staff of designated medical and pharmaceutical institutions involved in the use of the insurance fund: health professionals and care workers serving insured persons in designated medical and care institutions, and pharmacists (including licensed and Chinese-medicine pharmacists) providing insured drugs and fund settlement in designated retail pharmacies (sec. 1(1))",
    seed: "004_07493acc7eb4a598.txt",
    counting: Counting::PointsDeducted,
    period: PeriodKind::NaturalYear,
    period_cite: "四",
    clauses: &CLAUSES,
    bands: &BANDS,
    terms: Terms {
        suspension: Text::fixed("中止服务协议", "suspension of the service agreement"),
        termination: Text::fixed("解除服务协议", "termination of the service agreement"),
        suspended: Text::fixed("服务协议中止中", "Service agreement suspended"),
        terminated: Text::fixed("服务协议已解除", "Service agreement terminated"),
        normal: Text::fixed("服务协议正常履行", "Service agreement in force"),
        objection: Text::fixed("书面异议", "written objection"),
        notice: Text::fixed("处理结果书面通知", "written notice of the decision"),
        decision: Text::fixed("扣分处理决定", "deduction decision"),
        barred: Text::fixed("不再与其重新签订服务协议", "no new agreement"),
        resumption: Text::fixed("恢复申请", "request to resume"),
        pending: Text::fixed("待重新签订服务协议", "Awaiting a new service agreement"),
        suspension_short: Text::fixed("中止", "suspended"),
        termination_short: Text::fixed("解除", "terminated"),
        bar_cite: "五（二）",
    },
    conditions: &CONDITIONS,
    provisions: &PROVISIONS,
    procedure: Procedure {
        deadlines: DEADLINES,
        // 六（一）: the written notice is of the decision (处理结果); nothing is projected.
        projection: None,
        notice_of_decision: true,
        measure_notice: None,
        resumption: None,
        repairs: None,
        reset_after_suspension: None,
        after_term: &[AfterTerm {
            after: SanctionKind::Termination,
            when: NeededWhen::Always,
            awaiting: Awaiting::NewAgreement,
            actor: Actor::Person,
            cite: "五（二）",
            text: Text::fixed(
                "解除服务协议后，医保经办机构视情节严重程度１－２年内不再与其重新签订服务协议；期满后需重新签订服务协议",
                "after the termination the agency signs no new agreement for 1 to 2 years, by the seriousness of the case; after that, a new service agreement must be signed",
            ),
        }],
        several_items_cite: "四",
        points_cite: "四",
    },
    responsibility_cite: "",
    fields: &[
        Field::BirthDate,
        Field::History,
        Field::Items,
        Field::BarYears,
        Field::Site,
        Field::ObjectionFiledOn,
        Field::Restorations,
    ],
    text_layout: TextLayout {
        sections: true,
        fixes: &[],
    },
    // 三（三）: 原则上每年１次,年龄在５０周岁以下的采取闭卷形式,年龄在５０周岁以上 (含５０周岁)的采取开卷形式.
    annual_test: Some(AnnualTest {
        cite: "三（三）",
        open_book: Text::fixed(
            "年度测试：开卷（已满 50 周岁）",
            "Annual test: open-book (aged 50 or over)",
        ),
        closed_book: Text::fixed(
            "年度测试：闭卷（50 周岁以下）",
            "Annual test: closed-book (under 50)",
        ),
    }),
    rules: &Jining2024,
};

/// How the form, the regime picker, the teaching pages and the item search word 济宁:
/// a static of its own beside [`REGIME`], which the JS API serialises and so carries
/// whole, while only the app reads these.
pub static WORDING: Wording = Wording {
    place: Text::fixed("济宁", "Jining"),
    form: FormWords {
        notice_on: Text::fixed(
            "收到处理结果书面通知的日期",
            "Written notice of the decision received on",
        ),
        notice_hint: Text::fixed(
            "用于计算提出书面异议的期限",
            "Starts the period for a written objection",
        ),
        decision_on: Text::fixed("扣分处理决定日期", "Deduction decision made on"),
        decision_hint: Text::fixed("扣分处理决定之日", "The day of the deduction decision"),
        objection_on: Text::fixed("提出书面异议的日期", "Written objection filed on"),
        objection_hint: Text::fixed(
            "提出了异议才填；逾期提出的，下方会提示",
            "Only if you objected; a late one is pointed out",
        ),
    },
    form_notes: FormNotes {
        // 六（一）: the written notice is of the decision (处理结果), so it comes after it.
        decision_after_objection: "",
        notice_after_decision: "六（一）",
    },
    field_hints: &[(
        Field::BirthDate,
        Text::fixed(
            "决定年度测试为闭卷（50 周岁以下）或开卷（三（三））",
            "Decides whether the annual test is closed- or open-book (3(3))",
        ),
    )],
    teaching: Teaching {
        measures: &[
            // 五（一）: 进行约谈; 中止服务协议; 解除服务协议 (its bar: 五（二）).
            (SanctionKind::Interview, Text::fixed("约谈", "an interview")),
            (
                SanctionKind::Suspension,
                Text::fixed("中止服务协议", "the service agreement suspended"),
            ),
            (
                SanctionKind::Termination,
                Text::fixed("解除服务协议", "the service agreement terminated"),
            ),
        ],
        bar: Text::fixed("不得重新签订服务协议", "no new agreement"),
        objection: Text::fixed("书面异议", "a written objection (书面异议)"),
        notice: Text::fixed("书面通知", "the written notice"),
        search: SearchExamples {
            cite: "四（一）1",
            code: "4.1.1",
            words: "挂床、骗保",
        },
        // 四: 多点执业的医保支付资格相关人员,扣分分值累加计算.
        sites_cite: "四",
    },
};

/// 济宁's rules beyond its data.
#[derive(Debug)]
struct Jining2024;

impl Rules for Jining2024 {
    #[cfg(not(target_arch = "wasm32"))]
    fn seed_text(&self) -> &'static str {
        include_str!("../seeds/004_07493acc7eb4a598.txt")
    }

    fn info(&self) -> &'static RegimeInfo {
        &REGIME
    }

    fn measure(&self, reached: &Reached) -> Option<Measure> {
        measure(reached)
    }

    fn flags(&self, scored: &[Scored], periods: &Periods) -> Vec<Flag> {
        watchlist(scored, periods)
    }

    fn exam_format(&self, case: &Case, day: NaiveDate) -> Option<&'static str> {
        case.birth_date.map(|birth| exam_format(birth, day))
    }
}

/// 五（二）: a suspension ends by itself, points keep adding up in the same period, and
/// the fund pays nothing for services while suspended or terminated.
static CONDITIONS: [Condition; 2] = [
    Condition {
        qualifies: Qualifies::Restoring,
        cite: "五（二）",
        text: "中止服务协议期满后自动恢复,同一记分周期内的积分仍然累计,非同一记分周期的不再累计.",
        gloss: "A suspended agreement resumes by itself when the period ends; points still add up within the same period",
    },
    Condition {
        qualifies: Qualifies::Confinement,
        cite: "五（二）",
        text: "被中止或解除服务协议的医保支付资格相关人员,其为参保人员提供医药服务发生的费用,医保基金不予支付",
        gloss: "While the agreement is suspended or terminated, the fund does not pay for the person's services (emergencies and rescue excepted), nor may they be passed on to patients",
    },
];

/// 四、医保支付资格相关人员考核指标 医保支付资格相关人员实行积分制管理.每个自然年度初始分值为１２分,
/// 根据医保支付资格相关人员的违规行为进行扣分 … 同一次检查发现不同违规行为的,分别扣分;
/// 同一违规行为涉及不同扣分情形的,按最高分值扣分;多点执业的 … 扣分分值累加计算.
static CLAUSES: [Clause; 4] = [
    Clause {
        cite: "四（一）",
        text: "出现下列情形之一的,每次扣１分:",
        gloss: "Acts deducting 1 point each time:",
        items: &[
            Item {
                code: "4.1.1",
                cite: "四（一）1",
                text: "分解住院、挂床住院的;",
                gloss: "Split admissions or nominal ('bed-hanging') admissions",
                value: ItemValue::Fixed { points: 1 },
            },
            Item {
                code: "4.1.2",
                cite: "四（一）2",
                text: "违反诊疗规范过度诊疗、过度检查、分解处方、超量开药、重复开药或者提供其他不必要医药服务的;",
                gloss: "Over-treating or over-testing against clinical norms, splitting prescriptions, prescribing excessive or duplicate drugs, or providing other unnecessary services",
                value: ItemValue::Fixed { points: 1 },
            },
            Item {
                code: "4.1.3",
                cite: "四（一）3",
                text: "违反收费规定重复收费、超标准收费、分解项目收费的;",
                gloss: "Duplicate charging, charging above the standard or splitting items to charge, against the fee rules",
                value: ItemValue::Fixed { points: 1 },
            },
            Item {
                code: "4.1.4",
                cite: "四（一）4",
                text: "串换药品、耗材、诊疗项目和服务设施的;",
                gloss: "Swapping drugs, consumables, clinical services or facilities",
                value: ItemValue::Fixed { points: 1 },
            },
            Item {
                code: "4.1.5",
                cite: "四（一）5",
                text: "经查实为推诿或拒诊参保人员,或者违反出院指征提前或延迟出院的;",
                gloss: "Turning away or refusing insured persons, as verified, or discharging them early or late against the discharge criteria",
                value: ItemValue::Fixed { points: 1 },
            },
            Item {
                code: "4.1.6",
                cite: "四（一）6",
                text: "对个人自费药品、耗材、医疗服务项目等,未履行告知义务的 (急诊、抢救等特殊情形除外);",
                gloss: "Not informing the patient about self-paid drugs, consumables or services (emergencies and rescue excepted)",
                value: ItemValue::Fixed { points: 1 },
            },
            Item {
                code: "4.1.7",
                cite: "四（一）7",
                text: "未遵循医保服务协议相关规定及处方管理办法违规开药,或者违反医师开药权限,出院超规定带药、带检查或治疗项目的;",
                gloss: "Prescribing against the service agreement or the prescription rules, exceeding one's prescribing authority, or discharging patients with drugs, examinations or treatment beyond the rules",
                value: ItemValue::Fixed { points: 1 },
            },
            Item {
                code: "4.1.8",
                cite: "四（一）8",
                text: "门诊、住院病历和处方等医疗记录不清晰、不规范、不完整的行为.",
                gloss: "Unclear, non-standard or incomplete outpatient and inpatient records, prescriptions and other medical records",
                value: ItemValue::Fixed { points: 1 },
            },
        ],
    },
    Clause {
        cite: "四（二）",
        text: "出现下列情形之一的,每次扣３分:",
        gloss: "Acts deducting 3 points each time:",
        items: &[
            Item {
                code: "4.2.1",
                cite: "四（二）1",
                text: "诱导、协助参保人员倒卖药品,接受返还现金、实物或者获得其他非法利益的;",
                gloss: "Inducing or helping insured persons to resell drugs, or to accept cash, goods or other illegal benefits in return",
                value: ItemValue::Fixed { points: 3 },
            },
            Item {
                code: "4.2.2",
                cite: "四（二）2",
                text: "将不属于医保基金支付范围的医药费用纳入医保基金结算的;",
                gloss: "Settling medical costs outside the fund's coverage with the fund",
                value: ItemValue::Fixed { points: 3 },
            },
            Item {
                code: "4.2.3",
                cite: "四（二）3",
                text: "未严格执行支付方式政策要求,采用高套病种、诊断升级、增加诊断等手段造成医保基金损失的;",
                gloss: "Not following the payment-method rules: upcoding disease groups, upgrading or adding diagnoses, causing a fund loss",
                value: ItemValue::Fixed { points: 3 },
            },
            Item {
                code: "4.2.4",
                cite: "四（二）4",
                text: "未认真核实住院患者身份,造成冒名就医的;",
                gloss: "Not properly checking an inpatient's identity, leading to care under another's name",
                value: ItemValue::Fixed { points: 3 },
            },
            Item {
                code: "4.2.5",
                cite: "四（二）5",
                text: "对因意外伤害就诊的参保人员,未如实记载受伤原因和受伤经过的行为.",
                gloss: "Not truthfully recording the cause and circumstances of the injury of an insured person treated for an accidental injury",
                value: ItemValue::Fixed { points: 3 },
            },
        ],
    },
    Clause {
        cite: "四（三）",
        text: "出现下列情形之一的,每次扣６分:",
        gloss: "Acts deducting 6 points each time:",
        items: &[
            Item {
                code: "4.3.1",
                cite: "四（三）1",
                text: "拒绝、阻挠或者不配合医保部门开展必要监督检查的;",
                gloss: "Refusing, obstructing or not cooperating with necessary inspections by the insurance office",
                value: ItemValue::Fixed { points: 6 },
            },
            Item {
                code: "4.3.2",
                cite: "四（三）2",
                text: "被卫生健康、市场监管、综合执法等相关行政部门给予行政处罚的;",
                gloss: "Receiving an administrative penalty from the health, market-regulation, comprehensive law-enforcement or another administrative authority",
                value: ItemValue::Fixed { points: 6 },
            },
            Item {
                code: "4.3.3",
                cite: "四（三）3",
                text: "被媒体公开曝光负面新闻,造成医保基金较大损失的;",
                gloss: "Negative news exposed by the media, with a large fund loss",
                value: ItemValue::Fixed { points: 6 },
            },
            Item {
                code: "4.3.4",
                cite: "四（三）4",
                text: "借用、套用或出借医保代码的行为.",
                gloss: "Borrowing, using another's or lending one's insurance code",
                value: ItemValue::Fixed { points: 6 },
            },
        ],
    },
    Clause {
        cite: "四（四）",
        text: "出现下列情形之一的,每次扣１２分:",
        gloss: "Acts deducting 12 points each time:",
        items: &[
            Item {
                code: "4.4.1",
                cite: "四（四）1",
                text: "诱导、协助他人冒名或者虚假就医、购药的;",
                gloss: "Inducing or helping others to seek care or buy drugs under another's name or falsely",
                value: ItemValue::Fixed { points: 12 },
            },
            Item {
                code: "4.4.2",
                cite: "四（四）2",
                text: "为参保人员提供虚假证明材料,或者串通他人虚开费用单据骗取医保基金的;",
                gloss: "Providing insured persons with false supporting documents, or colluding with others to issue false bills, to defraud the fund",
                value: ItemValue::Fixed { points: 12 },
            },
            Item {
                code: "4.4.3",
                cite: "四（四）3",
                text: "伪造、变造、隐匿、涂改、销毁医学文书、医学证明及电子信息等有关资料的;",
                gloss: "Forging, altering, hiding, tampering with or destroying medical documents, medical certificates, electronic data or similar materials",
                value: ItemValue::Fixed { points: 12 },
            },
            Item {
                code: "4.4.4",
                cite: "四（四）4",
                text: "被卫生健康部门吊销执业证书,或者注销注册、收回执业证书的;",
                gloss: "Practising certificate revoked by the health authority, or registration cancelled or certificate withdrawn",
                value: ItemValue::Fixed { points: 12 },
            },
            Item {
                code: "4.4.5",
                cite: "四（四）5",
                text: "使用各类手段骗取医保基金的;",
                gloss: "Defrauding the fund by any means",
                value: ItemValue::Fixed { points: 12 },
            },
            Item {
                code: "4.4.6",
                cite: "四（四）6",
                text: "其他严重违反医保政策规定,危害参保人员权益或者造成重大医保基金损失的行为.",
                gloss: "Any other serious breach of insurance policy that harms insured persons or causes a major fund loss",
                value: ItemValue::Fixed { points: 12 },
            },
        ],
    },
];

/// 五（一）一个自然年度内,累计扣分达到５分,责令定点医药机构进行约谈 …;累计扣分６－８分,
/// 中止服务协议３个月;累计扣分９－１１分,中止服务协议６个月;累计扣分１２分或连续三年违规扣分
/// ９分以上,解除服务协议. 五（二）被解除服务协议的,医保经办机构视情节严重程度１－２年内
/// 不再与其重新签订服务协议.
static BANDS: [Band; 4] = [
    Band {
        from: 5,
        to: Some(5),
        kind: SanctionKind::Interview,
        cite: "五（一）",
        text: "一个自然年度内,累计扣分达到５分,责令定点医药机构进行约谈,并做好约谈记录;",
        gloss: "5 points deducted in a natural year: the institution is ordered to interview the person and keep a record of it",
        duration: Duration::None,
        one_shot: None,
    },
    Band {
        from: 6,
        to: Some(8),
        kind: SanctionKind::Suspension,
        cite: "五（一）",
        text: "累计扣分６－８分,中止服务协议３个月;",
        gloss: "6–8 points deducted: the service agreement is suspended for 3 months",
        duration: Duration::Months { min: 3, max: 3 },
        one_shot: None,
    },
    Band {
        from: 9,
        to: Some(11),
        kind: SanctionKind::Suspension,
        cite: "五（一）",
        text: "累计扣分９－１１分,中止服务协议６个月;",
        gloss: "9–11 points deducted: the service agreement is suspended for 6 months",
        duration: Duration::Months { min: 6, max: 6 },
        one_shot: None,
    },
    Band {
        from: 12,
        to: None,
        kind: SanctionKind::Termination,
        cite: "五（一）",
        text: "累计扣分１２分或连续三年违规扣分９分以上,解除服务协议.",
        gloss: "12 points deducted, or 9 or more in each of three consecutive years: the service agreement is terminated, with no new agreement for 1–2 years (五（二）)",
        duration: Duration::Bar { min: 1, max: 2 },
        one_shot: None,
    },
];

use chrono::NaiveDate;

use crate::calendar;
use crate::scoring::engine::{band_or_termination, step, Measure, Periods, Reached, Scored};
use crate::scoring::outcome::{Actor, DeadlineKind, Flag};

/// 五（一）: the band's measure, or a termination instead of a suspension in the third
/// consecutive year at 9 or more. A termination already in force in the year decides
/// nothing new.
fn measure(reached: &Reached) -> Option<Measure> {
    let (total, [before, two_before]) = (reached.total, reached.earlier_totals);
    let mut measure = band_or_termination(reached, &BANDS[3], |third_year| {
        if third_year {
            step(
                "五（一）",
                format!("本年度扣分 {total} 分，前两年分别扣 {}、{} 分，连续三年违规扣分９分以上：解除服务协议", two_before.unwrap_or(0), before.unwrap_or(0)),
                format!("{total} points this year after 9 or more in each of the two years before ({}, {}): three consecutive years, so the agreement is terminated", two_before.unwrap_or(0), before.unwrap_or(0)),
            )
        } else {
            step(
                "五（一）",
                format!("本年度累计扣分 {total} 分，达１２分：解除服务协议"),
                format!(
                    "{total} points deducted this year reaches 12: the agreement is terminated"
                ),
            )
        }
    })?;
    if measure.kind == SanctionKind::Termination {
        measure.trace.push(step(
            "五（二）",
            "医保经办机构视情节严重程度１－２年内不再与其重新签订服务协议",
            "no new agreement for 1 to 2 years, by the seriousness of the case",
        ));
    }
    // The notice took effect on 2024-03-29: whether an office counts a year before it
    // toward the three years is not written (spec v3).
    let three_years = reached
        .band
        .is_some_and(|b| b.kind == SanctionKind::Suspension)
        && measure.kind == SanctionKind::Termination;
    let before: Vec<String> = reached
        .earlier_starts
        .iter()
        .flatten()
        .filter(|start| start.year() < REGIME.in_force_from.year())
        .map(|start| start.year().to_string())
        .collect();
    if three_years && !before.is_empty() {
        let from = REGIME.in_force_from;
        measure.warning = Some((
            "history_before_in_force",
            Text::new(
                format!("连续三年的计算用到了本通知施行（{from}）以前的年度（{}）：是否计入，通知未作规定，请向医保经办机构确认", before.join("、")),
                format!("the three consecutive years include a year before this notice took effect on {from} ({}): whether an office counts it is not written; ask the agency", before.join(", ")),
            ),
        ));
    }
    Some(measure)
}

/// 六（三）: a period with a one-shot 12, or with three or more other counted
/// violations, puts the person's institution on the watchlist (重点监控名单).
fn watchlist(scored: &[Scored], periods: &Periods) -> Vec<Flag> {
    // In date order, whatever the incidents' order.
    let mut labels: Vec<(chrono::NaiveDate, String)> = Vec::new();
    for s in scored.iter().filter(|s| s.counted) {
        if let Some(p) = periods.of(s.decision.on) {
            if !labels.iter().any(|(_, l)| *l == p.label) {
                labels.push((p.start, p.label));
            }
        }
    }
    crate::calendar::sort_by(&mut labels, |a, b| a.cmp(b));
    labels
        .into_iter()
        .map(|(_, label)| label)
        .filter(|label| {
            let in_period: Vec<&Scored> = scored
                .iter()
                .filter(|s| {
                    s.counted && periods.of(s.decision.on).is_some_and(|p| &p.label == label)
                })
                .collect();
            in_period.iter().any(|s| s.points >= 12)
                || in_period.iter().filter(|s| s.points < 12).count() >= 3
        })
        .map(|period| Flag {
            code: "institution_watchlist",
            period,
            cite: "六（三）",
        })
        .collect()
}

/// 三（三）: the annual test is closed-book under 50 and open-book from the 50th birthday
/// (a 29 February birthday falls on 28 February in other years, by the month rule).
fn exam_format(birth: NaiveDate, as_of: NaiveDate) -> &'static str {
    match calendar::add_months(birth, 50 * 12) {
        Some(fiftieth) if as_of >= fiftieth => "open_book",
        _ => "closed_book",
    }
}

/// 六（一）: a written objection within 10 working days of the written notice.
const DEADLINES: &[DeadlineRule] = &[DeadlineRule {
    kind: DeadlineKind::Objection,
    from: CountsFrom::Notice,
    working_days: 10,
    actor: Actor::Person,
    cite: "六（一）",
    text: Text::fixed(
        "对处理决定仍有异议的，可在接到书面通知后１０个工作日内由所在单位向属地医保行政部门提出书面异议",
        "a written objection to the insurance administration, through your unit, within 10 working days of receiving the written notice",
    ),
}];

/// The rules beside the items and bands, in the seed's words (四, 五（一）, 五（二）,
/// 六（一）, 六（三）).
static PROVISIONS: [Provision; 7] = [
    Provision { topic: Topic::Period, cite: "四", text: "每个自然年度初始分值为１２分,根据医保支付资格相关人员的违规行为进行扣分,扣分在一个自然年度内累加计算,每年度末扣分清零.", gloss: "Each natural year starts with 12 points; deductions add up within it and clear at its end." },
    Provision { topic: Topic::Counting, cite: "四", text: "同一次检查发现不同违规行为的,分别扣分;同一违规行为涉及不同扣分情形的,按最高分值扣分;多点执业的医保支付资格相关人员,扣分分值累加计算.", gloss: "Different acts found in one inspection are each deducted; one act under several items deducts the highest; sites add up." },
    Provision { topic: Topic::OneShot, cite: "六（三）", text: "一个记分周期内出现严重违规(一次性扣１２分的)或其他违规３项以上的,将其所在定点医药机构列入“重点监控名单”,实行重点跟踪管理.", gloss: "A one-shot 12, or three or more other violations in a period, put the person's institution on the watchlist." },
    Provision { topic: Topic::Bar, cite: "五（二）", text: "被解除服务协议的,医保经办机构视情节严重程度１－２年内不再与其重新签订服务协议.", gloss: "After a termination, no new agreement for 1–2 years, by the seriousness of the case." },
    Provision { topic: Topic::ThreeYears, cite: "五（一）", text: "累计扣分１２分或连续三年违规扣分９分以上,解除服务协议.", gloss: "12 points deducted, or 9 or more three years running: the agreement is terminated." },
    Provision { topic: Topic::Restart, cite: "五（二）", text: "中止服务协议期满后自动恢复,同一记分周期内的积分仍然累计,非同一记分周期的不再累计.", gloss: "A suspension ends by itself; points of the same period keep adding up, those of another period do not." },
    Provision { topic: Topic::Procedure, cite: "六（一）", text: "对医保支付资格相关人员的违规行为及处理结果,医保部门应书面通知其所在单位.医保支付资格相关人员对处理结果有异议的,由所在单位向属地医保经办机构进行意见反馈,医保经办机构根据提供的佐证材料作出处理决定;对医保经办机构作出的处理决定仍有异议的,可在接到书面通知后１０个工作日内由所在单位向属地医保行政部门提出书面异议,医保行政部门按规定作出处理.", gloss: "The unit is notified in writing; feedback through the unit to the agency; a written objection to the administration within 10 working days of the written notice." },
];
