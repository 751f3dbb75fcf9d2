//! Items that describe the same act in different regimes. This is reviewed data, not
//! the law: each group was matched by reading the seeds side by side, and the app shows
//! it as such. A member's `note` says when the match holds only in part.

use crate::scoring::RegimeId;

/// When this mapping was last reviewed against the seeds.
pub const REVIEWED: &str = "2026-11-23";

/// One act, as each regime words it.
#[derive(Debug, Clone, Copy)]
pub struct Group {
    pub id: &'static str,
    pub label: &'static str,
    pub label_en: &'static str,
    pub members: &'static [Member],
}

/// A regime's item in a group.
#[derive(Debug, Clone, Copy)]
pub struct Member {
    pub regime: RegimeId,
    pub code: &'static str,
    /// When the match holds only in part, in Chinese.
    pub note: &'static str,
    pub note_en: &'static str,
}

const fn m(regime: RegimeId, code: &'static str) -> Member {
    Member {
        regime,
        code,
        note: "",
        note_en: "",
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
        note,
        note_en,
    }
}

use RegimeId::{
    Jining2024 as JN, Shanghai2020 as SH20, Shanghai2023 as SH23, Shanghai2025 as SH25,
    Wenzhou2014 as WZ,
};

/// The groups.
pub static GROUPS: &[Group] = &[
    Group {
        id: "forged-records",
        label: "伪造、变造医学文书等资料",
        label_en: "Forging or altering medical records",
        members: &[
            m(SH23, "4.3.4"),
            m(WZ, "14.2"),
            m(JN, "4.4.3"),
            with_note(SH25, "13.4.1", "机构因此依《医疗保障基金使用监督管理条例》第四十条受处罚时，对负有责任的人员记分", "when the institution is penalised for it under Art. 40 of the national regulations, the responsible staff are scored"),
        ],
    },
    Group {
        id: "false-documents",
        label: "提供虚假证明材料、虚开费用单据",
        label_en: "False supporting documents, false receipts",
        members: &[m(SH23, "4.3.3"), m(WZ, "14.3"), m(JN, "4.4.2")],
    },
    Group {
        id: "induced-false-visits",
        label: "诱导、协助他人冒名或者虚假就医、购药",
        label_en: "Inducing or helping others to seek care under a false name or for false care",
        members: &[m(SH23, "4.3.3"), m(JN, "4.4.1")],
    },
    Group {
        id: "swapped-items",
        label: "串换药品、诊疗项目、耗材",
        label_en: "Swapping drugs, services or consumables",
        members: &[
            m(SH23, "4.2.1"),
            with_note(WZ, "15.2", "温州以“故意、造成基金损失”为要件", "Wenzhou requires intent and a loss to the fund"),
            m(JN, "4.1.4"),
            with_note(SH20, "17.1", "机构的对应条款（罚款，不记分）", "the institution's article (fines, no points)"),
        ],
    },
    Group {
        id: "split-admissions",
        label: "分解住院、挂床住院",
        label_en: "Split or nominal admissions",
        members: &[
            m(SH23, "4.2.2"),
            m(JN, "4.1.1"),
            with_note(SH20, "17.3", "机构的对应条款（罚款，不记分）", "the institution's article (fines, no points)"),
        ],
    },
    Group {
        id: "overcharging",
        label: "重复收费、超标准收费、分解收费",
        label_en: "Repeated, excessive or split charges",
        members: &[
            m(SH23, "4.1.2"),
            m(JN, "4.1.3"),
            with_note(WZ, "16.4", "温州以“故意、造成基金损失”为要件", "Wenzhou requires intent and a loss to the fund"),
            with_note(SH20, "16.2", "机构的对应条款（罚款，不记分）", "the institution's article (fines, no points)"),
        ],
    },
    Group {
        id: "identity-not-checked",
        label: "未核验参保人员身份或医保凭证",
        label_en: "Not checking the patient's identity or insurance card",
        members: &[
            m(SH23, "4.1.1"),
            with_note(WZ, "17.1", "温州以“导致冒名门诊就医”为要件；冒名住院见第十五条（一）", "Wenzhou: leading to an outpatient visit under a false name; admissions are 15(1)"),
            with_note(WZ, "15.1", "温州以“故意、导致冒名住院造成基金损失”为要件", "Wenzhou: on purpose, leading to an admission under a false name and a loss"),
            with_note(JN, "4.2.4", "济宁限于住院患者", "Jining: in-patients"),
            with_note(SH20, "16.1", "机构的对应条款（罚款，不记分）", "the institution's article (fines, no points)"),
        ],
    },
    Group {
        id: "self-pay-not-explained",
        label: "自费项目未告知、未经同意",
        label_en: "Self-paid items without telling the patient",
        members: &[m(SH23, "4.1.10"), m(WZ, "17.5"), m(JN, "4.1.6")],
    },
    Group {
        id: "over-treatment",
        label: "过度诊疗、超量或重复用药",
        label_en: "Over-treatment, excessive or repeated prescriptions",
        members: &[
            m(SH23, "4.2.3"),
            m(JN, "4.1.2"),
            with_note(WZ, "16.5", "温州以“造成医保基金损失”为要件", "Wenzhou requires a loss to the fund"),
            with_note(SH20, "17.4", "机构的对应条款（罚款，不记分）", "the institution's article (fines, no points)"),
        ],
    },
    Group {
        id: "restricted-use",
        label: "违反限制使用条件、超说明书或超量用药",
        label_en: "Breaking the conditions of restricted drugs and items",
        members: &[
            m(SH23, "4.1.4"),
            m(WZ, "17.3"),
            with_note(SH20, "16.4", "机构的对应条款（罚款，不记分）", "the institution's article (fines, no points)"),
        ],
    },
    Group {
        id: "licence-revoked",
        label: "执业证书被吊销、注销",
        label_en: "Practising certificate revoked or cancelled",
        members: &[
            m(SH25, "13.4.2"),
            with_note(WZ, "14.1", "温州为吊销、注销后仍从事诊疗活动", "Wenzhou: practising after revocation"),
            m(JN, "4.4.4"),
        ],
    },
    Group {
        id: "reselling-drugs",
        label: "协助倒卖药品、获取非法利益",
        label_en: "Helping to resell drugs for illegal gain",
        members: &[m(SH23, "4.2.4"), m(JN, "4.2.1")],
    },
    Group {
        id: "borrowed-codes",
        label: "借用、套用或出借医保医师编码",
        label_en: "Borrowing, using or lending another's insurance code",
        members: &[
            with_note(SH23, "4.3.1", "上海 2023 以“恶意”借用、套用为要件", "Shanghai 2023: malicious borrowing"),
            m(WZ, "16.2"),
            with_note(WZ, "16.1", "温州：将编码转借给他人使用", "Wenzhou: lending one's code to another"),
            m(JN, "4.3.4"),
        ],
    },
    Group {
        id: "refused-inspection",
        label: "拒绝、不配合监督检查",
        label_en: "Refusing to cooperate with an inspection",
        members: &[m(WZ, "17.6"), m(JN, "4.3.1")],
    },
    Group {
        id: "shirked-patients",
        label: "推诿、拒收参保人员，违反出入院指征",
        label_en: "Turning patients away, discharging early or late",
        members: &[m(WZ, "17.7"), m(JN, "4.1.5")],
    },
    Group {
        id: "discharge-with-items",
        label: "出院带药、带检查或治疗项目",
        label_en: "Discharging with drugs, tests or treatments to take home",
        members: &[m(WZ, "17.8"), m(JN, "4.1.7")],
    },
    Group {
        id: "birth-certificates",
        label: "为冒领生育津贴出具生育医学证明",
        label_en: "Birth certificates for false maternity claims",
        members: &[
            m(SH23, "4.3.2"),
            with_note(SH20, "17.7", "机构的对应条款（罚款，不记分）", "the institution's article (fines, no points)"),
        ],
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
