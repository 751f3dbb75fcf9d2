//! The State Council's yearly public-holiday arrangements (国务院办公厅 部分节假日安排),
//! 2014 through 2026, and the one-off notices that changed them.
//!
//! Each year names the notice it comes from. The dates were checked against the
//! notices' published texts (gov.cn and reprints) and against two public datasets
//! that link the same pages (NateScarlet/holiday-cn, lwx-cloud/china-holiday).
//! The 2027 arrangement had not been published when this table was last reviewed
//! (2026-11-27: none of the registry packages that carry the notices, npm `chinese-days`
//! 1.5.7, PyPI `chinesecalendar` 1.11.0 and crates.io `tyme4rs` 1.5.0, had it yet). Until it
//! is added, dates in 2027 count weekends and the statutory holidays
//! ([`super::statutory`]), without bridging days off or make-up working days, and carry the
//! warning `calendar_not_covered`.
//!
//! A day listed in `off` is a day off (放假) even when it is a weekday; a day listed
//! in `worked` is a weekend day that is a working day (调休上班). Days are listed
//! under the arrangement that set them, even when they fall in the year before
//! (e.g. 2018-12-29 is worked under the 2019 notice).

use chrono::NaiveDate;

use super::ymd;

/// One year's arrangement.
#[derive(Debug)]
pub struct Arrangement {
    /// The year the arrangement is for.
    pub year: i32,
    /// The notices that set it, with their dates.
    pub sources: &'static [Source],
    /// Days off, as inclusive ranges.
    pub off: &'static [(NaiveDate, NaiveDate)],
    /// Weekend days worked (调休上班).
    pub worked: &'static [NaiveDate],
}

/// An official notice.
#[derive(Debug)]
pub struct Source {
    /// Document number, e.g. `国办发明电〔2013〕28号`.
    pub number: &'static str,
    /// Date signed.
    pub date: NaiveDate,
    /// What it set.
    pub title: &'static str,
}

/// The first and last covered days.
pub const COVERED_FROM: NaiveDate = ymd(2014, 1, 1);
pub const COVERED_UNTIL: NaiveDate = ymd(2026, 12, 31);

const fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    ymd(y, m, day)
}
const fn one(y: i32, m: u32, day: u32) -> (NaiveDate, NaiveDate) {
    (ymd(y, m, day), ymd(y, m, day))
}
const fn span(y: i32, m: u32, day: u32, m2: u32, day2: u32) -> (NaiveDate, NaiveDate) {
    (ymd(y, m, day), ymd(y, m2, day2))
}

