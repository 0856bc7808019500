//! An ordered parallel map with a bounded number of items in flight.
//!
//! ```text
//! producer thread ──jobs──► N workers ──results──► consumer (the caller's thread)
//!        ▲                                              │ reorders by sequence number,
//!        └──────────── one permit per item ◄────────────┘ hands results on in input order
//! ```
//!
//! The producer takes a permit before it sends an item, and the consumer
//! gives one back when it has handed an item on, so at most `window` items
//! exist at any time — read, being analysed, or finished and waiting for an
//! earlier one. Memory stays flat however long the input, and however slow
//! one item is compared with the others.

use std::collections::BTreeMap;
use std::sync::mpsc::{self, RecvTimeoutError, TryRecvError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// What the consumer is handed.
pub enum Event<R> {
    /// The next result, in input order.
    Result(R),
    /// Nothing to do for a moment (a good time to flush output); comes at
    /// least every 100 ms while the consumer waits.
    Idle,
}

/// What the consumer wants next.
pub enum Flow {
    /// Keep going.
    Continue,
    /// Stop: nothing more will be consumed (the reader went away).
    Stop,
}

/// Runs `work` on every item `produce` hands to its callback, on `jobs`
/// threads, and gives the results to `consume` in the order the items were
/// produced; `work` must not panic (wrap it in `catch_unwind`). `idle` is called whenever the consumer has nothing to do for a
/// moment (a good time to flush output), at least every 100 ms.
///
/// When `consume` or `idle` says [`Flow::Stop`], this returns at once
/// without waiting for the other threads (which may be blocked reading
/// input); they end when the process does.
pub fn ordered_map<J, R>(
    jobs: usize,
    window: usize,
    produce: impl FnOnce(&mut dyn FnMut(J) -> bool) + Send + 'static,
    work: impl Fn(J) -> R + Send + Sync + 'static,
    mut consume: impl FnMut(Event<R>) -> Flow,
) where
    J: Send + 'static,
    R: Send + 'static,
{
    let window = window.max(1);
    let (job_tx, job_rx) = mpsc::channel::<(u64, J)>();
    let (result_tx, result_rx) = mpsc::channel::<(u64, R)>();
    let (permit_tx, permit_rx) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        permit_tx.send(()).expect("the permit channel has room");
    }

    let producer = thread::spawn(move || {
        let mut seq = 0u64;
        produce(&mut |job| {
            // no permit: the consumer has stopped
            if permit_rx.recv().is_err() || job_tx.send((seq, job)).is_err() {
                return false;
            }
            seq += 1;
            true
        });
    });

    let job_rx = Arc::new(Mutex::new(job_rx));
    let work = Arc::new(work);
    let workers: Vec<_> = (0..jobs.max(1))
        .map(|_| {
            let (job_rx, work, result_tx) =
                (Arc::clone(&job_rx), Arc::clone(&work), result_tx.clone());
            thread::spawn(move || {
                loop {
                    // the lock is held only while waiting for the next item
                    let next = job_rx.lock().map_or(Err(mpsc::RecvError), |rx| rx.recv());
                    let Ok((seq, job)) = next else { break };
                    if result_tx.send((seq, work(job))).is_err() {
                        break;
                    }
                }
            })
        })
        .collect();
    drop(result_tx);

    let mut pending = BTreeMap::new();
    let mut next = 0u64;
    loop {
        let (seq, result) = match result_rx.try_recv() {
            Ok(got) => got,
            Err(TryRecvError::Disconnected) => break,
            Err(TryRecvError::Empty) => {
                if let Flow::Stop = consume(Event::Idle) {
                    return;
                }
                match result_rx.recv_timeout(Duration::from_millis(100)) {
                    Ok(got) => got,
                    Err(RecvTimeoutError::Timeout) => continue,
                    Err(RecvTimeoutError::Disconnected) => break,
                }
            }
        };
        pending.insert(seq, result);
        while let Some(result) = pending.remove(&next) {
            next += 1;
            if let Flow::Stop = consume(Event::Result(result)) {
                return;
            }
            // the producer may have finished and dropped its receiver
            let _ = permit_tx.send(());
        }
    }
    // Only if `work` panicked (callers guard it) can a gap be left; what
    // arrived after the gap is still handed on, in order.
    for (_, result) in std::mem::take(&mut pending) {
        if let Flow::Stop = consume(Event::Result(result)) {
            return;
        }
    }
    let _ = producer.join();
    for w in workers {
        let _ = w.join();
    }
}

#[cfg(test)]
mod tests {
    use super::{Event, Flow, ordered_map};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn keeps_order_and_bounds_items_in_flight() {
        let in_flight = Arc::new(AtomicUsize::new(0));
        let max_seen = Arc::new(AtomicUsize::new(0));
        let (f1, m1) = (Arc::clone(&in_flight), Arc::clone(&max_seen));
        let mut out = Vec::new();
        ordered_map(
            3,
            5,
            move |send| {
                for i in 0..200u64 {
                    let now = f1.fetch_add(1, Ordering::SeqCst) + 1;
                    m1.fetch_max(now, Ordering::SeqCst);
                    if !send(i) {
                        break;
                    }
                }
            },
            |i: u64| {
                // later items finish first now and then
                if i.is_multiple_of(7) {
                    std::thread::sleep(std::time::Duration::from_millis(2));
                }
                i * 2
            },
            |event| {
                if let Event::Result(r) = event {
                    in_flight.fetch_sub(1, Ordering::SeqCst);
                    out.push(r);
                }
                Flow::Continue
            },
        );
        assert_eq!(out, (0..200).map(|i| i * 2).collect::<Vec<u64>>());
        // the producer counts an item before it waits for its permit
        assert!(max_seen.load(Ordering::SeqCst) <= 6, "{max_seen:?}");
    }

    #[test]
    fn stops_when_the_consumer_stops() {
        let mut seen = 0;
        ordered_map(
            2,
            4,
            |send| {
                let mut i = 0u64;
                while send(i) {
                    i += 1;
                }
            },
            |i: u64| i,
            |event| {
                if let Event::Result(_) = event {
                    seen += 1;
                }
                if seen == 10 {
                    Flow::Stop
                } else {
                    Flow::Continue
                }
            },
        );
        assert_eq!(seen, 10);
    }
}
