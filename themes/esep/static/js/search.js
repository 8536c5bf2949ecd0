/* agora / esep — search page client.
 *
 * Reads everything it needs from the search form's data- attributes (API URL,
 * language, UI strings rendered by the theme's Fluent messages), calls
 *   GET <api>?q=…&lang=…[&section=…]&page=N
 * and renders { query, lang, total, hits: [{ title, url, section, date, snippet }] }.
 * Every field is set as text, except `snippet`, which the server has already
 * HTML-escaped (its only markup is <mark>).
 */
(function () {
  "use strict";

  var form = document.querySelector("form.search-form[data-lang]");
  if (!form) return;

  var input = form.querySelector('input[name="q"]');
  var sectionSelect = form.querySelector('select[name="section"]');
  var statusEl = document.getElementById("search-status");
  var listEl = document.getElementById("search-hits");
  var moreBtn = document.getElementById("search-more");
  var d = form.dataset;

  var lang = d.lang || document.documentElement.lang || "en";
  var api = d.api || "/api/search";
  var PAGE_SIZE = 10;
  var DEBOUNCE_MS = 200;

  // Section names → their titles in this language, from the filter's options.
  var sectionTitles = {};
  if (sectionSelect) {
    Array.prototype.forEach.call(sectionSelect.options, function (o) {
      if (o.value) sectionTitles[o.value] = o.textContent;
    });
  }

  /* ---- localized strings -------------------------------------------- */

  // The results-count message is rendered by the theme for a few sample
  // numbers; pick the sample whose plural category matches the real count.
  var SAMPLES = [0, 1, 2, 3, 11, 100];
  var plural = null;
  try { plural = new Intl.PluralRules(lang); } catch (e) { plural = null; }
  var countForms = {}; // exact "0" or category → { n, text }
  // 0 comes last: its message may be an exact [0] variant, so it only stands
  // for its plural category when no other sample has that category (Arabic
  // "zero").
  SAMPLES.slice(1).concat([0]).forEach(function (n) {
    var text = form.getAttribute("data-results-" + n);
    if (text == null) return;
    if (n === 0) countForms["=0"] = { n: n, text: text };
    var cat = plural ? plural.select(n) : (n === 1 ? "one" : "other");
    if (!countForms[cat]) countForms[cat] = { n: n, text: text };
  });

  function formatNumber(n) {
    try { return n.toLocaleString(lang); } catch (e) { return String(n); }
  }

  function resultsCount(count) {
    var form0 = count === 0 && countForms["=0"];
    var cat = plural ? plural.select(count) : (count === 1 ? "one" : "other");
    var f = form0 || countForms[cat] || countForms.other;
    if (!f) return String(count);
    // Replace the sample number, written plainly or localized, by the count.
    var plain = String(f.n);
    var local = formatNumber(f.n);
    if (f.text.indexOf(plain) !== -1) return f.text.split(plain).join(String(count));
    if (local !== plain && f.text.indexOf(local) !== -1) return f.text.split(local).join(formatNumber(count));
    return f.text;
  }

  function noResults(query) {
    return (d.noResults || "").split("%QUERY%").join(query);
  }

  var dateFormat = null;
  try { dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: "long" }); } catch (e) { dateFormat = null; }

  function formatDate(value) {
    if (!value) return "";
    var t = new Date(value);
    if (isNaN(t.getTime())) return "";
    return dateFormat ? dateFormat.format(t) : value.slice(0, 10);
  }

  // Only site-relative or http(s) links are followed.
  function safeUrl(url) {
    if (typeof url !== "string") return null;
    if (/^\/(?!\/)/.test(url)) return url;
    try {
      var u = new URL(url, window.location.href);
      if (u.protocol === "http:" || u.protocol === "https:") return u.href;
    } catch (e) { /* fall through */ }
    return null;
  }

  /* ---- state --------------------------------------------------------- */

  var controller = null;
  var timer = null;
  var current = { q: "", section: "", page: 1, shown: 0, total: 0 };

  function setStatus(text, kind, detail) {
    statusEl.textContent = text;
    statusEl.className = "search-results__status" + (kind ? " is-" + kind : "");
    if (detail) {
      // The server's own message (for a malformed query), shown as text.
      var small = document.createElement("span");
      small.className = "search-results__detail";
      small.dir = "auto";
      small.textContent = detail;
      statusEl.appendChild(document.createTextNode(" "));
      statusEl.appendChild(small);
    }
  }

  function clearResults() {
    while (listEl.firstChild) listEl.removeChild(listEl.firstChild);
    moreBtn.hidden = true;
  }

  function updateUrl(q, section) {
    if (!window.history || !window.history.replaceState) return;
    var url = new URL(window.location.href);
    if (q) url.searchParams.set("q", q); else url.searchParams.delete("q");
    if (section) url.searchParams.set("section", section); else url.searchParams.delete("section");
    window.history.replaceState(null, "", url.pathname + url.search + url.hash);
  }

  function renderHit(hit) {
    var li = document.createElement("li");
    li.className = "search-hit";

    var h = document.createElement("h2");
    h.className = "search-hit__title";
    var href = safeUrl(hit.url);
    if (href) {
      var a = document.createElement("a");
      a.href = href;
      a.textContent = hit.title || hit.url;
      h.appendChild(a);
    } else {
      h.textContent = hit.title || "";
    }
    li.appendChild(h);

    var label = hit.section ? (sectionTitles[hit.section] || hit.section) : "";
    var when = formatDate(hit.date);
    if (label || when) {
      var meta = document.createElement("p");
      meta.className = "search-hit__meta";
      if (label) {
        var s = document.createElement("span");
        s.className = "badge";
        s.textContent = label;
        meta.appendChild(s);
      }
      if (when) {
        var time = document.createElement("time");
        time.dateTime = hit.date;
        time.textContent = when;
        meta.appendChild(time);
      }
      li.appendChild(meta);
    }

    if (hit.snippet) {
      var p = document.createElement("p");
      p.className = "search-hit__snippet";
      // The snippet is HTML-escaped by the server; its only markup is <mark>.
      p.innerHTML = hit.snippet;
      li.appendChild(p);
    }
    return li;
  }

  function search(q, section, page) {
    if (controller) controller.abort();
    window.clearTimeout(timer);

    q = q.trim();
    updateUrl(q, section);
    if (!q) {
      controller = null;
      current = { q: "", section: section, page: 1, shown: 0, total: 0 };
      clearResults();
      setStatus("");
      return;
    }

    var ctrl = new AbortController();
    controller = ctrl;
    var params = new URLSearchParams({ q: q, lang: lang });
    if (section) params.set("section", section);
    if (page > 1) params.set("page", String(page));
    params.set("limit", String(PAGE_SIZE));

    if (page === 1) setStatus(d.loading || "", "loading");
    moreBtn.disabled = true;
    listEl.setAttribute("aria-busy", "true");

    var sep = api.indexOf("?") === -1 ? "?" : "&";
    fetch(api + sep + params.toString(), {
      signal: ctrl.signal,
      headers: { Accept: "application/json" }
    })
      .then(function (res) {
        return res.json().then(
          function (body) { return { ok: res.ok, status: res.status, body: body }; },
          function () { return { ok: false, status: res.status, body: null }; }
        );
      })
      .then(function (r) {
        if (ctrl !== controller) return;
        listEl.removeAttribute("aria-busy");
        moreBtn.disabled = false;
        if (!r.ok || !r.body || !Array.isArray(r.body.hits)) {
          if (page === 1) clearResults();
          if (r.status === 400) {
            var detail = r.body && typeof r.body.error === "string" ? r.body.error : "";
            setStatus(d.invalid || d.error || "", "error", detail);
          } else {
            setStatus(d.error || "", "error");
          }
          return;
        }
        var body = r.body;
        var total = typeof body.total === "number" ? body.total : body.hits.length;
        if (page === 1) clearResults();
        var first = null;
        body.hits.forEach(function (hit) {
          var li = renderHit(hit);
          if (!first) first = li;
          listEl.appendChild(li);
        });
        current = { q: q, section: section, page: page, shown: listEl.children.length, total: total };
        if (total === 0 || current.shown === 0) {
          setStatus(noResults(q), "empty");
        } else {
          setStatus(resultsCount(total));
        }
        moreBtn.hidden = !(current.shown < total && body.hits.length > 0);
        // After "more results", move focus to the first new result.
        if (page > 1 && first) {
          var link = first.querySelector("a");
          if (link) link.focus();
        }
      })
      .catch(function (err) {
        if (err && err.name === "AbortError") return;
        if (ctrl !== controller) return;
        listEl.removeAttribute("aria-busy");
        moreBtn.disabled = false;
        if (page === 1) clearResults();
        setStatus(d.error || "", "error");
      });
  }

  function currentSection() {
    return sectionSelect ? sectionSelect.value : "";
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      search(input.value, currentSection(), 1);
    }, DEBOUNCE_MS);
  });

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(input.value, currentSection(), 1);
  });

  if (sectionSelect) {
    sectionSelect.addEventListener("change", function () {
      search(input.value, currentSection(), 1);
    });
  }

  moreBtn.addEventListener("click", function () {
    if (current.q) search(current.q, current.section, current.page + 1);
  });

  // Run the search given in the page URL (?q=…&section=…).
  var params = new URLSearchParams(window.location.search);
  var initialSection = params.get("section") || "";
  if (sectionSelect && initialSection) {
    sectionSelect.value = initialSection;
    if (sectionSelect.value !== initialSection) sectionSelect.value = "";
  }
  var initial = params.get("q");
  if (initial) {
    input.value = initial;
    search(initial, currentSection(), 1);
  }
})();
