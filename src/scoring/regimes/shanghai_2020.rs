//! 上海市人民政府令第31号 上海市基本医疗保险监督管理办法
//! (seed `003_073c2c33d1feaf83.txt`).
//!
//! No points: each act of an institution or an individual carries a fine range and
//! measures (第十五条 to 第十九条), heavier when 情节严重; no periods and no bands.

use super::{
    ymd, Band, Counting, FormNotes, FormWords, PeriodKind, Procedure, RegimeId, RegimeInfo, Rules,
    SearchExamples, Teaching, Terms, TextLayout, Wording,
};
use crate::scoring::case::Field;
use crate::scoring::catalogue::{Clause, Fine, Item, ItemValue, Penalty, Provision};
use crate::scoring::text::Text;

pub static REGIME: RegimeInfo = RegimeInfo {
    id: "shanghai-2020",
    regime: RegimeId::Shanghai2020,
    // The seed writes the number in full-width digits: 上海市人民政府令 第　３１　号.
    document: "上海市人民政府令第31号",
    title: "上海市基本医疗保险监督管理办法",
    title_en: "Shanghai Measures for the Supervision and Administration of Basic Medical Insurance",
    issuer: "上海市人民政府",
    issuer_en: "Shanghai Municipal People's Government",
    issued_on: ymd(2020, 4, 13),
    // 第二十六条 本办法自２０２０年６月１日起施行.
    in_force_from: ymd(2020, 6, 1),
    in_force_until: None,
    in_force_cite: "第二十六条",
    // 第二条: 定点医疗机构、定点零售药店、个人; 第五条、第十八条 add the long-term-care institutions.
    covers: "本市基本医疗保险定点医疗机构、基本医疗保险定点零售药店、个人（第二条），以及长期护理保险定点评估机构、定点护理机构（第五条、第十八条）",
    covers_en: "Designated medical institutions, designated retail pharmacies and individuals under Shanghai's basic medical insurance (Art. 2), and designated long-term-care assessment and care institutions (Arts. 5, 18)",
    seed: "003_073c2c33d1feaf83.txt",
    counting: Counting::Fines,
    period: PeriodKind::None,
    period_cite: "",
    clauses: &CLAUSES,
    bands: &BANDS,
    terms: Terms {
        suspension: Text::fixed("暂停", "suspension"),
        termination: Text::fixed("解除", "termination"),
        suspended: Text::fixed("暂停中", "Suspended"),
        terminated: Text::fixed("已解除", "Terminated"),
        normal: Text::fixed("正常", "In good standing"),
        objection: Text::fixed("异议", "objection"),
        notice: Text::fixed("通知", "notice"),
        decision: Text::fixed("处罚或处理决定", "penalty decision"),
        barred: Text::fixed("不得重新签订", "no new agreement"),
        resumption: Text::fixed("恢复申请", "request to resume"),
        pending: Text::fixed("待恢复", "Awaiting restoration"),
        suspension_short: Text::fixed("暂停", "suspended"),
        termination_short: Text::fixed("终止", "terminated"),
        bar_cite: "",
    },
    conditions: &[],
    provisions: &PROVISIONS,
    procedure: Procedure {
        deadlines: &[],
        projection: None,
        notice_of_decision: true,
        measure_notice: None,
        resumption: None,
        repairs: None,
        reset_after_suspension: None,
        after_term: &[],
        several_items_cite: "",
        points_cite: "",
    },
    responsibility_cite: "",
    fields: &[Field::Severe, Field::Months, Field::AmountYuan],
    text_layout: TextLayout {
        sections: false,
        fixes: &[],
    },
    annual_test: None,
    rules: &Shanghai2020,
};

