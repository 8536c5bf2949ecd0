//! Word stemmers for every language of the platform.
//!
//! Each language is stemmed by the best maintained algorithm there is:
//!
//! | language | stemmer |
//! |---|---|
//! | ar da de el en es fi fr hu it nl no (nb, nn) pt ro ru sv ta | Snowball, through the `frostem` crate (the same algorithms tantivy ships) |
//! | tr | Snowball Turkish, run three times (see [`crate::search::analyzer`]) |
//! | cs, pl, et, lt, sr | Snowball (newer algorithms than tantivy ships: Czech by Dolamic & Savoy, Polish, Estonian, Lithuanian, Serbian — Latin and Cyrillic script, the latter transliterated) |
//! | ga | Snowball Irish (initial mutations: `mhúinteoir`, `bpobal`, `dtionscadal` …), then [`IRISH_PLURALS`] |
//! | bg | own light stemmer, [`BULGARIAN`] |
//! | hr | own light stemmer, [`CROATIAN`] |
//! | is | own light stemmer, [`ICELANDIC`] |
//! | lv | own light stemmer, [`LATVIAN`] |
//! | mk | own light stemmer, [`MACEDONIAN`] |
//! | mt | own light stemmer, [`MALTESE`] |
//! | sk | own light stemmer, [`SLOVAK`] |
//! | sl | own light stemmer, [`SLOVENE`] |
//! | sq | own light stemmer, [`ALBANIAN`] |
//! | uk | own light stemmer, [`UKRAINIAN`] |
//!
//! Snowball has no algorithm for these ten languages, and no maintained crate
//! covers them. The own stemmers are *light* stemmers in the manner of
//! Savoy's stemmers that search engines ship for Bulgarian, Czech and Latvian:
//! they remove the inflectional endings of nouns and adjectives (case,
//! number, definite article, possessive) and of verbal nouns, never
//! derivational suffixes, so that `школа`/`школи`/`школою` or
//! `skolotājs`/`skolotāji`/`skolotājiem` meet while distinct words stay
//! apart. Each is a [`Light`] table, documented where it is defined.
//!
//! Other languages Snowball covers (ca, eo, eu, fa, hi, hy, id, ne, yi) are
//! stemmed too; any other language is only lower-cased.
//!
//! Stemmers expect lower-cased input (the analyzer lower-cases first).

use frostem::{Algorithm, Stemmer};

/// A light suffix-stripping stemmer.
///
/// The word is first normalized by `normalize` (if any). Then each step
/// runs once, in order: of the step's `(suffix, replacement)` rules, the one
/// with the **longest** suffix that the word ends with, and whose removal
/// leaves a stem of at least `min_stem` letters, replaces that suffix by its
/// replacement; a step without such a rule leaves the word as it is. Last,
/// `finish` (if any) adjusts the stem (consonant alternations).
pub struct Light {
    pub steps: &'static [&'static [(&'static str, &'static str)]],
    /// Fewest letters (Unicode scalar values) a stem keeps.
    pub min_stem: usize,
    pub normalize: Option<fn(&str) -> String>,
    pub finish: Option<fn(&mut String)>,
}

impl Light {
    /// Stems one lower-cased word.
    pub fn stem(&self, word: &str) -> String {
        let mut w = match self.normalize {
            Some(f) => f(word),
            None => word.to_string(),
        };
        for step in self.steps {
            let mut best: Option<(&str, &str)> = None;
            for &(suffix, replacement) in step.iter() {
                if w.len() > suffix.len()
                    && w.ends_with(suffix)
                    && best.is_none_or(|(b, _)| suffix.len() > b.len())
                    && w[..w.len() - suffix.len()].chars().count() >= self.min_stem
                {
                    best = Some((suffix, replacement));
                }
            }
            if let Some((suffix, replacement)) = best {
                w.truncate(w.len() - suffix.len());
                w.push_str(replacement);
            }
        }
        if let Some(f) = self.finish {
            f(&mut w);
        }
        w
    }
}

