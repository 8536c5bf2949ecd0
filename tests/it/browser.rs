//! Runs the headless-Chromium tests of `tests/browser/` (node's built-in test
//! runner driving `/usr/bin/chromium` through playwright-core) against the
//! binary cargo just built. They need Chromium and the node packages, which
//! `scripts/test.sh` installs; when they are missing this test fails and says
//! so rather than passing without having run.

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::support::{repo, ChildGuard, BIN};

const CHROMIUM: &str = "/usr/bin/chromium";

#[test]
fn search_page_and_live_reload_in_chromium() {
    let dir = repo().join("tests/browser");
    let node = Command::new("node").arg("--version").output();
    let mut missing = Vec::new();
    if !Path::new(CHROMIUM).exists() {
        missing.push(CHROMIUM.to_string());
    }
    if !node.as_ref().is_ok_and(|o| o.status.success()) {
        missing.push("node (Node.js ≥ 20)".to_string());
    }
    if !dir.join("node_modules/playwright-core/package.json").is_file() {
        missing.push("tests/browser/node_modules (playwright-core)".to_string());
    }
    assert!(
        missing.is_empty(),
        "the browser tests cannot run: missing {}.\nRun scripts/test.sh, which installs Chromium and the node \
         packages (apt-get install chromium; cd tests/browser && npm ci) and then runs all tests.",
        missing.join(", ")
    );

    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".test.mjs"))
        .map(|n| format!("tests/browser/{n}"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no *.test.mjs in tests/browser");

    // The test files are named one by one: node 20 takes a folder argument,
    // node 22 reads arguments as glob patterns instead.
    // Its own process group, so that a timeout also ends the `agora serve`
    // the test started.
    let child = Command::new("node")
        .process_group(0)
        .arg("--test")
        .arg("--test-reporter=spec")
        .args(&files)
        .current_dir(repo())
        .env("AGORA_BIN", BIN)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start node");
    let out = ChildGuard::new(child, "node --test").group().wait_output(Duration::from_secs(300));
    let report = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "node --test {} failed ({}):\n{report}", files.join(" "), out.status);
    println!("{report}");
}
