//! The translation tooling behind `agora i18n` (the command itself, which
//! prints, is [`crate::commands::i18n`]):
//!
//! - [`report`]: what is missing, stale or unverified per language, and the
//!   source hash a translation records (`source_hash:`);
//! - [`status`]: gathers a site's UI strings and content for the report, and
//!   `--mark-current`;
//! - [`diff`]: `--diff`, what changed in the source of a stale translation
//!   (found in git history);
//! - [`xliff`]: `export` / `import` as XLIFF 1.2 for translation tools.
//!
//! (The Fluent translator the render stage uses is [`crate::render::i18n`].)

pub mod diff;
pub mod report;
pub mod status;
pub mod xliff;
