//! Helpers shared by the CLI tests: run the built `meldung` binary and look
//! at what it printed. Included by path from `tests/cli.rs` and
//! `tests/cli_analyze.rs`, so the other test crates do not compile it.

use std::process::{Command, Output, Stdio};

/// Runs `meldung` with `args`, feeding `stdin` (or nothing: never the terminal).
pub fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_meldung"))
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start meldung");
    if let Some(input) = stdin {
        use std::io::Write;
        let mut pipe = child.stdin.take().expect("stdin is piped");
        pipe.write_all(input).expect("write to meldung's stdin");
        // dropping `pipe` closes it, so that meldung sees the end of input
    }
    child.wait_with_output().expect("wait for meldung")
}

/// What meldung printed on stdout.
pub fn stdout(out: &Output) -> &str {
    std::str::from_utf8(&out.stdout).expect("stdout is UTF-8")
}

/// What meldung printed on stderr.
pub fn stderr(out: &Output) -> &str {
    std::str::from_utf8(&out.stderr).expect("stderr is UTF-8")
}

/// Asserts the exit code, showing both outputs when it differs.
#[track_caller]
pub fn assert_exit(out: &Output, code: i32) {
    assert_eq!(
        out.status.code(),
        Some(code),
        "exit status {:?}\n--- stdout:\n{}\n--- stderr:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
}
