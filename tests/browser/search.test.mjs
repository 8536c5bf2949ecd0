// Browser tests of the search page and live reload, in a real headless
// Chromium driven by playwright-core (node's built-in test runner):
//
//   AGORA_BIN=target/debug/agora node --test tests/browser/
//
// The test builds nothing itself: it copies the example site into a temporary
// folder, adds an entry with a hostile title and body, and starts
// `agora serve` on a free 127.0.0.1 port; the server and the browser are
// always stopped (after()), also when a test fails.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { REPO, copyExampleSite, launchChromium, sleep, startServe, stopServe } from "./support.mjs";

const SCREENSHOT = "/tmp/agora-search.png";

// The hostile entry of tests/it/support/mod.rs (`hostile_entry()`).
const HOSTILE_TITLE = `<script>alert(1)</script> & "x"`;
const HOSTILE_WORD = "xylophonequest";
const HOSTILE_URL = "/en/news/hostile-entry/";
const HOSTILE_ENTRY = `---
title: '${HOSTILE_TITLE}'
date: 2024-05-05
tags: [${HOSTILE_WORD}]
---

The ${HOSTILE_WORD} code span \`<img src=x onerror=alert(1)>\` shows markup as text.

<div class="x"><img src=x onerror=alert(1)><script>alert(2)</script>${HOSTILE_WORD} raw html block visibleblockword</div>

Inline raw <img src=y onerror=alert(3)> html and <script>alert(4) hiddenscriptword</script> near ${HOSTILE_WORD} again.
`;

const EDITED = "content/en/news/stem-in-the-schoolyard.md";
const EDITED_URL = "/en/news/stem-in-the-schoolyard/";

let site; // temporary copy of the example site
let server; // { child, port, base, stderr() }
let browser;

// ------------------------------------------------------------------ helpers

