//! Recursion in templates, found before anything is rendered: Tera follows
//! `include`, `extends` and macro calls without a depth limit, so a template
//! that includes itself, or a macro that calls itself, overflows the stack
//! and kills the process. Both are reported as errors at the tag that closes
//! the loop. (A recursive macro is refused even when it has a base case:
//! Tera cannot bound its depth, and themes can iterate instead.)

use std::collections::HashMap;
use std::path::PathBuf;

use crate::diag::{line_col, Diagnostic, Diagnostics};

/// A reference from one template (or macro) to another, with its position.
struct Edge {
    to: String,
    line: usize,
    col: usize,
}

/// `templates`: (name, text, file shown in messages).
pub fn check(templates: &[(String, String, PathBuf)]) -> Diagnostics {
    let shown: HashMap<&str, &PathBuf> = templates.iter().map(|(n, _, f)| (n.as_str(), f)).collect();
    let mut file_edges: HashMap<String, Vec<Edge>> = HashMap::new();
    // node "file::macro"
    let mut macro_edges: HashMap<String, Vec<Edge>> = HashMap::new();
    for (name, text, _) in templates {
        let (files, macros) = scan(name, text);
        file_edges.insert(name.clone(), files);
        for (node, edges) in macros {
            macro_edges.entry(node).or_default().extend(edges);
        }
    }
    let mut ds = Diagnostics::new();
    for (cycle, edge) in cycles(&file_edges) {
        let file = cycle.first().and_then(|n| shown.get(n.as_str())).map(|p| p.to_path_buf()).unwrap_or_default();
        ds.push(Diagnostic::error(
            "template",
            file,
            edge.line,
            edge.col,
            format!("templates include or extend each other in a loop: {}", cycle.join(" → ")),
        ));
    }
    for (cycle, edge) in cycles(&macro_edges) {
        let file_of = |node: &str| node.split("::").next().unwrap_or_default().to_string();
        let file = cycle.first().and_then(|n| shown.get(file_of(n).as_str())).map(|p| p.to_path_buf());
        ds.push(Diagnostic::error(
            "template",
            file.unwrap_or_default(),
            edge.line,
            edge.col,
            format!("recursive macro (Tera cannot bound its depth; iterate instead): {}", cycle.join(" → ")),
        ));
    }
    ds
}

/// Each loop once: the nodes around it (first repeated at the end) and the
/// edge that closes it.
fn cycles(graph: &HashMap<String, Vec<Edge>>) -> Vec<(Vec<String>, &Edge)> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    let mut marks: HashMap<&str, Mark> = HashMap::new();
    let mut found = Vec::new();
    let mut nodes: Vec<&String> = graph.keys().collect();
    nodes.sort();
    for start in nodes {
        if marks.contains_key(start.as_str()) {
            continue;
        }
        // iterative DFS: (node, next edge index)
        let mut stack: Vec<(&str, usize)> = vec![(start.as_str(), 0)];
        marks.insert(start, Mark::Open);
        while let Some(&mut (node, ref mut i)) = stack.last_mut() {
            let edges = graph.get(node).map(Vec::as_slice).unwrap_or_default();
            if *i >= edges.len() {
                marks.insert(node, Mark::Done);
                stack.pop();
                continue;
            }
            let edge = &edges[*i];
            *i += 1;
            match marks.get(edge.to.as_str()) {
                Some(Mark::Open) => {
                    let at = stack.iter().position(|(n, _)| *n == edge.to).unwrap_or(0);
                    let mut cycle: Vec<String> = stack[at..].iter().map(|(n, _)| n.to_string()).collect();
                    cycle.push(edge.to.clone());
                    found.push((cycle, edge));
                }
                Some(Mark::Done) => {}
                None => {
                    if let Some((to, _)) = graph.get_key_value(edge.to.as_str()) {
                        marks.insert(to, Mark::Open);
                        stack.push((to, 0));
                    }
                }
            }
        }
    }
    found
}

