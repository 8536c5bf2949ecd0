//! Images of entries (`image:` front matter): their size, read at build time
//! so that cards and pages reserve the space before the image arrives, and
//! smaller WebP copies of raster images for `srcset`.
//!
//! - Sizes come from the file's header (`imagesize`) for PNG, JPEG, WebP and
//!   GIF, and from the `width`/`height` (else `viewBox`) of an SVG.
//! - PNG and JPEG images wider than the smallest of [`WIDTHS`] get WebP copies
//!   at each of those widths below their own, written to `/_img/`. A copy
//!   that comes out larger than the original file is dropped (the WebP encoder
//!   is lossless, which wins on illustrations and screenshots but can lose on
//!   photographs): readers never download more than the original.
//! - Encoding is the slow part, so each copy is kept in
//!   `<site>/.agora-cache/images/` under the SHA-256 of the source bytes and
//!   the width, and reused by later builds (like Hugo's `resources/` and
//!   Zola's `processed_images/`). Deleting the folder is always safe.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::OnceLock;

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::content::Page;

/// Widths of the resized copies, in CSS pixels at 1x.
pub const WIDTHS: &[u32] = &[400, 800, 1200];
/// The cache folder, relative to the site root.
pub const CACHE_DIR: &str = ".agora-cache/images";
/// Output folder of the resized copies.
pub const OUT_DIR: &str = "_img";
/// Bumped when the encoding changes, so old cache entries are not reused.
const ENCODER_VERSION: &str = "webp-lossless-1";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Png,
    Jpeg,
    Webp,
    Gif,
    Svg,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Variant {
    /// `/_img/<hash>-800.webp`
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub bytes: u64,
}

#[derive(Debug)]
pub struct ImageInfo {
    /// The file the URL points at.
    pub file: PathBuf,
    pub format: Format,
    pub width: u32,
    pub height: u32,
    /// Filled by [`Images::prepare`]; empty for formats that are not resized.
    pub variants: OnceLock<Vec<Variant>>,
}

/// Every entry image of the site, by its site-relative URL (as written in
/// `image.src` after relative URLs were resolved).
#[derive(Debug, Default)]
pub struct Images {
    pub by_url: HashMap<String, ImageInfo>,
    /// Width and height of co-located image files, by decoded URL: what
    /// [`Images::with_sizes`] gives the `<img>` of entry bodies.
    pub assets: HashMap<String, (u32, u32)>,
}

/// What [`Images::prepare`] did, for `AGORA_TIMINGS` and the tests.
#[derive(Debug, Default)]
pub struct PrepareStats {
    pub variants: usize,
    pub cache_hits: usize,
    pub encoded: usize,
    pub dropped_larger: usize,
    pub original_bytes: u64,
    pub variant_bytes: u64,
}

impl Images {
    /// Find and measure the images of `pages`. Unknown or unreadable files are
    /// left out (`agora check` reports missing images).
    pub fn collect(root: &Path, pages: &[std::sync::Arc<Page>]) -> Images {
        // co-located files by their decoded URL
        let mut assets: HashMap<String, PathBuf> = HashMap::new();
        for p in pages {
            let Some(dir) = root.join(&p.file).parent().map(Path::to_path_buf) else { continue };
            for a in &p.assets {
                if let Ok(rel) = a.strip_prefix(&dir) {
                    let rel = rel.to_string_lossy().replace('\\', "/");
                    assets.insert(format!("{}{rel}", decode(&p.url)), a.clone());
                }
            }
        }
        let mut sizes = HashMap::new();
        for (url, file) in &assets {
            if let Some(i) = measure(file) {
                sizes.insert(url.clone(), (i.width, i.height));
            }
        }
        let mut by_url = HashMap::new();
        for p in pages {
            let Some(img) = &p.fm.image else { continue };
            if by_url.contains_key(&img.src) || !img.src.starts_with('/') || img.src.starts_with("//") {
                continue;
            }
            let path = decode(img.src.split(['?', '#']).next().unwrap_or_default());
            let file = assets.get(&path).cloned().or_else(|| {
                let rel = path.trim_start_matches('/');
                (!rel.split('/').any(|s| s == ".." || s.is_empty()))
                    .then(|| root.join("static").join(rel))
                    .filter(|f| f.is_file())
            });
            if let Some(info) = file.and_then(|f| measure(&f)) {
                by_url.insert(img.src.clone(), info);
            }
        }
        Images { by_url, assets: sizes }
    }

    /// `html` with `width` and `height` added to each `<img>` that shows a
    /// co-located image and has no size yet (so the page does not shift
    /// when it loads).
    pub fn with_sizes(&self, html: &str) -> String {
        if self.assets.is_empty() || !html.contains("<img ") {
            return html.to_string();
        }
        let mut out = String::with_capacity(html.len() + 64);
        let mut rest = html;
        while let Some(i) = rest.find("<img ") {
            let Some(end) = rest[i..].find('>').map(|e| i + e) else { break };
            let tag = &rest[i..end];
            out.push_str(&rest[..i]);
            let src = tag.split(" src=\"").nth(1).and_then(|x| x.split('"').next());
            let size = src.and_then(|s| self.assets.get(&decode(&s.replace("&amp;", "&"))));
            match size {
                Some((w, h)) if !tag.contains(" width=") && !tag.contains(" height=") => {
                    let (body, close) = match tag.strip_suffix(" /").or_else(|| tag.strip_suffix('/')) {
                        Some(b) => (b, " /"),
                        None => (tag, ""),
                    };
                    out.push_str(body);
                    out.push_str(&format!(" width=\"{w}\" height=\"{h}\"{close}"));
                }
                _ => out.push_str(tag),
            }
            rest = &rest[end..];
        }
        out.push_str(rest);
        out
    }