/// How the form, the regime picker, the teaching pages and the item search word 沪2020:
/// a static of its own beside [`REGIME`], which the JS API serialises and so carries
/// whole, while only the app reads these.
pub static WORDING: Wording = Wording {
    place: Text::fixed("上海", "Shanghai"),
    form: FormWords {
        notice_on: Text::fixed("收到书面通知的日期", "Written notice received on"),
        notice_hint: Text::fixed(
            "用于计算提出书面异议的期限",
            "Starts the period for a written objection",
        ),
        decision_on: Text::fixed("处罚或处理决定日期", "Penalty decision made on"),
        decision_hint: Text::fixed("处罚或处理决定之日", "The day of the penalty decision"),
        objection_on: Text::fixed("提出书面异议的日期", "Written objection filed on"),
        objection_hint: Text::fixed(
            "提出了异议才填；逾期提出的，下方会提示",
            "Only if you objected; a late one is pointed out",
        ),
    },
    form_notes: FormNotes {
        decision_after_objection: "",
        notice_after_decision: "",
    },
    field_hints: &[],
    teaching: Teaching {
        measures: &[],
        bar: Text::fixed("不得重新签订服务协议", "no new agreement"),
        objection: Text::fixed("书面异议", "a written objection (书面异议)"),
        notice: Text::fixed("书面通知", "the written notice"),
        search: SearchExamples {
            cite: "第十六条（十）",
            code: "16.10",
            words: "骗保、处方",
        },
        // No points.
        sites_cite: "",
    },
};

/// 沪2020's rules: fines, not points.
#[derive(Debug)]
struct Shanghai2020;

impl Rules for Shanghai2020 {
    #[cfg(not(target_arch = "wasm32"))]
    fn seed_text(&self) -> &'static str {
        include_str!("../seeds/003_073c2c33d1feaf83.txt")
    }

    fn info(&self) -> &'static RegimeInfo {
        &REGIME
    }

    fn evaluate(
        &self,
        case: &Case,
        as_of: NaiveDate,
        _notes: &mut Notes,
    ) -> Option<Result<Evaluation, CaseError>> {
        Some(evaluate(case, as_of))
    }
}

/// 第十五条: 责令退回 … 处骗取 … 相关费用二倍以上五倍以下的罚款 (both paragraphs).
const FRAUD: Penalty = Penalty {
    warning_possible: false,
    fine: Fine::TimesAmount { min: 2, max: 5 },
    measures: &["refund"],
    settlement_change_months: None,
};

/// 第十六条: 责令改正,责令退回 …,并可处以警告或者３０００元以上３万元以下的罚款.
const ART16: Penalty = Penalty {
    warning_possible: true,
    fine: Fine::Yuan {
        min: 3_000,
        max: 30_000,
    },
    measures: &["refund", "correction"],
    settlement_change_months: None,
};

/// 第十六条: 情节严重的,处以３万元以上１０万元以下的罚款,还可以暂停服务协议.
const ART16_SEVERE: Penalty = Penalty {
    warning_possible: false,
    fine: Fine::Yuan {
        min: 30_000,
        max: 100_000,
    },
    measures: &["refund", "correction", "agreement_suspension_possible"],
    settlement_change_months: None,
};

/// 第十七条: 并处以３万元以上１０万元以下的罚款,还可以暂停服务协议或者解除服务协议.
const ART17: Penalty = Penalty {
    warning_possible: false,
    fine: Fine::Yuan {
        min: 30_000,
        max: 100_000,
    },
    measures: &[
        "refund",
        "correction",
        "agreement_suspension_or_termination_possible",
    ],
    settlement_change_months: None,
};

/// 第十七条: 情节严重的,处以１０万元以上３０万元以下的罚款,还应当暂停服务协议或者解除服务协议.
const ART17_SEVERE: Penalty = Penalty {
    warning_possible: false,
    fine: Fine::Yuan {
        min: 100_000,
        max: 300_000,
    },
    measures: &[
        "refund",
        "correction",
        "agreement_suspension_or_termination_required",
    ],
    settlement_change_months: None,
};

/// 第十八条: 并可处以警告或者３０００元以上３万元以下的罚款.
const ART18: Penalty = ART16;

/// 第十八条: 情节严重的,处以３万元以上１０万元以下的罚款,还可以暂停服务协议或者解除服务协议.
const ART18_SEVERE: Penalty = Penalty {
    warning_possible: false,
    fine: Fine::Yuan {
        min: 30_000,
        max: 100_000,
    },
    measures: &[
        "refund",
        "correction",
        "agreement_suspension_or_termination_possible",
    ],
    settlement_change_months: None,
};

