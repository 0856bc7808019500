//! `meldung::sentences` on arbitrary UTF-8: no panic, every sentence slices
//! the input, and the sentences cover the tokens in order.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = common::text(data) else {
        return;
    };
    let sentences = meldung::sentences(text);
    let tokens: Vec<_> = meldung::tokenize(text).collect();
    common::check_tokens(text, &tokens);
    common::check_sentences(text, &tokens, &sentences);
    for s in &sentences {
        assert_eq!(s.text(text), &text[s.span.range()]);
    }
});