/** Polls `fn` until it returns a truthy value, at most `ms`. */
async function waitFor(what, ms, fn) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await sleep(100);
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? `: ${last}` : ""}\n${server ? server.stderr() : ""}`);
}

/**
 * Runs `fn` (a navigation or a read of the page) again when a reload of the
 * page interrupted it, for at most 10 s.
 */
async function between(fn) {
  const end = Date.now() + 10_000;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (Date.now() > end || !/context was destroyed|navigat|ERR_ABORTED/i.test(String(e))) throw e;
      await sleep(100);
    }
  }
}

/** Resolves once `page` has sent its live-reload long poll (`?seq=`). */
function longPoll(page) {
  return page.waitForRequest((r) => r.url().includes("/__agora/reload?seq="), { timeout: 20_000 });
}

/** The server's live-reload status: `version`, `builds`, `seq`, `error`. */
async function reloadStatus() {
  const r = await fetch(`${server.base}/__agora/reload`);
  return r.json();
}

/** `key = value` messages of the theme's and the site's .ftl files (site wins). */
function messages(lang) {
  const out = {};
  for (const dir of [path.join(REPO, "themes/esep/i18n", lang), path.join(REPO, "i18n", lang)]) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".ftl")).sort()) {
      for (const line of fs.readFileSync(path.join(dir, f), "utf8").split("\n")) {
        const m = /^([a-z][a-z0-9-]*)\s*=\s*(\S.*)$/.exec(line);
        if (m) out[m[1]] = m[2].trim();
      }
    }
  }
  return out;
}

/** Text without Fluent's bidi isolation marks, whitespace collapsed. */
const clean = (s) => (s || "").replace(/[\u2068\u2069]/g, "").replace(/\s+/g, " ").trim();

async function api(q, lang, extra = "") {
  const r = await fetch(`${server.base}/api/search?q=${encodeURIComponent(q)}&lang=${lang}${extra}`);
  assert.equal(r.status, 200);
  return r.json();
}

/**
 * A browser context for the search tests. Its live-reload long poll is held
 * open (never answered), so a rebuild cannot reload the page in the middle
 * of a search test; live reload has its own test below.
 */
async function searchContext() {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: "en-GB" });
  await context.route("**/__agora/reload**", () => {});
  return context;
}

/** Records dialogs (alert(…) from injected markup) and page errors. */
function watch(page) {
  const seen = { dialogs: [], errors: [] };
  page.on("dialog", async (d) => {
    seen.dialogs.push(d.message());
    await d.dismiss().catch(() => {});
  });
  page.on("pageerror", (e) => seen.errors.push(String(e)));
  return seen;
}

async function hitTitles(page) {
  return page.$$eval("#search-hits li.search-hit h2", (hs) =>
    hs.map((h) => {
      const a = h.querySelector("a");
      return { text: h.textContent, href: a ? a.getAttribute("href") : null };
    }),
  );
}

// ------------------------------------------------------------------ setup

before(async () => {
  site = copyExampleSite("agora-browser-");
  fs.writeFileSync(path.join(site, "content/en/news/hostile-entry.md"), HOSTILE_ENTRY);
  server = await startServe(site, { timeoutMs: 60_000 });
  browser = await launchChromium();
}, { timeout: 120_000 });

after(async () => {
  try {
    if (browser) await browser.close();
  } finally {
    await stopServe(server);
    if (site) fs.rmSync(site, { recursive: true, force: true });
  }
}, { timeout: 30_000 });

// ------------------------------------------------------------------ tests

test("Dutch search page: typed query, linked results, <mark>, Dutch UI", { timeout: 60_000 }, async () => {
  const nl = messages("nl");
  const en = messages("en");
  const context = await searchContext();
  try {
    const page = await context.newPage();
    const seen = watch(page);
    const res = await page.goto(`${server.base}/nl/search/`);
    assert.equal(res.status(), 200);
    assert.equal(await page.getAttribute("html", "lang"), "nl");

    // UI strings come from the Dutch messages, not the English ones.
    assert.notEqual(nl["search-label"], en["search-label"]);
    assert.equal(clean(await page.textContent("h1")), nl["search-title"]);
    assert.equal(clean(await page.textContent("label[for=search-q]")), nl["search-label"]);
    assert.equal(clean(await page.textContent("form.search-form button[type=submit]")), nl["search-button"]);
    assert.equal(await page.getAttribute("#search-q", "placeholder"), nl["search-placeholder"]);
    assert.equal(clean(await page.textContent("#search-section option[value='']")), nl["search-section-all"]);

    await page.locator("#search-q").pressSequentially("leraren", { delay: 30 });
    await page.waitForSelector("#search-hits li.search-hit", { timeout: 10_000 });
    const expected = await api("leraren", "nl", "&limit=10");
    await waitFor("all hits rendered", 10_000, async () => (await hitTitles(page)).length === expected.hits.length);

    // The results count, in Dutch ("13 resultaten").
    const status = clean(await page.textContent("#search-status"));
    assert.equal(status, `${expected.total} resultaten`);
    assert.equal(new URL(page.url()).searchParams.get("q"), "leraren", "the query is kept in the URL");

    // Titles are links to the pages the API found, and those pages exist.
    const titles = await hitTitles(page);
    assert.deepEqual(
      titles.map((t) => [t.text, t.href]),
      expected.hits.map((h) => [h.title, h.url]),
    );
    for (const t of titles) {
      const r = await fetch(server.base + t.href);
      assert.equal(r.status, 200, `${t.href} is not a page`);
      const html = await r.text();
      assert.ok(html.includes('<html lang="nl"'), `${t.href} is not a Dutch page`);
    }
    const marks = await page.$$eval(".search-hit__snippet mark", (ms) => ms.map((m) => m.textContent.toLowerCase()));
    assert.ok(marks.length > 0, "no <mark> in the snippets");
    assert.ok(marks.every((m) => m.startsWith("lera")), `marked words: ${marks}`);

    // Section filter: only news.
    await page.selectOption("#search-section", "news");
    await waitFor("news-only results", 10_000, async () => {
      const t = await hitTitles(page);
      return t.length > 0 && t.every((x) => x.href.startsWith("/nl/news/"));
    });
    await page.selectOption("#search-section", "");
    await waitFor("all results again", 10_000, async () => (await hitTitles(page)).length === expected.hits.length);

    // A query without results, and a malformed one: Dutch messages.
    await page.fill("#search-q", "zzqqxxnonexistent");
    const noResults = nl["search-no-results"].split("{")[0].trim(); // "Geen resultaten voor „"
    await waitFor("no-results message", 10_000, async () =>
      clean(await page.textContent("#search-status")).startsWith(noResults),
    );
    assert.ok(clean(await page.textContent("#search-status")).includes("zzqqxxnonexistent"));
    assert.equal(await page.locator("#search-hits li").count(), 0);
    await page.fill("#search-q", '"leraren');
    await waitFor("invalid-query message", 10_000, async () =>
      clean(await page.textContent("#search-status")).startsWith(nl["search-invalid"]),
    );

    // Back to the results for the screenshot.
    await page.fill("#search-q", "leraren");
    await waitFor("results again", 10_000, async () => (await hitTitles(page)).length === expected.hits.length);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.dialogs, []);
  } finally {
    await context.close();
  }
});

test("English search page runs the query from ?q= on load", { timeout: 60_000 }, async () => {
  const en = messages("en");
  const context = await searchContext();
  try {
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(`${server.base}/en/search/?q=pupil`);
    await page.waitForSelector("#search-hits li.search-hit", { timeout: 10_000 });
    assert.equal(await page.inputValue("#search-q"), "pupil");
    assert.equal(clean(await page.textContent("h1")), en["search-title"]);
    const expected = await api("pupil", "en", "&limit=10");
    await waitFor("all hits rendered", 10_000, async () => (await hitTitles(page)).length === expected.hits.length);
    assert.equal(clean(await page.textContent("#search-status")), `${expected.total} results`);
    assert.equal((await hitTitles(page))[0].text, expected.hits[0].title);
    assert.ok((await page.locator(".search-hit__snippet mark").count()) > 0);

    // "More results" loads the next page when there is one.
    if (expected.total > expected.hits.length) {
      await page.click("#search-more");
      await waitFor("second page appended", 10_000, async () => (await hitTitles(page)).length > expected.hits.length);
    }
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
});

/** The facet buttons of one dimension: { value, label, count, pressed }. */
async function facetButtons(page, dim) {
  return page.$$eval(`#search-facets .search-facets__group[data-dimension="${dim}"] button`, (bs) =>
    bs.map((b) => ({
      value: b.getAttribute("data-value"),
      label: (b.querySelector(".search-facets__label")?.textContent || "").trim(),
      count: b.querySelector(".search-facets__count")?.textContent || null,
      pressed: b.getAttribute("aria-pressed") === "true",
    })),
  );
}

