//! Front matter: YAML between a first line `---` and the next `---` (SPEC §3).

use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc};
use serde_yaml::Value;

use super::urls;
use crate::config::Checker;
use crate::diag::{Diagnostic, Diagnostics};
use crate::yamlpos::KeyLocator;

/// A file split into its front matter and body.
pub struct Split<'a> {
    pub yaml: &'a str,
    pub body: &'a str,
    /// 1-based line of the first body line in the file.
    pub body_line: usize,
}

/// Split `text` (already LF-normalized, BOM removed). Errors name the line.
pub fn split(text: &str) -> Result<Split<'_>, (usize, String)> {
    let rest = match text.strip_prefix("---\n") {
        Some(r) => r,
        None if text.trim_end() == "---" => return Err((1, "front matter is not closed by a `---` line".into())),
        None => return Err((1, "a content file must start with a `---` line opening its YAML front matter".into())),
    };
    let mut offset = 0;
    for (i, line) in rest.split_inclusive('\n').enumerate() {
        if line.trim_end() == "---" {
            let yaml = &rest[..offset];
            let body = &rest[offset + line.len()..];
            return Ok(Split { yaml, body, body_line: i + 3 });
        }
        offset += line.len();
    }
    Err((1, "front matter is not closed by a `---` line".into()))
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct Author {
    pub name: String,
    pub role: Option<String>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct Image {
    pub src: String,
    pub alt: String,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct Course {
    pub starts: NaiveDate,
    pub ends: NaiveDate,
    pub format: Option<String>,
    pub registration_url: Option<String>,
    pub seats: Option<u64>,
}

pub const COURSE_FORMATS: &[&str] = &["mooc", "webinar", "self-paced", "on-site"];

#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct FrontMatter {
    pub title: String,
    pub date: Option<DateTime<FixedOffset>>,
    pub updated: Option<DateTime<FixedOffset>>,
    pub summary: Option<String>,
    pub draft: bool,
    pub slug: Option<String>,
    pub translation_key: Option<String>,
    pub tags: Vec<String>,
    pub levels: Vec<String>,
    pub authors: Vec<Author>,
    pub weight: Option<i64>,
    pub image: Option<Image>,
    pub course: Option<Course>,
    pub aliases: Vec<String>,
    pub source_hash: Option<String>,
    pub template: Option<String>,
    /// Shown as the featured entry of its language's home (newest first).
    pub featured: bool,
    /// Every other key, in file order.
    #[serde(with = "json_text")]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// 1-based line in the file of each top-level key (for later checks).
    pub key_lines: Vec<(String, usize)>,
}

/// `extra` as JSON text: the page store's binary format (postcard) cannot
/// read self-describing values such as `serde_json::Value`.
mod json_text {
    use serde::{Deserialize, Deserializer, Serializer};

    type Map = serde_json::Map<String, serde_json::Value>;

    pub fn serialize<S: Serializer>(m: &Map, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&serde_json::to_string(m).map_err(serde::ser::Error::custom)?)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Map, D::Error> {
        serde_json::from_str(&String::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

const KNOWN: &[&str] = &[
    "title",
    "date",
    "updated",
    "summary",
    "draft",
    "slug",
    "translation_key",
    "tags",
    "levels",
    "authors",
    "weight",
    "image",
    "course",
    "aliases",
    "source_hash",
    "template",
    "featured",
];

/// Parse and type-check front matter. `required` lists fields the section demands.
pub fn parse(path: &Path, yaml: &str, required: &[String]) -> Result<FrontMatter, Diagnostics> {
    let mut diags = Diagnostics::new();
    let value = match crate::yamlpos::parse(yaml, 2) {
        Ok(v) => v,
        Err((line, col, msg)) => {
            diags.push(Diagnostic::error("front-matter", path, line, col, msg));
            return Err(diags);
        }
    };
    let loc = KeyLocator::new(yaml, 2);
    let mut c = Checker { path, loc: &loc, diags: &mut diags };
    let map = match value {
        Value::Mapping(m) => m,
        Value::Null => Default::default(),
        _ => {
            c.err(&[], "front matter must be a mapping of keys to values");
            return Err(diags);
        }
    };
    let mut fm = FrontMatter::default();
    let lines = loc.top_level_lines();
    for k in map.keys().filter_map(Value::as_str) {
        fm.key_lines.push((k.to_string(), lines.get(k).copied().unwrap_or(2)));
    }

    match c.opt_str(&map, &[], "title") {
        Some(t) if !t.trim().is_empty() => fm.title = t.trim().to_string(),
        Some(_) => c.err(&["title"], "`title` must not be empty"),
        None if !map.contains_key("title") => c.err(&[], "missing required field `title`"),
        None => {}
    }
    fm.date = opt_datetime(&mut c, &map, &["date"]);
    fm.updated = opt_datetime(&mut c, &map, &["updated"]);
    fm.summary = c.opt_str(&map, &[], "summary").map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    fm.draft = c.opt_bool(&map, &[], "draft").unwrap_or(false);
    fm.featured = c.opt_bool(&map, &[], "featured").unwrap_or(false);
    fm.slug = c.opt_str(&map, &[], "slug");
    fm.translation_key = c.opt_str(&map, &[], "translation_key");
    fm.tags = c.str_list(&map, &[], "tags");
    fm.levels = c.str_list(&map, &[], "levels");
    fm.aliases = c.str_list(&map, &[], "aliases");
    fm.source_hash = c.opt_str(&map, &[], "source_hash");
    fm.template = c.opt_str(&map, &[], "template");
    if let Some(v) = map.get("weight") {
        match v.as_i64() {
            Some(w) => fm.weight = Some(w),
            None if v.is_null() => {}
            None => c.err(&["weight"], "`weight` must be an integer"),
        }
    }
    if let Some(v) = map.get("authors") {
        match v {
            Value::Sequence(items) => {
                for it in items {
                    match it {
                        Value::String(s) => fm.authors.push(Author { name: s.clone(), role: None }),
                        Value::Mapping(m) => {
                            c.unknown_keys(m, &["authors"], &["name", "role"]);
                            match c.opt_str(m, &["authors"], "name") {
                                Some(name) if !name.trim().is_empty() => {
                                    let role = c.opt_str(m, &["authors"], "role");
                                    fm.authors.push(Author { name, role });
                                }
                                _ => c.err(&["authors"], "each author needs a `name`"),
                            }
                        }
                        _ => c.err(&["authors"], "`authors` is a list of names or of `{name, role}`"),
                    }
                }
            }
            Value::Null => {}
            _ => c.err(&["authors"], "`authors` is a list of names or of `{name, role}`"),
        }
    }
    if let Some(v) = map.get("image") {
        match v {
            Value::Mapping(m) => {
                c.unknown_keys(m, &["image"], &["src", "alt"]);
                let src = c.opt_str(m, &["image"], "src");
                let alt = c.opt_str(m, &["image"], "alt");
                if src.as_deref().is_none_or(|s| s.trim().is_empty()) {
                    c.err(&["image"], "`image` needs a `src`");
                }
                if alt.as_deref().is_none_or(|s| s.trim().is_empty()) {
                    c.err(
                        &["image"],
                        "`image` needs an `alt` text describing the picture (for readers using screen readers)",
                    );
                }
                if let Some(Err(why)) = src.as_deref().map(urls::check_url) {
                    c.err(&["image", "src"], format!("image `src`: {why}"));
                }
                if let (Some(src), Some(alt)) = (src, alt) {
                    fm.image = Some(Image { src, alt });
                }
            }
            Value::Null => {}
            _ => c.err(&["image"], "`image` is a mapping `{ src, alt }`"),
        }
    }
    if let Some(v) = map.get("course") {
        match v {
            Value::Mapping(m) => {
                c.unknown_keys(m, &["course"], &["starts", "ends", "format", "registration_url", "seats"]);
                let starts = opt_datetime(&mut c, m, &["course", "starts"]);
                let ends = opt_datetime(&mut c, m, &["course", "ends"]);
                if starts.is_none() && !m.contains_key("starts") {
                    c.err(&["course"], "`course` needs `starts`");
                }
                if ends.is_none() && !m.contains_key("ends") {
                    c.err(&["course"], "`course` needs `ends`");
                }
                let format = c.opt_str(m, &["course"], "format");
                if let Some(f) = &format {
                    if !COURSE_FORMATS.contains(&f.as_str()) {
                        c.err(
                            &["course", "format"],
                            format!("course format `{f}` is not one of {}", COURSE_FORMATS.join(", ")),
                        );
                    }
                }
                let registration_url = c.opt_str(m, &["course"], "registration_url");
                if let Some(Err(why)) = registration_url.as_deref().map(urls::check_url) {
                    c.err(&["course", "registration_url"], format!("`registration_url`: {why}"));
                }
                let seats = match m.get("seats") {
                    None | Some(Value::Null) => None,
                    Some(v) => match v.as_u64() {
                        Some(n) => Some(n),
                        None => {
                            c.err(&["course", "seats"], "`seats` must be a whole number");
                            None
                        }
                    },
                };
                if let (Some(s), Some(e)) = (starts, ends) {
                    if e < s {
                        c.err(
                            &["course", "ends"],
                            format!("course ends ({}) before it starts ({})", e.date_naive(), s.date_naive()),
                        );
                    }
                    fm.course =
                        Some(Course { starts: s.date_naive(), ends: e.date_naive(), format, registration_url, seats });
                }
            }
            Value::Null => {}
            _ => c.err(&["course"], "`course` is a mapping with starts, ends, format, registration_url, seats"),
        }
    }
    for r in required {
        let present = match r.as_str() {
            "date" => fm.date.is_some(),
            "authors" => !fm.authors.is_empty(),
            "course" => fm.course.is_some(),
            "summary" => fm.summary.is_some(),
            "image" => fm.image.is_some(),
            "tags" => !fm.tags.is_empty(),
            "levels" => !fm.levels.is_empty(),
            "weight" => fm.weight.is_some(),
            other => map.contains_key(other),
        };
        // A present but invalid field was reported already.
        if !present && !map.contains_key(r.as_str()) {
            c.err(&[], format!("missing field `{r}`, required in this section"));
        }
    }
    for (k, v) in &map {
        let Some(k) = k.as_str() else {
            c.err(&[], "front-matter keys must be strings");
            continue;
        };
        if !KNOWN.contains(&k) {
            match serde_json::to_value(v) {
                Ok(j) => {
                    fm.extra.insert(k.to_string(), j);
                }
                Err(e) => c.err(&[k], format!("cannot use the value of `{k}`: {e}")),
            }
        }
    }
    if diags.has_errors() {
        Err(diags)
    } else {
        Ok(fm)
    }
}

fn opt_datetime(c: &mut Checker, m: &serde_yaml::Mapping, at: &[&str]) -> Option<DateTime<FixedOffset>> {
    let key = *at.last().unwrap();
    match m.get(key) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => match parse_datetime(s) {
            Some(d) if !(1000..=2200).contains(&chrono::Datelike::year(&d)) => {
                c.err(at, format!("`{key}`: the year of `{s}` is outside 1000–2200 (a typo?)"));
                None
            }
            Some(d) => Some(d),
            None => {
                c.err(at, format!("`{key}`: `{s}` is not a date (YYYY-MM-DD) or an RFC 3339 date-time (2026-03-14T09:30:00+01:00)"));
                None
            }
        },
        Some(other) => {
            c.err(at, format!("`{key}` must be a date (YYYY-MM-DD), got {}", yaml_kind(other)));
            None
        }
    }
}

fn yaml_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "nothing",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a mapping",
        Value::Tagged(_) => "a tagged value",
    }
}

/// A date (midnight UTC) or an RFC 3339 date-time; also `YYYY-MM-DD HH:MM[:SS]` (UTC).
pub fn parse_datetime(s: &str) -> Option<DateTime<FixedOffset>> {
    let s = s.trim();
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(d);
    }
    if let Ok(d) = DateTime::parse_from_rfc3339(&s.replacen(' ', "T", 1)) {
        return Some(d);
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(Utc.from_utc_datetime(&d.and_hms_opt(0, 0, 0)?).fixed_offset());
    }
    for f in ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M"] {
        if let Ok(d) = NaiveDateTime::parse_from_str(s, f) {
            return Some(Utc.from_utc_datetime(&d).fixed_offset());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_reports_body_line() {
        let s = split("---\ntitle: x\n---\n\nHello\n").unwrap();
        assert_eq!(s.yaml, "title: x\n");
        assert_eq!(s.body, "\nHello\n");
        assert_eq!(s.body_line, 4);
        assert!(split("title: x\n").is_err());
        assert!(split("---\ntitle: x\n").is_err());
    }

    #[test]
    fn parses_fields_and_extra() {
        let y = "title: Hi\ndate: 2026-03-14T09:30:00+01:00\ntags: [a, b]\nauthors:\n  - name: Ana\n    role: teacher\n  - Bo\ncourse:\n  starts: 2026-01-01\n  ends: 2026-02-01\n  format: mooc\n  seats: 30\npartner_country: Finland\n";
        let fm = parse(Path::new("a.md"), y, &["date".into()]).unwrap();
        assert_eq!(fm.title, "Hi");
        assert_eq!(fm.date.unwrap().to_rfc3339(), "2026-03-14T09:30:00+01:00");
        assert_eq!(fm.authors.len(), 2);
        assert_eq!(fm.course.unwrap().seats, Some(30));
        assert_eq!(fm.extra["partner_country"], "Finland");
    }

    #[test]
    fn reports_all_errors_with_file_lines() {
        let y = "date: yesterday\nimage:\n  src: a.png\ncourse:\n  starts: 2026-02-01\n  ends: 2026-01-01\n  format: cruise\n";
        let d = parse(Path::new("a.md"), y, &["authors".into()]).unwrap_err();
        let s: Vec<String> = d.iter().map(|d| d.to_string()).collect();
        let joined = s.join("\n");
        // a missing field: the front matter's first line (line 2 of the file, after `---`)
        assert!(joined.contains("a.md:2:1: missing required field `title`"), "{joined}");
        assert!(joined.contains("a.md:2:1: `date`"), "{joined}");
        assert!(joined.contains("a.md:3:1") && joined.contains("alt"), "{joined}");
        assert!(joined.contains("a.md:7:3") && joined.contains("ends (2026-01-01) before"), "{joined}");
        assert!(joined.contains("a.md:8:3") && joined.contains("cruise"), "{joined}");
        assert!(joined.contains("missing field `authors`"), "{joined}");
    }

    #[test]
    fn yaml_syntax_error_line_counts_from_file_start() {
        let d = parse(Path::new("a.md"), "title: x\ntags: [a, b\n", &[]).unwrap_err();
        let e = &d.0[0];
        assert!(e.line >= 2, "{e}");
    }

    #[test]
    fn datetime_forms() {
        assert!(parse_datetime("2026-03-14").is_some());
        assert!(parse_datetime("2026-03-14T09:30:00Z").is_some());
        assert!(parse_datetime("2026-03-14 09:30:00+00:00").is_some());
        assert!(parse_datetime("14/03/2026").is_none());
    }
}