    pub fn get(&self, url: &str) -> Option<&ImageInfo> {
        self.by_url.get(url)
    }

    /// Make the WebP copies (from the cache when it has them) and hand each
    /// to `write(output-relative path, bytes)`.
    pub fn prepare(&self, root: &Path, write: &(dyn Fn(PathBuf, &[u8]) + Sync)) -> PrepareStats {
        let cache = root.join(CACHE_DIR);
        let (hits, encoded, dropped, variants) =
            (AtomicUsize::new(0), AtomicUsize::new(0), AtomicUsize::new(0), AtomicUsize::new(0));
        let (orig_bytes, var_bytes) = (AtomicU64::new(0), AtomicU64::new(0));
        let infos: Vec<&ImageInfo> = self.by_url.values().collect();
        infos.par_iter().for_each(|info| {
            let mut out = Vec::new();
            if matches!(info.format, Format::Png | Format::Jpeg) {
                if let Ok(bytes) = std::fs::read(&info.file) {
                    orig_bytes.fetch_add(bytes.len() as u64, Ordering::Relaxed);
                    let hash = hex(&Sha256::digest(&bytes))[..16].to_string();
                    let mut decoded: Option<image::DynamicImage> = None;
                    for &w in WIDTHS.iter().filter(|&&w| w < info.width) {
                        let h =
                            ((info.height as u64 * w as u64 + info.width as u64 / 2) / info.width as u64).max(1) as u32;
                        let key = format!("{hash}-{w}-{ENCODER_VERSION}.webp");
                        let cached = cache.join(&key);
                        let webp = match std::fs::read(&cached) {
                            Ok(b) => {
                                hits.fetch_add(1, Ordering::Relaxed);
                                b
                            }
                            Err(_) => {
                                if decoded.is_none() {
                                    decoded = image::load_from_memory(&bytes).ok();
                                }
                                let Some(img) = &decoded else { break };
                                let Some(b) = encode_webp(img, w, h) else { continue };
                                encoded.fetch_add(1, Ordering::Relaxed);
                                if std::fs::create_dir_all(&cache).is_ok() {
                                    // write then rename: a build killed halfway leaves no torn file
                                    let tmp = cache.join(format!("{key}.tmp{}", std::process::id()));
                                    if std::fs::write(&tmp, &b).is_ok() {
                                        let _ = std::fs::rename(&tmp, &cached);
                                    }
                                }
                                b
                            }
                        };
                        if webp.len() >= bytes.len() {
                            dropped.fetch_add(1, Ordering::Relaxed);
                            continue;
                        }
                        let name = format!("{hash}-{w}.webp");
                        write(Path::new(OUT_DIR).join(&name), &webp);
                        variants.fetch_add(1, Ordering::Relaxed);
                        var_bytes.fetch_add(webp.len() as u64, Ordering::Relaxed);
                        out.push(Variant {
                            url: format!("/{OUT_DIR}/{name}"),
                            width: w,
                            height: h,
                            bytes: webp.len() as u64,
                        });
                    }
                }
            }
            let _ = info.variants.set(out);
        });
        PrepareStats {
            variants: variants.into_inner(),
            cache_hits: hits.into_inner(),
            encoded: encoded.into_inner(),
            dropped_larger: dropped.into_inner(),
            original_bytes: orig_bytes.into_inner(),
            variant_bytes: var_bytes.into_inner(),
        }
    }
}

impl ImageInfo {
    /// `srcset` of the WebP copies (empty when there are none).
    pub fn webp_srcset(&self) -> String {
        self.variants
            .get()
            .map(|v| v.iter().map(|x| format!("{} {}w", x.url, x.width)).collect::<Vec<_>>().join(", "))
            .unwrap_or_default()
    }
}

