//! Command line (SPEC §9). Exit codes: 0 ok, 1 content or configuration
//! errors, 2 usage errors (clap's own exit code for bad arguments).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::diag::Diagnostics;
use crate::pipeline::{self, BuildArgs};

/// Print to stdout, ignoring a closed pipe (`agora i18n | head`).
macro_rules! outln {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($t)*);
    }};
}
macro_rules! out {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout().lock(), $($t)*);
    }};
}

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

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
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
        fail_on: Vec<crate::translation_report::FailOn>,
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

/// `agora i18n export` / `agora i18n import` (XLIFF 1.2, see src/i18n_xliff.rs).
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
    }
}

pub fn run(cli: Cli) -> i32 {
    match cli.command {
        Command::Build { site, out, timings } => {
            let args = build_args(&site, out);
            crate::progress::init(true, timings);
            let result = pipeline::build(&args);
            if let Some(table) = crate::progress::finish() {
                eprint!("{table}");
            }
            match result {
                Ok(r) => {
                    print_diagnostics(&r.warnings);
                    let per_lang: Vec<String> = r.pages_per_lang.iter().map(|(l, n)| format!("{l} {n}")).collect();
                    eprintln!(
                        "Built {} pages ({}), {} files ({:.1} MB) into {} in {:.2} s",
                        r.pages,
                        per_lang.join(", "),
                        r.files,
                        r.bytes as f64 / 1e6,
                        args.out_dir().display(),
                        r.elapsed.as_secs_f64()
                    );
                    0
                }
                Err(d) => {
                    print_diagnostics(&d);
                    eprintln!("Build failed: {} error(s); the output folder was left as it was.", d.error_count());
                    1
                }
            }
        }
        Command::New { section, lang, title, translate_from, authors, tags, levels, summary, draft, root } => {
            let args = crate::commands::new::NewArgs {
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
            };
            match crate::commands::new::run(&args) {
                Ok(w) => {
                    outln!("{}", w.file.display());
                    for a in &w.assets {
                        eprintln!("copied {}", a.display());
                    }
                    if !w.to_fill.is_empty() {
                        eprintln!("fill in: {}", w.to_fill.join(", "));
                    }
                    0
                }
                Err(crate::commands::new::NewError::Usage(m)) => {
                    eprintln!("error: {m}");
                    2
                }
                Err(crate::commands::new::NewError::Failed(m)) => {
                    eprintln!("error: {m}");
                    1
                }
                Err(crate::commands::new::NewError::Invalid(d)) => {
                    print_diagnostics(&d);
                    1
                }
            }
        }
        Command::Check { site, format } => {
            let d = pipeline::check(&build_args(&site, None));
            report(&d, format)
        }
        Command::Serve { site, out, port, bind } => {
            crate::commands::serve::run(crate::commands::serve::ServeArgs { build: build_args(&site, out), bind, port })
        }
        Command::Search { query, lang, section, level, tag, page, limit, index, format } => search(
            &index,
            crate::search::SearchRequest { q: query, lang, section, page, limit },
            &crate::search::Filters { level, tag },
            format,
        ),
        Command::SearchServer { index, bind, port } => crate::commands::serve::search_server(&index, bind, port),
        cmd @ Command::I18n { .. } => i18n(cmd),
    }
}

pub fn print_diagnostics(d: &Diagnostics) {
    for x in d.iter() {
        eprintln!("{x}");
    }
}

/// Print a report of findings; exit status 1 if any is an error.
pub fn report(d: &Diagnostics, format: Format) -> i32 {
    match format {
        Format::Json => {
            let v = serde_json::json!({
                "errors": d.error_count(),
                "warnings": d.0.len() - d.error_count(),
                "findings": d,
            });
            outln!("{}", serde_json::to_string_pretty(&v).unwrap());
        }
        Format::Text => {
            for x in d.iter() {
                outln!("{x}");
            }
            outln!("{} error(s), {} warning(s)", d.error_count(), d.0.len() - d.error_count());
        }
    }
    i32::from(d.has_errors())
}