/// Replaces a final `from` by `to`.
fn final_char(w: &mut String, from: char, to: char) {
    if w.ends_with(from) {
        w.pop();
        w.push(to);
    }
}

/// **Bulgarian** (after Savoy's light stemmer, as in Lucene's
/// `BulgarianStemmer`, min. stem 3 letters), one step, longest suffix first:
/// * nouns in `-ище` (училище): `-ище -ища -ището -ищата` → `-ищ`;
/// * verbal nouns in `-ие` (обучение): `-ие -ия -ии -ието -ията -иите`;
/// * definite article with plural or case vowel: `-ите -ата -ята -ото -ето
///   -ът -ят`, `-ността` → `-ност`;
/// * plurals `-ове -еве -овете -евете -ища -ци`;
/// * one final vowel `-а -я -о -е -и -у -й -ь`.
///
/// Then a final `ц` becomes `к` (ученик / ученици → учениц → ученик).
pub static BULGARIAN: Light = Light {
    steps: &[&[
        ("ище", "ищ"),
        ("ища", "ищ"),
        ("ището", "ищ"),
        ("ищата", "ищ"),
        ("ие", ""),
        ("ия", ""),
        ("ии", ""),
        ("ието", ""),
        ("ията", ""),
        ("иите", ""),
        ("ите", ""),
        ("ата", ""),
        ("ята", ""),
        ("ото", ""),
        ("ето", ""),
        ("ът", ""),
        ("ят", ""),
        ("ността", "ност"),
        ("ове", ""),
        ("еве", ""),
        ("овете", ""),
        ("евете", ""),
        ("а", ""),
        ("я", ""),
        ("о", ""),
        ("е", ""),
        ("и", ""),
        ("у", ""),
        ("й", ""),
        ("ь", ""),
    ]],
    min_stem: 3,
    normalize: None,
    finish: Some(|w| final_char(w, 'ц', 'к')),
};

/// **Macedonian** (close to Bulgarian: no cases, postposed articles), min.
/// stem 3 letters, one step:
/// * `-иште -ишта -иштето -иштата` → `-ишт` (училиште);
/// * articles after plural or vowel: `-ите -ата -ото -ето -евите -овите
///   -ињата`, after a consonant `-от`; the proximal/distal articles `-ов -он`;
/// * plurals `-ови -еви -иња`;
/// * one final vowel `-а -е -и -о -у`.
///
/// Then a final `ц` becomes `к` (наставник / наставници).
pub static MACEDONIAN: Light = Light {
    steps: &[&[
        ("иште", "ишт"),
        ("ишта", "ишт"),
        ("иштето", "ишт"),
        ("иштата", "ишт"),
        ("ите", ""),
        ("ата", ""),
        ("ото", ""),
        ("ето", ""),
        ("евите", ""),
        ("овите", ""),
        ("ињата", ""),
        ("иња", ""),
        ("от", ""),
        ("ов", ""),
        ("он", ""),
        ("ови", ""),
        ("еви", ""),
        ("а", ""),
        ("е", ""),
        ("и", ""),
        ("о", ""),
        ("у", ""),
    ]],
    min_stem: 3,
    normalize: None,
    finish: Some(|w| final_char(w, 'ц', 'к')),
};

