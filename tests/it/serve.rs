//! `agora serve` as an editor uses it (SPEC §9): build a temporary copy of
//! the example site, serve it on a free loopback port, fetch pages over real
//! HTTP, edit content files and follow the live-reload long poll. The server
//! child process is killed by a guard, also when a test fails.

use std::path::Path;
use std::time::{Duration, Instant};

use tempfile::TempDir;

use crate::support::http;
use crate::support::*;

const RELOAD_SCRIPT_MARK: &str = "/__agora/reload";

/// `agora serve` over `site`, output in `<site>/public`; ready when `/` answers.
fn serve(site: &Path) -> Server {
    let root = site.to_str().unwrap().to_string();
    let out = site.join("public").to_str().unwrap().to_string();
    // The first build runs before the server listens; allow for a slow machine.
    Server::start(&["serve", "--root", &root, "--out", &out], "/", Duration::from_secs(60))
}

/// The live-reload status: `version` (successful builds), `builds` (all of
/// them) and `error` (the last build's errors, if it failed).
fn status(s: &Server) -> serde_json::Value {
    let r = s.get("/__agora/reload");
    assert_eq!(r.status, 200, "{}", r.text());
    r.json()
}

fn version(s: &Server) -> u64 {
    let st = status(s);
    st["version"].as_u64().unwrap_or_else(|| panic!("no version in {st}"))
}

/// The `title:` of a content file's front matter.
fn front_title(site: &Path, rel: &str) -> String {
    read(&site.join(rel))
        .lines()
        .find_map(|l| l.strip_prefix("title:"))
        .map(|t| t.trim().trim_matches(['"', '\'']).to_string())
        .unwrap_or_else(|| panic!("no title in {rel}"))
}

/// Replaces the front-matter title of a content file.
fn set_title(site: &Path, rel: &str, title: &str) {
    let text = read(&site.join(rel));
    let mut done = false;
    let new: Vec<String> = text
        .lines()
        .map(|l| {
            if !done && l.starts_with("title:") {
                done = true;
                format!("title: \"{title}\"")
            } else {
                l.to_string()
            }
        })
        .collect();
    assert!(done, "no title line in {rel}");
    write(site, rel, new.join("\n") + "\n");
}

