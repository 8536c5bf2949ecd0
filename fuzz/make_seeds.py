#!/usr/bin/env python3
"""Writes the seed inputs of every target into fuzz/corpus/<target>/.

Seeds are the site's own content and .ftl files plus hand-written hostile
cases. Run from anywhere; existing files of the same name are overwritten
(file names are content hashes, so fuzzer-found inputs are kept).
Targets that read a first "flags" byte get it prepended here.
"""
import hashlib
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"


def put(target, data):
    if isinstance(data, str):
        data = data.encode()
    d = CORPUS / target
    d.mkdir(parents=True, exist_ok=True)
    (d / ("seed-" + hashlib.sha1(data).hexdigest()[:16])).write_bytes(data)


md_files = sorted((ROOT / "content").rglob("*.md"))
ftl_files = sorted((ROOT / "i18n").rglob("*.ftl")) + sorted((ROOT / "themes" / "esep" / "i18n").rglob("*.ftl"))

# --- front_matter: flags byte (bit i: section requires REQUIRABLE[i]) + file
for i, f in enumerate(md_files):
    text = f.read_text()
    fm = text.split("\n---\n", 1)[0] + "\n---\n"  # front matter only: keeps seeds small
    put("front_matter", bytes([0 if i % 3 else 0xFF]) + fm.encode())
hostile_yaml = [
    # alias bomb (billion laughs)
    "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
    "title: [*f]\n---\n",
    # deep nesting
    "---\ntitle: x\nextra: " + "[" * 200 + "]" * 200 + "\n---\n",
    "---\ntitle: x\nm: " + "{a: " * 100 + "1" + "}" * 100 + "\n---\n",
    # flow mappings, quoted keys, lists of mappings, tags, odd keys
    "---\ntitle: x\nimage: { src: a.png, alt: A }\ncourse: { starts: 2026-01-01, ends: 2025-01-01, format: cruise, seats: -1 }\n---\n",
    "---\n\"title\": 'x'\nauthors:\n  - name: A\n    role: r\n    extra: 1\n  - B\n  - 3\n---\nbody\n",
    "---\ntitle: !!binary aGk=\ndate: !custom 2026-01-01\n? [complex, key]\n: v\n1: one\n~: null\n---\n",
    "---\ntitle: x\ndate: 0999-01-01\nupdated: 2026-02-30T25:00:00+99:00\nweight: 1.5\ndraft: yes\n---\n",
    "---\ntitle: x\nslug: ../../etc\naliases: [/en/%2e%2e/x, 'C:\\\\x', /en/old/]\n---\n",
    "---\r\ntitle: crlf\r\n---\r\nbody\r\n",
    "\ufeff---\ntitle: bom\n---\n",
    "---\ntitle: x\n  bad indent: [\n---\n",
    "---\n---\n",
    "---\ntitle: x\n",
]
for h in hostile_yaml:
    put("front_matter", b"\x00" + h.encode())
    put("front_matter", b"\xff" + h.encode())

# --- markdown_sanitize: bodies of content files + hostile Markdown/HTML
for f in md_files:
    text = f.read_text()
    parts = text.split("\n---\n", 1)
    body = parts[1] if len(parts) == 2 else text
    put("markdown_sanitize", body[:4000])
hostile_md = [
    "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](<java\tscript:alert(1)>) [d](&#106;avascript:alert(1))",
    "[e](javascript&colon;alert(1)) [f](&#x6A;&#x61;vascript:alert(1)) [g](<\x01javascript:alert(1)>) [h](vbscript:msgbox)",
    "![i](data:image/svg+xml;base64,PHN2Zz4=) ![j](<data:text/html,<script>alert(1)</script>>)",
    "<javascript:alert(1)> <data:text/html,x> <mailto:a@b.c> <a@b.c>",
    "[ref]\n\n[ref]: javascript:alert(1) \"title\"\n",
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a> <a href=\"  javascript:alert(1)\">y</a>",
    "<img src=x onerror=alert(1)> <svg onload=alert(1)><a xlink:href=\"javascript:alert(1)\">z</a></svg>",
    "<iframe src=\"https://x\"></iframe><object data=x></object><embed src=x><style>*{}</style>",
    "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">b</button></form>",
    "<math><mi xlink:href=\"data:x\">m</mi></math><noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    "# Heading {#custom-id .cls}\n\n## Other {.a .b}\n\n### Third {#x}\n",
    # heading attributes with key=value, and no raw HTML (so no sanitizer pass)
    "# Title {data-level=2 .note}\n\nText [link](https://example.org).\n",
    "Setext {lang=nl}\n===\n",
    "| a | b |\n|:--|--:|\n| `x` | <b onclick=1>y</b> |\n\n- [x] done\n- [ ] todo\n\n~~del~~ note[^1]\n\n[^1]: foot <script>x</script>\n",
    "> quote\n>> nested\n\n```html\n<script>alert(1)</script>\n```\n\n    indented <script>\n",
    "[rel](../y/#part) [q](?a=1) [h](#top) [p](//evil.example/) ![co](diagram.svg \"t\")",
    "<div>\n\n*md inside html*\n\n</div>\n<!-- comment --> <?php x ?> <![CDATA[x]]>",
    "*" * 50 + "a" + "*" * 50 + "\n\n" + ">" * 60 + " deep\n\n" + "- " * 40 + "list\n",
    "[a]: <javascript:alert(1)>\n[b]: data:x\n\n[x][a] [y][b] ![z][a]\n",
]
for h in hostile_md:
    put("markdown_sanitize", h)

