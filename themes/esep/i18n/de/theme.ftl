# UI-Texte des Themes esep — Deutsch.

## Page frame

skip-link = Zum Hauptinhalt springen
nav-main-label = Hauptmenü
nav-search = Suche
nav-breadcrumb-label = Sie sind hier
breadcrumb-home = Startseite
language-switcher-label = Sprache
switcher-not-translated = Diese Seite ist noch nicht übersetzt – der Link öffnet die Startseite in dieser Sprache ({ $language })
footer-text = Ein Ort, an dem Lehrkräfte, Schulleitungen und alle, die in Europa im Schulbereich arbeiten, Neuigkeiten, Ideen und Kurse austauschen.
feed-link = Updates abonnieren (Atom-Feed)
feed-title = { $site } – neueste Beiträge

## Sections

section-news = Nachrichten
section-opinions = Expertenmeinungen
section-toolkit = Toolkit für Schulen
section-courses = Kurse
section-see-all = Alles in der Rubrik „{ $section }“ ansehen
section-empty = Hier gibt es noch nichts.

## Entries

read-more = Weiterlesen
published = Veröffentlicht am
updated = Aktualisiert am
by-author = Von { $authors }
authors-heading =
    { $count ->
        [one] Über die Autorin / den Autor
       *[other] Über die Autorinnen und Autoren
    }
reading-time =
    { $minutes ->
        [one] Lesezeit: { $minutes } Minute
       *[other] Lesezeit: { $minutes } Minuten
    }
toc-heading = Auf dieser Seite
tags-heading = Schlagwörter
levels-heading = Bildungsbereiche
level-name =
    { $level ->
        [ecec] Frühkindliche Betreuung, Bildung und Erziehung
        [primary] Primarbereich
        [secondary] Sekundarbereich
        [vet] Berufliche Aus- und Weiterbildung
        [adult] Erwachsenenbildung
       *[other] { $level }
    }
fallback-note = Noch nicht in Ihrer Sprache verfügbar – angezeigt in einer anderen Sprache: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Schlagwörter
        [levels] Bildungsbereiche
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Schlagwort „{ $term }“
        [levels] Bildungsbereich: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Alle Schlagwörter
        [levels] Alle Bildungsbereiche
       *[other] Alle Themen
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } Seite
       *[other] { $count } Seiten
    }

## Pagination

pagination-label = Seiten
pagination-previous = Zurück
pagination-next = Weiter
pagination-page = Seite { $number }
pagination-page-of = Seite { $current } von { $total }

## Search

search-title = Suche
search-label = Wonach suchen Sie?
search-placeholder = Zum Beispiel: Inklusion, MINT, digitale Kompetenzen
search-button = Suchen
search-section-label = Nur in
search-section-all = Alle Rubriken
search-no-results = Keine Ergebnisse für „{ $query }“. Versuchen Sie es mit anderen oder weniger Wörtern.
search-results-count =
    { $count ->
        [0] Keine Ergebnisse
        [one] { $count } Ergebnis
       *[other] { $count } Ergebnisse
    }
search-error = Die Suche ist derzeit nicht verfügbar. Bitte versuchen Sie es später noch einmal.
search-invalid = Diese Suchanfrage konnte nicht verarbeitet werden. Bitte überprüfen Sie Ihre Eingabe und versuchen Sie es erneut.
search-loading = Suche läuft…
search-more = Weitere Ergebnisse
search-noscript = Die Suche benötigt JavaScript. Bitte aktivieren Sie es, oder blättern Sie in den Rubriken oben.

## Courses

course-details = Über diesen Kurs
course-starts = Beginn
course-ends = Ende
course-format-label = Format
course-format =
    { $format ->
        [mooc] Onlinekurs (MOOC)
        [webinar] Webinar
        [self-paced] Kurs im eigenen Tempo
        [on-site] Präsenzkurs
       *[other] Anderes Format
    }
course-seats-label = Plätze
course-seats =
    { $count ->
        [0] Ausgebucht
        [one] { $count } Platz
       *[other] { $count } Plätze
    }
course-register = Für diesen Kurs anmelden

## Not found (404) and language chooser

not-found-title = Seite nicht gefunden
not-found-text = Leider konnten wir diese Seite nicht finden. Vielleicht wurde sie verschoben, oder die Adresse enthält einen Tippfehler.
not-found-languages = Zur Startseite in Ihrer Sprache
not-found-search = Die Website durchsuchen
chooser-welcome = Willkommen! Weiter auf Deutsch

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Diese Übersetzung ist möglicherweise nicht mehr aktuell.
# $language: name of the source's language, in this language
translation-stale-link = Lesen Sie die neueste Fassung auf { $language }.

## Reader's site

# the button that opens the main menu on small screens
menu = Menü
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = Über diese Website
# main heading of a language home whose own title is the site's title
home-heading = Für alle, die im Schulbereich arbeiten
home-featured = Im Fokus
courses-upcoming = Kommende Kurse
courses-past = Vergangene Kurse
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Demnächst
        [running] Läuft gerade
       *[ended] Beendet
    }
course-ended = Dieser Kurs ist beendet.
course-registration-closed = Die Anmeldung ist geschlossen.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Sprache: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Frühkindlich
        [primary] Primar
        [secondary] Sekundar
        [vet] Beruflich
        [adult] Erwachsene
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Ergebnisse filtern
search-filter-section = Bereich
search-filter-level = Bildungsstufe
# tags of the pages
search-filter-tag = Thema
# the filter option that removes the filter of its group
search-filter-all = Alle
search-filter-clear = Alle Filter zurücksetzen
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Ergebnisse für „{ $query }“
