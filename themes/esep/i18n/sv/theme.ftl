# Gränssnittstexter för temat esep — svenska.

## Sidram

skip-link = Hoppa till huvudinnehållet
nav-main-label = Huvudmeny
nav-search = Sök
nav-breadcrumb-label = Du är här
breadcrumb-home = Startsida
language-switcher-label = Språk
switcher-not-translated = Sidan är inte översatt ännu – länken öppnar startsidan på det språket ({ $language })
footer-text = En mötesplats för lärare, skolledare och alla som arbetar med skolutbildning i Europa, där de delar nyheter, idéer och kurser.
feed-link = Prenumerera på uppdateringar (Atom-flöde)
feed-title = { $site } – senaste nytt

## Avdelningar

section-news = Nyheter
section-opinions = Expertåsikter
section-toolkit = Verktygslåda för skolor
section-courses = Kurser
section-see-all = Visa allt i { $section }
section-empty = Här finns inget ännu.

## Artiklar

read-more = Läs mer
published = Publicerad
updated = Uppdaterad
by-author = Av { $authors }
authors-heading =
    { $count ->
        [one] Om skribenten
       *[other] Om skribenterna
    }
reading-time =
    { $minutes ->
        [one] { $minutes } minuts läsning
       *[other] { $minutes } minuters läsning
    }
toc-heading = På den här sidan
tags-heading = Taggar
levels-heading = Utbildningsnivåer
level-name =
    { $level ->
        [ecec] Förskoleverksamhet och barnomsorg
        [primary] Primärutbildning
        [secondary] Sekundärutbildning
        [vet] Yrkesutbildning
        [adult] Vuxenutbildning
       *[other] { $level }
    }
fallback-note = Finns inte på ditt språk ännu – visas på ett annat språk: { $language }

## Taxonomier

taxonomy-name =
    { $taxonomy ->
        [tags] Taggar
        [levels] Utbildningsnivåer
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Taggat med ”{ $term }”
        [levels] Utbildningsnivå: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Alla taggar
        [levels] Alla utbildningsnivåer
       *[other] Alla ämnen
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } sida
       *[other] { $count } sidor
    }

## Sidnumrering

pagination-label = Sidor
pagination-previous = Föregående
pagination-next = Nästa
pagination-page = Sida { $number }
pagination-page-of = Sida { $current } av { $total }

## Sök

search-title = Sök
search-label = Vad letar du efter?
search-placeholder = Till exempel: inkludering, STEM, digital kompetens
search-button = Sök
search-section-label = Endast i
search-section-all = Alla avdelningar
search-no-results = Inga träffar för ”{ $query }”. Prova andra eller färre ord.
search-results-count =
    { $count ->
        [0] Inga träffar
        [one] { $count } träff
       *[other] { $count } träffar
    }
search-error = Sökningen fungerar inte just nu. Försök igen senare.
search-invalid = Sökningen kunde inte tolkas. Kontrollera orden och försök igen.
search-loading = Söker…
search-more = Fler träffar
search-noscript = Sökningen kräver JavaScript. Slå på det, eller bläddra bland avdelningarna ovan.

## Kurser

course-details = Om kursen
course-starts = Startar
course-ends = Slutar
course-format-label = Form
course-format =
    { $format ->
        [mooc] Onlinekurs (MOOC)
        [webinar] Webbinarium
        [self-paced] Kurs i egen takt
        [on-site] Kurs på plats
       *[other] Annan form
    }
course-seats-label = Platser
course-seats =
    { $count ->
        [0] Fullbokad
        [one] { $count } plats
       *[other] { $count } platser
    }
course-register = Anmäl dig till kursen

## Hittades inte (404) och språkval

not-found-title = Sidan hittades inte
not-found-text = Tyvärr kunde vi inte hitta sidan. Den kan ha flyttats, eller så är adressen felskriven.
not-found-languages = Gå till startsidan på ditt språk
not-found-search = Sök på webbplatsen
chooser-welcome = Välkommen! Fortsätt på svenska

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Den här översättningen kan vara inaktuell.
# $language: name of the source's language, in this language
translation-stale-link = Läs den senaste versionen på { $language }.

## Reader's site

# the button that opens the main menu on small screens
menu = Meny
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = Om webbplatsen
# main heading of a language home whose own title is the site's title
home-heading = För alla som arbetar inom skolväsendet
home-featured = Utvalt
courses-upcoming = Kommande kurser
courses-past = Tidigare kurser
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Kommande
        [running] Pågår nu
       *[ended] Avslutad
    }
course-ended = Den här kursen är avslutad.
course-registration-closed = Anmälan är stängd.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Språk: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Förskola
        [primary] Primär
        [secondary] Sekundär
        [vet] Yrkes
        [adult] Vuxna
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Filtrera träffarna
search-filter-section = Avsnitt
search-filter-level = Utbildningsnivå
# tags of the pages
search-filter-tag = Ämne
# the filter option that removes the filter of its group
search-filter-all = Alla
search-filter-clear = Rensa alla filter
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Träffar för ”{ $query }”
