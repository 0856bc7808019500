//! Counting what a batch run did: the progress bar on a terminal and the
//! summary line at the end.

use std::io::{self, IsTerminal};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::thread;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Counts documents, bytes and errors, and shows them on stderr while the
/// run goes on (only on a terminal, and only from the second document on).
pub struct Progress {
    show: bool,
    bar: Option<ProgressBar>,
    /// The total input size, measured on another thread.
    total: Option<Receiver<u64>>,
    start: Instant,
    last_message: Instant,
    pub documents: u64,
    pub bytes: u64,
    pub errors: u64,
}

impl Progress {
    /// `show` asks for a progress bar; it appears only if stderr is a
    /// terminal and stdout is not (output and bar would share the screen).
    /// `measure` finds the total input size for the ETA, on a thread of its
    /// own, when the bar can appear at all.
    pub fn new(
        show: bool,
        writes_to_stdout: bool,
        measure: impl FnOnce() -> Option<u64> + Send + 'static,
    ) -> Progress {
        let show =
            show && io::stderr().is_terminal() && !(writes_to_stdout && io::stdout().is_terminal());
        let total = show.then(|| {
            let (tx, rx) = mpsc::channel();
            thread::spawn(move || {
                if let Some(total) = measure() {
                    let _ = tx.send(total);
                }
            });
            rx
        });
        let now = Instant::now();
        Progress {
            show,
            bar: None,
            total,
            start: now,
            last_message: now,
            documents: 0,
            bytes: 0,
            errors: 0,
        }
    }

    /// One document done.
    pub fn record(&mut self, bytes: usize, failed: bool) {
        self.documents += 1;
        self.bytes += bytes as u64;
        self.errors += u64::from(failed);
        if !self.show || self.documents < 2 {
            return;
        }
        let bar = self.bar.get_or_insert_with(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            bar.set_style(style(false));
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        if let Some(rx) = &self.total {
            match rx.try_recv() {
                Ok(total) => {
                    bar.set_length(total.max(self.bytes));
                    bar.set_style(style(true));
                    self.total = None;
                }
                Err(TryRecvError::Disconnected) => self.total = None,
                Err(TryRecvError::Empty) => {}
            }
        }
        bar.set_position(self.bytes);
        if self.last_message.elapsed() >= Duration::from_millis(100) {
            self.last_message = Instant::now();
            let secs = self.start.elapsed().as_secs_f64().max(1e-9);
            bar.set_message(format!(
                "{} docs, {:.0} docs/s, {:.2} MB/s, {} errors",
                self.documents,
                self.documents as f64 / secs,
                self.bytes as f64 / secs / 1e6,
                self.errors
            ));
        }
    }

    /// Prints a line on stderr without disturbing the bar.
    pub fn eprintln(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// Removes the bar.
    pub fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }

    /// `17 documents, 0 errors, 47.9 kB in 0.52 s (0.09 MB/s, 33 documents/s)`.
    pub fn summary(&self) -> String {
        let secs = self.start.elapsed().as_secs_f64();
        let per = |n: f64| if secs > 0.0 { n / secs } else { 0.0 };
        format!(
            "{} document{}, {} error{}, {} in {:.2} s ({:.2} MB/s, {:.0} documents/s)",
            self.documents,
            if self.documents == 1 { "" } else { "s" },
            self.errors,
            if self.errors == 1 { "" } else { "s" },
            human_bytes(self.bytes),
            secs,
            per(self.bytes as f64) / 1e6,
            per(self.documents as f64),
        )
    }
}

fn style(with_total: bool) -> ProgressStyle {
    let template = if with_total {
        "{spinner} {elapsed} [{wide_bar}] {decimal_bytes}/{decimal_total_bytes} ETA {eta}  {msg}"
    } else {
        "{spinner} {elapsed} {decimal_bytes}  {msg}"
    };
    ProgressStyle::with_template(template)
        .expect("valid progress template")
        .progress_chars("=> ")
}

/// Decimal units, as in MB/s.
pub fn human_bytes(n: u64) -> String {
    let n = n as f64;
    if n < 1e3 {
        format!("{n} B")
    } else if n < 1e6 {
        format!("{:.1} kB", n / 1e3)
    } else if n < 1e9 {
        format!("{:.1} MB", n / 1e6)
    } else {
        format!("{:.2} GB", n / 1e9)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn human_bytes() {
        assert_eq!(super::human_bytes(999), "999 B");
        assert_eq!(super::human_bytes(47_900), "47.9 kB");
        assert_eq!(super::human_bytes(104_857_600), "104.9 MB");
        assert_eq!(super::human_bytes(1_073_741_824), "1.07 GB");
    }
}