/// **Ukrainian**, min. stem 3 letters, one step, the case endings of nouns
/// and adjectives, longest first:
/// `-ями -ами -еві -ях -ах -ів -їв -ям -ам -ом -ем -ою -ею -ий -ій
/// -ого -ому -ими -іми -их -іх -ої -ої -ую -юю`, then one final vowel or soft
/// sign `-а -я -і -и -у -ю -о -е -є -ї -й -ь` (вчитель, вчителі, вчителів,
/// вчителям → вчител).
pub static UKRAINIAN: Light = Light {
    steps: &[&[
        ("ями", ""),
        ("ами", ""),
        ("еві", ""),
        ("ях", ""),
        ("ах", ""),
        ("ів", ""),
        ("їв", ""),
        ("ям", ""),
        ("ам", ""),
        ("ом", ""),
        ("ем", ""),
        ("ою", ""),
        ("ею", ""),
        ("ий", ""),
        ("ій", ""),
        ("ого", ""),
        ("ому", ""),
        ("ими", ""),
        ("іми", ""),
        ("их", ""),
        ("іх", ""),
        ("ої", ""),
        ("ую", ""),
        ("юю", ""),
        ("а", ""),
        ("я", ""),
        ("і", ""),
        ("и", ""),
        ("у", ""),
        ("ю", ""),
        ("о", ""),
        ("е", ""),
        ("є", ""),
        ("ї", ""),
        ("й", ""),
        ("ь", ""),
    ]],
    min_stem: 3,
    normalize: None,
    finish: None,
};

/// **Latvian** (after Savoy's light stemmer, as in Lucene's
/// `LatvianStemmer`, without its consonant alternations), min. stem 3
/// letters, one step: the case endings of the noun and adjective
/// declensions, longest first: `-ajiem -ajai -ajam -ajām -ajos -ajās -iem
/// -ajā -ais -ai -ei -ām -am -ēm -īm -im -um -us -as -ās -es -os -ij -īs
/// -ēs -is -ie -u -ā -a -ē -e -ī -i -ū -o -s -š` (skolotājs, skolotāji,
/// skolotājiem → skolotāj).
pub static LATVIAN: Light = Light {
    steps: &[&[
        ("ajiem", ""),
        ("ajai", ""),
        ("ajam", ""),
        ("ajām", ""),
        ("ajos", ""),
        ("ajās", ""),
        ("iem", ""),
        ("ajā", ""),
        ("ais", ""),
        ("ai", ""),
        ("ei", ""),
        ("ām", ""),
        ("am", ""),
        ("ēm", ""),
        ("īm", ""),
        ("im", ""),
        ("um", ""),
        ("us", ""),
        ("as", ""),
        ("ās", ""),
        ("es", ""),
        ("os", ""),
        ("ij", ""),
        ("īs", ""),
        ("ēs", ""),
        ("is", ""),
        ("ie", ""),
        ("u", ""),
        ("ā", ""),
        ("a", ""),
        ("ē", ""),
        ("e", ""),
        ("ī", ""),
        ("i", ""),
        ("ū", ""),
        ("o", ""),
        ("s", ""),
        ("š", ""),
    ]],
    min_stem: 3,
    normalize: None,
    finish: None,
};

/// **Slovak**, min. stem 3 letters. `ľ` is first read as `l` (učiteľ /
/// učitelia). One step, the case endings of nouns and adjectives, longest
/// first: `-ového -ovými -iach -ami -ách -ích -ých -ými -ého -ému -ovi -och
/// -iam -ám -om -ou -ov -ia -ie -ím -ým -mi -ej -á -é -í -ú -y -u -a -e -i
/// -o` (škola, školy, školou, školách → škol; učenie, učenia, učením →
/// učen).
pub static SLOVAK: Light = Light {
    steps: &[&[
        ("ového", ""),
        ("ovými", ""),
        ("iach", ""),
        ("ami", ""),
        ("ách", ""),
        ("ích", ""),
        ("ých", ""),
        ("ými", ""),
        ("ého", ""),
        ("ému", ""),
        ("ovi", ""),
        ("och", ""),
        ("iam", ""),
        ("ám", ""),
        ("om", ""),
        ("ou", ""),
        ("ov", ""),
        ("ia", ""),
        ("ie", ""),
        ("ím", ""),
        ("ým", ""),
        ("mi", ""),
        ("ej", ""),
        ("á", ""),
        ("é", ""),
        ("í", ""),
        ("ú", ""),
        ("y", ""),
        ("u", ""),
        ("a", ""),
        ("e", ""),
        ("i", ""),
        ("o", ""),
    ]],
    min_stem: 3,
    normalize: Some(|w| w.replace('ľ', "l")),
    finish: None,
};

