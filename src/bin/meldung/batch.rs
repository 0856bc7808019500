//! What `analyze` and `stats` share: the input options, one analyzer for
//! all threads, the ordered parallel run, error lines, progress and summary.

use std::io;
use std::num::NonZeroUsize;
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::Arc;

use meldung::Analyzer;
use meldung::date::Date;

use crate::input::{self, Doc, Failure, Job};
use crate::pipeline::{Event, Flow, ordered_map};
use crate::progress::Progress;

/// Documents in flight per worker thread: enough to keep every worker busy
/// while the reader waits for the disk and the writer for a slow document.
const WINDOW_PER_JOB: usize = 4;

/// The input options of `analyze` and `stats`.
#[derive(clap::Args)]
pub struct InputArgs {
    /// Files, directories (walked recursively for *.txt, *.md and *.html, in
    /// sorted order) or `-` for standard input; none reads standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Read JSON Lines, one `{"id": …, "text": …, "date": "YYYY-MM-DD"}`
    /// per line (`id` and `date` optional), from standard input, the files
    /// named and *.jsonl files in the directories named.
    #[arg(long)]
    pub jsonl: bool,
    /// Worker threads [default: all cores].
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// Replace invalid UTF-8, and in JSON Lines lone surrogate escapes
    /// (`\ud800` without its partner), with U+FFFD instead of rejecting the
    /// document (reported on stderr; offsets then refer to the decoded text).
    #[arg(long)]
    pub lossy: bool,
    /// The reference date (`YYYY-MM-DD`) for relative expressions in
    /// documents that state no date of their own (a JSON line's `date` wins).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub reference: Option<Date>,
    /// A keyword background model built with `meldung keywords
    /// --build-model` (default: the embedded one).
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
    /// The largest document accepted, in bytes (`K`, `M` and `G` suffixes
    /// count in 1024s); a file, standard input or JSON line over it is an
    /// error record and is not read into memory. `0` means no limit. The
    /// default is far above any press release or web page, and keeps one
    /// document's analysis (about 15 bytes of memory per byte of text)
    /// well under a gigabyte.
    #[arg(long, value_name = "SIZE", default_value = "16M", value_parser = parse_size)]
    pub max_bytes: u64,
    /// No progress bar and no summary line (errors are still reported).
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// A size in bytes: digits with an optional `K`, `M` or `G` (powers of
/// 1024); `0` means no limit.
pub(crate) fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (digits, shift) = match s.char_indices().last() {
        Some((i, 'k' | 'K')) => (&s[..i], 10),
        Some((i, 'm' | 'M')) => (&s[..i], 20),
        Some((i, 'g' | 'G')) => (&s[..i], 30),
        _ => (s, 0),
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("{s:?} is not a size (examples: 1000000, 512K, 16M, 1G)"))?;
    let bytes = n
        .checked_mul(1 << shift)
        .ok_or_else(|| format!("{s:?} is too large"))?;
    Ok(if bytes == 0 { u64::MAX } else { bytes })
}

impl InputArgs {
    /// The analyzer all worker threads share.
    pub fn analyzer(&self, top_keywords: usize) -> Result<Analyzer, String> {
        let mut builder = Analyzer::builder();
        builder.top_keywords(top_keywords);
        if let Some(date) = self.reference {
            builder.reference_date(date);
        }
        if let Some(path) = &self.model {
            let name = path.display();
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("{name}: cannot read model: {e}"))?;
            let model =
                meldung::keyword::KeywordModel::parse(&text).map_err(|e| format!("{name}: {e}"))?;
            builder.keyword_model(model);
        }
        builder.build().map_err(|e| e.to_string())
    }

    fn jobs(&self) -> usize {
        self.jobs.map_or_else(
            || std::thread::available_parallelism().map_or(1, NonZeroUsize::get),
            usize::from,
        )
    }
}

/// How a batch run ended.
pub struct Finished {
    /// Documents that gave an error record.
    pub errors: u64,
    /// The output could not be written (other than a closed pipe).
    pub write_failed: bool,
}