/// The include/extends references of one template, and the macro calls made
/// inside each of its macros (`name::macro` → callees).
fn scan(name: &str, text: &str) -> (Vec<Edge>, HashMap<String, Vec<Edge>>) {
    let mut files = Vec::new();
    let mut macros: HashMap<String, Vec<Edge>> = HashMap::new();
    let mut imports: HashMap<String, String> = HashMap::new();
    imports.insert("self".into(), name.to_string());
    let mut current_macro: Option<String> = None;
    let mut calls: Vec<(Option<String>, String, String, usize)> = Vec::new();
    let mut pos = 0;
    while let Some(open) = text[pos..].find(['{']).map(|i| pos + i) {
        let rest = &text[open..];
        let close = if rest.starts_with("{%") {
            "%}"
        } else if rest.starts_with("{{") {
            "}}"
        } else if rest.starts_with("{#") {
            "#}"
        } else {
            pos = open + 1;
            continue;
        };
        let Some(end) = rest[2..].find(close).map(|e| open + 2 + e) else { break };
        let inner = text[open + 2..end].trim_matches(['-', ' ', '\n', '\t', '\r']);
        pos = end + 2;
        if close == "#}" {
            continue;
        }
        let (line, col) = line_col(text, open);
        if close == "%}" {
            let mut words = inner.split_whitespace();
            match words.next() {
                Some("include" | "extends") => {
                    for lit in string_literals(inner) {
                        files.push(Edge { to: lit, line, col });
                    }
                }
                Some("import") => {
                    let lits = string_literals(inner);
                    if let (Some(file), Some(alias)) = (lits.first(), inner.rsplit(" as ").next()) {
                        imports.insert(alias.trim().to_string(), file.clone());
                    }
                }
                Some("macro") => {
                    let m: String = words.next().unwrap_or_default().chars().take_while(|c| is_ident(*c)).collect();
                    current_macro = Some(format!("{name}::{m}"));
                    macros.entry(format!("{name}::{m}")).or_default();
                }
                Some("endmacro") => current_macro = None,
                _ => {}
            }
        }
        // macro calls `ns::name(` in any tag or expression
        let mut from = 0;
        while let Some(i) = inner[from..].find("::").map(|i| from + i) {
            let ns: String =
                inner[..i].chars().rev().take_while(|c| is_ident(*c)).collect::<Vec<_>>().into_iter().rev().collect();
            let m: String = inner[i + 2..].chars().take_while(|c| is_ident(*c)).collect();
            if !ns.is_empty() && !m.is_empty() && inner[i + 2 + m.len()..].trim_start().starts_with('(') {
                calls.push((current_macro.clone(), ns, m, line * 100_000 + col));
            }
            from = i + 2;
        }
    }
    for (caller, ns, m, at) in calls {
        let (Some(caller), Some(file)) = (caller, imports.get(&ns)) else { continue };
        macros.entry(caller).or_default().push(Edge {
            to: format!("{file}::{m}"),
            line: at / 100_000,
            col: at % 100_000,
        });
    }
    (files, macros)
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The contents of the "…" or '…' literals in a tag.
fn string_literals(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = s.char_indices();
    while let Some((_, c)) = chars.next() {
        if c == '"' || c == '\'' {
            let lit: String = chars.by_ref().map(|(_, x)| x).take_while(|x| *x != c).collect();
            out.push(lit);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(name: &str, text: &str) -> (String, String, PathBuf) {
        (name.into(), text.into(), PathBuf::from("templates").join(name))
    }

    #[test]
    fn include_loops_are_found_at_the_closing_tag() {
        let ds = check(&[
            t("a.html", "x\n{% include \"b.html\" %}"),
            t("b.html", "{%- include 'a.html' -%}"),
            t("c.html", "{% include \"a.html\" %}"),
        ]);
        assert_eq!(ds.0.len(), 1, "{ds:?}");
        assert!(ds.0[0].message.contains("a.html → b.html → a.html"), "{}", ds.0[0].message);
        let self_include = check(&[t("s.html", "{% extends \"s.html\" %}")]);
        assert_eq!(self_include.0.len(), 1);
        assert_eq!((self_include.0[0].line, self_include.0[0].column), (1, 1));
    }

    #[test]
    fn recursive_macros_are_found_and_plain_calls_are_not() {
        let m = "{% macro tree(n) %}{{ self::tree(n=n) }}{% endmacro %}\n{% macro ok() %}{{ self::leaf() }}{% endmacro %}{% macro leaf() %}x{% endmacro %}";
        let ds = check(&[t("m.html", m), t("p.html", "{% import \"m.html\" as m %}{{ m::tree(n=1) }}")]);
        assert_eq!(ds.0.len(), 1, "{ds:?}");
        assert!(ds.0[0].message.contains("m.html::tree → m.html::tree"), "{}", ds.0[0].message);
        let mutual = "{% import \"n.html\" as n %}{% macro a() %}{{ n::b() }}{% endmacro %}";
        let ds = check(&[
            t("m.html", mutual),
            t("n.html", "{% import \"m.html\" as m %}{% macro b() %}{{ m::a() }}{% endmacro %}"),
        ]);
        assert_eq!(ds.0.len(), 1, "{ds:?}");
    }
}
