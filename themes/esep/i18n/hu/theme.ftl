# Az esep téma felületi szövegei — magyar.

## Page frame

skip-link = Ugrás a fő tartalomhoz
nav-main-label = Főmenü
nav-search = Keresés
nav-breadcrumb-label = Ön itt jár
breadcrumb-home = Kezdőlap
language-switcher-label = Nyelv
switcher-not-translated = Ez az oldal még nincs lefordítva – a hivatkozás az adott nyelvű kezdőlapot nyitja meg ({ $language })
footer-text = Olyan hely, ahol Európa tanárai, iskolavezetői és mindenki, aki a közoktatásban dolgozik, híreket, ötleteket és kurzusokat oszthat meg.
feed-link = Feliratkozás a frissítésekre (Atom-hírcsatorna)
feed-title = { $site } – legújabb frissítések

## Sections

section-news = Hírek
section-opinions = Szakértői vélemények
section-toolkit = Eszköztár iskolák számára
section-courses = Kurzusok
section-see-all = Minden tartalom ebben a rovatban: { $section }
section-empty = Itt még nincs semmi.

## Entries

read-more = Tovább olvasom
published = Közzétéve
updated = Frissítve
by-author = Szerző: { $authors }
authors-heading =
    { $count ->
        [one] A szerzőről
       *[other] A szerzőkről
    }
reading-time =
    { $minutes ->
        [one] Olvasási idő: { $minutes } perc
       *[other] Olvasási idő: { $minutes } perc
    }
toc-heading = Ezen az oldalon
tags-heading = Címkék
levels-heading = Oktatási szintek
level-name =
    { $level ->
        [ecec] Kisgyermekkori nevelés és gondozás
        [primary] Alapfokú oktatás
        [secondary] Középfokú oktatás
        [vet] Szakoktatás és szakképzés
        [adult] Felnőttoktatás
       *[other] { $level }
    }
fallback-note = Még nem érhető el az Ön nyelvén – egy másik nyelven jelenik meg: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Címkék
        [levels] Oktatási szintek
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Címke: „{ $term }”
        [levels] Oktatási szint: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Minden címke
        [levels] Minden oktatási szint
       *[other] Minden téma
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } oldal
       *[other] { $count } oldal
    }

## Pagination

pagination-label = Oldalak
pagination-previous = Előző
pagination-next = Következő
pagination-page = { $number }. oldal
pagination-page-of = { $current }. oldal (összesen { $total })

## Search

search-title = Keresés
search-label = Mit keres?
search-placeholder = Például: befogadás, STEM, digitális készségek
search-button = Keresés
search-section-label = Csak ebben a rovatban
search-section-all = Minden rovat
search-no-results = Nincs találat erre: „{ $query }”. Próbálkozzon más vagy kevesebb szóval.
search-results-count =
    { $count ->
        [0] Nincs találat
        [one] { $count } találat
       *[other] { $count } találat
    }
search-error = A keresés jelenleg nem érhető el. Kérjük, próbálja újra később.
search-invalid = Ezt a keresést nem sikerült értelmezni. Kérjük, ellenőrizze a szavakat, és próbálja újra.
search-loading = Keresés folyamatban…
search-more = További találatok
search-noscript = A kereséshez JavaScript szükséges. Kérjük, kapcsolja be, vagy böngésszen a fenti rovatokban.

## Courses

course-details = A kurzusról
course-starts = Kezdés
course-ends = Befejezés
course-format-label = Forma
course-format =
    { $format ->
        [mooc] Online kurzus (MOOC)
        [webinar] Webinárium
        [self-paced] Önálló tempójú kurzus
        [on-site] Jelenléti kurzus
       *[other] Egyéb forma
    }
course-seats-label = Helyek
course-seats =
    { $count ->
        [0] Betelt
        [one] { $count } hely
       *[other] { $count } hely
    }
course-register = Jelentkezés a kurzusra

## Not found (404) and language chooser

not-found-title = Az oldal nem található
not-found-text = Sajnáljuk, ezt az oldalt nem találjuk. Lehet, hogy áthelyezték, vagy elírták a címét.
not-found-languages = Ugrás a kezdőlapra az Ön nyelvén
not-found-search = Keresés a webhelyen
chooser-welcome = Üdvözöljük! Folytatás magyarul

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Lehet, hogy ez a fordítás elavult.
# $language: name of the source's language, in this language
translation-stale-link = Olvassa el a legfrissebb változatot (nyelv: { $language }).

## Reader's site

# the button that opens the main menu on small screens
menu = Menü
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = A webhelyről
# main heading of a language home whose own title is the site's title
home-heading = Mindenkinek, aki a köznevelésben dolgozik
home-featured = Kiemelt
courses-upcoming = Közelgő kurzusok
courses-past = Korábbi kurzusok
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Hamarosan
        [running] Most zajlik
       *[ended] Véget ért
    }
course-ended = Ez a kurzus véget ért.
course-registration-closed = A jelentkezés lezárult.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Nyelv: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Kisgyermekkor
        [primary] Alapfok
        [secondary] Középfok
        [vet] Szakképzés
        [adult] Felnőttek
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Találatok szűrése
search-filter-section = Rovat
search-filter-level = Oktatási szint
# tags of the pages
search-filter-tag = Téma
# the filter option that removes the filter of its group
search-filter-all = Mind
search-filter-clear = Összes szűrő törlése
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Találatok erre: „{ $query }”
