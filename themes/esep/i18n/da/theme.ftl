# Brugerfladetekster til temaet esep — dansk.

## Page frame

skip-link = Gå til hovedindholdet
nav-main-label = Hovedmenu
nav-search = Søg
nav-breadcrumb-label = Du er her
breadcrumb-home = Forside
language-switcher-label = Sprog
switcher-not-translated = Siden er ikke oversat endnu – linket åbner forsiden på det pågældende sprog ({ $language })
footer-text = Et sted, hvor lærere, skoleledere og alle, der arbejder med skoleuddannelse i Europa, deler nyheder, idéer og kurser.
feed-link = Abonnér på opdateringer (Atom-feed)
feed-title = { $site } – seneste nyt

## Sections

section-news = Nyheder
section-opinions = Ekspertudtalelser
section-toolkit = Værktøjskasse for skoler
section-courses = Kurser
section-see-all = Se alt under »{ $section }«
section-empty = Der er ikke noget her endnu.

## Entries

read-more = Læs mere
published = Offentliggjort
updated = Opdateret
by-author = Af { $authors }
authors-heading =
    { $count ->
        [one] Om forfatteren
       *[other] Om forfatterne
    }
reading-time =
    { $minutes ->
        [one] Læsetid: { $minutes } minut
       *[other] Læsetid: { $minutes } minutter
    }
toc-heading = På denne side
tags-heading = Emneord
levels-heading = Uddannelsesniveauer
level-name =
    { $level ->
        [ecec] Førskoleundervisning og børnepasning
        [primary] Primærundervisning
        [secondary] Sekundærundervisning
        [vet] Erhvervsuddannelse
        [adult] Voksenuddannelse
       *[other] { $level }
    }
fallback-note = Findes endnu ikke på dit sprog – vises på et andet sprog: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Emneord
        [levels] Uddannelsesniveauer
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Emneord: »{ $term }«
        [levels] Uddannelsesniveau: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Alle emneord
        [levels] Alle uddannelsesniveauer
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
pagination-next = Næste
pagination-page = Side { $number }
pagination-page-of = Side { $current } af { $total }

## Search

search-title = Søg
search-label = Hvad leder du efter?
search-placeholder = For eksempel: inklusion, STEM, digitale kompetencer
search-button = Søg
search-section-label = Kun i
search-section-all = Alle sektioner
search-no-results = Ingen resultater for »{ $query }«. Prøv andre eller færre ord.
search-results-count =
    { $count ->
        [0] Ingen resultater
        [one] { $count } resultat
       *[other] { $count } resultater
    }
search-error = Søgningen er ikke tilgængelig lige nu. Prøv igen senere.
search-invalid = Søgningen kunne ikke forstås. Tjek dine ord, og prøv igen.
search-loading = Søger…
search-more = Flere resultater
search-noscript = Søgningen kræver JavaScript. Slå det til, eller gennemse sektionerne ovenfor.

## Courses

course-details = Om kurset
course-starts = Starter
course-ends = Slutter
course-format-label = Form
course-format =
    { $format ->
        [mooc] Onlinekursus (MOOC)
        [webinar] Webinar
        [self-paced] Kursus i eget tempo
        [on-site] Kursus med fremmøde
       *[other] Anden form
    }
course-seats-label = Pladser
course-seats =
    { $count ->
        [0] Fuldt booket
        [one] { $count } plads
       *[other] { $count } pladser
    }
course-register = Tilmeld dig kurset

## Not found (404) and language chooser

not-found-title = Siden blev ikke fundet
not-found-text = Beklager, vi kunne ikke finde siden. Den kan være flyttet, eller adressen kan være stavet forkert.
not-found-languages = Gå til forsiden på dit sprog
not-found-search = Søg på webstedet
chooser-welcome = Velkommen! Fortsæt på dansk

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Denne oversættelse kan være forældet.
# $language: name of the source's language, in this language
translation-stale-link = Læs den nyeste version på { $language }.

## Reader's site

# the button that opens the main menu on small screens
menu = Menu
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = Om dette websted
# main heading of a language home whose own title is the site's title
home-heading = For alle, der arbejder med skoleuddannelse
home-featured = Udvalgt
courses-upcoming = Kommende kurser
courses-past = Tidligere kurser
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Kommende
        [running] I gang nu
       *[ended] Afsluttet
    }
course-ended = Dette kursus er afsluttet.
course-registration-closed = Tilmeldingen er lukket.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Sprog: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Førskole
        [primary] Primær
        [secondary] Sekundær
        [vet] Erhverv
        [adult] Voksne
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Filtrér resultaterne
search-filter-section = Sektion
search-filter-level = Uddannelsesniveau
# tags of the pages
search-filter-tag = Emne
# the filter option that removes the filter of its group
search-filter-all = Alle
search-filter-clear = Ryd alle filtre
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Resultater for »{ $query }«