#[test]
fn serves_pages_redirects_and_errors() {
    let site = example_site();
    let s = serve(site.path());

    // Language chooser and a language home, with the live-reload script.
    let r = s.get("/");
    assert_eq!(r.status, 200);
    let r = s.get("/en/");
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));
    let html = r.text();
    assert!(html.contains("<html lang=\"en\""), "{html}");
    let script = html.rfind(RELOAD_SCRIPT_MARK).expect("live-reload script injected");
    let body_end = html.rfind("</body>").expect("</body>");
    assert!(script < body_end, "the script goes before </body>");
    // The file on disk has no script: it is injected while serving.
    assert!(!read(&site.path().join("public/en/index.html")).contains(RELOAD_SCRIPT_MARK));

    // A listing: every Dutch news entry is on its first or second page.
    let r = s.get("/nl/news/");
    assert_eq!(r.status, 200);
    let mut listing = r.text();
    assert!(listing.contains("<html lang=\"nl\""));
    let page2 = s.get("/nl/news/page/2/");
    if page2.status == 200 {
        listing.push_str(&page2.text());
    }
    let mut n = 0;
    for e in std::fs::read_dir(site.path().join("content/nl/news")).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if name == "_index.md" || !name.ends_with(".md") {
            continue;
        }
        let url = entry_url(site.path(), &format!("content/nl/news/{name}"));
        assert!(listing.contains(&format!("href=\"{url}\"")), "/nl/news/ does not link {url}");
        n += 1;
    }
    assert!(n > 3);

    // A non-ASCII slug, percent-encoded.
    let rel = "content/tr/news/teacher-wellbeing-survey-results.md";
    let url = entry_url(site.path(), rel);
    assert_eq!(url, "/tr/news/%C3%B6%C4%9Fretmen-iyi-olu%C5%9F-anketi/");
    let r = s.get(&url);
    assert_eq!(r.status, 200, "{url}");
    let title = front_title(site.path(), rel);
    assert!(r.text().contains(&title), "{url} should show its title {title:?}");
    assert!(r.text().contains("<html lang=\"tr\""));

    // A folder without its slash is redirected.
    let r = s.get("/en/news");
    assert_eq!(r.status, 301);
    assert_eq!(r.header("location"), Some("/en/news/"));

    // A missing page: 404 with the site's 404 page.
    let r = s.get("/nope/");
    assert_eq!(r.status, 404);
    assert!(r.header("content-type").is_some_and(|c| c.starts_with("text/html")));
    let page404 = read(&site.path().join("public/404.html"));
    let t0 = page404.find("<title>").expect("404.html has a <title>");
    let t1 = page404[t0..].find("</title>").unwrap() + t0;
    assert!(r.text().contains(&page404[t0..t1]), "the 404 page is served: {}", r.text());
    assert_eq!(s.get("/en/news/no-such-entry/").status, 404);

    // Nothing outside the output folder: site.yaml sits right above it.
    let secret = "default_language";
    assert!(read(&site.path().join("site.yaml")).contains(secret));
    for path in [
        "/../site.yaml",
        "/../Cargo.toml",
        "/%2e%2e/site.yaml",
        "/%2E%2E/site.yaml",
        "/en/../../site.yaml",
        "/en/%2e%2e/%2e%2e/site.yaml",
        "/..%2fsite.yaml",
        "/%2e%2e%2fsite.yaml",
        "/..%5csite.yaml",
        "//etc/passwd",
        "/%2fetc/passwd",
    ] {
        let r = http::get(s.port, path).unwrap();
        assert_ne!(r.status, 200, "{path} answered 200");
        assert!(!r.text().contains(secret) && !r.text().contains("root:x:0:0"), "{path} leaked a file");
    }

    // Theme assets and the search API.
    let r = s.get("/theme/js/search.js");
    assert_eq!(r.status, 200);
    assert!(r.header("content-type").is_some_and(|c| c.contains("javascript")));
    let r = s.get("/api/search?q=pupil&lang=en");
    assert_eq!(r.status, 200, "{}", r.text());
    let v = r.json();
    assert_eq!(v["lang"], "en");
    assert!(v["total"].as_u64().unwrap() > 0);
    let hit = &v["hits"][0];
    for k in ["title", "url", "section", "snippet"] {
        assert!(hit[k].is_string(), "{hit:#}");
    }
    assert!(hit["snippet"].as_str().unwrap().contains("<mark>"));
    assert_eq!(s.get(hit["url"].as_str().unwrap()).status, 200, "a hit links to a served page");
    assert_eq!(s.get("/api/search?q=&lang=en").status, 400);

    // The live-reload poll without `since` answers at once.
    let t = Instant::now();
    version(&s);
    assert!(t.elapsed() < Duration::from_secs(5));
}

const EDITED: &str = "content/en/news/stem-in-the-schoolyard.md";

