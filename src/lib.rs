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
pub mod hash;
pub mod http_server;
pub mod i18n;
pub mod output;
pub mod pipeline;
pub mod progress;
pub mod render;
pub mod search;
pub mod site;
pub mod yamlpos;
