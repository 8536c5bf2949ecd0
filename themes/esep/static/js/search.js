/* agora / esep — search page client.
 *
 * Reads everything it needs from the search form's data- attributes (API URL,
 * language, UI strings rendered by the theme's Fluent messages), calls
 *   GET <api>?q=…&lang=…[&section=…][&level=…][&tag=…]&page=N
 * and renders { query, lang, total, hits: [{ title, url, section, date, lang,
 * starts, snippet }], corrected, facets: { section, level, tag } }.
 * Everything is built as DOM nodes with text set as text: the snippet, which
 * the server has HTML-escaped with <mark> around matches, is parsed here into
 * text nodes and <mark> elements (never innerHTML).
 */
(function () {
  "use strict";

  var form = document.querySelector("form.search-form[data-lang]");
  if (!form) return;

  var input = form.querySelector('input[name="q"]');
  var sectionSelect = form.querySelector('select[name="section"]');
  var statusEl = document.getElementById("search-status");
  var correctedEl = document.getElementById("search-corrected");
  var facetsEl = document.getElementById("search-facets");
  var listEl = document.getElementById("search-hits");
  var moreBtn = document.getElementById("search-more");
  var d = form.dataset;

  var lang = d.lang || document.documentElement.lang || "en";
  var api = d.api || "/api/search";
  var PAGE_SIZE = 10;
  var DEBOUNCE_MS = 200;
  var DIMENSIONS = ["section", "level", "tag"];

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

  function withQuery(template, query) {
    return (template || "").split("%QUERY%").join(query);
  }

  function facetLabel(dim, value) {
    if (dim === "section") return sectionTitles[value] || value;
    if (dim === "level") return form.getAttribute("data-level-" + value) || value;
    return value;
  }

  var dateFormat = null;
  try { dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: "long" }); } catch (e) { dateFormat = null; }

  function formatDate(value) {
    if (!value) return "";
    // A plain date (course start) is a calendar day: no time zone shift.
    var t = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(value + "T12:00:00Z") : new Date(value);
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

  /* ---- snippets: escaped text with <mark>, turned into DOM nodes ------ */

  var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

  function decodeEntities(s) {
    return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, function (m, e) {
      var code = null;
      if (e.charAt(0) === "#") {
        code = e.charAt(1) === "x" || e.charAt(1) === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        if (!isFinite(code) || code < 0 || code > 0x10ffff) return m;
        try { return String.fromCodePoint(code); } catch (err) { return m; }
      }
      return Object.prototype.hasOwnProperty.call(ENTITIES, e) ? ENTITIES[e] : m;
    });
  }

  // Appends the snippet to `parent`: <mark>…</mark> become elements, every
  // other piece a text node (anything else that looks like a tag is text).
  function appendSnippet(parent, snippet) {
    var parts = String(snippet).split(/(<mark>|<\/mark>)/);
    var target = parent;
    parts.forEach(function (part) {
      if (part === "<mark>") {
        if (target === parent) {
          target = document.createElement("mark");
          parent.appendChild(target);
        }
      } else if (part === "</mark>") {
        target = parent;
      } else if (part) {
        target.appendChild(document.createTextNode(decodeEntities(part)));
      }
    });
  }

  /* ---- state --------------------------------------------------------- */

  var controller = null;
  var timer = null;
  var filters = { section: "", level: "", tag: "" };
  var current = { q: "", page: 1, shown: 0, total: 0 };

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

  function clearChildren(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
  }

  function clearResults() {
    clearChildren(listEl);
    moreBtn.hidden = true;
  }

  function setCorrected(corrected) {
    clearChildren(correctedEl);
    if (!corrected || typeof corrected.query !== "string") {
      correctedEl.hidden = true;
      return;
    }
    // "Results for “%QUERY%”": the corrected query, emphasized, as text.
    var parts = (d.corrected || "%QUERY%").split("%QUERY%");
    parts.forEach(function (p, i) {
      if (i > 0) {
        var q = document.createElement("strong");
        q.className = "search-results__corrected-query";
        q.dir = "auto";
        q.textContent = corrected.query;
        correctedEl.appendChild(q);
      }
      if (p) correctedEl.appendChild(document.createTextNode(p));
    });
    correctedEl.hidden = false;
  }

  function updateUrl(q) {
    if (!window.history || !window.history.replaceState) return;
    var url = new URL(window.location.href);
    if (q) url.searchParams.set("q", q); else url.searchParams.delete("q");
    DIMENSIONS.forEach(function (dim) {
      if (filters[dim]) url.searchParams.set(dim, filters[dim]); else url.searchParams.delete(dim);
    });
    window.history.replaceState(null, "", url.pathname + url.search + url.hash);
  }

  /* ---- facets -------------------------------------------------------- */

  function setFilter(dim, value) {
    filters[dim] = value || "";
    if (dim === "section" && sectionSelect) {
      sectionSelect.value = filters.section;
      if (sectionSelect.value !== filters.section) sectionSelect.value = "";
    }
    search(input.value, 1);
  }

  function facetButton(dim, value, label, count, pressed) {
    var li = document.createElement("li");
    var b = document.createElement("button");
    b.type = "button";
    b.className = "search-facets__option";
    b.setAttribute("aria-pressed", pressed ? "true" : "false");
    b.setAttribute("data-dimension", dim);
    b.setAttribute("data-value", value);
    var name = document.createElement("span");
    name.className = "search-facets__label";
    name.dir = "auto";
    name.textContent = label;
    b.appendChild(name);
    if (count != null) {
      var c = document.createElement("span");
      c.className = "search-facets__count";
      c.textContent = formatNumber(count);
      b.appendChild(c);
    }
    b.addEventListener("click", function () {
      setFilter(dim, pressed ? "" : value);
    });
    li.appendChild(b);
    return li;
  }

  function renderFacets(facets) {
    clearChildren(facetsEl);
    var any = false;
    DIMENSIONS.forEach(function (dim) {
      var counts = facets && facets[dim] && typeof facets[dim] === "object" ? facets[dim] : {};
      var values = Object.keys(counts);
      var chosen = filters[dim];
      if (chosen && values.indexOf(chosen) === -1) values.unshift(chosen);
      if (values.length === 0) return;
      any = true;
      var group = document.createElement("div");
      group.className = "search-facets__group";
      group.setAttribute("data-dimension", dim);
      var h = document.createElement("h2");
      h.className = "search-facets__heading";
      h.id = "search-facet-" + dim;
      h.textContent = form.getAttribute("data-filter-" + dim) || dim;
      group.appendChild(h);
      var ul = document.createElement("ul");
      ul.className = "search-facets__list";
      ul.setAttribute("aria-labelledby", h.id);
      ul.appendChild(facetButton(dim, "", d.filterAll || "", null, !chosen));
      values.forEach(function (v) {
        var n = typeof counts[v] === "number" ? counts[v] : 0;
        ul.appendChild(facetButton(dim, v, facetLabel(dim, v), n, v === chosen));
      });
      group.appendChild(ul);
      facetsEl.appendChild(group);
    });
    if (filters.section || filters.level || filters.tag) {
      var clear = document.createElement("button");
      clear.type = "button";
      clear.className = "button button--secondary search-facets__clear";
      clear.textContent = d.filterClear || "";
      clear.addEventListener("click", function () {
        filters = { section: "", level: "", tag: "" };
        if (sectionSelect) sectionSelect.value = "";
        search(input.value, 1);
      });
      facetsEl.appendChild(clear);
    }
    facetsEl.hidden = !any;
  }

  /* ---- hits ---------------------------------------------------------- */

  function renderHit(hit) {
    var li = document.createElement("li");
    li.className = "search-hit";
    var hitLang = typeof hit.lang === "string" ? hit.lang : lang;
    var foreign = hitLang.toLowerCase() !== lang.toLowerCase();
    if (foreign) {
      // Shown through the fallback chain: the hit is in another language.
      li.className += " search-hit--fallback";
      li.lang = hitLang;
      li.dir = "auto";
    }

    var h = document.createElement("h2");
    h.className = "search-hit__title";
    var href = safeUrl(hit.url);
    if (href) {
      var a = document.createElement("a");
      a.href = href;
      if (foreign) a.hreflang = hitLang;
      a.textContent = hit.title || hit.url;
      h.appendChild(a);
    } else {
      h.textContent = hit.title || "";
    }
    li.appendChild(h);

    var label = hit.section ? (sectionTitles[hit.section] || hit.section) : "";
    var when = formatDate(hit.date);
    var starts = formatDate(hit.starts);
    if (label || when || starts) {
      var meta = document.createElement("p");
      meta.className = "search-hit__meta";
      meta.lang = lang;
      if (label) {
        var s = document.createElement("span");
        s.className = "badge";
        s.textContent = label;
        meta.appendChild(s);
      }
      if (starts) {
        var st = document.createElement("span");
        st.className = "search-hit__starts";
        st.appendChild(document.createTextNode((d.starts || "") + " "));
        var sTime = document.createElement("time");
        sTime.dateTime = hit.starts;
        sTime.textContent = starts;
        st.appendChild(sTime);
        meta.appendChild(st);
      } else if (when) {
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
      appendSnippet(p, hit.snippet);
      li.appendChild(p);
    }

    if (foreign) {
      var note = form.getAttribute("data-fallback-" + hitLang.toLowerCase());
      if (note) {
        var n = document.createElement("p");
        n.className = "search-hit__fallback fallback-note";
        n.lang = lang;
        n.textContent = note;
        li.appendChild(n);
      }
    }
    return li;
  }

  function search(q, page) {
    if (controller) controller.abort();
    window.clearTimeout(timer);

    q = q.trim();
    updateUrl(q);
    if (!q) {
      controller = null;
      current = { q: "", page: 1, shown: 0, total: 0 };
      clearResults();
      setCorrected(null);
      renderFacets(null);
      setStatus("");
      return;
    }

    var ctrl = new AbortController();
    controller = ctrl;
    var params = new URLSearchParams({ q: q, lang: lang });
    DIMENSIONS.forEach(function (dim) {
      if (filters[dim]) params.set(dim, filters[dim]);
    });
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
          if (page === 1) {
            clearResults();
            setCorrected(null);
          }
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
        if (page === 1) {
          clearResults();
          setCorrected(body.corrected);
          renderFacets(body.facets);
        }
        var first = null;
        body.hits.forEach(function (hit) {
          var li = renderHit(hit);
          if (!first) first = li;
          listEl.appendChild(li);
        });
        current = { q: q, page: page, shown: listEl.children.length, total: total };
        if (total === 0 || current.shown === 0) {
          setStatus(withQuery(d.noResults, q), "empty");
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

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      search(input.value, 1);
    }, DEBOUNCE_MS);
  });

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(input.value, 1);
  });

  if (sectionSelect) {
    sectionSelect.addEventListener("change", function () {
      filters.section = sectionSelect.value;
      search(input.value, 1);
    });
  }

  moreBtn.addEventListener("click", function () {
    if (current.q) search(current.q, current.page + 1);
  });

  // Run the search given in the page URL (?q=…&section=…&level=…&tag=…).
  var params = new URLSearchParams(window.location.search);
  DIMENSIONS.forEach(function (dim) {
    filters[dim] = params.get(dim) || "";
  });
  if (sectionSelect && filters.section) {
    sectionSelect.value = filters.section;
    if (sectionSelect.value !== filters.section) sectionSelect.value = "";
  }
  var initial = params.get("q");
  if (initial) {
    input.value = initial;
    search(initial, 1);
  }
})();
