# Teema esep kasutajaliidese tekstid — eesti keel.

## Page frame

skip-link = Mine põhisisu juurde
nav-main-label = Peamenüü
nav-search = Otsing
nav-breadcrumb-label = Asukoht
breadcrumb-home = Avaleht
language-switcher-label = Keel
switcher-not-translated = Seda lehekülge ei ole veel tõlgitud – link avab avalehe selles keeles ({ $language })
footer-text = Koht, kus õpetajad, koolijuhid ja kõik, kes Euroopas üldhariduse valdkonnas töötavad, jagavad uudiseid, ideid ja kursusi.
feed-link = Telli uuendused (Atom-voog)
feed-title = { $site } – viimased uuendused

## Sections

section-news = Uudised
section-opinions = Ekspertide arvamused
section-toolkit = Tööriistakast koolidele
section-courses = Kursused
section-see-all = Kõik jaotises „{ $section }“
section-empty = Siin ei ole veel midagi.

## Entries

read-more = Loe edasi
published = Avaldatud
updated = Uuendatud
by-author = Autor: { $authors }
authors-heading =
    { $count ->
        [one] Autorist
       *[other] Autoritest
    }
reading-time =
    { $minutes ->
        [one] Lugemisaeg: { $minutes } minut
       *[other] Lugemisaeg: { $minutes } minutit
    }
toc-heading = Sellel lehel
tags-heading = Märksõnad
levels-heading = Haridustasemed
level-name =
    { $level ->
        [ecec] Alusharidus ja lapsehoid
        [primary] Algharidus
        [secondary] Keskharidus
        [vet] Kutseharidus ja -õpe
        [adult] Täiskasvanuharidus
       *[other] { $level }
    }
fallback-note = Teie keeles veel saadaval ei ole – kuvatakse teises keeles: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Märksõnad
        [levels] Haridustasemed
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Märksõna „{ $term }“
        [levels] Haridustase: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Kõik märksõnad
        [levels] Kõik haridustasemed
       *[other] Kõik teemad
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } lehekülg
       *[other] { $count } lehekülge
    }

## Pagination

pagination-label = Leheküljed
pagination-previous = Eelmine
pagination-next = Järgmine
pagination-page = Lehekülg { $number }
pagination-page-of = Lehekülg { $current }/{ $total }

## Search

search-title = Otsing
search-label = Mida te otsite?
search-placeholder = Näiteks: kaasamine, STEM, digioskused
search-button = Otsi
search-section-label = Ainult jaotises
search-section-all = Kõik jaotised
search-no-results = Päringule „{ $query }“ ei leitud tulemusi. Proovige teisi või vähem sõnu.
search-results-count =
    { $count ->
        [0] Tulemusi ei ole
        [one] { $count } tulemus
       *[other] { $count } tulemust
    }
search-error = Otsing ei ole praegu saadaval. Palun proovige hiljem uuesti.
search-invalid = Seda päringut ei õnnestunud mõista. Palun kontrollige sõnu ja proovige uuesti.
search-loading = Otsimine…
search-more = Rohkem tulemusi
search-noscript = Otsing vajab JavaScripti. Palun lülitage see sisse või sirvige ülal olevaid jaotisi.

## Courses

course-details = Kursuse teave
course-starts = Algus
course-ends = Lõpp
course-format-label = Vorm
course-format =
    { $format ->
        [mooc] Veebikursus (MOOC)
        [webinar] Veebiseminar
        [self-paced] Iseseisvalt läbitav kursus
        [on-site] Kontaktkursus
       *[other] Muu vorm
    }
course-seats-label = Kohad
course-seats =
    { $count ->
        [0] Kohad on täis
        [one] { $count } koht
       *[other] { $count } kohta
    }
course-register = Registreeru kursusele

## Not found (404) and language chooser

not-found-title = Lehekülge ei leitud
not-found-text = Vabandust, seda lehekülge ei leitud. Võib-olla on see teisaldatud või on aadressis trükiviga.
not-found-languages = Mine oma keeles avalehele
not-found-search = Otsi veebisaidilt
chooser-welcome = Tere tulemast! Jätka eesti keeles

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = See tõlge võib olla aegunud.
# $language: name of the source's language, in this language
translation-stale-link = Lugege uusimat versiooni (keel: { $language }).

## Reader's site

# the button that opens the main menu on small screens
menu = Menüü
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = Sellest saidist
# main heading of a language home whose own title is the site's title
home-heading = Kõigile, kes töötavad üldhariduses
home-featured = Esiletõstetud
courses-upcoming = Tulevased kursused
courses-past = Möödunud kursused
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Tulemas
        [running] Käimas
       *[ended] Lõppenud
    }
course-ended = See kursus on lõppenud.
course-registration-closed = Registreerimine on suletud.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Keel: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Alusharidus
        [primary] Algharidus
        [secondary] Keskharidus
        [vet] Kutseharidus
        [adult] Täiskasvanud
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Filtreeri tulemusi
search-filter-section = Rubriik
search-filter-level = Haridustase
# tags of the pages
search-filter-tag = Teema
# the filter option that removes the filter of its group
search-filter-all = Kõik
search-filter-clear = Eemalda kõik filtrid
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Tulemused päringule „{ $query }“
