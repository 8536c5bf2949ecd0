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
    /// Translation status per language: UI strings and content
    I18n {
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
        #[arg(long, value_name = "PATH", num_args = 1..)]
        mark_current: Vec<PathBuf>,
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
            let args = crate::new::NewArgs {
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
            match crate::new::run(&args) {
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
                Err(crate::new::NewError::Usage(m)) => {
                    eprintln!("error: {m}");
                    2
                }
                Err(crate::new::NewError::Failed(m)) => {
                    eprintln!("error: {m}");
                    1
                }
                Err(crate::new::NewError::Invalid(d)) => {
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
            crate::serve::run(crate::serve::ServeArgs { build: build_args(&site, out), bind, port })
        }
        Command::Search { query, lang, section, page, limit, index, format } => {
            search(&index, crate::search::SearchRequest { q: query, lang, section, page, limit }, format)
        }
        Command::SearchServer { index, bind, port } => crate::serve::search_server(&index, bind, port),
        Command::I18n { root, lang, format, mark_current } => i18n(&root, lang.as_deref(), format, &mark_current),
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

fn i18n(root: &std::path::Path, lang: Option<&str>, format: Format, mark: &[PathBuf]) -> i32 {
    if !mark.is_empty() {
        let mut code = 0;
        for f in mark {
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
    if let Some(l) = lang {
        match crate::config::Config::load(root) {
            Ok(c) if c.language(l).is_none() => {
                eprintln!("error: language `{l}` is not declared in site.yaml");
                return 2;
            }
            _ => {}
        }
    }
    match crate::i18n_status::status(root, lang) {
        Ok(s) => {
            match format {
                Format::Json => {
                    let v = serde_json::json!({ "report": s.report, "errors": s.problems.error_count(), "problems": s.problems });
                    outln!("{}", serde_json::to_string_pretty(&v).unwrap());
                }
                Format::Text => {
                    out!("{}", crate::translation_report::render_text(&s.report));
                    for d in s.problems.iter() {
                        outln!("{d}");
                    }
                }
            }
            i32::from(s.problems.has_errors())
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

fn search(index: &std::path::Path, req: crate::search::SearchRequest, format: Format) -> i32 {
    let service = match crate::search::SearchService::open(index) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e:#} (run `agora build` first)");
            return 1;
        }
    };
    match service.search(&req) {
        Ok(r) => {
            match format {
                Format::Json => outln!("{}", serde_json::to_string_pretty(&r).unwrap()),
                Format::Text => {
                    outln!("{} result(s) for \"{}\" in {}", r.total, r.query, r.lang);
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