test("facets: counts per section, level and tag, localized labels, combinable filters", { timeout: 60_000 }, async () => {
  const en = messages("en");
  const context = await searchContext();
  try {
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(`${server.base}/en/search/?q=school`);
    await page.waitForSelector("#search-facets .search-facets__group", { timeout: 10_000 });
    const expected = await api("school", "en", "&limit=10");
    assert.equal(await page.isVisible("#search-facets"), true);

    // Group headings from the English messages.
    const headings = await page.$$eval("#search-facets .search-facets__heading", (hs) => hs.map((h) => h.textContent));
    assert.deepEqual(headings.map(clean), [en["search-filter-section"], en["search-filter-level"], en["search-filter-tag"]]);

    // Section options: "All", then each section with the API's count, labelled with
    // the section's title (as the section filter names it), not its folder name.
    const sections = await facetButtons(page, "section");
    assert.equal(clean(sections[0].label), en["search-filter-all"]);
    assert.equal(sections[0].pressed, true);
    assert.deepEqual(
      sections.slice(1).map((b) => [b.value, Number(b.count)]),
      Object.entries(expected.facets.section),
    );
    const newsTitle = clean(await page.textContent("#search-section option[value=news]"));
    assert.equal(clean(sections.find((b) => b.value === "news").label), newsTitle);
    // Levels are named by the `level-name` message.
    const levels = await facetButtons(page, "level");
    assert.deepEqual(levels.slice(1).map((b) => b.value), Object.keys(expected.facets.level));
    const primary = levels.find((b) => b.value === "primary");
    assert.equal(clean(primary.label), "Primary education");

    // Choose a section: only its hits, the button is pressed, the URL says so.
    await page.click('#search-facets button[data-dimension="section"][data-value="news"]');
    await waitFor("news-only results", 10_000, async () => {
      const t = await hitTitles(page);
      return t.length > 0 && t.every((x) => x.href.startsWith("/en/news/"));
    });
    await waitFor("the news button pressed", 10_000, async () =>
      (await facetButtons(page, "section")).some((b) => b.value === "news" && b.pressed),
    );
    assert.equal(new URL(page.url()).searchParams.get("section"), "news");
    assert.equal(await page.inputValue("#search-section"), "news", "the section select follows");

    // Add a level: both filters hold; the status counts what the API counts.
    const both = await api("school", "en", "&section=news&level=primary&limit=10");
    await page.click('#search-facets button[data-dimension="level"][data-value="primary"]');
    await waitFor("section and level filters", 10_000, async () => {
      const u = new URL(page.url()).searchParams;
      return u.get("level") === "primary" && u.get("section") === "news";
    });
    // The news-only hits may number the same as the filtered ones, so wait for
    // the status line and the links of the new answer, not just a count.
    const wanted = both.hits.map((h) => h.url).join(" ");
    await waitFor("filtered hits", 10_000, async () =>
      clean(await page.textContent("#search-status")) === `${both.total} results` &&
      (await hitTitles(page)).map((t) => t.href).join(" ") === wanted,
    );

    // Clear all filters.
    await page.click("#search-facets .search-facets__clear");
    await waitFor("all results again", 10_000, async () => (await hitTitles(page)).length === expected.hits.length);
    assert.equal(new URL(page.url()).searchParams.get("section"), null);
    assert.equal(new URL(page.url()).searchParams.get("level"), null);
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
});

test("a misspelled query shows “Results for …” with the corrected words", { timeout: 60_000 }, async () => {
  const en = messages("en");
  const context = await searchContext();
  try {
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(`${server.base}/en/search/?q=teahcers`);
    await page.waitForSelector("#search-hits li.search-hit", { timeout: 10_000 });
    const expected = await api("teahcers", "en", "&limit=10");
    assert.equal(expected.corrected.query, "teachers");
    await waitFor("the correction line", 10_000, async () => page.isVisible("#search-corrected"));
    const want = clean(en["search-corrected"].replace("{ $query }", expected.corrected.query));
    assert.equal(clean(await page.textContent("#search-corrected")), want);
    assert.equal(clean(await page.textContent("#search-corrected strong")), "teachers");
    // The typed query stays in the box; the hits are the corrected query's.
    assert.equal(await page.inputValue("#search-q"), "teahcers");
    assert.deepEqual((await hitTitles(page)).map((t) => t.href), expected.hits.map((h) => h.url));
    const marks = await page.$$eval(".search-hit__snippet mark", (ms) => ms.map((m) => m.textContent.toLowerCase()));
    assert.ok(marks.some((m) => m.startsWith("teacher")), `marked words: ${marks}`);

    // A correct query has no correction line.
    await page.fill("#search-q", "teachers");
    await waitFor("the correction line hidden", 10_000, async () => !(await page.isVisible("#search-corrected")));
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
});

test("Arabic search shows English entries of its listings, marked as such", { timeout: 60_000 }, async () => {
  const context = await searchContext();
  try {
    const page = await context.newPage();
    const seen = watch(page);
    const expected = await api("teachers", "ar", "&limit=10");
    const fallback = expected.hits.filter((h) => h.lang === "en");
    assert.ok(fallback.length > 0, `the Arabic search finds English entries: ${JSON.stringify(expected.hits.map((h) => h.url))}`);
    await page.goto(`${server.base}/ar/search/?q=teachers`);
    await page.waitForSelector("#search-hits li.search-hit", { timeout: 10_000 });
    await waitFor("all hits rendered", 10_000, async () => (await hitTitles(page)).length === expected.hits.length);
    const rendered = await page.$$eval("#search-hits li.search-hit", (lis) =>
      lis.map((li) => ({
        lang: li.getAttribute("lang"),
        hreflang: li.querySelector("h2 a")?.getAttribute("hreflang") || null,
        note: li.querySelector(".search-hit__fallback")?.textContent || "",
        noteLang: li.querySelector(".search-hit__fallback")?.getAttribute("lang") || null,
      })),
    );
    expected.hits.forEach((h, i) => {
      if (h.lang === "en") {
        assert.equal(rendered[i].lang, "en", `hit ${i} is marked as English`);
        assert.equal(rendered[i].hreflang, "en");
        assert.ok(clean(rendered[i].note).length > 0, "the fallback note is shown");
        assert.equal(rendered[i].noteLang, "ar", "the note is in the page's language");
      } else {
        assert.equal(rendered[i].lang, null);
        assert.equal(rendered[i].note, "");
      }
    });
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
});

test("hostile entry: title and snippet are shown as text, nothing runs", { timeout: 60_000 }, async () => {
  const context = await searchContext();
  try {
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(`${server.base}/en/search/?q=${HOSTILE_WORD}`);
    await page.waitForSelector("#search-hits li.search-hit a", { timeout: 10_000 });
    const titles = await hitTitles(page);
    assert.deepEqual(titles, [{ text: HOSTILE_TITLE, href: HOSTILE_URL }]);

    // Also found through the words of its markup.
    await page.fill("#search-q", "onerror alert");
    await waitFor("results for the markup words", 10_000, async () =>
      (await hitTitles(page)).some((t) => t.href === HOSTILE_URL),
    );
    // every resource of the page has loaded or failed: an injected onerror has run
    await page.waitForLoadState("load");
    const dom = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll("script")].filter((s) => /alert\(/.test(s.textContent)).length,
      imgOnerror: document.querySelectorAll("img[onerror], [onerror], [onclick]").length,
      imgs: document.querySelectorAll("#search-hits img").length,
      snippetTags: [...document.querySelectorAll(".search-hit__snippet *")].map((e) => e.tagName.toLowerCase()),
      titleHtml: document.querySelector("#search-hits li.search-hit h2 a")?.innerHTML,
    }));
    assert.equal(dom.scripts, 0, "a <script> with alert(…) is in the DOM");
    assert.equal(dom.imgOnerror, 0, "an element with an event-handler attribute is in the DOM");
    assert.equal(dom.imgs, 0);
    assert.ok(dom.snippetTags.every((t) => t === "mark"), `snippet elements: ${dom.snippetTags}`);
    assert.ok(dom.titleHtml.includes("&lt;script&gt;"), `title HTML: ${dom.titleHtml}`);

    // The entry's own page is just as inert.
    await page.click(`#search-hits a[href="${HOSTILE_URL}"]`);
    await page.waitForURL(`**${HOSTILE_URL}`);
    await page.waitForLoadState("load");
    assert.equal(clean(await page.textContent("h1")), HOSTILE_TITLE);
    const inPage = await page.evaluate(
      () =>
        [...document.querySelectorAll("script")].filter((s) => /alert\(/.test(s.textContent)).length +
        document.querySelectorAll("[onerror], [onclick]").length,
    );
    assert.equal(inPage, 0, "the entry page carries the injected markup");
    assert.deepEqual(seen.dialogs, [], "a dialog was opened by injected script");
  } finally {
    await context.close();
  }
});

test("live reload: editing the source reloads the open page", { timeout: 60_000 }, async () => {
  const context = await browser.newContext();
  const file = path.join(site, EDITED);
  const original = fs.readFileSync(file, "utf8");
  let editBuilds = null;
  try {
    const page = await context.newPage();
    const polling = longPoll(page);
    await between(() => page.goto(server.base + EDITED_URL));
    const oldTitle = clean(await between(() => page.textContent("h1")));
    assert.ok(original.includes(oldTitle.split(":")[0]), `h1 ${oldTitle} is not the front-matter title`);
    await between(() => page.evaluate(() => (window.__beforeReload = true)));
    await polling;

    const newTitle = "Browser reload check: a schoolyard lab";
    editBuilds = (await reloadStatus()).builds;
    fs.writeFileSync(file, original.replace(/^title:.*$/m, `title: "${newTitle}"`));
    await waitFor("the page to reload with the new title", 20_000, async () => {
      const h1 = clean(await page.textContent("h1", { timeout: 1000 }));
      return h1 === newTitle;
    });
    assert.equal(await between(() => page.evaluate(() => window.__beforeReload)), undefined, "the page reloaded");
    assert.equal(new URL(page.url()).pathname, EDITED_URL);
  } finally {
    // Put the file back and let that rebuild pass before the next test
    // (the builds, not just the previews before them): the edit's first.
    if (editBuilds !== null) {
      await waitFor("the build of the edit", 20_000, async () => (await reloadStatus()).builds > editBuilds).catch(() => {});
    }
    const before = (await reloadStatus()).builds;
    fs.writeFileSync(file, original);
    await waitFor("the rebuild after restoring the file", 20_000, async () => (await reloadStatus()).builds > before).catch(
      () => {},
    );
    await context.close();
  }
});

test("a broken save shows its error over the last good page; the fix takes it away", { timeout: 60_000 }, async () => {
  const context = await browser.newContext();
  const file = path.join(site, EDITED);
  const original = fs.readFileSync(file, "utf8");
  try {
    const page = await context.newPage();
    let loads = 0;
    page.on("load", () => loads++);
    const polling = longPoll(page);
    await between(() => page.goto(server.base + EDITED_URL));
    const title = clean(await between(() => page.textContent("h1")));
    await polling;
    fs.writeFileSync(file, original.replace(/^title:.*$/m, "title: [unclosed\nbroken: x"));
    await waitFor("the build error over the page", 20_000, async () => (await page.$("#agora-build-error")) !== null);
    const shown = await page.textContent("#agora-build-error");
    // file:line:col, as on the terminal
    assert.match(shown, new RegExp(`${EDITED.replace(/[.]/g, "\\.")}:\\d+:\\d+: `));
    assert.equal(await page.getAttribute("#agora-build-error", "role"), "alert");
    assert.equal(clean(await page.textContent("h1")), title, "the last good page stays");
    // A build that failed moves no version: the page did not reload (nor
    // does it while nothing changes: the poll answers only after a build).
    assert.equal(loads, 1, `the page reloaded ${loads - 1} time(s)`);

    fs.writeFileSync(file, original);
    await waitFor("the fixed build to take the error away", 20_000, async () => {
      const gone = (await between(() => page.$("#agora-build-error"))) === null;
      return gone && clean(await between(() => page.textContent("h1"))) === title;
    });
  } finally {
    // Only if the test stopped half-way: a write of the same bytes would start
    // a rebuild that reloads the next test's page.
    if (fs.readFileSync(file, "utf8") !== original) fs.writeFileSync(file, original);
    await context.close();
  }
});

