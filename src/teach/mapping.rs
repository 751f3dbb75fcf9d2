//! Items that describe the same act in different regimes. This is reviewed data, not
//! the law: each group was matched by reading the seeds side by side, and the app shows
//! it as such. A member's `note` says when the match holds only in part.

use crate::scoring::text::Text;
use crate::scoring::RegimeId;

/// When this mapping was last reviewed against the seeds.
pub const REVIEWED: &str = "2026-11-27";

/// One act, as each regime words it.
#[derive(Debug, Clone)]
pub struct Group {
    pub id: &'static str,
    /// The act in words.
    pub label: Text,
    pub members: &'static [Member],
}

/// A regime's item in a group.
#[derive(Debug, Clone)]
pub struct Member {
    pub regime: RegimeId,
    pub code: &'static str,
    /// When the match holds only in part (empty when it holds whole).
    pub note: Text,
}

const fn m(regime: RegimeId, code: &'static str) -> Member {
    Member {
        regime,
        code,
        note: Text::fixed("", ""),
    }
}

const fn with_note(
    regime: RegimeId,
    code: &'static str,
    note: &'static str,
    note_en: &'static str,
) -> Member {
    Member {
        regime,
        code,
        note: Text::fixed(note, note_en),
    }
}

use RegimeId::{
    Jining2024 as JN, Shanghai2020 as SH20, Shanghai2023 as SH23, Shanghai2025 as SH25,
    Wenzhou2014 as WZ,
};

/// 沪2020 第十六条、第十七条 punish the institution for the act a 沪2023 item scores
/// the physician for.
const INSTITUTION: &str = "机构的对应条款（罚款，不记分）";
const INSTITUTION_EN: &str = "the institution's article (fines, no points)";

/// A 沪2020 institution article that matches the physician's act word for word.
const fn sh20(code: &'static str) -> Member {
    with_note(SH20, code, INSTITUTION, INSTITUTION_EN)
}

