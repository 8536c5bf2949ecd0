//! Language names in the reader's language ("Engels" on a Dutch page,
//! "الإنجليزية" on an Arabic one), from CLDR through ICU4X, and the Tera
//! function `language_name(code=…)` bound to each page language.

use std::collections::HashMap;
use std::sync::Arc;

use icu::experimental::displaynames::multi::LocaleDisplayNamesFormatter;
use icu::experimental::displaynames::DisplayNamesOptions;
use icu::locale::Locale;

/// Every declared language's name in every declared language, computed once.
#[derive(Debug, Default)]
pub struct LanguageNames {
    /// (reader language, named language) → name
    names: HashMap<(String, String), String>,
}

impl LanguageNames {
    /// `langs`: (code, the name site.yaml gives, used when CLDR has none).
    pub fn new(langs: &[(String, String)]) -> LanguageNames {
        let mut names = HashMap::new();
        for (reader, _) in langs {
            let formatter = reader
                .parse::<Locale>()
                .ok()
                .and_then(|l| LocaleDisplayNamesFormatter::try_new(l.into(), DisplayNamesOptions::default()).ok());
            for (code, own_name) in langs {
                let name = match (&formatter, code.parse::<Locale>()) {
                    // CLDR answers with the code itself when it has no name
                    (Some(f), Ok(l)) => Some(f.of(&l).into_owned()).filter(|n| n != code && !n.is_empty()),
                    _ => None,
                };
                names.insert((reader.clone(), code.clone()), name.unwrap_or_else(|| own_name.clone()));
            }
        }
        LanguageNames { names }
    }

    /// The name of `code` in `reader`'s language (the code when unknown).
    pub fn name(&self, reader: &str, code: &str) -> String {
        self.names.get(&(reader.to_string(), code.to_string())).cloned().unwrap_or_else(|| code.to_string())
    }
}

struct LanguageNameFn {
    names: Arc<LanguageNames>,
    lang: String,
}

impl tera::Function for LanguageNameFn {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        match args.get("code") {
            Some(tera::Value::String(code)) => Ok(tera::Value::String(self.names.name(&self.lang, code))),
            _ => Err(tera::Error::msg("language_name(): give `code`, e.g. language_name(code=item.lang)")),
        }
    }

    fn is_safe(&self) -> bool {
        false
    }
}

/// Tera function `language_name(code=…)`: the language's name in `lang`.
pub fn make_function(names: Arc<LanguageNames>, lang: String) -> impl tera::Function {
    LanguageNameFn { names, lang }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_cldr_in_the_readers_language() {
        let langs: Vec<(String, String)> =
            [("en", "English"), ("nl", "Nederlands"), ("ar", "العربية"), ("sr-Latn", "Srpski")]
                .iter()
                .map(|(c, n)| (c.to_string(), n.to_string()))
                .collect();
        let n = LanguageNames::new(&langs);
        assert_eq!(n.name("nl", "en"), "Engels");
        assert_eq!(n.name("ar", "en"), "الإنجليزية");
        assert_eq!(n.name("en", "nl"), "Dutch");
        assert!(n.name("en", "sr-Latn").starts_with("Serbian"), "{}", n.name("en", "sr-Latn"));
        assert_eq!(n.name("en", "xx"), "xx");
    }
}