# --- fluent: flags byte (language, theme copy) + .ftl text
for i, f in enumerate(ftl_files):
    lang = f.parent.name
    code = ["en", "nl", "sv", "tr", "ar"].index(lang) if lang in ["en", "nl", "sv", "tr", "ar"] else 0
    put("fluent", bytes([code | (0x8 if i % 2 else 0)]) + f.read_bytes())
hostile_ftl = [
    "a = { b }\nb = { a }\n-t = { -u }\n-u = { -t }\nc = { -t }\n",
    "n = { $count ->\n    [one] one\n    [few] few\n    [many] many\n   *[other] { NUMBER($count, minimumFractionDigits: 2) } items\n}\n",
    "m = { NUMBER($n, style: \"percent\") } { NUMBER($big, useGrouping: \"false\") } { DATETIME($n) } { UNKNOWN() }\n",
    "x = " + "{ " * 30 + "\"deep\"" + " }" * 30 + "\n",
    "sel = { $name ->\n  *[a] { $count ->\n     *[other] { -term(case: \"gen\") }\n   }\n}\n-term = { $case ->\n *[nom] T\n [gen] Ts\n}\n",
    "msg =\n    .attr = Attribute { $name }\n    .other = { msg.attr }\nref = { msg.attr } { msg } { missing } { -missing }\n",
    "# comment\n## group\n### resource\nbroken = { $x\nnext = ok\n\n\"junk\n  = x\nesc = {\"\\u0041\\U01F600\\\\\"}\n",
    "lit = { 1.5 } { -3 } { \"a\" } {\"\"}\nsp = {\" \"}\n    multi\n    line\n",
    "\ufeffbom = yes\r\ncrlf = yes\r\n",
    "a = { -b.attr }\n-b = B\n    .attr = A\nc = { b(x: 1) }\n",
]
for h in hostile_ftl:
    put("fluent", b"\x00" + h.encode())
    put("fluent", b"\x0c" + h.encode())

# --- search_query: flags byte (lang, section, page, limit) + query
queries = [
    "teacher", "teachers day", "\"open day\"", "\"open day\"~2", "school -closed", "+school open",
    "(a OR b) AND c", "schools AND", "NOT x", "-word", "auto's", "Vraag: wanneer", "a^2 [x] {y} *",
    "Covid - 19", "IN school", "alert(1)", "H2O(l)", "a < b", "C++ C#", "öğretmenler", "İstanbul",
    "ISTANBUL ılık", "المعلمون", "学校", "\"unbalanced", "* ! —", "😀", "a && b || c", "title:x", "x:[a TO b]",
    "\"a \\\" b\"", "((a)", "a)", "a~2", "\"\"", "a \"\" b", "NOT (a OR -b)", "ab" * 99, "é" * 200,
    "x IN [a b]", "+-a", "-+a", "a OR OR b", "( )", "(a) (b)", "\"a\"^2", "a^", "`a`", "set:{a b}",
]
for i, q in enumerate(queries):
    put("search_query", bytes([i % 256]) + q.encode())

# --- urls: "base\nrest" or plain "rest"
urls = [
    "Öğretmen Günü!", "İSTANBUL", "../x", ".hidden", ".", "..", "a/b", "a\\b", "  spaced  out  ",
    "/en/news/Old-URL/", "en/old.html", "/en/../../etc/passwd", "%2e%2e/x", "%2E%2E%2Fx", "a%2fb", "a%5cb",
    "a%00b", "%2e", "https://evil.example/", "//evil.example", "C:\\x", "\0", "%", "%zz", "%c3%b6",
    "/en/toolkit/x/\n../y/#part", "/en/\n../../../../a?b=../c#..", "/\n./a/./b/", "/en/\nq?x=/../",
    "/en/toolkit/x/\n../../../\\evil.example/", "/a/b/\n%2e%2e/%2e%2e/x", "/\n//x", "/\n?x", "/\n#x",
    "ǅ", "ß.ẞ", "K", "\u0130\u0307", "a\u200bb", "a\tb\nc",
]
for u in urls:
    put("urls", u)
