//! Compiles the default theme (`themes/esep`) into the binary, so `agora`
//! works on a site that has no `themes/` folder of its own.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let theme = root.join("themes").join("esep");
    println!("cargo:rerun-if-changed=themes/esep");
    let mut files = Vec::new();
    collect(&theme, &theme, &mut files);
    files.sort();
    let mut out = String::from("/// (path inside the theme, contents) of every file of the built-in theme.\npub static FILES: &[(&str, &[u8])] = &[\n");
    for rel in &files {
        let abs = theme.join(rel);
        println!("cargo:rerun-if-changed={}", abs.display());
        writeln!(out, "    ({:?}, include_bytes!({:?})),", rel, abs.display().to_string()).unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("embedded_theme.rs");
    std::fs::write(dest, out).unwrap();
}

fn collect(base: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            println!("cargo:rerun-if-changed={}", p.display());
            collect(base, &p, out);
        } else if let Ok(rel) = p.strip_prefix(base) {
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
}
