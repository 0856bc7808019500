//! `tokenize` performs no heap allocation: proven with a counting allocator.
//!
//! Only the counting thread's allocations count: the test harness's own
//! thread may allocate meanwhile (it did on a loaded machine). The
//! allocator wrapper is the only unsafe code in the project: it forwards
//! every call unchanged to the system allocator.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    // (const-initialised and without a destructor: reading it from the
    // allocator allocates nothing)
    static COUNTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn count() {
    if COUNTING.with(std::cell::Cell::get) {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
    }
}

// SAFETY: forwards every call unchanged to the system allocator; it only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_during(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    COUNTING.with(|c| c.set(true));
    f();
    COUNTING.with(|c| c.set(false));
    ALLOCATIONS.load(Ordering::SeqCst) - before
}

#[test]
fn tokenizing_and_splitting_allocate_nothing() {
    let mut text = String::new();
    for entry in
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus")).expect("corpus/ exists")
    {
        let path = entry.expect("readable corpus entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            text.push_str(&std::fs::read_to_string(&path).expect("corpus files are UTF-8"));
            text.push_str("\n\n");
        }
    }
    text.push_str("Bu\u{308}rger 👍🏽 z.\u{202F}B. https://a.dehttps://b.de x@y.de #OZG @BMI_Bund 1.–3.3.2024 9.30 Uhr");

    // Warm up: the embedded word lists are parsed once per process.
    let warm = meldung::tokenize(&text).count();
    assert!(warm > 1000);

    let mut count = 0;
    let n = allocations_during(|| count = meldung::tokenize(&text).count());
    assert_eq!(count, warm);
    assert_eq!(
        n, 0,
        "tokenize allocated {n} times\n   help: the scanner must not allocate per token"
    );

    let mut tokens = Vec::with_capacity(count);
    let mut sentences = Vec::with_capacity(count);
    let n = allocations_during(|| {
        meldung::tokenize_into(&text, &mut tokens);
        meldung::split_sentences_into(&text, &tokens, &mut sentences);
    });
    assert_eq!(tokens.len(), count);
    assert!(sentences.len() > 50);
    assert_eq!(
        n, 0,
        "tokenize_into + split_sentences_into into reserved buffers allocated {n} times"
    );
}
