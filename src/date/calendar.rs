//! [`Date`]: the crate's own calendar date, and the arithmetic behind it.
//!
//! The arithmetic uses `jiff`'s civil dates; no `jiff` type appears in the
//! public API.

use std::fmt;
use std::str::FromStr;

use jiff::civil;

use crate::Error;

/// A calendar date (proleptic Gregorian), years 1 to 9999.
///
/// ```
/// use meldung::date::Date;
///
/// let d: Date = "2023-12-18".parse()?;
/// assert_eq!((d.year(), d.month(), d.day()), (2023, 12, 18));
/// assert_eq!(d.to_string(), "2023-12-18");
/// assert!(Date::new(2023, 2, 30).is_err());
/// # Ok::<(), meldung::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i16,
    month: u8,
    day: u8,
}

impl Date {
    /// The date `year-month-day`, if it exists.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidDate`] when there is no such day (or the year is
    /// outside 1..=9999).
    pub fn new(year: i32, month: u32, day: u32) -> Result<Date, Error> {
        let invalid = || Error::InvalidDate {
            input: format!("{year:04}-{month:02}-{day:02}"),
        };
        let y = i16::try_from(year).map_err(|_| invalid())?;
        let m = i8::try_from(month).map_err(|_| invalid())?;
        let d = i8::try_from(day).map_err(|_| invalid())?;
        if !(1..=9999).contains(&y) {
            return Err(invalid());
        }
        let date = civil::Date::new(y, m, d).map_err(|_| invalid())?;
        Ok(Date::from_civil(date))
    }

    /// The year.
    #[must_use]
    pub fn year(&self) -> i32 {
        i32::from(self.year)
    }

    /// The month, 1 to 12.
    #[must_use]
    pub fn month(&self) -> u32 {
        u32::from(self.month)
    }

    /// The day of the month, 1 to 31.
    #[must_use]
    pub fn day(&self) -> u32 {
        u32::from(self.day)
    }

    /// The day of the week, 1 (Monday) to 7 (Sunday).
    #[must_use]
    pub fn weekday(&self) -> u32 {
        u32::from(self.civil().weekday().to_monday_one_offset().unsigned_abs())
    }

    /// The ISO 8601 week: `(week-based year, week number)`.
    #[must_use]
    pub fn iso_week(&self) -> (i32, u32) {
        let w = self.civil().iso_week_date();
        (i32::from(w.year()), u32::from(w.week().unsigned_abs()))
    }

    pub(crate) fn from_civil(d: civil::Date) -> Date {
        Date {
            year: d.year(),
            month: d.month().unsigned_abs(),
            day: d.day().unsigned_abs(),
        }
    }

    pub(crate) fn civil(&self) -> civil::Date {
        // Invariant: a Date is only made from a valid civil date.
        civil::Date::new(self.year, self.month as i8, self.day as i8).unwrap_or(civil::Date::MIN)
    }

    /// This date plus `days` (negative: minus), if still in range.
    pub(crate) fn add_days(&self, days: i64) -> Option<Date> {
        let span = jiff::Span::new().try_days(days).ok()?;
        Date::in_range(self.civil().checked_add(span).ok()?)
    }

    /// The date, if its year lies in 1..=9999 (jiff also knows year 0 and
    /// negative years, which a `Date` never holds).
    fn in_range(d: civil::Date) -> Option<Date> {
        (1..=9999).contains(&d.year()).then(|| Date::from_civil(d))
    }

    /// This date plus `months`, the day clamped to the month's end.
    pub(crate) fn add_months(&self, months: i64) -> Option<Date> {
        let span = jiff::Span::new().try_months(months).ok()?;
        Date::in_range(self.civil().checked_add(span).ok()?)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Parses `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Date, Error> {
        let invalid = || Error::InvalidDate {
            input: s.to_owned(),
        };
        let mut parts = s.trim().splitn(3, '-');
        let mut next = || {
            parts
                .next()
                .and_then(|p| p.parse::<u32>().ok())
                .ok_or_else(invalid)
        };
        let (y, m, d) = (next()?, next()?, next()?);
        Date::new(i32::try_from(y).map_err(|_| invalid())?, m, d)
    }
}

/// Easter Sunday of `year` (Gregorian computus), if `year` is in range.
pub(crate) fn easter(year: i32) -> Option<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month.unsigned_abs(), day.unsigned_abs()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_dates() {
        for (year, expected) in [
            (2023, "2023-04-09"),
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2019, "2019-04-21"),
        ] {
            assert_eq!(
                easter(year).map(|d| d.to_string()).as_deref(),
                Some(expected)
            );
        }
    }

    #[test]
    fn arithmetic_and_weeks() {
        let d = Date::new(2023, 12, 18).unwrap();
        assert_eq!(d.weekday(), 1);
        assert_eq!(d.iso_week(), (2023, 51));
        assert_eq!(d.add_days(14).unwrap().to_string(), "2024-01-01");
        assert_eq!(
            Date::new(2024, 3, 31)
                .unwrap()
                .add_months(-1)
                .unwrap()
                .to_string(),
            "2024-02-29"
        );
        assert!("2023-13-01".parse::<Date>().is_err());
        let first = Date::new(1, 1, 1).unwrap();
        assert_eq!(first.add_days(-1), None, "no year 0");
        assert_eq!(Date::new(9999, 12, 31).unwrap().add_months(1), None);
    }
}
