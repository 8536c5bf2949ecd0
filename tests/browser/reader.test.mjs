// The reader's site in a real headless Chromium (playwright-core), run by
// tests/it/browser.rs:
//
//   AGORA_BIN=target/debug/agora node --test tests/browser/reader.test.mjs
//
// It copies the example site (with the theme built into the binary), starts
// `agora serve` on a free loopback port and checks every page type in three
// languages (one right-to-left), at 390 and 1280 px, in light and dark mode:
// axe-core finds no serious or critical violation; no console error, no failed
// request, no request leaving the site. Then the mobile menu by keyboard, a
// fallback card's language and direction, an ended course, the print styles.
// It writes screenshots to docs/screenshots/ (shown in the README).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { HERE, REPO, copyExampleSite, launchChromium, startServe, stopServe } from "./support.mjs";

const SHOTS = path.join(REPO, "docs/screenshots");
const AXE = fs.readFileSync(path.join(HERE, "node_modules/axe-core/axe.min.js"), "utf8");
const LANGS = ["en", "nl", "ar"];

let site; // temporary copy of the example site
let server;
let browser;

/**
 * A browser context that records what a reader's browser would complain
 * about. The dev server's live-reload poll is held open (it is `serve`'s, not
 * the site's) and left out of the failed requests.
 */
async function readerContext(opts) {
  const context = await browser.newContext({ locale: "en-GB", ...opts });
  await context.route("**/__agora/reload**", () => {});
  const problems = [];
  context.on("page", (page) => watch(page, problems));
  return { context, problems };
}