fn i18n(cmd: Command) -> i32 {
    let Command::I18n { action, root, lang, format, mark_current: mark, fail_on, diff, files } = cmd else {
        return 2;
    };
    let root = root.as_path();
    match action {
        Some(I18nAction::Export { lang, out, root }) => return i18n_export(&root, &lang, out.as_deref()),
        Some(I18nAction::Import { file, force, root }) => return i18n_import(&root, &file, force),
        None => {}
    }
    if !mark.is_empty() {
        let mut code = 0;
        for f in &mark {
            match crate::i18n_status::mark_current(root, f) {
                Ok(h) => outln!("{}: source_hash {h}", f.display()),
                Err(e) => {
                    eprintln!("error: {e}");
                    code = 1;
                }
            }
        }
        return code;
    }
    let lang = lang.as_deref();
    if let Some(l) = lang {
        match crate::config::Config::load(root) {
            Ok(c) if c.language(l).is_none() => {
                eprintln!("error: language `{l}` is not declared in site.yaml");
                return 2;
            }
            _ => {}
        }
    }
    if diff {
        return match crate::i18n_diff::diffs(root, lang, &files) {
            Ok(d) => {
                match format {
                    Format::Json => {
                        outln!("{}", serde_json::to_string_pretty(&serde_json::json!({ "diffs": d })).unwrap())
                    }
                    Format::Text => {
                        use std::io::IsTerminal as _;
                        let color = std::io::stdout().is_terminal()
                            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                            && std::env::var("TERM").ok().as_deref() != Some("dumb");
                        out!("{}", crate::i18n_diff::render_text(&d, color));
                    }
                }
                0
            }
            Err(d) => {
                print_diagnostics(&d);
                1
            }
        };
    }
    match crate::i18n_status::status(root, lang) {
        Ok(s) => {
            let failures = crate::translation_report::failures(&s.report, &fail_on);
            match format {
                Format::Json => {
                    let mut v = serde_json::json!({ "report": s.report, "errors": s.problems.error_count(), "problems": s.problems });
                    if !fail_on.is_empty() {
                        v["fail_on"] = serde_json::json!(failures);
                    }
                    outln!("{}", serde_json::to_string_pretty(&v).unwrap());
                }
                Format::Text => {
                    out!("{}", crate::translation_report::render_text(&s.report));
                    for d in s.problems.iter() {
                        outln!("{d}");
                    }
                    out!("{}", crate::translation_report::render_failures(&failures));
                }
            }
            i32::from(s.problems.has_errors() || !failures.is_empty())
        }
        Err(d) => {
            if format == Format::Json {
                let v = serde_json::json!({ "report": null, "errors": d.error_count(), "problems": d });
                outln!("{}", serde_json::to_string_pretty(&v).unwrap());
            } else {
                print_diagnostics(&d);
            }
            1
        }
    }
}

fn i18n_export(root: &std::path::Path, lang: &str, out: Option<&std::path::Path>) -> i32 {
    match crate::i18n_xliff::export(root, lang) {
        Ok(x) => {
            print_diagnostics(&x.warnings);
            if x.documents == 0 {
                eprintln!("nothing to translate into {lang}: no missing or stale content");
                return 0;
            }
            match out {
                Some(p) => {
                    if let Err(e) = std::fs::write(p, &x.xml) {
                        eprintln!("error: {}: {e}", p.display());
                        return 1;
                    }
                }
                None => out!("{}", x.xml),
            }
            eprintln!(
                "exported {} document(s) ({} missing, {} stale), {} unit(s), for {lang}{}",
                x.documents,
                x.missing,
                x.stale,
                x.units,
                out.map(|p| format!(" to {}", p.display())).unwrap_or_default()
            );
            0
        }
        Err(crate::i18n_xliff::ExportError::Usage(m)) => {
            eprintln!("error: {m}");
            2
        }
        Err(crate::i18n_xliff::ExportError::Invalid(d)) => {
            print_diagnostics(&d);
            1
        }
    }
}

fn i18n_import(root: &std::path::Path, file: &std::path::Path, force: bool) -> i32 {
    match crate::i18n_xliff::import(root, file, force) {
        Ok(r) => {
            for (p, created) in &r.written {
                outln!("{} {}", if *created { "created" } else { "updated" }, p.display());
            }
            for p in &r.copied {
                eprintln!("copied {}", p.display());
            }
            print_diagnostics(&r.warnings);
            print_diagnostics(&r.errors);
            i32::from(r.errors.has_errors())
        }
        Err(d) => {
            print_diagnostics(&d);
            eprintln!("Import failed: {} error(s); nothing was written.", d.error_count());
            1
        }
    }
}

fn search(
    index: &std::path::Path,
    req: crate::search::SearchRequest,
    filters: &crate::search::Filters,
    format: Format,
) -> i32 {
    let service = match crate::search::SearchService::open(index) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e:#} (run `agora build` first)");
            return 1;
        }
    };
    match service.search_filtered(&req, filters) {
        Ok(r) => {
            match format {
                Format::Json => outln!("{}", serde_json::to_string_pretty(&r).unwrap()),
                Format::Text => {
                    outln!("{} result(s) for \"{}\" in {}", r.total, r.query, r.lang);
                    if let Some(c) = &r.corrected {
                        outln!("(no match for the words as typed; showing results for \"{}\")", c.query);
                    }
                    for (i, h) in r.hits.iter().enumerate() {
                        let n = (req.page.max(1) - 1) * req.limit.clamp(1, crate::search::MAX_LIMIT) + i + 1;
                        outln!("{n:>3}. {}  {}", h.title, h.url);
                        let plain = crate::search::html::strip_html(&h.snippet);
                        if !plain.is_empty() {
                            outln!("     {plain}");
                        }
                    }
                }
            }
            0
        }
        Err(e) => {
            eprintln!("error: {e}");
            match e {
                crate::search::SearchError::BadRequest(_) | crate::search::SearchError::UnknownLanguage(_) => 2,
                crate::search::SearchError::Internal(_) => 1,
            }
        }
    }
}
