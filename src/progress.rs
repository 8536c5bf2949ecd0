//! What a build tells the person waiting for it: on a terminal, an indicatif
//! progress bar with the current stage and files/s; `--timings`, the time of
//! each stage. A process-wide reporter, like a logger: the stages only say
//! where they are, and nothing is shown unless the command asked for it.

use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

struct Reporter {
    bar: Option<ProgressBar>,
    timings: bool,
    stages: Mutex<Vec<(String, Duration)>>,
}

static REPORTER: OnceLock<Reporter> = OnceLock::new();

/// Show a progress bar (when `bar` and stderr is a terminal) and/or record
/// stage times (`timings`, or `AGORA_TIMINGS` in the environment).
pub fn init(bar: bool, timings: bool) {
    let bar = (bar && std::io::IsTerminal::is_terminal(&std::io::stderr())).then(|| {
        let b = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(8));
        b.set_style(
            ProgressStyle::with_template("{spinner} {msg:<14} {pos:>7} files  {per_sec:>12}  {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        b.enable_steady_tick(Duration::from_millis(120));
        b
    });
    let timings = timings || std::env::var_os("AGORA_TIMINGS").is_some();
    let _ = REPORTER.set(Reporter { bar, timings, stages: Mutex::new(Vec::new()) });
}

/// Run one stage of the build, naming it on the bar and timing it. Stages
/// overlap on rayon, so their times add up to more than the wall time.
pub fn stage<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let Some(r) = REPORTER.get() else { return f() };
    if let Some(b) = &r.bar {
        b.set_message(name.to_string());
    }
    let start = Instant::now();
    let v = f();
    if r.timings {
        r.stages.lock().unwrap_or_else(|e| e.into_inner()).push((name.to_string(), start.elapsed()));
    }
    v
}

/// One file written.
pub fn tick() {
    if let Some(b) = REPORTER.get().and_then(|r| r.bar.as_ref()) {
        b.inc(1);
    }
}

/// Clear the bar; the stage table when timings were asked for.
pub fn finish() -> Option<String> {
    let r = REPORTER.get()?;
    if let Some(b) = &r.bar {
        b.finish_and_clear();
    }
    if !r.timings {
        return None;
    }
    let stages = r.stages.lock().unwrap_or_else(|e| e.into_inner());
    let mut out = String::from("stage              time\n");
    for (name, d) in stages.iter() {
        out.push_str(&format!("{name:<14} {:>8.1} ms\n", d.as_secs_f64() * 1000.0));
    }
    Some(out)
}