/// **Slovene**, min. stem 3 letters, one step, the case and number endings
/// of nouns, longest first: `-ama -ami -ema -ih -ah -am -em -om -ov -ev -jo
/// -a -e -i -o -u` (učitelj, učitelja, učiteljev, učiteljem → učitelj; šola,
/// šoli, šolah → šol; skupnost, skupnostjo → skupnost).
pub static SLOVENE: Light = Light {
    steps: &[&[
        ("ama", ""),
        ("ami", ""),
        ("ema", ""),
        ("ih", ""),
        ("ah", ""),
        ("am", ""),
        ("em", ""),
        ("om", ""),
        ("ov", ""),
        ("ev", ""),
        ("jo", ""),
        ("a", ""),
        ("e", ""),
        ("i", ""),
        ("o", ""),
        ("u", ""),
    ]],
    min_stem: 3,
    normalize: None,
    finish: None,
};

/// **Croatian**, min. stem 3 letters, one step, the case and number endings
/// of nouns, longest first: `-ovima -evima -ima -ama -ovi -evi -ova -eva -om
/// -em -a -e -i -o -u`. Then a final `c` becomes `k`, undoing the
/// palatalization of the plural (nastavnik / nastavnici / nastavnicima →
/// nastavnik; zajednica, zajednice → zajednik alike).
pub static CROATIAN: Light = Light {
    steps: &[&[
        ("ovima", ""),
        ("evima", ""),
        ("ima", ""),
        ("ama", ""),
        ("ovi", ""),
        ("evi", ""),
        ("ova", ""),
        ("eva", ""),
        ("om", ""),
        ("em", ""),
        ("a", ""),
        ("e", ""),
        ("i", ""),
        ("o", ""),
        ("u", ""),
    ]],
    min_stem: 3,
    normalize: None,
    finish: Some(|w| final_char(w, 'c', 'k')),
};

/// **Icelandic**, min. stem 3 letters, one step: the suffixed definite
/// article together with the case ending, and the plain case endings,
/// longest first: `-arnir -urnar -unum -anna -inum -inn -ans -ins -um -ar
/// -ir -ur -is -s -a -i -u` (kennari, kennara, kennarar, kennarinn,
/// kennararnir → kennar; skóli, skólar, skólum, skólanna → skól). Umlauted
/// forms (kennurum, samfélög) are not joined.
pub static ICELANDIC: Light = Light {
    steps: &[&[
        ("arnir", ""),
        ("urnar", ""),
        ("unum", ""),
        ("anna", ""),
        ("inum", ""),
        ("inn", ""),
        ("ans", ""),
        ("ins", ""),
        ("um", ""),
        ("ar", ""),
        ("ir", ""),
        ("ur", ""),
        ("is", ""),
        ("s", ""),
        ("a", ""),
        ("i", ""),
        ("u", ""),
    ]],
    min_stem: 3,
    normalize: None,
    finish: None,
};

/// **Maltese**, min. stem 3 letters. First the grave accent of a final
/// stressed vowel is dropped (`komunità` → `komunita`) and so is the
/// prothetic `i` before `s` + consonant that follows the article
/// (`l-iskola` → `skola`). Then two steps: the sound plurals `-ijiet -jiet
/// -iet -ati -at`, then one final vowel `-a -i -u` (kors / korsijiet,
/// proġett / proġetti, għalliem / għalliema, komunità / komunitajiet).
/// Broken plurals (skola / skejjel) are not joined.
pub static MALTESE: Light = Light {
    steps: &[&[("ijiet", ""), ("jiet", ""), ("iet", ""), ("ati", ""), ("at", "")], &[("a", ""), ("i", ""), ("u", "")]],
    min_stem: 3,
    normalize: Some(maltese_normalize),
    finish: None,
};