/// The groups, in the order of 沪2023 第四条 (the first group of an item gives its first
/// counterpart in a comparison), then the acts 沪2023 does not name.
pub static GROUPS: &[Group] = &[
    Group {
        id: "identity-not-checked",
        label: Text::fixed("未核验参保人员身份或医保凭证", "Not checking the patient's identity or insurance card"),
        members: &[
            m(SH23, "4.1.1"),
            with_note(WZ, "17.1", "温州以“导致冒名门诊就医”为要件；冒名住院见第十五条（一）", "Wenzhou: leading to an outpatient visit under a false name; admissions are 15(1)"),
            with_note(WZ, "15.1", "温州以“故意、导致冒名住院造成基金损失”为要件", "Wenzhou: on purpose, leading to an admission under a false name and a loss"),
            with_note(JN, "4.2.4", "济宁限于住院患者", "Jining: in-patients"),
            sh20("16.1"),
        ],
    },
    Group {
        id: "overcharging",
        label: Text::fixed("重复收费、超标准收费、分解收费", "Repeated, excessive or split charges"),
        members: &[
            m(SH23, "4.1.2"),
            m(JN, "4.1.3"),
            with_note(WZ, "16.4", "温州以“故意、造成基金损失”为要件", "Wenzhou requires intent and a loss to the fund"),
            sh20("16.2"),
        ],
    },
    Group {
        id: "records-not-matching-care",
        label: Text::fixed("提供与实际医疗活动不符的票据、清单、处方等记录", "Bills, cost lists, prescriptions or records that do not match the care given"),
        members: &[
            with_note(SH23, "4.1.3", "仅本项后一种情形；前一种（以内充当以外）与沪2020 第十六条（三）的“以内充当以内”不是同一行为", "the item's second limb only; its first (covered passed off as uncovered) is not 沪2020 16(3)'s (covered passed off as other covered)"),
            with_note(SH20, "16.3", "机构的对应条款（罚款，不记分）；仅本项后一种情形，与沪2023 第四条（一）3 后半句字字相同", "the institution's article (fines, no points); the item's second limb only, worded exactly as 沪2023 4.1.3's"),
            with_note(WZ, "16.3", "温州：医疗收费与病历记录、医疗操作不符", "Wenzhou: charges that do not match the medical record or the procedures performed"),
        ],
    },
    Group {
        id: "restricted-use",
        label: Text::fixed("违反限制使用条件、超说明书或超量用药", "Breaking the conditions of restricted drugs and items"),
        members: &[
            m(SH23, "4.1.4"),
            with_note(WZ, "17.3", "温州限于药品，另含配药量、超说明书用药", "Wenzhou: drugs only, with quantities and off-label use"),
            sh20("16.4"),
        ],
    },
    Group {
        id: "unregistered-practice",
        label: Text::fixed("非注册医师执业，或超出注册的执业范围、地点执业", "Practice by unregistered physicians, or outside the registered scope or place"),
        members: &[
            m(SH23, "4.1.5"),
            with_note(SH20, "16.5", "机构的对应条款（罚款，不记分）：机构“允许”非注册医师或本单位医师超范围执业", "the institution's article (fines, no points): the institution lets unregistered physicians, or its own outside their registration, practise"),
        ],
    },
    Group {
        id: "outside-approved-departments",
        label: Text::fixed("超出核准登记的诊疗科目开展诊疗活动", "Treating outside the approved clinical departments"),
        members: &[m(SH23, "4.1.6"), sh20("16.6")],
    },
    Group {
        id: "payment-ratio",
        label: Text::fixed("未按规定的支付比例结算", "Settling without the prescribed payment ratio"),
        members: &[m(SH23, "4.1.7"), sh20("16.7")],
    },
    Group {
        id: "patient-costs-to-fund",
        label: Text::fixed("将应由参保人员负担的费用计入基金支付范围", "Charging costs the patient should bear to the fund"),
        members: &[m(SH23, "4.1.8"), sh20("16.8"), m(JN, "4.2.2")],
    },
    Group {
        id: "fund-costs-to-patient",
        label: Text::fixed("将应由基金支付的费用要求参保人员负担", "Making the patient pay costs the fund should pay"),
        members: &[m(SH23, "4.1.9"), sh20("16.9")],
    },
    Group {
        id: "self-pay-not-explained",
        label: Text::fixed("自费项目未告知、未经同意", "Self-paid items without telling the patient"),
        members: &[
            m(SH23, "4.1.10"),
            with_note(WZ, "17.5", "温州为未履行告知义务、被参保人员投诉", "Wenzhou: not telling the patient, and a complaint"),
            with_note(JN, "4.1.6", "济宁为未履行告知义务（上海为未经同意）", "Jining: not telling the patient (Shanghai: without consent)"),
        ],
    },
    Group {
        id: "other-harm",
        label: Text::fixed("采取其他损害基金的方式结算（兜底）", "Any other way of harming the fund (catch-all)"),
        members: &[
            m(SH23, "4.1.11"),
            with_note(SH20, "16.10", "机构的对应条款（罚款，不记分）；两者都是兜底条款，措辞相同", "the institution's article (fines, no points); both are catch-alls, worded alike"),
        ],
    },
    Group {
        id: "swapped-items",
        label: Text::fixed("将支付范围以外的项目充当以内的项目（串换）", "Passing uncovered items off as covered ones (swapping)"),
        members: &[
            m(SH23, "4.2.1"),
            with_note(WZ, "15.2", "温州以“故意、造成基金损失”为要件", "Wenzhou requires intent and a loss to the fund"),
            with_note(JN, "4.1.4", "济宁泛指串换，不分方向", "Jining: any swap, whichever way"),
            sh20("17.1"),
        ],
    },
    // The swaps of covered items (沪2023 4.1.3's first limb, 沪2020 16.3's) come after
    // 4.2.1's, so that a swap of any kind (济宁 4.1.4, 温州 15.2) carries to 4.2.1 / 17.1
    // first and offers these next.
    Group {
        id: "covered-as-uncovered",
        label: Text::fixed("将支付范围以内的项目充当以外的项目", "Passing covered items off as uncovered ones"),
        members: &[
            with_note(SH23, "4.1.3", "仅本项前一种情形（以内充当以外）", "the item's first limb only (covered passed off as uncovered)"),
            with_note(JN, "4.1.4", "济宁泛指串换，不分方向", "Jining: any swap, whichever way"),
        ],
    },
    Group {
        id: "covered-as-other-covered",
        label: Text::fixed("将支付范围以内的项目充当以内的其他项目", "Passing covered items off as other covered ones"),
        members: &[
            with_note(SH20, "16.3", "机构的对应条款（罚款，不记分）；仅本项前一种情形（以内充当以内的其他项目）", "the institution's article (fines, no points); the item's first limb only (covered passed off as other covered)"),
            with_note(JN, "4.1.4", "济宁泛指串换，不分方向", "Jining: any swap, whichever way"),
            with_note(WZ, "15.2", "温州以“故意、造成基金损失”为要件", "Wenzhou requires intent and a loss to the fund"),
        ],
    },
    Group {
        id: "split-admissions",
        label: Text::fixed("分解住院、挂床住院", "Split or nominal admissions"),
        members: &[
            m(SH23, "4.2.2"),
            m(JN, "4.1.1"),
            with_note(SH20, "17.3", "机构的对应条款（罚款，不记分）；未列“挂床住院”", "the institution's article (fines, no points); it does not name nominal admissions"),
        ],
    },
    Group {
        id: "unindicated-tests",
        label: Text::fixed("重复或者无指征化验、检查、治疗", "Repeated or unindicated tests, examinations or treatment"),
        members: &[
            m(SH23, "4.2.2"),
            sh20("17.3"),
            m(JN, "4.1.2"),
            with_note(WZ, "16.5", "温州以“造成医保基金损失”为要件", "Wenzhou requires a loss to the fund"),
        ],
    },
    Group {
        id: "over-treatment",
        label: Text::fixed("过度诊疗、超量或重复用药", "Over-treatment, excessive or repeated prescriptions"),
        members: &[
            m(SH23, "4.2.3"),
            m(JN, "4.1.2"),
            with_note(WZ, "16.5", "温州以“造成医保基金损失”为要件", "Wenzhou requires a loss to the fund"),
            sh20("17.4"),
        ],
    },
    Group {
        id: "reselling-drugs",
        label: Text::fixed("协助倒卖药品、获取非法利益", "Helping to resell drugs for illegal gain"),
        members: &[m(SH23, "4.2.4"), m(JN, "4.2.1")],
    },
    Group {
        id: "other-serious-harm",
        label: Text::fixed("采取其他严重损害基金的方式结算（兜底）", "Any other way of seriously harming the fund (catch-all)"),
        members: &[
            m(SH23, "4.2.5"),
            with_note(SH20, "17.8", "机构的对应条款（罚款，不记分）；两者都是兜底条款，措辞相同", "the institution's article (fines, no points); both are catch-alls, worded alike"),
        ],
    },
    Group {
        id: "borrowed-codes",
        label: Text::fixed("借用、套用或出借医保医师编码", "Borrowing, using or lending another's insurance code"),
        members: &[
            with_note(SH23, "4.3.1", "上海 2023 以“恶意”借用、套用为要件", "Shanghai 2023: malicious borrowing"),
            m(WZ, "16.2"),
            m(JN, "4.3.4"),
        ],
    },
    // Lending one's own code is another act: 沪2023 第四条（三）1 names only borrowing and using.
    Group {
        id: "lent-codes",
        label: Text::fixed("出借医保医师编码", "Lending one's insurance code"),
        members: &[
            with_note(WZ, "16.1", "温州限于转借给被中止、解除或未签订服务协议的医师", "Wenzhou: lending to a physician whose agreement is suspended, terminated or never signed"),
            m(JN, "4.3.4"),
        ],
    },
    Group {
        id: "birth-certificates",
        label: Text::fixed("为冒领生育津贴出具生育医学证明", "Birth certificates for false maternity claims"),
        members: &[m(SH23, "4.3.2"), sh20("17.7")],
    },
    // 沪2020 第十五条 (an institution obtains fund payments by fraud) is the fraud of
    // 沪2023 第四条（三）3–6; this group comes first so that 15.1 carries to 4.3.6.
    Group {
        id: "fund-fraud",
        label: Text::fixed("骗取医保基金", "Defrauding the fund"),
        members: &[
            m(SH23, "4.3.6"),
            m(JN, "4.4.5"),
            with_note(SH25, "13.4.1", "机构因此依《医疗保障基金使用监督管理条例》第四十条受处罚时，对负有责任的人员记分", "when the institution is penalised for it under Art. 40 of the national regulations, the responsible staff are scored"),
            with_note(SH20, "15.1", "机构的对应条款：定点医疗机构以欺诈、伪造证明材料或者其他手段骗取基金支出，处骗取金额二至五倍罚款，不记分", "the institution's article: a designated institution obtains fund payments by fraud, forged documents or other means; a fine of 2 to 5 times the amount, no points"),
        ],
    },
    Group {
        id: "false-documents",
        label: Text::fixed("提供虚假证明材料、虚开费用单据", "False supporting documents, false receipts"),
        members: &[
            m(SH23, "4.3.3"),
            with_note(WZ, "14.3", "温州以“套取医疗保险基金”为要件", "Wenzhou: to draw money from the fund"),
            with_note(JN, "4.4.2", "济宁以“骗取医保基金”为要件", "Jining: to defraud the fund"),
            with_note(SH25, "13.4.1", "机构因此依《医疗保障基金使用监督管理条例》第四十条受处罚时，对负有责任的人员记分", "when the institution is penalised for it under Art. 40 of the national regulations, the responsible staff are scored"),
            with_note(SH20, "15.1", "机构的对应条款（罚款，不记分）：以虚假证明材料、虚开的单据骗取基金支出时", "the institution's article (fines, no points): when the false documents or receipts obtain fund payments"),
        ],
    },
    Group {
        id: "induced-false-visits",
        label: Text::fixed("诱导、协助他人冒名或者虚假就医、购药", "Inducing or helping others to seek care under a false name or for false care"),
        members: &[
            m(SH23, "4.3.3"),
            m(JN, "4.4.1"),
            with_note(SH25, "13.4.1", "机构因此依《医疗保障基金使用监督管理条例》第四十条受处罚时，对负有责任的人员记分", "when the institution is penalised for it under Art. 40 of the national regulations, the responsible staff are scored"),
            with_note(SH20, "15.1", "机构的对应条款（罚款，不记分）：机构借冒名或者虚假就医骗取基金支出时", "the institution's article (fines, no points): when the institution obtains fund payments through the false-name or false care"),
        ],
    },
    Group {
        id: "forged-records",
        label: Text::fixed("伪造、变造医学文书等资料", "Forging or altering medical records"),
        members: &[
            m(SH23, "4.3.4"),
            with_note(WZ, "14.2", "温州以“骗取医疗保险基金”为要件，另含虚假医疗证明、虚假住院", "Wenzhou: to defraud the fund; also false certificates and false admissions"),
            m(JN, "4.4.3"),
            with_note(SH25, "13.4.1", "机构因此依《医疗保障基金使用监督管理条例》第四十条受处罚时，对负有责任的人员记分", "when the institution is penalised for it under Art. 40 of the national regulations, the responsible staff are scored"),
            with_note(SH20, "15.1", "机构的对应条款（罚款，不记分）：限于以伪造的材料骗取基金支出；隐匿、销毁资料不在其内", "the institution's article (fines, no points): only forged materials that obtain fund payments; hiding or destroying records is not covered"),
        ],
    },
    Group {
        id: "fictitious-services",
        label: Text::fixed("虚构医药服务项目", "Inventing medical services"),
        members: &[
            m(SH23, "4.3.5"),
            with_note(JN, "4.4.5", "济宁：使用各类手段骗取医保基金", "Jining: defrauding the fund by any means"),
            with_note(SH25, "13.4.1", "机构因此依《医疗保障基金使用监督管理条例》第四十条受处罚时，对负有责任的人员记分", "when the institution is penalised for it under Art. 40 of the national regulations, the responsible staff are scored"),
            with_note(SH20, "15.1", "机构的对应条款（罚款，不记分）：虚构的项目用于骗取基金支出时", "the institution's article (fines, no points): when the invented services are billed to obtain fund payments"),
        ],
    },
    Group {
        id: "licence-revoked",
        label: Text::fixed("执业证书被吊销、注销", "Practising certificate revoked or cancelled"),
        members: &[
            m(SH25, "13.4.2"),
            with_note(WZ, "14.1", "温州为吊销、注销后仍从事诊疗活动", "Wenzhou: practising after revocation"),
            m(JN, "4.4.4"),
        ],
    },
    Group {
        id: "refused-inspection",
        label: Text::fixed("拒绝、不配合监督检查", "Refusing to cooperate with an inspection"),
        members: &[m(WZ, "17.6"), m(JN, "4.3.1")],
    },
    Group {
        id: "shirked-patients",
        label: Text::fixed("推诿、拒收参保人员，违反出入院指征", "Turning patients away, discharging early or late"),
        members: &[m(WZ, "17.7"), m(JN, "4.1.5")],
    },
    Group {
        id: "discharge-with-items",
        label: Text::fixed("出院带药、带检查或治疗项目", "Discharging with drugs, tests or treatments to take home"),
        members: &[m(WZ, "17.8"), m(JN, "4.1.7")],
    },
];

/// The groups an item belongs to.
pub fn groups_of(regime: RegimeId, code: &str) -> impl Iterator<Item = &'static Group> + '_ {
    GROUPS.iter().filter(move |g| {
        g.members
            .iter()
            .any(|m| m.regime == regime && m.code == code)
    })
}

/// The items of `to` that describe the same act as `code` of `from`, with their group.
pub fn counterparts(
    from: RegimeId,
    code: &str,
    to: RegimeId,
) -> Vec<(&'static Group, &'static Member)> {
    if from == to {
        return Vec::new();
    }
    let mut out: Vec<(&'static Group, &'static Member)> = Vec::new();
    for group in groups_of(from, code) {
        for member in group.members.iter().filter(|m| m.regime == to) {
            if !out.iter().any(|(_, m)| m.code == member.code) {
                out.push((group, member));
            }
        }
    }
    out
}
