//! Localized dates (ICU4X, CLDR data compiled in) and the Tera `date()` function.
//!
//! - Calendar: Gregorian unless the language tag asks for another one with a
//!   `-u-ca-` extension (content dates are Gregorian; a Thai or Saudi reader of
//!   a European site still sees the publication date as written).
//! - Numbering system, month names and patterns: CLDR's for the locale (so `ar`
//!   gives Arabic month names with the digits CLDR uses for `ar`; `ar-EG`,
//!   `ar-SA` or `ar-u-nu-arab` give Arabic-Indic digits).
//! - A language ICU has no data for (it would silently format with the root
//!   locale, "2026 M11 25") is replaced by the first language of its fallback
//!   chain that has data, else the root locale.
//!
//! ICU formatters are not `Send`, so they are cached per thread; the
//! [`DateFormatter`] itself only holds the (shared) language resolution.

use super::escape_html;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock, RwLock};

use chrono::NaiveDate;
use icu::datetime::fieldsets::YMD;
use icu::datetime::input::Date;
use icu::datetime::{DateTimeFormatter, DateTimeFormatterPreferences};
use icu::locale::preferences::extensions::unicode::keywords::CalendarAlgorithm;
use icu::locale::Locale;

use crate::render::i18n::LangSpec;

/// Date styles offered to templates: `long` (25 november 2026), `medium`
/// (25 nov 2026), `short` (25-11-2026), `iso` (2026-11-25, locale-independent).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateStyle {
    Long,
    Medium,
    Short,
    Iso,
}

impl std::str::FromStr for DateStyle {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "long" | "" => Ok(DateStyle::Long),
            "medium" => Ok(DateStyle::Medium),
            "short" => Ok(DateStyle::Short),
            "iso" => Ok(DateStyle::Iso),
            other => Err(format!("unknown date style `{other}` (expected long, medium, short or iso)")),
        }
    }
}

/// Localized date formatting for a site's languages. `Send + Sync`; cheap
/// to share behind an `Arc`. ICU formatters are built once per thread,
/// locale and style.
#[derive(Debug, Default)]
pub struct DateFormatter {
    /// Declared language → candidates after itself (fallbacks, then default).
    chains: HashMap<String, Vec<String>>,
    /// Language code → locale string used with ICU ("und" = root).
    resolved: RwLock<HashMap<String, String>>,
}

thread_local! {
    static FORMATTERS: RefCell<HashMap<(String, DateStyle), DateTimeFormatter<YMD>>> = RefCell::new(HashMap::new());
}

fn parse_locale(code: &str) -> Option<Locale> {
    Locale::try_from_str(&code.replace('_', "-")).ok()
}

fn build_formatter(locale: &Locale, style: DateStyle) -> Option<DateTimeFormatter<YMD>> {
    let mut prefs = DateTimeFormatterPreferences::from(locale);
    if prefs.calendar_algorithm.is_none() {
        prefs.calendar_algorithm = Some(CalendarAlgorithm::Gregory);
    }
    let fset = match style {
        DateStyle::Long | DateStyle::Iso => YMD::long(),
        DateStyle::Medium => YMD::medium(),
        DateStyle::Short => YMD::short(),
    };
    DateTimeFormatter::try_new(prefs, fset).ok()
}

fn format_with(locale_str: &str, date: NaiveDate, style: DateStyle) -> Option<String> {
    use chrono::Datelike;
    let input = Date::try_new_iso(date.year(), date.month() as u8, date.day() as u8).ok()?;
    FORMATTERS.with(|cell| {
        let mut map = cell.borrow_mut();
        let key = (locale_str.to_string(), style);
        if !map.contains_key(&key) {
            let locale = parse_locale(locale_str)?;
            map.insert(key.clone(), build_formatter(&locale, style)?);
        }
        map.get(&key).map(|f| f.format(&input).to_string())
    })
}