pub static ARRANGEMENTS: [Arrangement; 13] = [
    Arrangement {
        year: 2014,
        sources: &[Source {
            number: "国办发明电〔2013〕28号",
            date: d(2013, 12, 11),
            title: "国务院办公厅关于2014年部分节假日安排的通知",
        }],
        off: &[
            one(2014, 1, 1),
            span(2014, 1, 31, 2, 6),
            span(2014, 4, 5, 4, 7),
            span(2014, 5, 1, 5, 3),
            span(2014, 5, 31, 6, 2),
            span(2014, 9, 6, 9, 8),
            span(2014, 10, 1, 10, 7),
        ],
        worked: &[
            d(2014, 1, 26),
            d(2014, 2, 8),
            d(2014, 5, 4),
            d(2014, 9, 28),
            d(2014, 10, 11),
        ],
    },
    Arrangement {
        year: 2015,
        sources: &[
            Source {
                number: "国办发明电〔2014〕28号",
                date: d(2014, 12, 16),
                title: "国务院办公厅关于2015年部分节假日安排的通知",
            },
            Source {
                number: "国发明电〔2015〕1号",
                date: d(2015, 5, 13),
                title: "国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知",
            },
        ],
        off: &[
            span(2015, 1, 1, 1, 3),
            span(2015, 2, 18, 2, 24),
            span(2015, 4, 4, 4, 6),
            span(2015, 5, 1, 5, 3),
            span(2015, 6, 20, 6, 22),
            // 国发明电〔2015〕1号: 9月3日至5日调休放假, 9月6日（星期日）上班.
            span(2015, 9, 3, 9, 5),
            span(2015, 9, 26, 9, 27),
            span(2015, 10, 1, 10, 7),
        ],
        worked: &[
            d(2015, 1, 4),
            d(2015, 2, 15),
            d(2015, 2, 28),
            d(2015, 9, 6),
            d(2015, 10, 10),
        ],
    },
    Arrangement {
        year: 2016,
        sources: &[Source {
            number: "国办发明电〔2015〕18号",
            date: d(2015, 12, 10),
            title: "国务院办公厅关于2016年部分节假日安排的通知",
        }],
        off: &[
            span(2016, 1, 1, 1, 3),
            span(2016, 2, 7, 2, 13),
            span(2016, 4, 2, 4, 4),
            span(2016, 4, 30, 5, 2),
            span(2016, 6, 9, 6, 11),
            span(2016, 9, 15, 9, 17),
            span(2016, 10, 1, 10, 7),
        ],
        worked: &[
            d(2016, 2, 6),
            d(2016, 2, 14),
            d(2016, 6, 12),
            d(2016, 9, 18),
            d(2016, 10, 8),
            d(2016, 10, 9),
        ],
    },
    Arrangement {
        year: 2017,
        sources: &[Source {
            number: "国办发明电〔2016〕17号",
            date: d(2016, 12, 1),
            title: "国务院办公厅关于2017年部分节假日安排的通知",
        }],
        off: &[
            (d(2016, 12, 31), d(2017, 1, 2)),
            span(2017, 1, 27, 2, 2),
            span(2017, 4, 2, 4, 4),
            span(2017, 4, 29, 5, 1),
            span(2017, 5, 28, 5, 30),
            span(2017, 10, 1, 10, 8),
        ],
        worked: &[
            d(2017, 1, 22),
            d(2017, 2, 4),
            d(2017, 4, 1),
            d(2017, 5, 27),
            d(2017, 9, 30),
        ],
    },
    Arrangement {
        year: 2018,
        sources: &[Source {
            number: "国办发明电〔2017〕12号",
            date: d(2017, 11, 30),
            title: "国务院办公厅关于2018年部分节假日安排的通知",
        }],
        off: &[
            (d(2017, 12, 30), d(2018, 1, 1)),
            span(2018, 2, 15, 2, 21),
            span(2018, 4, 5, 4, 7),
            span(2018, 4, 29, 5, 1),
            span(2018, 6, 16, 6, 18),
            span(2018, 9, 22, 9, 24),
            span(2018, 10, 1, 10, 7),
        ],
        worked: &[
            d(2018, 2, 11),
            d(2018, 2, 24),
            d(2018, 4, 8),
            d(2018, 4, 28),
            d(2018, 9, 29),
            d(2018, 9, 30),
        ],
    },
    Arrangement {
        year: 2019,
        sources: &[
            Source {
                number: "国办发明电〔2018〕15号",
                date: d(2018, 12, 4),
                title: "国务院办公厅关于2019年部分节假日安排的通知",
            },
            Source {
                number: "国办发明电〔2019〕3号",
                date: d(2019, 3, 22),
                title: "国务院办公厅关于调整2019年劳动节假期安排的通知",
            },
        ],
        off: &[
            (d(2018, 12, 30), d(2019, 1, 1)),
            span(2019, 2, 4, 2, 10),
            span(2019, 4, 5, 4, 7),
            // 国办发明电〔2019〕3号: 5月1日至4日放假调休, 4月28日、5月5日上班.
            span(2019, 5, 1, 5, 4),
            span(2019, 6, 7, 6, 9),
            span(2019, 9, 13, 9, 15),
            span(2019, 10, 1, 10, 7),
        ],
        worked: &[
            d(2018, 12, 29),
            d(2019, 2, 2),
            d(2019, 2, 3),
            d(2019, 4, 28),
            d(2019, 5, 5),
            d(2019, 9, 29),
            d(2019, 10, 12),
        ],
    },
    Arrangement {
        year: 2020,
        sources: &[
            Source {
                number: "国办发明电〔2019〕16号",
                date: d(2019, 11, 21),
                title: "国务院办公厅关于2020年部分节假日安排的通知",
            },
            Source {
                number: "国办发明电〔2020〕1号",
                date: d(2020, 1, 26),
                title: "国务院办公厅关于延长2020年春节假期的通知",
            },
        ],
        off: &[
            one(2020, 1, 1),
            // 国办发明电〔2020〕1号 延长春节假期至2月2日: 2月1日（星期六）no longer worked.
            span(2020, 1, 24, 2, 2),
            span(2020, 4, 4, 4, 6),
            span(2020, 5, 1, 5, 5),
            span(2020, 6, 25, 6, 27),
            span(2020, 10, 1, 10, 8),
        ],
        worked: &[
            d(2020, 1, 19),
            d(2020, 4, 26),
            d(2020, 5, 9),
            d(2020, 6, 28),
            d(2020, 9, 27),
            d(2020, 10, 10),
        ],
    },
    Arrangement {
        year: 2021,
        sources: &[Source {
            number: "国办发明电〔2020〕27号",
            date: d(2020, 11, 25),
            title: "国务院办公厅关于2021年部分节假日安排的通知",
        }],
        off: &[
            span(2021, 1, 1, 1, 3),
            span(2021, 2, 11, 2, 17),
            span(2021, 4, 3, 4, 5),
            span(2021, 5, 1, 5, 5),
            span(2021, 6, 12, 6, 14),
            span(2021, 9, 19, 9, 21),
            span(2021, 10, 1, 10, 7),
        ],
        worked: &[
            d(2021, 2, 7),
            d(2021, 2, 20),
            d(2021, 4, 25),
            d(2021, 5, 8),
            d(2021, 9, 18),
            d(2021, 9, 26),
            d(2021, 10, 9),
        ],
    },
    Arrangement {
        year: 2022,
        sources: &[Source {
            number: "国办发明电〔2021〕11号",
            date: d(2021, 10, 25),
            title: "国务院办公厅关于2022年部分节假日安排的通知",
        }],
        off: &[
            span(2022, 1, 1, 1, 3),
            span(2022, 1, 31, 2, 6),
            span(2022, 4, 3, 4, 5),
            span(2022, 4, 30, 5, 4),
            span(2022, 6, 3, 6, 5),
            span(2022, 9, 10, 9, 12),
            span(2022, 10, 1, 10, 7),
        ],
        worked: &[
            d(2022, 1, 29),
            d(2022, 1, 30),
            d(2022, 4, 2),
            d(2022, 4, 24),
            d(2022, 5, 7),
            d(2022, 10, 8),
            d(2022, 10, 9),
        ],
    },
    Arrangement {
        year: 2023,
        sources: &[Source {
            number: "国办发明电〔2022〕16号",
            date: d(2022, 12, 8),
            title: "国务院办公厅关于2023年部分节假日安排的通知",
        }],
        off: &[
            (d(2022, 12, 31), d(2023, 1, 2)),
            span(2023, 1, 21, 1, 27),
            one(2023, 4, 5),
            span(2023, 4, 29, 5, 3),
            span(2023, 6, 22, 6, 24),
            span(2023, 9, 29, 10, 6),
        ],
        worked: &[
            d(2023, 1, 28),
            d(2023, 1, 29),
            d(2023, 4, 23),
            d(2023, 5, 6),
            d(2023, 6, 25),
            d(2023, 10, 7),
            d(2023, 10, 8),
        ],
    },
    Arrangement {
        year: 2024,
        sources: &[Source {
            number: "国办发明电〔2023〕7号",
            date: d(2023, 10, 25),
            title: "国务院办公厅关于2024年部分节假日安排的通知",
        }],
        off: &[
            one(2024, 1, 1),
            span(2024, 2, 10, 2, 17),
            span(2024, 4, 4, 4, 6),
            span(2024, 5, 1, 5, 5),
            one(2024, 6, 10),
            span(2024, 9, 15, 9, 17),
            span(2024, 10, 1, 10, 7),
        ],
        worked: &[
            d(2024, 2, 4),
            d(2024, 2, 18),
            d(2024, 4, 7),
            d(2024, 4, 28),
            d(2024, 5, 11),
            d(2024, 9, 14),
            d(2024, 9, 29),
            d(2024, 10, 12),
        ],
    },
    Arrangement {
        year: 2025,
        sources: &[Source {
            number: "国办发明电〔2024〕12号",
            date: d(2024, 11, 12),
            title: "国务院办公厅关于2025年部分节假日安排的通知",
        }],
        off: &[
            one(2025, 1, 1),
            span(2025, 1, 28, 2, 4),
            span(2025, 4, 4, 4, 6),
            span(2025, 5, 1, 5, 5),
            span(2025, 5, 31, 6, 2),
            span(2025, 10, 1, 10, 8),
        ],
        worked: &[
            d(2025, 1, 26),
            d(2025, 2, 8),
            d(2025, 4, 27),
            d(2025, 9, 28),
            d(2025, 10, 11),
        ],
    },
    Arrangement {
        year: 2026,
        sources: &[Source {
            number: "国办发明电〔2025〕7号",
            date: d(2025, 11, 4),
            title: "国务院办公厅关于2026年部分节假日安排的通知",
        }],
        off: &[
            span(2026, 1, 1, 1, 3),
            span(2026, 2, 15, 2, 23),
            span(2026, 4, 4, 4, 6),
            span(2026, 5, 1, 5, 5),
            span(2026, 6, 19, 6, 21),
            span(2026, 9, 25, 9, 27),
            span(2026, 10, 1, 10, 7),
        ],
        worked: &[
            d(2026, 1, 4),
            d(2026, 2, 14),
            d(2026, 2, 28),
            d(2026, 5, 9),
            d(2026, 9, 20),
            d(2026, 10, 10),
        ],
    },
];