fn maltese_normalize(w: &str) -> String {
    let mut s: String = w
        .chars()
        .map(|c| match c {
            'à' => 'a',
            'è' => 'e',
            'ì' => 'i',
            'ò' => 'o',
            'ù' => 'u',
            c => c,
        })
        .collect();
    let b = s.as_bytes();
    if b.len() > 3 && b[0] == b'i' && b[1] == b's' && !matches!(b[2], b'a' | b'e' | b'i' | b'o' | b'u') {
        s.remove(0);
    }
    s
}

/// **Albanian**, min. stem 3 letters, one step: the definite and indefinite
/// case endings of nouns, longest first: `-eve -ave -ëve -it -in -et -at -ve
/// -ës -ën -së -ja -ia -i -e -a -ë` (shkollë, shkolla, shkollës, shkollat,
/// shkollave → shkoll; mësues, mësuesi, mësuesit, mësuesve → mësues). A
/// final `-itet` is kept as it is (the rule `-itet` → `-itet` outranks `-et`):
/// komunitet, universitet are singulars, not plurals in `-et`.
pub static ALBANIAN: Light = Light { steps: &[ALBANIAN_ENDINGS], min_stem: 3, normalize: None, finish: None };

const ALBANIAN_ENDINGS: &[(&str, &str)] = &[
    ("itet", "itet"),
    ("eve", ""),
    ("ave", ""),
    ("ëve", ""),
    ("it", ""),
    ("in", ""),
    ("et", ""),
    ("at", ""),
    ("ve", ""),
    ("ës", ""),
    ("ën", ""),
    ("së", ""),
    ("ja", ""),
    ("ia", ""),
    ("i", ""),
    ("e", ""),
    ("a", ""),
    ("ë", ""),
];

/// **Irish**, after Snowball's Irish stemmer (which removes initial
/// mutations and derivational suffixes): the plural endings `-eanna -anna
/// -eacha -acha -aí -í` and a final `-a -e` (genitive, plural), min. stem 3
/// letters (scoil, scoile, scoileanna → scoil; múinteoir, múinteoirí →
/// múinteoir; dalta, daltaí → dalt).
pub static IRISH_PLURALS: Light = Light {
    steps: &[&[("eanna", ""), ("anna", ""), ("eacha", ""), ("acha", ""), ("aí", ""), ("í", ""), ("a", ""), ("e", "")]],
    min_stem: 3,
    normalize: None,
    finish: None,
};

