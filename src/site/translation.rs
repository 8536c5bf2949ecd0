//! Where a page stands as a translation (SPEC §4, §8): the source itself,
//! current, stale (its source changed since `source_hash`) or unverified (no
//! `source_hash` recorded). Readers are told on the page; the API carries it.

use serde::Serialize;

use super::Site;
use crate::i18n::report::hash_matches;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Source,
    Current,
    Stale,
    Unverified,
}

#[derive(Debug, Clone, Serialize)]
pub struct TranslationInfo {
    /// The default language, where the source is written.
    pub source_lang: String,
    /// Absolute URL of the source page.
    pub source_url: String,
    pub status: Status,
}

/// The translation status of page `idx`; `None` for a page with no
/// default-language source (an orphaned translation).
pub fn info(site: &Site, idx: usize) -> Option<TranslationInfo> {
    let p = &site.pages[idx];
    let default = &site.config.default_language;
    let src = if &p.lang == default { idx } else { site.translation_in(idx, default)? };
    let source = &site.pages[src];
    let status = if src == idx {
        Status::Source
    } else {
        match &p.fm.source_hash {
            None => Status::Unverified,
            Some(h) if hash_matches(h, source.body_hash.as_deref().unwrap_or_default()) => Status::Current,
            Some(_) => Status::Stale,
        }
    };
    Some(TranslationInfo { source_lang: default.clone(), source_url: site.permalink(&source.url), status })
}
