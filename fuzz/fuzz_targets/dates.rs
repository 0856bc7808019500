//! Date extraction on arbitrary UTF-8, without and with a reference date:
//! no panic, and every mention slices the input to its text, in order,
//! without overlaps, on token boundaries.
//!
//! The first four bytes also pick the reference date (year from two bytes,
//! month and day from one each); when that is no valid date, `Date::new`
//! must say so with an error, and the text is analysed without one. The
//! whole input is the text, so the corpus seeds stay intact.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use meldung::date::{Date, dates, find_dates};

fuzz_target!(|data: &[u8]| {
    let Some(text) = common::text(data) else {
        return;
    };
    let tokens: Vec<_> = meldung::tokenize(text).collect();

    let found = dates(text);
    common::check_dates(text, &tokens, &found);
    assert_eq!(found.reference, found.document_date);

    let reference = match data {
        [y0, y1, m, d, ..] => {
            let year = i32::from(u16::from_le_bytes([*y0, *y1]) % 10_000);
            Date::new(year, u32::from(*m % 13), u32::from(*d % 32)).ok()
        }
        _ => None,
    };
    let found = find_dates(text, &tokens, reference);
    common::check_dates(text, &tokens, &found);
    if reference.is_some() {
        assert_eq!(found.reference, reference);
    }
});
