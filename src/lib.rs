//! agora: a static-site generator and headless CMS for multilingual sites.
//!
//! The pipeline runs one way:
//! `config` → `content` (load, front matter, Markdown) → `site` (translations,
//! sections, taxonomies) → `render` (Tera, Fluent, dates) → `output` (HTML,
//! feeds, sitemap, API, search index). The `commands` (`build`, `check`,
//! `serve`, `search`, `i18n`, `new`) sit on top and print; `cli` parses the
//! command line and dispatches to them.

pub mod check;
pub mod cli;
pub mod commands;
pub mod config;
pub mod content;
pub mod diag;
pub mod http_server;
pub mod i18n;
pub mod output;
pub mod pipeline;
pub mod progress;
pub mod render;
pub mod search;
pub mod site;
pub mod yamlpos;

/// The former home of [`i18n::report`], still used by the black-box tests
/// (`agora::translation_report::source_hash`).
pub use i18n::report as translation_report;