#[test]
fn edit_rebuilds_reloads_and_survives_a_broken_file() {
    let site: TempDir = example_site();
    let s = serve(site.path());
    let url = entry_url(site.path(), EDITED);
    let old_title = front_title(site.path(), EDITED);
    assert!(s.get(&url).text().contains(&old_title));

    // Edit the title: a new build comes out and the page shows it.
    let v0 = version(&s);
    let t = Instant::now();
    set_title(site.path(), EDITED, "Zanzibarquest schoolyard laboratory");
    s.wait_for_build("the new title", Duration::from_secs(20), || {
        s.get(&url).text().contains("Zanzibarquest schoolyard laboratory")
    });
    eprintln!("edit → new page in {:?}", t.elapsed());
    assert!(version(&s) > v0, "the build number moved");
    // The search index was rebuilt and swapped too.
    let v = s.get("/api/search?q=zanzibarquest&lang=en").json();
    assert_eq!(v["hits"][0]["url"], url.as_str(), "{v:#}");

    // Break the front matter: the error is printed, the last good build stays.
    let good = read(&site.path().join(EDITED));
    write(site.path(), EDITED, good.replacen("title:", "title: [unclosed\nbroken:", 1));
    wait_for(
        "the build error on stderr",
        Duration::from_secs(20),
        || s.stderr(),
        || (s.stderr().contains("Build failed") && s.stderr().contains("stem-in-the-schoolyard.md")).then_some(()),
    );
    // The live-reload poll says why, with file:line:col, for the page to show.
    let err = status(&s)["error"].as_str().map(str::to_string).unwrap_or_else(|| panic!("no error in {}", status(&s)));
    let at = err.find(EDITED).unwrap_or_else(|| panic!("{err}"));
    let place: Vec<&str> = err[at + EDITED.len()..].splitn(4, ':').collect();
    assert!(
        place.len() == 4
            && place[0].is_empty()
            && [place[1], place[2]].iter().all(|n| n.parse::<u32>().is_ok_and(|n| n > 0)),
        "no file:line:col in {err}"
    );
    let r = s.get(&url);
    assert_eq!(r.status, 200, "the previous page is still served");
    assert!(r.text().contains("Zanzibarquest schoolyard laboratory"));
    assert_eq!(s.get("/en/").status, 200);
    assert_eq!(s.get("/api/search?q=zanzibarquest&lang=en").json()["total"], 1);

    // Fix it: the next build succeeds and the page follows.
    let failed_at = s.stderr().len();
    write(site.path(), EDITED, good.replace("Zanzibarquest", "Quagmirequest"));
    s.wait_for_build("the fixed page", Duration::from_secs(20), || {
        s.get(&url).text().contains("Quagmirequest schoolyard laboratory")
    });
    assert!(s.stderr().get(failed_at..).unwrap_or_default().contains("Built "), "{}", s.stderr());
    assert!(status(&s)["error"].is_null(), "{}", status(&s));
}

/// Only real edits rebuild: editor leftovers do not, nor do the build's own
/// writes. Checked without waiting for nothing to happen: two edits in a row
/// must take exactly two builds.
#[test]
fn no_rebuild_without_changes() {
    let site = example_site();
    let s = serve(site.path());
    let url = entry_url(site.path(), EDITED);
    let (v0, b0) = (version(&s), s.builds());
    write(site.path(), "content/en/news/.#stem-in-the-schoolyard.md", "an editor's lock file");
    write(site.path(), &format!("{EDITED}~"), "an editor's backup");
    for (n, title) in ["Sentinel one", "Sentinel two"].into_iter().enumerate() {
        set_title(site.path(), EDITED, title);
        s.wait_for_build(title, Duration::from_secs(20), || s.get(&url).text().contains(title));
        let n = n as u64 + 1;
        assert_eq!(s.builds(), b0 + n, "{n} edit(s) should take {n} build(s):\n{}", s.stderr());
    }
    // Each title edit is previewed first, then built: two versions each.
    assert_eq!(version(&s), v0 + 4, "{}", s.stderr());
    assert_eq!(s.stderr().matches("Previewed ").count(), 2, "{}", s.stderr());
}

/// `//en` is redirected to `/en/`, never to `//en/` (which a browser reads
/// as the host `en`); and a symlink planted in the output folder is not
/// followed, wherever it points.
#[test]
fn redirects_stay_on_the_site_and_symlinks_are_not_followed() {
    let site = example_site();
    let s = serve(site.path());
    for (path, to) in [("//en", "/en/"), ("///en", "/en/"), ("//en//news", "/en/news/"), ("/en//news", "/en/news/")] {
        let r = http::get(s.port, path).unwrap();
        assert_eq!(r.status, 301, "{path}");
        assert_eq!(r.header("location"), Some(to), "{path}");
    }

    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        let public = site.path().join("public");
        let secret = "default_language";
        assert!(read(&site.path().join("site.yaml")).contains(secret));
        symlink(site.path().join("site.yaml"), public.join("leak.txt")).unwrap();
        symlink(site.path(), public.join("en/leak")).unwrap();
        // Even one pointing inside the output folder: symlinks are not followed.
        symlink(public.join("en/index.html"), public.join("en/copy.html")).unwrap();
        for path in ["/leak.txt", "/en/leak/site.yaml", "/en/leak/", "/en/leak", "/en/copy.html"] {
            let r = http::get(s.port, path).unwrap();
            assert_eq!(r.status, 404, "{path}: {}", r.text());
            assert!(!r.text().contains(secret), "{path} leaked site.yaml");
        }
        // The real files are still served.
        assert_eq!(s.get("/en/index.html").status, 200);
        assert_eq!(s.get("/en/").status, 200);
    }
}