/// How the words of one language are stemmed.
#[derive(Clone, Copy)]
pub enum WordStemmer {
    /// A Snowball algorithm, run `passes` times.
    Snowball(Stemmer, u8),
    /// An own light stemmer.
    Light(&'static Light),
    /// A Snowball algorithm, then a light stemmer.
    SnowballThen(Stemmer, &'static Light),
}

impl WordStemmer {
    /// The stemmer for a primary language subtag, if the language has one.
    pub fn for_language(primary: &str) -> Option<WordStemmer> {
        let snowball = |a: Algorithm| Some(WordStemmer::Snowball(Stemmer::new(a), 1));
        match primary {
            "ar" => snowball(Algorithm::Arabic),
            "bg" => Some(WordStemmer::Light(&BULGARIAN)),
            "ca" => snowball(Algorithm::Catalan),
            "cs" => snowball(Algorithm::Czech),
            "da" => snowball(Algorithm::Danish),
            "de" => snowball(Algorithm::German),
            "el" => snowball(Algorithm::Greek),
            "en" => snowball(Algorithm::English),
            "eo" => snowball(Algorithm::Esperanto),
            "es" => snowball(Algorithm::Spanish),
            "et" => snowball(Algorithm::Estonian),
            "eu" => snowball(Algorithm::Basque),
            "fa" => snowball(Algorithm::Persian),
            "fi" => snowball(Algorithm::Finnish),
            "fr" => snowball(Algorithm::French),
            "ga" => Some(WordStemmer::SnowballThen(Stemmer::new(Algorithm::Irish), &IRISH_PLURALS)),
            "hi" => snowball(Algorithm::Hindi),
            "hr" => Some(WordStemmer::Light(&CROATIAN)),
            "hu" => snowball(Algorithm::Hungarian),
            "hy" => snowball(Algorithm::Armenian),
            "id" => snowball(Algorithm::Indonesian),
            "is" => Some(WordStemmer::Light(&ICELANDIC)),
            "it" => snowball(Algorithm::Italian),
            "lt" => snowball(Algorithm::Lithuanian),
            "lv" => Some(WordStemmer::Light(&LATVIAN)),
            "mk" => Some(WordStemmer::Light(&MACEDONIAN)),
            "mt" => Some(WordStemmer::Light(&MALTESE)),
            "ne" => snowball(Algorithm::Nepali),
            "nl" => snowball(Algorithm::Dutch),
            "no" | "nb" | "nn" => snowball(Algorithm::Norwegian),
            "pl" => snowball(Algorithm::Polish),
            "pt" => snowball(Algorithm::Portuguese),
            "ro" => snowball(Algorithm::Romanian),
            "ru" => snowball(Algorithm::Russian),
            "sk" => Some(WordStemmer::Light(&SLOVAK)),
            "sl" => Some(WordStemmer::Light(&SLOVENE)),
            "sq" => Some(WordStemmer::Light(&ALBANIAN)),
            "sr" => snowball(Algorithm::Serbian),
            "sv" => snowball(Algorithm::Swedish),
            "ta" => snowball(Algorithm::Tamil),
            // Snowball's Turkish stemmer is not idempotent: see the analyzer.
            "tr" => Some(WordStemmer::Snowball(Stemmer::new(Algorithm::Turkish), 3)),
            "uk" => Some(WordStemmer::Light(&UKRAINIAN)),
            "yi" => snowball(Algorithm::Yiddish),
            _ => None,
        }
    }

    /// Stems one lower-cased word.
    pub fn stem(&self, word: &str) -> String {
        match *self {
            WordStemmer::Snowball(s, passes) => {
                let mut w = s.stem(word).into_owned();
                for _ in 1..passes {
                    let next = s.stem(&w).into_owned();
                    if next == w {
                        break;
                    }
                    w = next;
                }
                w
            }
            WordStemmer::Light(l) => l.stem(word),
            WordStemmer::SnowballThen(s, l) => l.stem(&s.stem(word)),
        }
    }

    /// Where the stemmer comes from, for reports: `snowball` or `light`.
    pub fn kind(&self) -> &'static str {
        match self {
            WordStemmer::Snowball(..) => "snowball",
            WordStemmer::Light(_) => "light",
            WordStemmer::SnowballThen(..) => "snowball+light",
        }
    }
}

/// The languages of the platform (the 24 official EU languages and is, mk,
/// no, sq, sr, tr, uk), each of which has a stemmer.
pub const PLATFORM_LANGUAGES: &[&str] = &[
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl",
    "pt", "ro", "sk", "sl", "sv", "is", "mk", "no", "sq", "sr", "tr", "uk",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every group of forms stems to one stem, and groups stay apart.
    fn conflates(lang: &str, groups: &[&[&str]]) {
        let s = WordStemmer::for_language(lang).unwrap();
        let mut stems = Vec::new();
        for group in groups {
            let first = s.stem(group[0]);
            for w in &group[1..] {
                assert_eq!(s.stem(w), first, "{lang}: `{w}` and `{}` should share a stem", group[0]);
            }
            stems.push(first);
        }
        let mut unique = stems.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), stems.len(), "{lang}: groups collapsed: {stems:?}");
    }

    #[test]
    fn every_platform_language_has_a_stemmer() {
        for l in PLATFORM_LANGUAGES {
            assert!(WordStemmer::for_language(l).is_some(), "{l}");
        }
        assert_eq!(PLATFORM_LANGUAGES.len(), 31);
        assert!(WordStemmer::for_language("zz").is_none());
    }

    #[test]
    fn bulgarian() {
        conflates(
            "bg",
            &[
                &["училище", "училища", "училищата", "училището"],
                &["учител", "учители", "учителят", "учителите", "учителя"],
                &["курс", "курсове", "курса", "курсът", "курсовете"],
                &["проект", "проекти", "проекта", "проектите"],
                &["обучение", "обучението", "обучения"],
                &["общност", "общности", "общността"],
                &["ученик", "ученици", "учениците"],
            ],
        );
    }

    #[test]
    fn macedonian() {
        conflates(
            "mk",
            &[
                &["училиште", "училишта", "училиштето", "училиштата"],
                &["наставник", "наставници", "наставникот", "наставниците"],
                &["курс", "курсеви", "курсот", "курсевите"],
                &["проект", "проекти", "проектот", "проектите"],
                &["учење", "учењето"],
                &["заедница", "заедници", "заедницата"],
            ],
        );
    }

    #[test]
    fn ukrainian() {
        conflates(
            "uk",
            &[
                &["школа", "школи", "школу", "школою", "школі", "школах", "школам"],
                &["вчитель", "вчителі", "вчителя", "вчителів", "вчителям", "вчителями", "вчителеві"],
                &["курс", "курси", "курсу", "курсів", "курсах", "курсом"],
                &["проєкт", "проєкти", "проєкту", "проєктів", "проєктах"],
                &["навчання", "навчанням", "навчанні"],
                &["спільнота", "спільноти", "спільноту", "спільнотою"],
                &["цифрова", "цифрові", "цифрового", "цифровий"],
            ],
        );
    }

    #[test]
    fn latvian() {
        conflates(
            "lv",
            &[
                &["skola", "skolas", "skolā", "skolu", "skolām", "skolās", "skolai"],
                &["skolotājs", "skolotāja", "skolotāji", "skolotāju", "skolotājiem", "skolotājam"],
                &["kurss", "kursa", "kursi", "kursu", "kursos", "kursiem"],
                &["projekts", "projekta", "projekti", "projektu", "projektos", "projektiem"],
                &["mācīšanās", "mācīšanos"],
                &["kopiena", "kopienas", "kopienu", "kopienā", "kopienām"],
            ],
        );
    }

    #[test]
    fn slovak() {
        conflates(
            "sk",
            &[
                &["škola", "školy", "škole", "školu", "školou", "školách", "školám", "školami"],
                &["učiteľ", "učiteľa", "učitelia", "učiteľov", "učiteľom", "učiteľmi", "učiteľovi"],
                &["kurz", "kurzu", "kurzy", "kurzov", "kurzoch", "kurzom"],
                &["projekt", "projektu", "projekty", "projektov", "projektoch"],
                &["učenie", "učenia", "učením"],
                &["komunita", "komunity", "komunite", "komunitu", "komunitou", "komunitách"],
            ],
        );
    }

    #[test]
    fn slovene() {
        conflates(
            "sl",
            &[
                &["šola", "šole", "šoli", "šolo", "šolah", "šolam", "šolami"],
                &["učitelj", "učitelja", "učitelji", "učiteljev", "učiteljem", "učiteljih"],
                &["tečaj", "tečaja", "tečaji", "tečajev", "tečajih", "tečajem"],
                &["projekt", "projekta", "projekti", "projektov", "projektih", "projektom"],
                &["učenje", "učenja", "učenju", "učenjem"],
                &["skupnost", "skupnosti", "skupnostjo"],
            ],
        );
    }

    #[test]
    fn croatian() {
        conflates(
            "hr",
            &[
                &["škola", "škole", "školi", "školu", "školom", "školama"],
                &["nastavnik", "nastavnika", "nastavnici", "nastavnicima", "nastavniku", "nastavnikom"],
                &["učitelj", "učitelja", "učitelji", "učiteljima", "učiteljem"],
                &["tečaj", "tečaja", "tečajevi", "tečajeva", "tečajem"],
                &["projekt", "projekta", "projekti", "projektima", "projektom"],
                &["učenje", "učenja", "učenju", "učenjem"],
                &["zajednica", "zajednice", "zajednici", "zajednicu", "zajednicom"],
            ],
        );
    }

    #[test]
    fn icelandic() {
        conflates(
            "is",
            &[
                &["skóli", "skóla", "skólar", "skólum", "skólanna", "skólinn", "skólans", "skólarnir"],
                &["kennari", "kennara", "kennarar", "kennarinn", "kennararnir"],
                &["námskeið", "námskeiði", "námskeiðs", "námskeiðum"],
                &["verkefni", "verkefnis", "verkefna", "verkefnum"],
                &["nám", "námi", "náms"],
                &["samfélag", "samfélagi", "samfélags"],
            ],
        );
    }

    #[test]
    fn maltese() {
        conflates(
            "mt",
            &[
                &["skola", "iskola"],
                &["kors", "korsijiet"],
                &["proġett", "proġetti"],
                &["għalliem", "għalliema"],
                &["komunità", "komunitajiet"],
                &["student", "studenti", "istudenti"],
            ],
        );
    }

    #[test]
    fn albanian() {
        conflates(
            "sq",
            &[
                &["shkollë", "shkolla", "shkollës", "shkollën", "shkollat", "shkollave"],
                &["mësues", "mësuesi", "mësuesit", "mësuesve", "mësuesin"],
                &["kurs", "kursi", "kursit", "kursin", "kurse", "kurset", "kurseve"],
                &["projekt", "projekti", "projektit", "projektin", "projekte", "projektet", "projekteve"],
                &["mësim", "mësimi", "mësimit", "mësimin", "mësimet"],
                &["komunitet", "komuniteti", "komunitetit", "komunitetin"],
            ],
        );
    }

    #[test]
    fn irish() {
        conflates(
            "ga",
            &[
                &["scoil", "scoile", "scoileanna", "shcoil"],
                &["múinteoir", "múinteoirí", "mhúinteoir"],
                &["dalta", "daltaí", "ndaltaí"],
                &["cúrsa", "cúrsaí", "gcúrsa"],
                &["tionscadal", "dtionscadal"],
                &["pobal", "bpobal"],
                &["foghlaim", "fhoghlaim"],
            ],
        );
    }

    #[test]
    fn snowball_languages_beyond_tantivy() {
        conflates("cs", &[&["škola", "školy", "školou", "školách"], &["učitel", "učitelé", "učitelů"]]);
        conflates("pl", &[&["szkoła", "szkoły", "szkołę", "szkołach"], &["projekt", "projektu", "projektów"]]);
        conflates("lt", &[&["mokykla", "mokyklos", "mokyklą", "mokyklose"], &["projektas", "projekto", "projektai"]]);
        conflates("sr", &[&["škola", "školi", "школа", "школе"], &["projekat", "projekta", "projekti"]]);
        conflates("et", &[&["kooli", "koolis", "koolid", "koolide"], &["õpetaja", "õpetajad", "õpetajate"]]);
    }

    #[test]
    fn turkish_runs_to_a_fixed_point() {
        let s = WordStemmer::for_language("tr").unwrap();
        assert_eq!(s.stem("öğretmen"), s.stem("öğretmenler"));
        assert_eq!(s.stem("öğretmen"), s.stem("öğretmenimiz"));
    }

    #[test]
    fn light_stemmer_keeps_short_words() {
        // Min. stem length: `skola` → `skol`, but `ta` stays.
        assert_eq!(SLOVAK.stem("ta"), "ta");
        assert_eq!(UKRAINIAN.stem("так"), "так");
        assert_eq!(LATVIAN.stem("un"), "un");
    }
}