/// 第十九条: 责令退回 …,并可处以警告或者１００元以上２０００元以下的罚款.
const ART19: Penalty = Penalty {
    warning_possible: true,
    fine: Fine::Yuan {
        min: 100,
        max: 2_000,
    },
    measures: &["refund"],
    settlement_change_months: None,
};

/// 第十九条: 情节严重的,处以２０００元以上１万元以下的罚款,还可以对其采取改变基本医疗保险
/// 费用记帐结算方式１至６个月的措施.
const ART19_SEVERE: Penalty = Penalty {
    warning_possible: false,
    fine: Fine::Yuan {
        min: 2_000,
        max: 10_000,
    },
    measures: &["refund", "settlement_change_possible"],
    settlement_change_months: Some((1, 6)),
};

/// 第十五条至第十九条 (法律责任): fraud (第十五条), acts of designated institutions
/// and pharmacies (第十六条、第十七条), long-term-care institutions (第十八条) and
/// individuals (第十九条). 第二十条: 市医保局 … 对 … 罚款数额和倍数予以细化、量化,制定裁量基准.
static CLAUSES: [Clause; 6] = [
    Clause {
        cite: "第十五条",
        text: "",
        gloss: "Obtaining fund payments or benefits by fraud: refund, and a fine of 2 to 5 times the amount obtained",
        items: &[
            Item {
                code: "15.1",
                cite: "第十五条第一款",
                text: "定点医疗机构、定点零售药店以欺诈、伪造证明材料或者其他手段骗取基本医疗保险基金支出的,由市、区医保局责令退回已由基本医疗保险基金支付的相关基本医疗保险费用,处骗取基本医疗保险基金支付的相关费用二倍以上五倍以下的罚款.",
                gloss: "A designated medical institution or retail pharmacy obtains fund payments by fraud, forged documents or other means: refund and a fine of 2 to 5 times the amount",
                value: ItemValue::Fine { normal: FRAUD, severe: None },
            },
            Item {
                code: "15.2",
                cite: "第十五条第二款",
                text: "参保人员或者其他个人,以欺诈、伪造证明材料或者其他手段骗取基本医疗保险等待遇的,由市、区医保局责令退回已由基本医疗保险基金支付的相关费用,处骗取基本医疗保险基金支付的相关费用二倍以上五倍以下的罚款.",
                gloss: "An insured person or other individual obtains insurance benefits by fraud, forged documents or other means: refund and a fine of 2 to 5 times the amount",
                value: ItemValue::Fine { normal: FRAUD, severe: None },
            },
        ],
    },
    Clause {
        cite: "第十六条",
        text: "定点医疗机构、定点零售药店有下列行为之一的,市、区医保局应当责令改正,责令退回已由基本医疗保险基金支付的相关基本医疗保险费用,并可处以警告或者３０００元以上３万元以下的罚款;情节严重的,处以３万元以上１０万元以下的罚款,还可以暂停服务协议:",
        gloss: "Acts of designated medical institutions and retail pharmacies: correction, refund, and a warning or a fine of ¥3,000–30,000; when serious, ¥30,000–100,000 and the agreement may be suspended:",
        items: &[
            Item {
                code: "16.1",
                cite: "第十六条（一）",
                text: "未按照规定核验基本医疗保险凭证,为违规使用基本医疗保险凭证就医或者配药的个人,进行基本医疗保险费用结算的;",
                gloss: "Settling insurance costs for a person who misused an insurance card, without checking the card as required",
                value: ItemValue::Fine { normal: ART16, severe: Some(ART16_SEVERE) },
            },
            Item {
                code: "16.2",
                cite: "第十六条（二）",
                text: "通过向参保人员重复收取、分解收取、超标准收取或者自定标准收取费用,进行基本医疗保险费用结算的;",
                gloss: "Settling costs collected from insured persons twice, in split parts, above the standard or at self-set rates",
                value: ItemValue::Fine { normal: ART16, severe: Some(ART16_SEVERE) },
            },
            // The seed reads 以内 … 以内: one covered item passed off as another covered
            // item (billing a different covered drug or service than the one given). 沪医保规
            // 〔2023〕4号 第四条（一）3 reads 以内 … 以外, a different act; only the second limb
            // (records that do not match the care given) is worded alike in both.
            Item {
                code: "16.3",
                cite: "第十六条（三）",
                text: "违反基本医疗保险有关规定,将基本医疗保险基金支付范围或者约定服务范围以内的药品、诊疗项目、医用耗材、医疗服务设施充当为基本医疗保险基金支付范围或者约定服务范围以内的其他药品、诊疗项目、医用耗材、医疗服务设施,或者提供与实际开展医疗活动不相符的结算票据、费用清单、处方以及其他记录材料,进行基本医疗保险费用结算的;",
                gloss: "Passing covered drugs, services, consumables or facilities off as other covered ones, or supplying bills, cost lists, prescriptions or records that do not match the care given, for settlement",
                value: ItemValue::Fine { normal: ART16, severe: Some(ART16_SEVERE) },
            },
            Item {
                code: "16.4",
                cite: "第十六条（四）",
                text: "违反基本医疗保险规定,使用有特殊限制的药品、诊疗项目、医用耗材,进行基本医疗保险费用结算的;",
                gloss: "Using drugs, services or consumables under special restrictions in breach of the insurance rules, for settlement",
                value: ItemValue::Fine { normal: ART16, severe: Some(ART16_SEVERE) },
            },
            Item {
                code: "16.5",
                cite: "第十六条（五）",
                text: "允许非注册医师从事医疗服务,或者本单位注册医师超出注册的执业范围、执业地点从事医疗服务,进行基本医疗保险费用结算的;",
                gloss: "Letting unregistered physicians practise, or the institution's registered physicians practise outside their registered scope or place, for settlement",
                value: ItemValue::Fine { normal: ART16, severe: Some(ART16_SEVERE) },
            },
            Item {
                code: "16.6",
                cite: "第十六条（六）",
                text: "超出核准登记的诊疗科目开展诊疗活动,进行基本医疗保险费用结算的;",
                gloss: "Treating outside the approved clinical departments, for settlement",
                value: ItemValue::Fine { normal: ART16, severe: Some(ART16_SEVERE) },
            },
            Item {
                code: "16.7",
                cite: "第十六条（七）",
                text: "未按照基本医疗保险规定的支付比例,进行基本医疗保险费用结算的;",
                gloss: "Settling without applying the insurance's prescribed payment ratio",
                value: ItemValue::Fine { normal: ART16, severe: Some(ART16_SEVERE) },
            },
            Item {
                code: "16.8",
                cite: "第十六条（八）",
                text: "将应当由参保人员负担的医疗费用计入基本医疗保险基金支付范围,进行基本医疗保险费用结算的;",
                gloss: "Charging costs the insured person should bear to the fund, for settlement",
                value: ItemValue::Fine { normal: ART16, severe: Some(ART16_SEVERE) },
            },
            Item {
                code: "16.9",
                cite: "第十六条（九）",
                text: "将应当由基本医疗保险基金支付的费用要求参保人员负担的;",
                gloss: "Making insured persons pay costs the fund should pay",
                value: ItemValue::Fine { normal: ART16, severe: Some(ART16_SEVERE) },
            },
            Item {
                code: "16.10",
                cite: "第十六条（十）",
                text: "采取其他损害基本医疗保险基金的方式,进行基本医疗保险费用结算的.",
                gloss: "Any other way of harming the fund, for settlement",
                value: ItemValue::Fine { normal: ART16, severe: Some(ART16_SEVERE) },
            },
        ],
    },
    Clause {
        cite: "第十七条",
        text: "定点医疗机构、定点零售药店有下列行为之一的,市、区医保局应当责令改正,责令退回已由基本医疗保险基金支付的相关基本医疗保险费用,并处以３万元以上１０万元以下的罚款,还可以暂停服务协议或者解除服务协议;情节严重的,处以１０万元以上３０万元以下的罚款,还应当暂停服务协议或者解除服务协议:",
        gloss: "Serious acts of designated medical institutions and retail pharmacies: correction, refund and a fine of ¥30,000–100,000, and the agreement may be suspended or terminated; when serious, ¥100,000–300,000 and the agreement shall be suspended or terminated:",
        items: &[
            Item {
                code: "17.1",
                cite: "第十七条（一）",
                text: "将基本医疗保险基金支付范围或者约定服务范围以外的药品、诊疗项目、医用耗材、医疗服务设施充当基本医疗保险基金支付范围或者约定服务范围以内的药品、诊疗项目、医用耗材、医疗服务设施,进行基本医疗保险费用结算的;",
                gloss: "Passing uncovered drugs, services, consumables or facilities off as covered ones, for settlement",
                value: ItemValue::Fine { normal: ART17, severe: Some(ART17_SEVERE) },
            },
            Item {
                code: "17.2",
                cite: "第十七条（二）",
                text: "将生活用品、保健滋补品等非药类物品充当基本医疗保险用药范围内的药品,进行基本医疗保险费用结算的;",
                gloss: "Passing daily goods, health supplements or other non-drug items off as covered drugs, for settlement",
                value: ItemValue::Fine { normal: ART17, severe: Some(ART17_SEVERE) },
            },
            Item {
                code: "17.3",
                cite: "第十七条（三）",
                text: "采用为参保人员重复挂号,重复或者无指征化验、检查、治疗,分解或者无指征住院等方式,提供医疗服务,进行基本医疗保险费用结算的;",
                gloss: "Duplicate registrations, repeated or unindicated tests, examinations or treatment, split or unindicated admissions, for settlement",
                value: ItemValue::Fine { normal: ART17, severe: Some(ART17_SEVERE) },
            },
            Item {
                code: "17.4",
                cite: "第十七条（四）",
                text: "违反基本医疗保险用药范围或者用药品种规定,以无指征超疗程或者超剂量用药、重复用药,或者以分解、更改处方等方式,为参保人员配药,进行基本医疗保险费用结算的;",
                gloss: "Dispensing against the insurance drug rules (unindicated over-long courses or overdoses, duplicate drugs, split or altered prescriptions), for settlement",
                value: ItemValue::Fine { normal: ART17, severe: Some(ART17_SEVERE) },
            },
            Item {
                code: "17.5",
                cite: "第十七条（五）",
                text: "采取出租、转包科室等方式,为无基本医疗保险结算资格的个人或者机构进行基本医疗保险费用结算的;",
                gloss: "Renting out or subcontracting departments to settle costs for persons or bodies without settlement status",
                value: ItemValue::Fine { normal: ART17, severe: Some(ART17_SEVERE) },
            },
            Item {
                code: "17.6",
                cite: "第十七条（六）",
                text: "未按照规定签订、变更服务协议,擅自实施联网或者擅自与非定点医疗机构、非定点零售药店实施联网,进行基本医疗保险费用结算的;",
                gloss: "Connecting to the settlement network without signing or amending the service agreement, or connecting with non-designated institutions or pharmacies, for settlement",
                value: ItemValue::Fine { normal: ART17, severe: Some(ART17_SEVERE) },
            },
            Item {
                code: "17.7",
                cite: "第十七条（七）",
                text: "为参保人员冒领、多领生育生活津贴和生育医疗费补贴出具生育医学证明或者病史,损害基本医疗保险基金的;",
                gloss: "Issuing birth certificates or records that let insured persons claim maternity allowances or subsidies falsely or in excess, harming the fund",
                value: ItemValue::Fine { normal: ART17, severe: Some(ART17_SEVERE) },
            },
            Item {
                code: "17.8",
                cite: "第十七条（八）",
                text: "采取其他严重损害基本医疗保险基金的方式,进行基本医疗保险费用结算的.",
                gloss: "Any other way of seriously harming the fund, for settlement",
                value: ItemValue::Fine { normal: ART17, severe: Some(ART17_SEVERE) },
            },
        ],
    },
    Clause {
        cite: "第十八条",
        text: "",
        gloss: "Long-term-care assessment and care institutions:",
        items: &[Item {
            code: "18",
            cite: "第十八条",
            text: "定点评估机构和定点护理机构有违反长期护理保险有关评估、护理、费用结算等规定,进行长期护理保险基金结算的,市、区医保局应当责令改正,责令退回已由长期护理保险基金支付的相关费用,并可处以警告或者３０００元以上３万元以下的罚款;情节严重的,处以３万元以上１０万元以下的罚款,还可以暂停服务协议或者解除服务协议.",
            gloss: "A designated long-term-care assessment or care institution breaches the rules on assessment, care or billing in long-term-care fund settlement: correction, refund, and a warning or ¥3,000–30,000; when serious, ¥30,000–100,000 and the agreement may be suspended or terminated",
            value: ItemValue::Fine { normal: ART18, severe: Some(ART18_SEVERE) },
        }],
    },
    Clause {
        cite: "第十九条",
        text: "参保人员或者其他个人有下列行为之一的,市、区医保局应当责令退回已由基本医疗保险基金支付的相关费用,并可处以警告或者１００元以上２０００元以下的罚款;情节严重的,处以２０００元以上１万元以下的罚款,还可以对其采取改变基本医疗保险费用记帐结算方式１至６个月的措施:",
        gloss: "Acts of insured persons and other individuals: refund, and a warning or a fine of ¥100–2,000; when serious, ¥2,000–10,000 and the settlement mode may be changed for 1 to 6 months:",
        items: &[
            Item {
                code: "19.1",
                cite: "第十九条（一）",
                text: "将本人的基本医疗保险凭证出借给他人使用,或者通过有偿转让诊疗凭证、结算单据,进行基本医疗保险费用结算的;",
                gloss: "Lending one's insurance card to others, or selling treatment vouchers or settlement receipts, for settlement",
                value: ItemValue::Fine { normal: ART19, severe: Some(ART19_SEVERE) },
            },
            Item {
                code: "19.2",
                cite: "第十九条（二）",
                text: "变卖由基本医疗保险费用结算的药品的;",
                gloss: "Selling drugs settled by the insurance",
                value: ItemValue::Fine { normal: ART19, severe: Some(ART19_SEVERE) },
            },
            Item {
                code: "19.3",
                cite: "第十九条（三）",
                text: "在不同定点医疗机构,或者在同一定点医疗机构不同科室,通过重复就诊超量配药,进行基本医疗保险费用结算的;",
                gloss: "Getting excess drugs through repeat visits to different institutions, or to different departments of one institution, for settlement",
                value: ItemValue::Fine { normal: ART19, severe: Some(ART19_SEVERE) },
            },
            Item {
                code: "19.4",
                cite: "第十九条（四）",
                text: "在申请、接受长期护理保险评估、护理服务时提供虚假信息或者材料,骗取长期护理保险待遇的;",
                gloss: "Giving false information or materials when applying for or receiving long-term-care assessment or care, to obtain long-term-care benefits",
                value: ItemValue::Fine { normal: ART19, severe: Some(ART19_SEVERE) },
            },
            Item {
                code: "19.5",
                cite: "第十九条（五）",
                text: "采取其他损害基本医疗保险基金的方式,进行基本医疗保险费用结算的.",
                gloss: "Any other way of harming the fund, for settlement",
                value: ItemValue::Fine { normal: ART19, severe: Some(ART19_SEVERE) },
            },
        ],
    },
    // The order's one provision aimed at the staff themselves (with 第四条, which founds
    // the physicians' 记分管理 that 沪医保规〔2023〕4号 implements).
    Clause {
        cite: "第二十一条",
        text: "",
        gloss: "Departments or staff of designated institutions and pharmacies:",
        items: &[Item {
            code: "21",
            cite: "第二十一条",
            text: "定点医疗机构和定点零售药店的相关科室或者工作人员严重违反基本医疗保险规定的,市医保局可以采取暂停其基本医疗保险费用结算支付的措施.",
            gloss: "A department or staff member of a designated medical institution or retail pharmacy seriously breaches the basic medical insurance rules: the municipal office may suspend the settlement of their insurance costs",
            value: ItemValue::Fine { normal: ART21, severe: None },
        }],
    },
];

