//! Short summaries for cards, meta descriptions and feeds: cut at a word
//! boundary found by Unicode word segmentation (ICU4X, with its dictionaries
//! and LSTM models for Thai, Lao, Khmer, Burmese, Chinese and Japanese, which
//! write words without spaces), then an ellipsis.

use icu::segmenter::options::WordBreakInvariantOptions;
use icu::segmenter::{GraphemeClusterSegmenter, WordSegmenter};

/// Characters a summary of cards keeps (about three lines of a card).
pub const CARD_CHARS: usize = 180;
/// Characters of a `<meta name="description">` and `og:description`.
pub const META_CHARS: usize = 160;

/// `text` if it has at most `max_chars` characters; else its longest start of
/// whole words within `max_chars - 1` characters (trailing spaces and
/// punctuation that would hang before the ellipsis dropped), then `…`.
/// A single word longer than half the limit is cut between grapheme clusters
/// instead, never inside one.
pub fn excerpt(text: &str, max_chars: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let max_chars = max_chars.max(2);
    // byte index of the first character past the budget (one kept for `…`)
    let limit = text.char_indices().nth(max_chars - 1).map(|(i, _)| i).unwrap_or(text.len());
    let words = WordSegmenter::new_auto(WordBreakInvariantOptions::default());
    let mut cut = 0;
    for b in words.segment_str(text) {
        if b > limit {
            break;
        }
        cut = b;
    }
    if text[..cut].chars().count() < max_chars / 2 {
        // one very long word (a URL, a compound): the last grapheme boundary
        cut = 0;
        for b in GraphemeClusterSegmenter::new().segment_str(text) {
            if b > limit {
                break;
            }
            cut = b;
        }
    }
    let kept = text[..cut].trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '–' | '—' | '(' | '[' | '«' | '“' | '‘' | '،' | '、')
    });
    format!("{kept}…")
}

#[cfg(test)]
mod tests {
    use super::excerpt;

    #[test]
    fn short_text_is_unchanged() {
        assert_eq!(excerpt("  Teachers learn together. ", 40), "Teachers learn together.");
    }

    #[test]
    fn cuts_between_words_never_inside_one() {
        let s = "Schools across Europe use eTwinning to connect their pupils with classrooms abroad";
        let e = excerpt(s, 30);
        assert_eq!(e, "Schools across Europe use…");
        assert!(e.chars().count() <= 30);
    }

    #[test]
    fn drops_punctuation_before_the_ellipsis() {
        assert_eq!(excerpt("Inclusion, wellbeing, languages and more besides", 24), "Inclusion, wellbeing…");
    }

    #[test]
    fn arabic_and_turkish_cut_at_words() {
        let ar = "تحتفل منصة التوأمة الإلكترونية بمرور عشرين عامًا على التعاون بين المدارس";
        let e = excerpt(ar, 30);
        assert!(e.ends_with('…'));
        let kept = e.trim_end_matches('…');
        assert!(ar.starts_with(kept));
        assert!(ar[kept.len()..].starts_with(' '), "{e}");
    }

    #[test]
    fn thai_and_japanese_cut_at_dictionary_words() {
        // Thai has no spaces between words: the cut still falls on a word boundary
        let th = "ทุกสองสัปดาห์ครูจะพบกันเพื่อแลกเปลี่ยนความรู้";
        let e = excerpt(th, 12);
        let kept = e.trim_end_matches('…');
        assert!(["ทุกสอง", "ทุก", "ทุกสองสัปดาห์"].contains(&kept), "{e}");
        let ja = "こんにちは世界、先生の皆さん";
        let e = excerpt(ja, 8);
        assert_eq!(e, "こんにちは世界…");
    }

    #[test]
    fn a_single_long_word_is_cut_between_graphemes() {
        let e = excerpt("Donaudampfschifffahrtsgesellschaftskapitänsmütze", 12);
        assert_eq!(e.chars().count(), 12);
        let e = excerpt(&"e\u{301}".repeat(20), 6);
        assert!(!e.trim_end_matches('…').ends_with('e'), "{e}");
    }
}
