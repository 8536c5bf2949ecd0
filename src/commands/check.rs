//! `agora check`: validate everything, build nothing; exit 1 on errors.
//! (The checks themselves are the pipeline's and [`crate::check`]'s.)

use super::Format;
use crate::diag::Diagnostics;
use crate::pipeline::BuildArgs;

pub fn run(args: &BuildArgs, format: Format) -> i32 {
    report(&crate::check::run(args), format)
}

/// Print a report of findings on stdout; exit status 1 if any is an error.
fn report(d: &Diagnostics, format: Format) -> i32 {
    match format {
        Format::Json => {
            let v = serde_json::json!({
                "errors": d.error_count(),
                "warnings": d.0.len() - d.error_count(),
                "findings": d,
            });
            outln!("{}", serde_json::to_string_pretty(&v).unwrap());
        }
        Format::Text => {
            for x in d.iter() {
                outln!("{x}");
            }
            outln!("{} error(s), {} warning(s)", d.error_count(), d.0.len() - d.error_count());
        }
    }
    i32::from(d.has_errors())
}