/// 第二十一条: 定点医疗机构和定点零售药店的相关科室或者工作人员严重违反基本医疗保险规定的,
/// 市医保局可以采取暂停其基本医疗保险费用结算支付的措施. No fine: a measure the office may take.
const ART21: Penalty = Penalty {
    warning_possible: false,
    fine: Fine::None,
    measures: &["settlement_suspension_possible"],
    settlement_change_months: None,
};

/// No bands: 上海市人民政府令第31号 imposes fines and measures per act, not points.
static BANDS: [Band; 0] = [];

use chrono::NaiveDate;

use crate::calendar;
use crate::scoring::case::Case;
use crate::scoring::engine::{step, Notes};
use crate::scoring::error::{CaseError, ErrorCode, Problem};
use crate::scoring::outcome::{
    Evaluation, FineResult, IncidentResult, MonthsMeasure, Sanction, SanctionKind, State, Status,
};

/// Evaluates a case under this order: no points, each incident its fine and measures;
/// a severe 第十九条 act adds a change of settlement mode of 1–6 months.
fn evaluate(case: &Case, as_of: NaiveDate) -> Result<Evaluation, CaseError> {
    let mut incidents = Vec::with_capacity(case.incidents.len());
    let mut sanctions = Vec::new();
    for incident in &case.incidents {
        // The parser admits no pending decision here: a decision's day is required.
        let Some(day) = incident.decided_on else {
            return Err(CaseError::new(
                ErrorCode::MissingField,
                incident.path("decided_on"),
                Problem::NoDecision {
                    pending_allowed: false,
                },
            ));
        };
        if incident.points.is_some() {
            return Err(CaseError::new(
                ErrorCode::PointsOutOfRange,
                incident.path("points"),
                Problem::NoPointsHere {
                    document: REGIME.document,
                },
            ));
        }
        // The heaviest of the items an act matches: the one with the highest fine.
        let amount = incident.amount_fen.unwrap_or(0);
        let penalty_of = |item: &Item| match item.value {
            ItemValue::Fine { normal, severe } => {
                if incident.severe {
                    severe.unwrap_or(normal)
                } else {
                    normal
                }
            }
            _ => FRAUD,
        };
        let fen = |penalty: &Penalty| match penalty.fine {
            Fine::Yuan { min, max } => Some((min.saturating_mul(100), max.saturating_mul(100))),
            Fine::TimesAmount { min, max } => {
                Some((amount.saturating_mul(min), amount.saturating_mul(max)))
            }
            Fine::None => None,
        };
        let highest = |item: &Item| fen(&penalty_of(item)).map_or(0, |(_, max)| max);
        let Some(mut chosen) = incident.items.first().copied() else {
            return Err(CaseError::new(
                ErrorCode::MissingField,
                incident.path("item"),
                Problem::NoItemAtAll,
            ));
        };
        for item in &incident.items {
            if highest(item) > highest(chosen) {
                chosen = item;
            }
        }
        let penalty = penalty_of(chosen);
        let fine = fen(&penalty);
        // 可以 / 并可 / 还可以: what the office may impose, a range it chooses from.
        let mut trace = vec![step(
            chosen.cite,
            // 处以 / 并处以: the fine must follow; 并可处以警告或者: a warning or a fine
            // (spec v3).
            match penalty.fine {
                Fine::Yuan { min, max } if penalty.fine_required() => {
                    format!("处 {min} 元以上 {max} 元以下的罚款（在此范围内裁量）")
                }
                Fine::Yuan { min, max } => {
                    format!("可处警告或 {min} 元以上 {max} 元以下的罚款（由医保部门选择）")
                }
                Fine::TimesAmount { min, max } => format!(
                    "处骗取金额 {} 元的{}倍以上{}倍以下的罚款（在此范围内裁量）",
                    yuan(amount),
                    cn_number(min),
                    cn_number(max)
                ),
                Fine::None => "不设罚款：市医保局可以采取暂停其基本医疗保险费用结算支付的措施".into(),
            },
            match penalty.fine {
                Fine::Yuan { min, max } if penalty.fine_required() => format!(
                    "a fine of ¥{min}–¥{max} follows, the office choosing within that range"
                ),
                Fine::Yuan { min, max } => format!(
                    "the office may impose a warning or a fine of ¥{min}–¥{max}, as it chooses"
                ),
                Fine::TimesAmount { min, max } => format!(
                    "a fine of {min} to {max} times the ¥{} obtained by fraud, the office choosing within that range",
                    yuan(amount)
                ),
                Fine::None => "no fine: the municipal office may suspend the settlement of the department's or staff member's insurance costs".into(),
            },
        )];
        if incident.severe {
            let has_severe = matches!(
                chosen.value,
                ItemValue::Fine {
                    severe: Some(_),
                    ..
                }
            );
            trace.push(step(
                chosen.cite,
                if has_severe {
                    "情节严重：适用较重的处罚"
                } else {
                    "本条未规定情节严重的加重处罚"
                },
                if has_severe {
                    "情节严重: the heavier penalty applies"
                } else {
                    "the article sets no heavier penalty for 情节严重"
                },
            ));
        }
        if let Some((min, max)) = penalty.settlement_change_months {
            let months = incident.months.unwrap_or(min);
            if months < min || months > max {
                return Err(CaseError::new(
                    ErrorCode::MonthsOutOfRange,
                    incident.path("months"),
                    Problem::MonthsOutOfRange {
                        measure: Text::fixed(
                            "改变基本医疗保险费用记帐结算方式",
                            "change of settlement mode",
                        ),
                        day,
                        min,
                        max,
                        cite: "第十九条".into(),
                        months,
                    },
                ));
            }
            let end = calendar::add_months(day, months).unwrap_or(NaiveDate::MAX);
            sanctions.push(Sanction {
                kind: SanctionKind::SettlementChange,
                decided_on: day,
                trigger: incident.id.clone(),
                cite: "第十九条".into(),
                text: "还可以对其采取改变基本医疗保险费用记帐结算方式１至６个月的措施".into(),
                gloss: "the way the person's medical bills are settled may be changed for 1 to 6 months".into(),
                start: day.succ_opt(),
                months: Some(MonthsMeasure {
                    months,
                    min_months: min,
                    max_months: max,
                    end,
                    latest_end: calendar::add_months(day, max).unwrap_or(NaiveDate::MAX),
                    earliest_end: end,
                }),
                bar: None,
                superseded_on: None,
                projected: false,
                // 第十九条 "还可以": the office may, not shall.
                discretionary: true,
                extended: false,
                trace: vec![step(
                    "民法典第二百零一条、第二百零二条",
                    format!("{months} 个月自 {day} 的次日起算：至 {end}"),
                    format!("{months} month{} counted from the day after {day}: to {end}", if months == 1 { "" } else { "s" }),
                )],
            });
        }
        incidents.push(IncidentResult {
            id: incident.id.clone(),
            points: None,
            range: None,
            counted: true,
            added: None,
            period: None,
            decided_on: day,
            projected: false,
            item: Some(chosen.code.to_string()),
            trace,
            fine: Some(FineResult {
                fine_min: fine.map(|(min, _)| money(min)),
                fine_max: fine.map(|(_, max)| money(max)),
                warning_possible: penalty.warning_possible,
                fine_required: penalty.fine_required(),
                measures: penalty.measures.to_vec(),
            }),
        });
    }
    crate::calendar::sort_by_key(&mut sanctions, |s| s.decided_on);
    Ok(Evaluation {
        regime: case.regime,
        as_of,
        incidents,
        periods: Vec::new(),
        sanctions,
        deadlines: Vec::new(),
        status: Status {
            state: State::Normal,
            period: None,
            total: None,
            remaining: None,
            next: None,
            measure: None,
            awaiting: None,
            awaiting_since: None,
            exam_format: None,
        },
        outlook: None,
        outlook_alternative: None,
        flags: Vec::new(),
        // The engine adds its notes.
        warnings: Vec::new(),
    })
}

/// An amount in fen as a JSON number of yuan: whole yuan as an integer.
fn money(fen: u64) -> serde_json::Number {
    if fen % 100 == 0 {
        serde_json::Number::from(fen / 100)
    } else {
        serde_json::Number::from_f64(fen as f64 / 100.0)
            .unwrap_or_else(|| serde_json::Number::from(fen / 100))
    }
}

fn yuan(fen: u64) -> String {
    if fen % 100 == 0 {
        (fen / 100).to_string()
    } else {
        format!("{}.{:02}", fen / 100, fen % 100)
    }
}

fn cn_number(n: u64) -> &'static str {
    match n {
        2 => "二",
        5 => "五",
        _ => "",
    }
}

/// 上海市人民政府令第31号 has no points: its rules are the fines of its articles.
static PROVISIONS: [Provision; 0] = [];
