# Grensesnittekster for temaet esep — norsk (bokmål).

## Page frame

skip-link = Gå til hovedinnholdet
nav-main-label = Hovedmeny
nav-search = Søk
nav-breadcrumb-label = Du er her
breadcrumb-home = Forside
language-switcher-label = Språk
switcher-not-translated = Siden er ikke oversatt ennå – lenken åpner forsiden på det språket ({ $language })
footer-text = Et sted der lærere, skoleledere og alle som arbeider i skolen i Europa, deler nyheter, ideer og kurs.
feed-link = Abonner på oppdateringer (Atom-feed)
feed-title = { $site } – siste nytt

## Sections

section-news = Nyheter
section-opinions = Ekspertuttalelser
section-toolkit = Verktøykasse for skoler
section-courses = Kurs
section-see-all = Se alt under «{ $section }»
section-empty = Det er ingenting her ennå.

## Entries

read-more = Les mer
published = Publisert
updated = Oppdatert
by-author = Av { $authors }
authors-heading =
    { $count ->
        [one] Om forfatteren
       *[other] Om forfatterne
    }
reading-time =
    { $minutes ->
        [one] Lesetid: { $minutes } minutt
       *[other] Lesetid: { $minutes } minutter
    }
toc-heading = På denne siden
tags-heading = Emneknagger
levels-heading = Utdanningsnivåer
level-name =
    { $level ->
        [ecec] Barnehage og tidlig barndom
        [primary] Primærutdanning
        [secondary] Sekundærutdanning
        [vet] Fag- og yrkesopplæring
        [adult] Voksenopplæring
       *[other] { $level }
    }
fallback-note = Finnes ikke på ditt språk ennå – vises på et annet språk: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Emneknagger
        [levels] Utdanningsnivåer
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Emneknagg «{ $term }»
        [levels] Utdanningsnivå: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Alle emneknagger
        [levels] Alle utdanningsnivåer
       *[other] Alle emner
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } side
       *[other] { $count } sider
    }

## Pagination

pagination-label = Sider
pagination-previous = Forrige
pagination-next = Neste
pagination-page = Side { $number }
pagination-page-of = Side { $current } av { $total }

## Search

search-title = Søk
search-label = Hva leter du etter?
search-placeholder = For eksempel: inkludering, STEM, digitale ferdigheter
search-button = Søk
search-section-label = Bare i
search-section-all = Alle seksjoner
search-no-results = Ingen treff for «{ $query }». Prøv andre eller færre ord.
search-results-count =
    { $count ->
        [0] Ingen treff
        [one] { $count } treff
       *[other] { $count } treff
    }
search-error = Søket er ikke tilgjengelig akkurat nå. Prøv igjen senere.
search-invalid = Søket kunne ikke tolkes. Sjekk ordene og prøv igjen.
search-loading = Søker …
search-more = Flere treff
search-noscript = Søket krever JavaScript. Slå det på, eller bla gjennom seksjonene ovenfor.

## Courses

course-details = Om kurset
course-starts = Starter
course-ends = Slutter
course-format-label = Form
course-format =
    { $format ->
        [mooc] Nettkurs (MOOC)
        [webinar] Webinar
        [self-paced] Kurs i eget tempo
        [on-site] Kurs med oppmøte
       *[other] Annen form
    }
course-seats-label = Plasser
course-seats =
    { $count ->
        [0] Fullt
        [one] { $count } plass
       *[other] { $count } plasser
    }
course-register = Meld deg på kurset

## Not found (404) and language chooser

not-found-title = Fant ikke siden
not-found-text = Beklager, vi fant ikke denne siden. Den kan ha blitt flyttet, eller adressen kan være feilskrevet.
not-found-languages = Gå til forsiden på ditt språk
not-found-search = Søk på nettstedet
chooser-welcome = Velkommen! Fortsett på norsk

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Denne oversettelsen kan være utdatert.
# $language: name of the source's language, in this language
translation-stale-link = Les den nyeste versjonen på { $language }.

## Reader's site

# the button that opens the main menu on small screens
menu = Meny
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = Om nettstedet
# main heading of a language home whose own title is the site's title
home-heading = For alle som arbeider i skolen
home-featured = Utvalgt
courses-upcoming = Kommende kurs
courses-past = Tidligere kurs
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Kommer
        [running] Pågår nå
       *[ended] Avsluttet
    }
course-ended = Dette kurset er avsluttet.
course-registration-closed = Påmeldingen er stengt.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Språk: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Barnehage
        [primary] Primær
        [secondary] Sekundær
        [vet] Yrkesfag
        [adult] Voksne
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Filtrer treffene
search-filter-section = Seksjon
search-filter-level = Utdanningsnivå
# tags of the pages
search-filter-tag = Emne
# the filter option that removes the filter of its group
search-filter-all = Alle
search-filter-clear = Fjern alle filtre
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Treff for «{ $query }»