impl Finished {
    /// 0 when every document succeeded, 1 otherwise.
    pub fn exit_code(&self) -> std::process::ExitCode {
        if self.errors > 0 || self.write_failed {
            std::process::ExitCode::FAILURE
        } else {
            std::process::ExitCode::SUCCESS
        }
    }
}

/// One document's result as the workers hand it to the writer.
struct Done<T> {
    id: String,
    bytes: usize,
    error: Option<String>,
    warning: Option<String>,
    value: T,
}

/// Analyses every input on all cores and hands the results to `sink` in
/// input order. `each` turns a document into the sink's value (on a worker
/// thread; `Err` makes it an error record), `failed` makes the value for a
/// document that failed (id, message). Errors and warnings get a line on
/// stderr each; `flush` is called when the writer is idle.
pub fn run<T: Send + 'static>(
    input: &InputArgs,
    analyzer: Analyzer,
    writes_to_stdout: bool,
    each: impl Fn(&Analyzer, Doc) -> Result<T, String> + Send + Sync + 'static,
    failed: impl Fn(&str, &str) -> T + Send + Sync + 'static,
    mut sink: impl FnMut(T) -> io::Result<()>,
    mut flush: impl FnMut() -> io::Result<()>,
) -> Finished {
    let jobs = input.jobs();
    let lossy = input.lossy;
    let paths = input.paths.clone();
    let jsonl = input.jsonl;
    let max_bytes = input.max_bytes;
    let measured = paths.clone();
    let mut progress = Progress::new(!input.quiet, writes_to_stdout, move || {
        input::total_size(&measured, jsonl)
    });
    let analyzer = Arc::new(analyzer);
    let work = move |job: Job| -> Done<T> {
        let (id, bytes) = (job.id.clone(), job.bytes);
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| match input::decode(job, lossy) {
            Ok(doc) => {
                let (id, warning) = (doc.id.clone(), doc.warning.clone());
                match each(&analyzer, doc) {
                    Ok(value) => (id, None, warning, value),
                    Err(error) => {
                        let value = failed(&id, &error);
                        (id, Some(error), warning, value)
                    }
                }
            }
            Err(Failure { id, error }) => {
                let value = failed(&id, &error);
                (id, Some(error), None, value)
            }
        }));
        let (id, error, warning, value) = outcome.unwrap_or_else(|panic| {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let error = format!("internal error, please report it: {what}");
            let value = failed(&id, &error);
            (id, Some(error), None, value)
        });
        Done {
            id,
            bytes,
            error,
            warning,
            value,
        }
    };

    let mut write_failed = false;
    let mut stopped = false;
    let mut dirty = false;
    let mut failure = |e: io::Error, stopped: &mut bool| {
        *stopped = true;
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("meldung: cannot write output: {e}");
            write_failed = true;
        }
        Flow::Stop
    };
    ordered_map(
        jobs,
        jobs * WINDOW_PER_JOB,
        move |send| input::produce(&paths, jsonl, max_bytes, send),
        work,
        |event: Event<Done<T>>| match event {
            Event::Result(done) => {
                if let Some(warning) = &done.warning {
                    progress.eprintln(&format!("meldung: {}: {warning}", done.id));
                }
                if let Some(error) = &done.error {
                    progress.eprintln(&format!("meldung: {}: {error}", done.id));
                }
                progress.record(done.bytes, done.error.is_some());
                dirty = true;
                match sink(done.value) {
                    Ok(()) => Flow::Continue,
                    Err(e) => failure(e, &mut stopped),
                }
            }
            Event::Idle if dirty => {
                dirty = false;
                match flush() {
                    Ok(()) => Flow::Continue,
                    Err(e) => failure(e, &mut stopped),
                }
            }
            Event::Idle => Flow::Continue,
        },
    );
    if !stopped && let Err(e) = flush() {
        failure(e, &mut stopped);
    }
    progress.finish();
    if !input.quiet {
        eprintln!("meldung: {}", progress.summary());
    }
    Finished {
        errors: progress.errors,
        write_failed,
    }
}
