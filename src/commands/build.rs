//! `agora build`: build the site into the output folder.

use crate::pipeline::{self, BuildArgs};

/// Build, print the warnings (or the errors) and a summary line; with
/// `timings`, the time of each stage.
pub fn run(args: &BuildArgs, timings: bool) -> i32 {
    crate::progress::init(true, timings);
    let result = pipeline::build(args);
    if let Some(table) = crate::progress::finish() {
        eprint!("{table}");
    }
    match result {
        Ok(r) => {
            r.warnings.eprint();
            let per_lang: Vec<String> = r.pages_per_lang.iter().map(|(l, n)| format!("{l} {n}")).collect();
            eprintln!(
                "Built {} pages ({}), {} files ({:.1} MB){} into {} in {:.2} s",
                r.pages,
                per_lang.join(", "),
                r.files,
                r.bytes as f64 / 1e6,
                if r.kept > 0 { format!(", {} unchanged", r.kept) } else { String::new() },
                args.out_dir().display(),
                r.elapsed.as_secs_f64()
            );
            0
        }
        Err(d) => {
            d.eprint();
            eprintln!("Build failed: {} error(s); the output folder was left as it was.", d.error_count());
            1
        }
    }
}