function watch(page, problems) {
  const deliberate404 = (u) => u.includes("/no-such-page/");
  page.on("console", (m) => {
    // Chromium logs the status of a page answered 404 (the deliberate one) as an error
    if (m.type() === "error" && !(deliberate404(page.url()) && m.text().includes("status of 404"))) {
      problems.push(`console error on ${page.url()}: ${m.text()}`);
    }
  });
  page.on("pageerror", (e) => problems.push(`page error on ${page.url()}: ${e}`));
  page.on("requestfailed", (r) => {
    // ERR_ABORTED: the test moved on while a lazy image was still loading (a
    // missing file is a 404 response, reported below)
    const why = r.failure()?.errorText || "";
    if (!r.url().includes("/__agora/reload") && !why.includes("ERR_ABORTED")) problems.push(`failed request ${r.url()}: ${why}`);
  });
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(server.base) && !u.startsWith("data:")) problems.push(`request leaving the site: ${u}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400 && !deliberate404(r.url())) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
}

/** Serious and critical axe-core violations of the loaded page. */
async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) await page.addScriptTag({ content: AXE });
  const r = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return r.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

async function firstHref(page, url, selector) {
  await page.goto(server.base + url);
  return page.$eval(selector, (a) => a.getAttribute("href"));
}

/** One URL per page type in `lang`. */
async function pageTypes(page, lang) {
  const t = {
    home: `/${lang}/`,
    news: `/${lang}/news/`,
    courses: `/${lang}/courses/`,
    toolkit: `/${lang}/toolkit/`,
    opinions: `/${lang}/opinions/`,
    tags: `/${lang}/tags/`,
    search: `/${lang}/search/?q=etwinning`,
    notFound: `/${lang}/no-such-page/`,
  };
  t.article = await firstHref(page, t.news, "main .card__title a");
  t.course = await firstHref(page, t.courses, "main .card__title a");
  t.pastCourse = await firstHref(page, t.courses, "main .cards--past .card__title a");
  t.opinion = await firstHref(page, t.opinions, "main .card__title a");
  t.toolkitEntry = await firstHref(page, t.toolkit, "main .card__title a");
  t.tag = await firstHref(page, t.tags, "main .term-list a");
  t.page = await firstHref(page, t.home, ".site-footer__links a");
  if (lang === LANGS[0]) t.chooser = "/";
  return t;
}

// ------------------------------------------------------------------ setup

before(async () => {
  site = copyExampleSite("agora-reader-");
  server = await startServe(site, { timeoutMs: 90_000 });
  browser = await launchChromium();
  fs.mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  if (browser) await browser.close().catch(() => {});
  await stopServe(server);
  if (site) fs.rmSync(site, { recursive: true, force: true });
});

// ------------------------------------------------------------------ tests

test("axe-core: no serious or critical violations on any page type, 3 languages, 390/1280 px, light and dark", async () => {
  const { context, problems } = await readerContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const types = {};
  for (const lang of LANGS) types[lang] = await pageTypes(page, lang);
  await context.close();

  const combos = [
    { width: 1280, scheme: "light" },
    { width: 390, scheme: "light" },
    { width: 1280, scheme: "dark" },
    { width: 390, scheme: "dark" },
  ];
  const failures = [];
  const wrong404 = [];
  const table = [];
  // one browser context per viewport and colour scheme, two at a time
  const run = async (c) => {
    const { context, problems: seen } = await readerContext({
      viewport: { width: c.width, height: c.width < 600 ? 844 : 900 },
      colorScheme: c.scheme,
      isMobile: c.width < 600,
      hasTouch: c.width < 600,
    });
    const page = await context.newPage();
    let checked = 0;
    let failed = 0;
    for (const lang of LANGS) {
      for (const [type, url] of Object.entries(types[lang])) {
        const r = await page.goto(server.base + url);
        if (type === "notFound") {
          if (r.status() !== 404) wrong404.push(`${url}: HTTP ${r.status()}`);
          const spoken = await page.getAttribute("html", "lang");
          if (spoken !== lang) wrong404.push(`${url}: the 404 page speaks ${spoken}, not ${lang}`);
        }
        if (type === "search") await page.waitForSelector("#search-hits li, .search-results__status:not(:empty)");
        const v = await axe(page);
        checked++;
        if (v.length) {
          failed++;
          failures.push(`${c.width}px ${c.scheme} ${lang} ${type} ${url}:\n  ${v.join("\n  ")}`);
        }
      }
    }
    table.push(`${c.width}px ${c.scheme}: ${checked} pages, ${failed} with serious/critical violations`);
    problems.push(...seen);
    await context.close();
  };
  await Promise.all([run(combos[0]), run(combos[1])]);
  await Promise.all([run(combos[2]), run(combos[3])]);
  console.log(`axe-core ${JSON.parse(fs.readFileSync(path.join(HERE, "node_modules/axe-core/package.json"))).version}, page types: ${Object.keys(types.en).join(", ")}\n${table.join("\n")}`);
  assert.deepEqual(failures, [], failures.join("\n"));
  assert.deepEqual(problems, [], problems.join("\n"));
  assert.deepEqual([...new Set(wrong404)], [], "per-language 404 pages");
});

test("mobile: header under 120 px, the menu opens and is followed by keyboard without JavaScript", async () => {
  const { context, problems } = await readerContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.base + "/en/");
  const header = await page.$eval(".site-header", (h) => h.getBoundingClientRect().height);
  assert.ok(header < 120, `header is ${header} px high`);
  assert.equal(await page.isVisible(".site-nav--main"), false, "the bar menu is folded away");
  assert.equal(await page.isVisible(".menu .site-nav a"), false);
  // a card is visible above the fold
  const firstCard = await page.$eval("main article.card", (c) => c.getBoundingClientRect().top);
  assert.ok(firstCard < 844, `first card at ${firstCard} px`);
  // Tab to the menu button, open it with Enter, Tab into it, follow a link
  let onMenu = false;
  for (let i = 0; i < 10 && !onMenu; i++) {
    await page.keyboard.press("Tab");
    onMenu = await page.evaluate(() => document.activeElement?.matches(".menu > summary") ?? false);
  }
  assert.ok(onMenu, "the menu button is reachable by Tab");
  await page.keyboard.press("Enter");
  assert.equal(await page.getAttribute(".menu", "open"), "");
  assert.ok(await page.isVisible(".menu .site-nav a"), "menu links are shown");
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => document.activeElement?.getAttribute("href"));
  assert.equal(focused, "/en/news/");
  await Promise.all([page.waitForURL("**/en/news/"), page.keyboard.press("Enter")]);
  await page.screenshot({ path: path.join(SHOTS, "menu-mobile.png") });
  await context.close();
  assert.deepEqual(problems, [], problems.join("\n"));
});

test("a fallback card on an Arabic page is one left-to-right English fragment", async () => {
  const { context, problems } = await readerContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.base + "/ar/news/");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  const cards = await page.$$eval("main article.card--fallback", (cs) =>
    cs.map((c) => ({
      lang: c.getAttribute("lang"),
      dir: c.getAttribute("dir"),
      // every block runs left to right; a date in the reader's script is an
      // isolated run of its own (<time dir="auto">) inside that line
      directions: [
        ...new Set(
          [c, ...c.querySelectorAll("*")]
            .filter((e) => !e.closest('[dir="auto"]'))
            .map((e) => getComputedStyle(e).direction),
        ),
      ],
      textAligns: [...new Set([c, ...c.querySelectorAll("p, h2, h3")].map((e) => getComputedStyle(e).textAlign))],
      noteLang: c.querySelector(".fallback-note")?.closest("[lang]")?.getAttribute("lang"),
    })),
  );
  assert.ok(cards.length > 0);
  for (const c of cards) {
    assert.equal(c.lang, "en");
    assert.equal(c.dir, "ltr");
    assert.deepEqual(c.directions, ["ltr"], "every part of the card runs left to right");
    assert.ok(c.textAligns.every((a) => a === "start" || a === "left"), c.textAligns.join());
    assert.equal(c.noteLang, "ar", "the note is in the reader's language");
  }
  // Arabic entries first
  const langs = await page.$$eval("main article.card", (cs) => cs.map((c) => c.getAttribute("lang")));
  assert.equal(langs[0], null);
  assert.ok(langs.indexOf("en") > 0 && langs.slice(langs.indexOf("en")).every((l) => l === "en"));
  await page.goto(server.base + "/ar/");
  await page.screenshot({ path: path.join(SHOTS, "home-ar.png"), fullPage: true });
  await context.close();
  assert.deepEqual(problems, [], problems.join("\n"));
});

test("an ended course offers no registration; an upcoming one does", async () => {
  const { context, problems } = await readerContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const past = await firstHref(page, "/en/courses/", "main .cards--past .card__title a");
  await page.goto(server.base + past);
  const register = () => page.$$eval("main a", (as) => as.filter((a) => a.href.includes("/register/")).length);
  assert.equal(await register(), 0, `${past} offers registration`);
  assert.ok(await page.isVisible(".course-box--ended"));
  await page.goto(server.base + "/en/");
  const featured = await page.$eval(".hero__featured .card__title a", (a) => a.getAttribute("href"));
  await page.goto(server.base + featured);
  assert.ok((await register()) > 0, `${featured} should offer registration`);
  await page.screenshot({ path: path.join(SHOTS, "course.png"), fullPage: true });
  await context.close();
  assert.deepEqual(problems, [], problems.join("\n"));
});

test("home screenshots (desktop, mobile, dark) and print styles", async () => {
  const { context, problems } = await readerContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.base + "/en/");
  await page.screenshot({ path: path.join(SHOTS, "home-desktop.png"), fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: path.join(SHOTS, "home-dark.png") });
  // print: no navigation, no table of contents, link targets written out
  await page.emulateMedia({ media: "print", colorScheme: "light" });
  await page.goto(server.base + "/en/toolkit/whole-school-approach/");
  const print = await page.evaluate(() => ({
    nav: getComputedStyle(document.querySelector(".site-nav-bar")).display,
    toc: document.querySelector(".toc") ? getComputedStyle(document.querySelector(".toc")).display : "none",
    after: getComputedStyle(document.querySelector(".prose a[href]"), "::after").content,
  }));
  assert.equal(print.nav, "none");
  assert.equal(print.toc, "none");
  assert.match(print.after, /\/en\//, "a printed link shows where it leads");
  await context.close();
  const mobile = await readerContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const m = await mobile.context.newPage();
  await m.goto(server.base + "/en/");
  await m.screenshot({ path: path.join(SHOTS, "home-mobile.png") });
  await mobile.context.close();
  assert.deepEqual([...problems, ...mobile.problems], []);
});
