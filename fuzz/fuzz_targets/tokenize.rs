//! `meldung::tokenize` on arbitrary UTF-8: no panic, and every token is
//! non-empty, in order, without overlaps, and slices the input to its text;
//! `tokenize_into` gives the same tokens.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = common::text(data) else {
        return;
    };
    let tokens: Vec<_> = meldung::tokenize(text).collect();
    common::check_tokens(text, &tokens);
    let mut into = Vec::new();
    meldung::tokenize_into(text, &mut into);
    assert_eq!(tokens, into, "tokenize_into differs from tokenize");
});
