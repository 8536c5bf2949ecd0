// What the browser tests (*.test.mjs here) share: the paths, a temporary copy
// of the example site, `agora serve` on a free 127.0.0.1 port, and the
// headless Chromium (playwright-core driving Debian's /usr/bin/chromium).
// Not a test file itself: node --test runs only the *.test.mjs files.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

/** tests/browser/ */
export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, "../..");
/** The binary under test: $AGORA_BIN (tests/it/browser.rs sets it), else a debug build. */
export const BIN = path.resolve(REPO, process.env.AGORA_BIN || "target/debug/agora");
export const CHROMIUM = "/usr/bin/chromium";

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A copy of the example site (site.yaml, content/, i18n/, static/ and
 * templates/ if the repository has one; the theme built into the binary) in a
 * new temporary folder named `<prefix>…`; returns the folder.
 */
export function copyExampleSite(prefix) {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.copyFileSync(path.join(REPO, "site.yaml"), path.join(site, "site.yaml"));
  for (const d of ["content", "i18n", "static", "templates"]) {
    if (fs.existsSync(path.join(REPO, d))) fs.cpSync(path.join(REPO, d), path.join(site, d), { recursive: true });
  }
  return site;
}

/** Servers started and not stopped yet: killed if the runner exits without after(). */
const running = new Set();
process.on("exit", () => {
  for (const s of running) if (s.child.exitCode === null) s.child.kill("SIGKILL");
});

/**
 * `agora serve` over `root` (output in `<root>/public`) on a free 127.0.0.1
 * port, ready when `/` answers, at most `timeoutMs` (the first build runs
 * before it listens); retries with another port if the one picked was taken
 * meanwhile. Returns `{ child, port, base, stderr() }`.
 */
export async function startServe(root, { timeoutMs }) {
  assert.ok(fs.existsSync(BIN), `agora binary not found at ${BIN} (set AGORA_BIN or run cargo build)`);
  let lastError = "";
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const args = ["serve", "--root", root, "--out", path.join(root, "public"), "--bind", "127.0.0.1", "--port", String(port)];
    const child = spawn(BIN, args, { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stdout.on("data", () => {});
    child.stderr.on("data", (d) => (err += d));
    let exited = null;
    child.on("exit", (code, signal) => (exited = { code, signal }));
    child.on("error", (e) => (exited = { error: e }));
    const s = { child, port, base: `http://127.0.0.1:${port}`, stderr: () => err };
    running.add(s);
    const end = Date.now() + timeoutMs;
    while (Date.now() < end && !exited) {
      try {
        const r = await fetch(s.base + "/", { signal: AbortSignal.timeout(5000) });
        await r.arrayBuffer();
        return s;
      } catch {
        await sleep(100);
      }
    }
    running.delete(s);
    if (!exited) {
      child.kill("SIGKILL");
      throw new Error(`agora serve did not answer on port ${port} within ${timeoutMs / 1000} s:\n${err}`);
    }
    lastError = `agora serve exited (${JSON.stringify(exited)}):\n${err}`;
    if (!err.includes("cannot listen")) break;
  }
  throw new Error(lastError);
}

export async function stopServe(s) {
  if (!s) return;
  running.delete(s);
  if (s.child.exitCode !== null || s.child.signalCode !== null) return;
  const gone = new Promise((r) => s.child.once("exit", r));
  s.child.kill("SIGKILL");
  await Promise.race([gone, sleep(5000)]);
}

/** Headless Chromium with the flags both test files used. */
export async function launchChromium() {
  assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: run scripts/test.sh (it installs chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}
