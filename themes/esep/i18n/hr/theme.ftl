# Tekstovi sučelja teme esep — hrvatski.

## Page frame

skip-link = Prijeđi na glavni sadržaj
nav-main-label = Glavni izbornik
nav-search = Pretraživanje
nav-breadcrumb-label = Nalazite se ovdje
breadcrumb-home = Početna
language-switcher-label = Jezik
switcher-not-translated = Ova stranica još nije prevedena – poveznica otvara početnu stranicu na tom jeziku ({ $language })
footer-text = Mjesto na kojem učitelji, ravnatelji škola i svi koji rade u školskom obrazovanju u Europi dijele vijesti, ideje i tečajeve.
feed-link = Pretplatite se na novosti (kanal Atom)
feed-title = { $site } – najnovije objave

## Sections

section-news = Vijesti
section-opinions = Stručna mišljenja
section-toolkit = Alati za škole
section-courses = Tečajevi
section-see-all = Sve u rubrici „{ $section }”
section-empty = Ovdje još nema ničega.

## Entries

read-more = Pročitajte više
published = Objavljeno
updated = Ažurirano
by-author = Autor: { $authors }
authors-heading =
    { $count ->
        [one] O autoru
        [few] O autorima
       *[other] O autorima
    }
reading-time =
    { $minutes ->
        [one] Vrijeme čitanja: { $minutes } minuta
        [few] Vrijeme čitanja: { $minutes } minute
       *[other] Vrijeme čitanja: { $minutes } minuta
    }
toc-heading = Na ovoj stranici
tags-heading = Oznake
levels-heading = Razine obrazovanja
level-name =
    { $level ->
        [ecec] Rani i predškolski odgoj i obrazovanje
        [primary] Primarno obrazovanje
        [secondary] Sekundarno obrazovanje
        [vet] Strukovno obrazovanje i osposobljavanje
        [adult] Obrazovanje odraslih
       *[other] { $level }
    }
fallback-note = Još nije dostupno na vašem jeziku – prikazano na drugom jeziku: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Oznake
        [levels] Razine obrazovanja
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Oznaka „{ $term }”
        [levels] Razina obrazovanja: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Sve oznake
        [levels] Sve razine obrazovanja
       *[other] Sve teme
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } stranica
        [few] { $count } stranice
       *[other] { $count } stranica
    }

## Pagination

pagination-label = Stranice
pagination-previous = Prethodna
pagination-next = Sljedeća
pagination-page = Stranica { $number }
pagination-page-of = Stranica { $current } od { $total }

## Search

search-title = Pretraživanje
search-label = Što tražite?
search-placeholder = Na primjer: uključivanje, STEM, digitalne vještine
search-button = Traži
search-section-label = Samo u rubrici
search-section-all = Sve rubrike
search-no-results = Nema rezultata za „{ $query }”. Pokušajte s drugim riječima ili s manje riječi.
search-results-count =
    { $count ->
        [0] Nema rezultata
        [one] { $count } rezultat
        [few] { $count } rezultata
       *[other] { $count } rezultata
    }
search-error = Pretraživanje trenutačno nije dostupno. Pokušajte ponovno kasnije.
search-invalid = Ovaj upit nije bilo moguće razumjeti. Provjerite riječi i pokušajte ponovno.
search-loading = Pretraživanje…
search-more = Više rezultata
search-noscript = Za pretraživanje potreban je JavaScript. Uključite ga ili pregledajte rubrike iznad.

## Courses

course-details = O ovom tečaju
course-starts = Početak
course-ends = Završetak
course-format-label = Oblik
course-format =
    { $format ->
        [mooc] Internetski tečaj (MOOC)
        [webinar] Webinar
        [self-paced] Tečaj vlastitim tempom
        [on-site] Tečaj uživo
       *[other] Drugi oblik
    }
course-seats-label = Mjesta
course-seats =
    { $count ->
        [0] Popunjeno
        [one] { $count } mjesto
        [few] { $count } mjesta
       *[other] { $count } mjesta
    }
course-register = Prijavite se na ovaj tečaj

## Not found (404) and language chooser

not-found-title = Stranica nije pronađena
not-found-text = Nažalost, ovu stranicu nismo pronašli. Možda je premještena ili je adresa pogrešno upisana.
not-found-languages = Idite na početnu stranicu na svojem jeziku
not-found-search = Pretražite mrežno mjesto
chooser-welcome = Dobro došli! Nastavite na hrvatskom

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Ovaj prijevod možda nije ažuran.
# $language: name of the source's language, in this language
translation-stale-link = Pročitajte najnoviju verziju (jezik: { $language }).

## Reader's site

# the button that opens the main menu on small screens
menu = Izbornik
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = O ovoj stranici
# main heading of a language home whose own title is the site's title
home-heading = Za sve koji rade u školskom obrazovanju
home-featured = Izdvojeno
courses-upcoming = Nadolazeći tečajevi
courses-past = Prošli tečajevi
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Uskoro
        [running] U tijeku
       *[ended] Završeno
    }
course-ended = Ovaj je tečaj završio.
course-registration-closed = Prijave su zatvorene.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Jezik: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Rani odgoj
        [primary] Primarno
        [secondary] Sekundarno
        [vet] Strukovno
        [adult] Odrasli
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Filtriraj rezultate
search-filter-section = Rubrika
search-filter-level = Razina obrazovanja
# tags of the pages
search-filter-tag = Tema
# the filter option that removes the filter of its group
search-filter-all = Sve
search-filter-clear = Ukloni sve filtre
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Rezultati za „{ $query }”
