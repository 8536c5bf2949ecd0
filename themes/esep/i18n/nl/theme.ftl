# UI-teksten van het thema esep — Nederlands.

## Paginakader

skip-link = Direct naar de inhoud
nav-main-label = Hoofdmenu
nav-search = Zoeken
nav-breadcrumb-label = U bent hier
breadcrumb-home = Home
language-switcher-label = Taal
switcher-not-translated = Deze pagina is nog niet vertaald – de link opent de startpagina ({ $language })
footer-text = Een plek waar leraren, schoolleiders en iedereen die in Europa in het schoolonderwijs werkt nieuws, ideeën en cursussen delen.
feed-link = Abonneren op updates (Atom-feed)
feed-title = { $site } – laatste updates

## Rubrieken

section-news = Nieuws
section-opinions = Opinies van experts
section-toolkit = Toolkit voor scholen
section-courses = Cursussen
section-see-all = Alles in { $section } bekijken
section-empty = Hier staat nog niets.

## Artikelen

read-more = Lees meer
published = Gepubliceerd
updated = Bijgewerkt
by-author = Door { $authors }
authors-heading =
    { $count ->
        [one] Over de auteur
       *[other] Over de auteurs
    }
reading-time =
    { $minutes ->
        [one] { $minutes } minuut leestijd
       *[other] { $minutes } minuten leestijd
    }
toc-heading = Op deze pagina
tags-heading = Trefwoorden
levels-heading = Onderwijsniveaus
level-name =
    { $level ->
        [ecec] Voor- en vroegschoolse educatie en opvang
        [primary] Primair onderwijs
        [secondary] Voortgezet onderwijs
        [vet] Beroepsonderwijs en -opleiding
        [adult] Volwasseneneducatie
       *[other] { $level }
    }
fallback-note = Nog niet beschikbaar in uw taal – weergegeven in een andere taal: { $language }

## Taxonomieën

taxonomy-name =
    { $taxonomy ->
        [tags] Trefwoorden
        [levels] Onderwijsniveaus
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Trefwoord „{ $term }”
        [levels] Onderwijsniveau: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Alle trefwoorden
        [levels] Alle onderwijsniveaus
       *[other] Alle onderwerpen
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } pagina
       *[other] { $count } pagina’s
    }

## Paginering

pagination-label = Pagina’s
pagination-previous = Vorige
pagination-next = Volgende
pagination-page = Pagina { $number }
pagination-page-of = Pagina { $current } van { $total }

## Zoeken

search-title = Zoeken
search-label = Waar bent u naar op zoek?
search-placeholder = Bijvoorbeeld: inclusie, STEM, digitale vaardigheden
search-button = Zoeken
search-section-label = Alleen in
search-section-all = Alle rubrieken
search-no-results = Geen resultaten voor „{ $query }”. Probeer andere of minder woorden.
search-results-count =
    { $count ->
        [0] Geen resultaten
        [one] { $count } resultaat
       *[other] { $count } resultaten
    }
search-error = Zoeken is op dit moment niet beschikbaar. Probeer het later opnieuw.
search-invalid = Deze zoekopdracht werd niet begrepen. Controleer uw woorden en probeer het opnieuw.
search-loading = Bezig met zoeken…
search-more = Meer resultaten
search-noscript = Zoeken werkt alleen met JavaScript. Zet het aan, of blader door de rubrieken hierboven.

## Cursussen

course-details = Over deze cursus
course-starts = Begint
course-ends = Eindigt
course-format-label = Vorm
course-format =
    { $format ->
        [mooc] Onlinecursus (MOOC)
        [webinar] Webinar
        [self-paced] Cursus in eigen tempo
        [on-site] Cursus op locatie
       *[other] Andere vorm
    }
course-seats-label = Plaatsen
course-seats =
    { $count ->
        [0] Volgeboekt
        [one] { $count } plaats
       *[other] { $count } plaatsen
    }
course-register = Inschrijven voor deze cursus

## Niet gevonden (404) en taalkeuze

not-found-title = Pagina niet gevonden
not-found-text = Sorry, we kunnen deze pagina niet vinden. Misschien is ze verplaatst, of is het adres verkeerd getypt.
not-found-languages = Naar de startpagina in uw taal
not-found-search = Doorzoek de website
chooser-welcome = Welkom! Verder in het Nederlands

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Deze vertaling is mogelijk verouderd.
# $language: name of the source's language, in this language
translation-stale-link = Lees de nieuwste versie in het { $language }.

## Reader's site

# the button that opens the main menu on small screens
menu = Menu
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = Over deze site
# main heading of a language home whose own title is the site's title
home-heading = Voor iedereen die in het schoolonderwijs werkt
home-featured = Uitgelicht
courses-upcoming = Komende cursussen
courses-past = Afgelopen cursussen
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Binnenkort
        [running] Loopt nu
       *[ended] Afgelopen
    }
course-ended = Deze cursus is afgelopen.
course-registration-closed = Inschrijven is niet meer mogelijk.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Taal: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Vroegschools
        [primary] Primair
        [secondary] Voortgezet
        [vet] Beroeps
        [adult] Volwassenen
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Resultaten filteren
search-filter-section = Rubriek
search-filter-level = Onderwijsniveau
# tags of the pages
search-filter-tag = Onderwerp
# the filter option that removes the filter of its group
search-filter-all = Alle
search-filter-clear = Alle filters wissen
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Resultaten voor „{ $query }”