fn encode_webp(img: &image::DynamicImage, w: u32, h: u32) -> Option<Vec<u8>> {
    let small = img.resize_exact(w, h, image::imageops::FilterType::Lanczos3);
    let small = if small.color().has_alpha() {
        image::DynamicImage::ImageRgba8(small.to_rgba8())
    } else {
        image::DynamicImage::ImageRgb8(small.to_rgb8())
    };
    let mut buf = Vec::new();
    let enc = image::codecs::webp::WebPEncoder::new_lossless(&mut buf);
    small.write_with_encoder(enc).ok()?;
    Some(buf)
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn decode(url: &str) -> String {
    percent_encoding::percent_decode_str(url).decode_utf8_lossy().into_owned()
}

/// Size and format of an image file.
pub fn measure(file: &Path) -> Option<ImageInfo> {
    let ext = file.extension()?.to_string_lossy().to_lowercase();
    let (format, width, height) = if ext == "svg" {
        let text = std::fs::read_to_string(file).ok()?;
        let (w, h) = svg_size(&text)?;
        (Format::Svg, w, h)
    } else {
        let format = match ext.as_str() {
            "png" => Format::Png,
            "jpg" | "jpeg" => Format::Jpeg,
            "webp" => Format::Webp,
            "gif" => Format::Gif,
            _ => return None,
        };
        let s = imagesize::size(file).ok()?;
        (format, u32::try_from(s.width).ok()?, u32::try_from(s.height).ok()?)
    };
    (width > 0 && height > 0).then(|| ImageInfo {
        file: file.to_path_buf(),
        format,
        width,
        height,
        variants: OnceLock::new(),
    })
}

/// `width`/`height` of the root `<svg>` (in px or unitless), else its `viewBox`.
pub fn svg_size(text: &str) -> Option<(u32, u32)> {
    let start = text.find("<svg")?;
    let tag = &text[start..start + text[start..].find('>')?];
    let attr = |name: &str| -> Option<&str> {
        let mut rest = tag;
        while let Some(i) = rest.find(name) {
            let before = rest[..i].chars().last();
            let after = &rest[i + name.len()..];
            if before.is_some_and(char::is_whitespace) {
                if let Some(v) = after.trim_start().strip_prefix('=') {
                    let v = v.trim_start();
                    let q = v.chars().next()?;
                    if q == '"' || q == '\'' {
                        return v[1..].split(q).next();
                    }
                }
            }
            rest = after;
        }
        None
    };
    let px = |v: &str| -> Option<u32> {
        let v = v.trim().trim_end_matches("px");
        let n: f64 = v.parse().ok()?;
        (n > 0.0 && n < 100_000.0).then(|| n.round() as u32)
    };
    if let (Some(w), Some(h)) = (attr("width").and_then(px), attr("height").and_then(px)) {
        return Some((w, h));
    }
    let vb: Vec<f64> =
        attr("viewBox")?.split(|c: char| c == ',' || c.is_whitespace()).filter_map(|x| x.parse().ok()).collect();
    (vb.len() == 4 && vb[2] > 0.0 && vb[3] > 0.0).then(|| (vb[2].round() as u32, vb[3].round() as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_sizes_from_attributes_or_viewbox() {
        assert_eq!(svg_size(r#"<svg xmlns="x" viewBox="0 0 640 360" width="640" height="360">"#), Some((640, 360)));
        assert_eq!(svg_size(r#"<?xml?><svg viewBox="0 0 64.4 36" stroke-width="2">"#), Some((64, 36)));
        assert_eq!(svg_size(r#"<svg width="100%" viewBox="0,0,10,5">"#), Some((10, 5)));
        assert_eq!(svg_size("<svg>"), None);
    }

    #[test]
    fn body_images_of_bundles_get_their_size() {
        let images =
            Images { by_url: HashMap::new(), assets: HashMap::from([("/en/x/ä b.svg".to_string(), (640, 360))]) };
        assert_eq!(
            images.with_sizes(r#"<p><img src="/en/x/%C3%A4%20b.svg" alt="A"> <img src="/other.png" alt="B"></p>"#),
            r#"<p><img src="/en/x/%C3%A4%20b.svg" alt="A" width="640" height="360"> <img src="/other.png" alt="B"></p>"#
        );
        assert_eq!(
            images.with_sizes(r#"<img src="/en/x/ä b.svg" width="10">"#),
            r#"<img src="/en/x/ä b.svg" width="10">"#
        );
    }

    #[test]
    fn webp_copies_are_smaller_and_cached() {
        let dir = std::env::temp_dir().join(format!("agora-img-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("static")).unwrap();
        // an illustration with gradients
        let img = image::RgbImage::from_fn(1000, 500, |x, y| image::Rgb([(x / 4) as u8, (y / 2) as u8, 128]));
        img.save(dir.join("static/a.png")).unwrap();
        let info = measure(&dir.join("static/a.png")).unwrap();
        assert_eq!((info.width, info.height, info.format), (1000, 500, Format::Png));
        let images = Images { by_url: HashMap::from([("/a.png".to_string(), info)]), assets: HashMap::new() };
        let written = std::sync::Mutex::new(Vec::new());
        let stats = images.prepare(&dir, &|p, b| written.lock().unwrap().push((p, b.len())));
        assert_eq!((stats.encoded, stats.cache_hits, stats.variants), (2, 0, 2));
        let srcset = images.get("/a.png").unwrap().webp_srcset();
        assert!(srcset.contains("-400.webp 400w") && srcset.contains("-800.webp 800w"), "{srcset}");
        // again from the cache
        let again = Images {
            by_url: HashMap::from([("/a.png".to_string(), measure(&dir.join("static/a.png")).unwrap())]),
            assets: HashMap::new(),
        };
        let stats = again.prepare(&dir, &|_, _| {});
        assert_eq!((stats.encoded, stats.cache_hits), (0, 2));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
