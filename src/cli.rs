//! Command line (SPEC §9): the arguments (clap) and which command they
//! run (the commands are in [`crate::commands`]). Exit codes: 0 ok, 1 content
//! or configuration errors, 2 usage errors (clap's own exit code for bad
//! arguments).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::commands::{self, Format};
use crate::pipeline::BuildArgs;

#[derive(Parser, Debug)]
#[command(name = "agora", version, about = "Static-site generator and headless CMS for multilingual sites")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Debug, Clone)]
pub struct SiteArgs {
    /// Site folder (holding site.yaml)
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Build drafts too
    #[arg(long)]
    pub drafts: bool,
    /// Build scheduled (future-dated) entries too
    #[arg(long)]
    pub future: bool,
    /// Override base_url from site.yaml
    #[arg(long)]
    pub base_url: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Build the site into the output folder
    Build {
        #[command(flatten)]
        site: SiteArgs,
        /// Output folder (default: <root>/public)
        #[arg(long)]
        out: Option<PathBuf>,
        /// Print the time of each stage
        #[arg(long)]
        timings: bool,
        /// Render every page from scratch, ignoring what earlier builds kept (manifest, page store)
        #[arg(long)]
        clean: bool,
    },
    /// Validate everything, build nothing; exit 1 on errors
    Check {
        #[command(flatten)]
        site: SiteArgs,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Build, serve on loopback, watch for changes and reload browsers
    Serve {
        #[command(flatten)]
        site: SiteArgs,
        /// Output folder (default: <root>/public)
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long, default_value_t = 1111)]
        port: u16,
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
    },
    /// Query the prebuilt search index
    Search {
        /// The query (words; "quoted phrases"; -excluded)
        query: String,
        #[arg(long)]
        lang: String,
        #[arg(long)]
        section: Option<String>,
        /// Only pages of this education level (a level code such as `primary`)
        #[arg(long)]
        level: Option<String>,
        /// Only pages with this tag (its slug)
        #[arg(long)]
        tag: Option<String>,
        #[arg(long, default_value_t = 1)]
        page: usize,
        #[arg(long, default_value_t = crate::search::DEFAULT_LIMIT)]
        limit: usize,
        /// Folder of the indexes (default: public/search-index)
        #[arg(long, default_value = "public/search-index")]
        index: PathBuf,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Serve /api/search from prebuilt indexes (read-only, stateless)
    SearchServer {
        #[arg(long, default_value = "public/search-index")]
        index: PathBuf,
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        #[arg(long, default_value_t = 7700)]
        port: u16,
    },
    /// Translation status per language (UI strings and content); what changed in
    /// stale translations (--diff); XLIFF 1.2 export and import for translation tools
    #[command(args_conflicts_with_subcommands = true)]
    I18n {
        #[command(subcommand)]
        action: Option<I18nAction>,
        /// Site folder (holding site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Only this language
        #[arg(long)]
        lang: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Mark these translation files as reviewed against their current source
        /// (writes `source_hash:` into their front matter)
        #[arg(long, value_name = "PATH", num_args = 1.., conflicts_with_all = ["diff", "fail_on"])]
        mark_current: Vec<PathBuf>,
        /// Exit 1 when the report finds any of these (comma-separated; for CI).
        /// Without it a report that could be made exits 0.
        #[arg(long, value_enum, value_delimiter = ',', value_name = "WHAT")]
        fail_on: Vec<crate::i18n::report::FailOn>,
        /// Show what changed in the source of each stale translation since the
        /// version it was translated from (found in the site's git history)
        #[arg(long, conflicts_with = "fail_on")]
        diff: bool,
        /// With --diff: only these translation files (a source file: its translations)
        #[arg(value_name = "FILE", requires = "diff")]
        files: Vec<PathBuf>,
    },
    /// Scaffold a new entry, or the skeleton of a translation (prints the path written)
    New {
        /// Section of the entry (news, opinions …); implied by --translate-from
        section: Option<String>,
        /// Language of the new file
        #[arg(long)]
        lang: String,
        /// Title (a translation skeleton gets the source's, marked [TRANSLATE])
        #[arg(long)]
        title: Option<String>,
        /// Create the translation of this content file (same relative path in --lang)
        #[arg(long, value_name = "PATH")]
        translate_from: Option<PathBuf>,
        /// Author name (repeat for several); required where the section requires authors
        #[arg(long = "author", value_name = "NAME")]
        authors: Vec<String>,
        /// Tag (repeat for several)
        #[arg(long = "tag", value_name = "TAG")]
        tags: Vec<String>,
        /// Education level: ecec, primary, secondary, vet … (repeat for several)
        #[arg(long = "level", value_name = "LEVEL")]
        levels: Vec<String>,
        /// One-sentence summary (else the first paragraph)
        #[arg(long)]
        summary: Option<String>,
        /// Mark the new entry as a draft
        #[arg(long)]
        draft: bool,
        /// Site folder (holding site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

/// `agora i18n export` / `agora i18n import` (XLIFF 1.2, see src/i18n/xliff.rs).
#[derive(Subcommand, Debug)]
pub enum I18nAction {
    /// Write the missing and stale content of a language as XLIFF 1.2
    Export {
        /// The language to translate into
        #[arg(long)]
        lang: String,
        /// Write to this file (default: standard output)
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Site folder (holding site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Write the translations of an XLIFF 1.2 file back as Markdown (all or nothing)
    Import {
        /// The translated XLIFF file
        #[arg(value_name = "FILE.xlf")]
        file: PathBuf,
        /// Overwrite translations that changed since the export
        #[arg(long)]
        force: bool,
        /// Site folder (holding site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    run(cli)
}

fn build_args(site: &SiteArgs, out: Option<PathBuf>) -> BuildArgs {
    BuildArgs {
        root: site.root.clone(),
        out,
        drafts: site.drafts,
        future: site.future,
        base_url: site.base_url.clone(),
        clean: false,
    }
}

pub fn run(cli: Cli) -> i32 {
    match cli.command {
        Command::Build { site, out, timings, clean } => {
            commands::build::run(&BuildArgs { clean, ..build_args(&site, out) }, timings)
        }
        Command::Check { site, format } => commands::check::run(&build_args(&site, None), format),
        Command::Serve { site, out, port, bind } => {
            commands::serve::run(commands::serve::ServeArgs { build: build_args(&site, out), bind, port })
        }
        Command::Search { query, lang, section, level, tag, page, limit, index, format } => commands::search::run(
            &index,
            crate::search::SearchRequest { q: query, lang, section, page, limit },
            &crate::search::Filters { level, tag },
            format,
        ),
        Command::SearchServer { index, bind, port } => commands::search::server(&index, bind, port),
        Command::I18n { action: Some(I18nAction::Export { lang, out, root }), .. } => {
            commands::i18n::export(&root, &lang, out.as_deref())
        }
        Command::I18n { action: Some(I18nAction::Import { file, force, root }), .. } => {
            commands::i18n::import(&root, &file, force)
        }
        Command::I18n { action: None, root, lang, format, mark_current, fail_on, diff, files } => {
            commands::i18n::run(&commands::i18n::ReportArgs { root, lang, format, mark_current, fail_on, diff, files })
        }
        Command::New { section, lang, title, translate_from, authors, tags, levels, summary, draft, root } => {
            commands::new::run(&commands::new::NewArgs {
                root,
                section,
                lang,
                title,
                translate_from,
                authors,
                tags,
                levels,
                summary,
                draft,
            })
        }
    }
}
