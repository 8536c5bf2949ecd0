//! The commands of `agora` (SPEC §9), one module each, on top of the
//! pipeline stages: a command takes its arguments from [`crate::cli`], runs
//! the stages, prints what came of it and returns the exit status (0 ok,
//! 1 content or configuration errors, 2 usage errors).
//!
//! Diagnostics are printed by [`crate::diag::Diagnostics::eprint`]; answers
//! go to stdout through `outln!` and `out!`, which ignore a closed pipe.

/// Print to stdout, ignoring a closed pipe (`agora i18n | head`).
macro_rules! outln {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($t)*);
    }};
}
macro_rules! out {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout().lock(), $($t)*);
    }};
}

pub mod build;
pub mod check;
pub mod i18n;
pub mod new;
pub mod search;
pub mod serve;

/// How a command that reports prints its answer (`--format`).
#[derive(Copy, Clone, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}