/// Whether ICU has real data for `locale` (rather than silently using root).
fn has_icu_data(locale: &Locale) -> bool {
    if locale.id.language.is_unknown() {
        return false;
    }
    let probe = NaiveDate::from_ymd_opt(2026, 11, 25).expect("valid date");
    let loc = locale.to_string();
    match (format_with(&loc, probe, DateStyle::Long), format_with("und", probe, DateStyle::Long)) {
        (Some(a), Some(root)) => a != root,
        _ => false,
    }
}

impl DateFormatter {
    /// A formatter without fallback chains: languages without ICU data use root.
    pub fn new() -> Self {
        Self::default()
    }

    /// A formatter that knows the site's fallback chains: a language without
    /// ICU data uses the first of its `fallback` list, then the default
    /// language, that has data.
    pub fn with_languages(langs: &[LangSpec], default_language: &str) -> Self {
        let mut chains = HashMap::new();
        for l in langs {
            let mut chain: Vec<String> = l.fallback.clone();
            chain.push(default_language.to_string());
            chains.insert(l.code.to_ascii_lowercase(), chain);
        }
        DateFormatter { chains, resolved: RwLock::new(HashMap::new()) }
    }

    /// Locale string ICU formats `lang` with ("und" for root).
    pub fn resolve(&self, lang: &str) -> String {
        let key = lang.to_ascii_lowercase();
        if let Some(r) = self.resolved.read().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return r.clone();
        }
        let mut candidates = vec![lang.to_string()];
        if let Some(chain) = self.chains.get(&key) {
            candidates.extend(chain.iter().cloned());
        }
        let resolved = candidates
            .iter()
            .filter_map(|c| parse_locale(c))
            .find(has_icu_data)
            .map(|l| l.to_string())
            .unwrap_or_else(|| "und".to_string());
        self.resolved.write().unwrap_or_else(|e| e.into_inner()).insert(key, resolved.clone());
        resolved
    }

    /// Formats `date` for `lang` in `style`.
    pub fn format(&self, lang: &str, date: NaiveDate, style: DateStyle) -> String {
        if style == DateStyle::Iso {
            return date.format("%Y-%m-%d").to_string();
        }
        let loc = self.resolve(lang);
        format_with(&loc, date, style).unwrap_or_else(|| date.format("%Y-%m-%d").to_string())
    }
}

fn global() -> &'static DateFormatter {
    static GLOBAL: OnceLock<DateFormatter> = OnceLock::new();
    GLOBAL.get_or_init(DateFormatter::new)
}

/// Formats `date` for `lang` (no site fallback chains; see
/// [`DateFormatter::with_languages`] for those).
pub fn format_date(lang: &str, date: NaiveDate, style: DateStyle) -> String {
    global().format(lang, date, style)
}

/// Parses a template date value: `YYYY-MM-DD`, an RFC 3339 datetime (the
/// date is taken in the datetime's own offset, as written), or a datetime
/// without offset (`YYYY-MM-DDTHH:MM[:SS]`, also with a space).
pub fn parse_date_value(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(d);
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(dt.date_naive());
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"] {
        if let Ok(dt) = chrono::NaiveDateTime::parse_from_str(s, fmt) {
            return Some(dt.date());
        }
    }
    None
}

struct DateFunction {
    fmt: Option<Arc<DateFormatter>>,
    lang: String,
}

impl tera::Function for DateFunction {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let style = match args.get("style") {
            None | Some(tera::Value::Null) => DateStyle::Long,
            Some(tera::Value::String(s)) => {
                s.parse::<DateStyle>().map_err(|e| tera::Error::msg(format!("date(): {e}")))?
            }
            Some(other) => return Err(tera::Error::msg(format!("date(): `style` must be a string, got {other}"))),
        };
        let text = match args.get("value") {
            None => return Err(tera::Error::msg("date(): missing `value` argument, e.g. date(value=page.date)")),
            Some(tera::Value::Null) => return Ok(tera::Value::String(String::new())),
            Some(tera::Value::String(s)) if s.trim().is_empty() => return Ok(tera::Value::String(String::new())),
            Some(tera::Value::String(s)) => s,
            Some(other) => {
                return Err(tera::Error::msg(format!(
                    "date(): cannot read {other} as a date (expected \"YYYY-MM-DD\" or an RFC 3339 datetime)"
                )))
            }
        };
        let date = parse_date_value(text).ok_or_else(|| {
            tera::Error::msg(format!(
                "date(): cannot read \"{text}\" as a date (expected \"YYYY-MM-DD\" or an RFC 3339 datetime)"
            ))
        })?;
        let out = match &self.fmt {
            Some(f) => f.format(&self.lang, date, style),
            None => format_date(&self.lang, date, style),
        };
        Ok(tera::Value::String(escape_html(&out)))
    }

    /// The output is escaped here (CLDR text never holds markup, but be
    /// sure) so Tera does not turn `11/25/26` into `11&#x2F;25&#x2F;26`.
    fn is_safe(&self) -> bool {
        true
    }
}

