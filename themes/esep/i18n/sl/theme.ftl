# Besedila vmesnika teme esep — slovenščina.

## Page frame

skip-link = Skoči na glavno vsebino
nav-main-label = Glavni meni
nav-search = Iskanje
nav-breadcrumb-label = Nahajate se tukaj
breadcrumb-home = Domov
language-switcher-label = Jezik
switcher-not-translated = Ta stran še ni prevedena – povezava odpre domačo stran v tem jeziku ({ $language })
footer-text = Prostor, kjer učitelji, ravnatelji in vsi, ki delajo v šolskem izobraževanju v Evropi, delijo novice, zamisli in tečaje.
feed-link = Naročite se na novosti (vir Atom)
feed-title = { $site } – najnovejše objave

## Sections

section-news = Novice
section-opinions = Mnenja strokovnjakov
section-toolkit = Zbirka orodij za šole
section-courses = Tečaji
section-see-all = Vse v rubriki »{ $section }«
section-empty = Tukaj še ni ničesar.

## Entries

read-more = Preberite več
published = Objavljeno
updated = Posodobljeno
by-author = Avtor: { $authors }
authors-heading =
    { $count ->
        [one] O avtorju
        [two] O avtorjih
        [few] O avtorjih
       *[other] O avtorjih
    }
reading-time =
    { $minutes ->
        [one] Čas branja: { $minutes } minuta
        [two] Čas branja: { $minutes } minuti
        [few] Čas branja: { $minutes } minute
       *[other] Čas branja: { $minutes } minut
    }
toc-heading = Na tej strani
tags-heading = Oznake
levels-heading = Ravni izobraževanja
level-name =
    { $level ->
        [ecec] Predšolska vzgoja in varstvo
        [primary] Primarno izobraževanje
        [secondary] Sekundarno izobraževanje
        [vet] Poklicno izobraževanje in usposabljanje
        [adult] Izobraževanje odraslih
       *[other] { $level }
    }
fallback-note = Še ni na voljo v vašem jeziku – prikazano v drugem jeziku: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Oznake
        [levels] Ravni izobraževanja
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Oznaka »{ $term }«
        [levels] Raven izobraževanja: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Vse oznake
        [levels] Vse ravni izobraževanja
       *[other] Vse teme
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } stran
        [two] { $count } strani
        [few] { $count } strani
       *[other] { $count } strani
    }

## Pagination

pagination-label = Strani
pagination-previous = Prejšnja
pagination-next = Naslednja
pagination-page = Stran { $number }
pagination-page-of = Stran { $current } od { $total }

## Search

search-title = Iskanje
search-label = Kaj iščete?
search-placeholder = Na primer: vključevanje, STEM, digitalne spretnosti
search-button = Išči
search-section-label = Samo v rubriki
search-section-all = Vse rubrike
search-no-results = Za »{ $query }« ni zadetkov. Poskusite z drugimi ali z manj besedami.
search-results-count =
    { $count ->
        [0] Ni zadetkov
        [one] { $count } zadetek
        [two] { $count } zadetka
        [few] { $count } zadetki
       *[other] { $count } zadetkov
    }
search-error = Iskanje trenutno ni na voljo. Poskusite znova pozneje.
search-invalid = Tega iskanja ni bilo mogoče razumeti. Preverite besede in poskusite znova.
search-loading = Iskanje …
search-more = Več zadetkov
search-noscript = Iskanje potrebuje JavaScript. Vklopite ga ali prebrskajte zgornje rubrike.

## Courses

course-details = O tečaju
course-starts = Začetek
course-ends = Konec
course-format-label = Oblika
course-format =
    { $format ->
        [mooc] Spletni tečaj (MOOC)
        [webinar] Spletni seminar
        [self-paced] Tečaj v lastnem tempu
        [on-site] Tečaj v živo
       *[other] Druga oblika
    }
course-seats-label = Mesta
course-seats =
    { $count ->
        [0] Zasedeno
        [one] { $count } mesto
        [two] { $count } mesti
        [few] { $count } mesta
       *[other] { $count } mest
    }
course-register = Prijavite se na ta tečaj

## Not found (404) and language chooser

not-found-title = Strani ni mogoče najti
not-found-text = Žal te strani nismo našli. Morda je bila premaknjena ali pa je naslov napačno vpisan.
not-found-languages = Pojdite na domačo stran v svojem jeziku
not-found-search = Iščite po spletišču
chooser-welcome = Dobrodošli! Nadaljujte v slovenščini

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Ta prevod morda ni posodobljen.
# $language: name of the source's language, in this language
translation-stale-link = Preberite najnovejšo različico (jezik: { $language }).

## Reader's site

# the button that opens the main menu on small screens
menu = Meni
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = O spletišču
# main heading of a language home whose own title is the site's title
home-heading = Za vse, ki delajo v šolskem izobraževanju
home-featured = Izpostavljeno
courses-upcoming = Prihajajoči tečaji
courses-past = Pretekli tečaji
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Kmalu
        [running] Poteka zdaj
       *[ended] Končan
    }
course-ended = Ta tečaj se je končal.
course-registration-closed = Prijave so zaprte.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Jezik: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Predšolsko
        [primary] Primarno
        [secondary] Sekundarno
        [vet] Poklicno
        [adult] Odrasli
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Filtriraj zadetke
search-filter-section = Rubrika
search-filter-level = Raven izobraževanja
# tags of the pages
search-filter-tag = Tema
# the filter option that removes the filter of its group
search-filter-all = Vse
search-filter-clear = Počisti vse filtre
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Zadetki za »{ $query }«
