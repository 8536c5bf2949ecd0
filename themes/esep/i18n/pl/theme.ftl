# Teksty interfejsu motywu esep — polski.

## Page frame

skip-link = Przejdź do treści głównej
nav-main-label = Menu główne
nav-search = Szukaj
nav-breadcrumb-label = Jesteś tutaj
breadcrumb-home = Strona główna
language-switcher-label = Język
switcher-not-translated = Ta strona nie została jeszcze przetłumaczona – link otwiera stronę główną w tym języku ({ $language })
footer-text = Miejsce, w którym nauczyciele, dyrektorzy szkół i wszyscy, którzy pracują w edukacji szkolnej w Europie, dzielą się aktualnościami, pomysłami i kursami.
feed-link = Subskrybuj aktualizacje (kanał Atom)
feed-title = { $site } – najnowsze aktualizacje

## Sections

section-news = Aktualności
section-opinions = Opinie ekspertów
section-toolkit = Zestaw narzędzi dla szkół
section-courses = Kursy
section-see-all = Zobacz wszystko w dziale „{ $section }”
section-empty = Nic tu jeszcze nie ma.

## Entries

read-more = Czytaj dalej
published = Opublikowano
updated = Zaktualizowano
by-author = Autor: { $authors }
authors-heading =
    { $count ->
        [one] O autorze
        [few] O autorach
        [many] O autorach
       *[other] O autorach
    }
reading-time =
    { $minutes ->
        [one] Czas czytania: { $minutes } minuta
        [few] Czas czytania: { $minutes } minuty
        [many] Czas czytania: { $minutes } minut
       *[other] Czas czytania: { $minutes } minuty
    }
toc-heading = Na tej stronie
tags-heading = Tagi
levels-heading = Poziomy edukacji
level-name =
    { $level ->
        [ecec] Wczesna edukacja i opieka nad dzieckiem
        [primary] Szkolnictwo podstawowe
        [secondary] Szkolnictwo średnie
        [vet] Kształcenie i szkolenie zawodowe
        [adult] Edukacja dorosłych
       *[other] { $level }
    }
fallback-note = Jeszcze niedostępne w Twoim języku – wyświetlane w innym języku: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Tagi
        [levels] Poziomy edukacji
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Tag „{ $term }”
        [levels] Poziom edukacji: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Wszystkie tagi
        [levels] Wszystkie poziomy edukacji
       *[other] Wszystkie tematy
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } strona
        [few] { $count } strony
        [many] { $count } stron
       *[other] { $count } strony
    }

## Pagination

pagination-label = Strony
pagination-previous = Poprzednia
pagination-next = Następna
pagination-page = Strona { $number }
pagination-page-of = Strona { $current } z { $total }

## Search

search-title = Wyszukiwanie
search-label = Czego szukasz?
search-placeholder = Na przykład: edukacja włączająca, STEM, umiejętności cyfrowe
search-button = Szukaj
search-section-label = Tylko w dziale
search-section-all = Wszystkie działy
search-no-results = Brak wyników dla „{ $query }”. Spróbuj użyć innych słów lub mniejszej ich liczby.
search-results-count =
    { $count ->
        [0] Brak wyników
        [one] { $count } wynik
        [few] { $count } wyniki
        [many] { $count } wyników
       *[other] { $count } wyniku
    }
search-error = Wyszukiwanie jest teraz niedostępne. Spróbuj ponownie później.
search-invalid = Nie udało się zrozumieć tego zapytania. Sprawdź wpisane słowa i spróbuj ponownie.
search-loading = Wyszukiwanie…
search-more = Więcej wyników
search-noscript = Wyszukiwanie wymaga JavaScriptu. Włącz go lub przeglądaj działy powyżej.

## Courses

course-details = O kursie
course-starts = Początek
course-ends = Koniec
course-format-label = Forma
course-format =
    { $format ->
        [mooc] Kurs online (MOOC)
        [webinar] Webinarium
        [self-paced] Kurs we własnym tempie
        [on-site] Kurs stacjonarny
       *[other] Inna forma
    }
course-seats-label = Miejsca
course-seats =
    { $count ->
        [0] Brak wolnych miejsc
        [one] { $count } miejsce
        [few] { $count } miejsca
        [many] { $count } miejsc
       *[other] { $count } miejsca
    }
course-register = Zapisz się na ten kurs

## Not found (404) and language chooser

not-found-title = Nie znaleziono strony
not-found-text = Niestety nie udało się znaleźć tej strony. Mogła zostać przeniesiona albo adres zawiera literówkę.
not-found-languages = Przejdź do strony głównej w swoim języku
not-found-search = Przeszukaj serwis
chooser-welcome = Witamy! Kontynuuj po polsku

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = To tłumaczenie może być nieaktualne.
# $language: name of the source's language, in this language
translation-stale-link = Przeczytaj najnowszą wersję (język: { $language }).

## Reader's site

# the button that opens the main menu on small screens
menu = Menu
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = O serwisie
# main heading of a language home whose own title is the site's title
home-heading = Dla wszystkich, którzy pracują w edukacji szkolnej
home-featured = Polecamy
courses-upcoming = Nadchodzące kursy
courses-past = Minione kursy
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Wkrótce
        [running] Trwa teraz
       *[ended] Zakończony
    }
course-ended = Ten kurs się zakończył.
course-registration-closed = Zapisy są zamknięte.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Język: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Wczesna edukacja
        [primary] Podstawowe
        [secondary] Średnie
        [vet] Zawodowe
        [adult] Dorośli
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Filtruj wyniki
search-filter-section = Dział
search-filter-level = Poziom edukacji
# tags of the pages
search-filter-tag = Temat
# the filter option that removes the filter of its group
search-filter-all = Wszystkie
search-filter-clear = Wyczyść wszystkie filtry
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Wyniki dla „{ $query }”