/// Tera function `date(value=…, style="long")` bound to `lang`. `value`:
/// RFC 3339 datetime or `YYYY-MM-DD`; null or "" gives ""; anything else
/// that does not parse is a `tera::Error` naming the value.
pub fn make_date_function(lang: String) -> impl tera::Function {
    DateFunction { fmt: None, lang }
}

/// Like [`make_date_function`], with a site-aware [`DateFormatter`]
/// (fallback chains for languages ICU has no data for).
pub fn make_date_function_with(fmt: Arc<DateFormatter>, lang: String) -> impl tera::Function {
    DateFunction { fmt: Some(fmt), lang }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    #[test]
    fn long_dates_in_site_languages() {
        assert_eq!(format_date("en", d(), DateStyle::Long), "November 25, 2026");
        assert_eq!(format_date("nl", d(), DateStyle::Long), "25 november 2026");
        assert_eq!(format_date("sv", d(), DateStyle::Long), "25 november 2026");
        assert_eq!(format_date("tr", d(), DateStyle::Long), "25 Kasım 2026");
        let ar = format_date("ar", d(), DateStyle::Long);
        assert!(ar.contains("نوفمبر"), "{ar}");
        assert!(ar.contains("25") && ar.contains("2026"), "{ar}");
        // Arabic-Indic digits where CLDR uses them
        let ar_eg = format_date("ar-EG", d(), DateStyle::Long);
        assert!(ar_eg.contains("نوفمبر") && ar_eg.contains("٢٠٢٦"), "{ar_eg}");
        assert!(format_date("ar-u-nu-arab", d(), DateStyle::Long).contains("٢٥"));
    }

    #[test]
    fn en_gb_and_regional_variants() {
        assert_eq!(format_date("en-GB", d(), DateStyle::Long), "25 November 2026");
        assert_eq!(format_date("pt-PT", d(), DateStyle::Long), "25 de novembro de 2026");
        assert_eq!(format_date("sr-Latn", d(), DateStyle::Long), "25. novembar 2026.");
    }

    #[test]
    fn medium_short_iso() {
        assert_eq!(format_date("nl", d(), DateStyle::Medium), "25 nov 2026");
        assert_eq!(format_date("nl", d(), DateStyle::Short), "25-11-2026");
        assert_eq!(format_date("tr", d(), DateStyle::Medium), "25 Kas 2026");
        assert_eq!(format_date("tr", d(), DateStyle::Short), "25.11.2026");
        assert_eq!(format_date("en", d(), DateStyle::Short), "11/25/26");
        assert_eq!(format_date("ar", d(), DateStyle::Iso), "2026-11-25");
    }

    #[test]
    fn gregorian_even_where_locale_default_differs() {
        // Thai defaults to the Buddhist calendar (2569); content dates stay Gregorian.
        assert!(format_date("th", d(), DateStyle::Long).contains("2026"));
        assert!(format_date("ar-SA", d(), DateStyle::Long).contains("نوفمبر"));
        // …unless the tag asks for a calendar
        assert!(format_date("th-u-ca-buddhist", d(), DateStyle::Long).contains("2569"));
    }

    #[test]
    fn language_without_icu_data_uses_chain_or_root() {
        let f = DateFormatter::with_languages(
            &[
                LangSpec { code: "en".into(), fallback: vec![] },
                LangSpec { code: "xx".into(), fallback: vec!["qq".into(), "nl".into()] },
                LangSpec { code: "zz".into(), fallback: vec![] },
            ],
            "en",
        );
        assert_eq!(f.resolve("xx"), "nl");
        assert_eq!(f.format("xx", d(), DateStyle::Long), "25 november 2026");
        assert_eq!(f.resolve("zz"), "en");
        assert_eq!(f.resolve("nl"), "nl");
        // not declared, no data: root
        assert_eq!(f.resolve("yy"), "und");
        assert_eq!(f.format("yy", d(), DateStyle::Short), "2026-11-25");
    }

    #[test]
    fn formatter_is_send_sync_and_thread_safe() {
        fn check<T: Send + Sync>() {}
        check::<DateFormatter>();
        let f = Arc::new(DateFormatter::new());
        let handles: Vec<_> = (0..4)
            .map(|_| {
                let f = f.clone();
                std::thread::spawn(move || f.format("tr", d(), DateStyle::Long))
            })
            .collect();
        for h in handles {
            assert_eq!(h.join().unwrap(), "25 Kasım 2026");
        }
    }

    #[test]
    fn parses_template_values() {
        assert_eq!(parse_date_value("2026-11-25"), Some(d()));
        assert_eq!(parse_date_value("2026-11-25T10:00:00Z"), Some(d()));
        assert_eq!(parse_date_value("2026-11-25T23:30:00-05:00"), Some(d()));
        assert_eq!(parse_date_value("2026-11-25T00:30:00+02:00"), Some(d()));
        assert_eq!(parse_date_value("2026-11-25T08:15:00"), Some(d()));
        assert_eq!(parse_date_value("2026-11-25 08:15"), Some(d()));
        assert_eq!(parse_date_value("25/11/2026"), None);
        assert_eq!(parse_date_value("2026-02-30"), None);
    }

    #[test]
    fn tera_date_function() {
        let mut base = tera::Tera::default();
        base.add_raw_template(
            "p.html",
            "{{ date(value=\"2026-11-25\") }}|{{ date(value=\"2026-11-25T10:00:00+01:00\", style=\"short\") }}|{{ date(value=missing) }}|{{ date(value=\"\") }}",
        )
        .unwrap();
        let mut ctx = tera::Context::new();
        ctx.insert("missing", &Option::<String>::None);
        for (lang, want) in [
            ("nl", "25 november 2026|25-11-2026||"),
            ("tr", "25 Kasım 2026|25.11.2026||"),
            ("en", "November 25, 2026|11/25/26||"),
        ] {
            let mut t = base.clone();
            t.register_function("date", make_date_function(lang.into()));
            assert_eq!(t.render("p.html", &ctx).unwrap(), want);
        }
        let mut t = base.clone();
        t.register_function("date", make_date_function("ar".into()));
        let out = t.render("p.html", &ctx).unwrap();
        assert!(out.starts_with("25 نوفمبر 2026|"), "{out}");
    }

    #[test]
    fn tera_date_errors_name_the_value() {
        let mut t = tera::Tera::default();
        t.add_raw_template("bad.html", "{{ date(value=\"next tuesday\") }}").unwrap();
        t.add_raw_template("style.html", "{{ date(value=\"2026-11-25\", style=\"full\") }}").unwrap();
        t.register_function("date", make_date_function_with(Arc::new(DateFormatter::new()), "nl".into()));
        let chain = |e: tera::Error| {
            let mut s = e.to_string();
            let mut src = std::error::Error::source(&e);
            while let Some(x) = src {
                s.push_str(" / ");
                s.push_str(&x.to_string());
                src = x.source();
            }
            s
        };
        let e = chain(t.render("bad.html", &tera::Context::new()).unwrap_err());
        assert!(e.contains("next tuesday"), "{e}");
        let e = chain(t.render("style.html", &tera::Context::new()).unwrap_err());
        assert!(e.contains("full"), "{e}");
    }
}
