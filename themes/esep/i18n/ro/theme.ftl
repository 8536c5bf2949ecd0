# Textele interfeței temei esep — română.

## Page frame

skip-link = Salt la conținutul principal
nav-main-label = Meniu principal
nav-search = Căutare
nav-breadcrumb-label = Vă aflați aici
breadcrumb-home = Pagina principală
language-switcher-label = Limbă
switcher-not-translated = Această pagină nu a fost încă tradusă – linkul deschide pagina principală în limba respectivă ({ $language })
footer-text = Un loc în care cadrele didactice, directorii de școli și toți cei care lucrează în educația școlară din Europa împărtășesc știri, idei și cursuri.
feed-link = Abonați-vă la actualizări (flux Atom)
feed-title = { $site } – cele mai recente actualizări

## Sections

section-news = Știri
section-opinions = Opinii ale experților
section-toolkit = Set de instrumente pentru școli
section-courses = Cursuri
section-see-all = Totul din secțiunea „{ $section }”
section-empty = Aici nu există încă nimic.

## Entries

read-more = Citiți mai mult
published = Publicat la
updated = Actualizat la
by-author = De { $authors }
authors-heading =
    { $count ->
        [one] Despre autor
        [few] Despre autori
       *[other] Despre autori
    }
reading-time =
    { $minutes ->
        [one] Timp de lectură: { $minutes } minut
        [few] Timp de lectură: { $minutes } minute
       *[other] Timp de lectură: { $minutes } de minute
    }
toc-heading = Pe această pagină
tags-heading = Etichete
levels-heading = Niveluri de educație
level-name =
    { $level ->
        [ecec] Educația și îngrijirea timpurie a copiilor
        [primary] Învățământ primar
        [secondary] Învățământ secundar
        [vet] Educație și formare profesională
        [adult] Educația adulților
       *[other] { $level }
    }
fallback-note = Nu este încă disponibil în limba dumneavoastră – afișat în altă limbă: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Etichete
        [levels] Niveluri de educație
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Eticheta „{ $term }”
        [levels] Nivel de educație: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Toate etichetele
        [levels] Toate nivelurile de educație
       *[other] Toate subiectele
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } pagină
        [few] { $count } pagini
       *[other] { $count } de pagini
    }

## Pagination

pagination-label = Pagini
pagination-previous = Anterioara
pagination-next = Următoarea
pagination-page = Pagina { $number }
pagination-page-of = Pagina { $current } din { $total }

## Search

search-title = Căutare
search-label = Ce căutați?
search-placeholder = De exemplu: incluziune, STEM, competențe digitale
search-button = Căutare
search-section-label = Doar în
search-section-all = Toate secțiunile
search-no-results = Niciun rezultat pentru „{ $query }”. Încercați alte cuvinte sau mai puține.
search-results-count =
    { $count ->
        [0] Niciun rezultat
        [one] { $count } rezultat
        [few] { $count } rezultate
       *[other] { $count } de rezultate
    }
search-error = Căutarea nu este disponibilă momentan. Vă rugăm să încercați din nou mai târziu.
search-invalid = Această căutare nu a putut fi înțeleasă. Verificați cuvintele și încercați din nou.
search-loading = Se caută…
search-more = Mai multe rezultate
search-noscript = Căutarea necesită JavaScript. Activați-l sau răsfoiți secțiunile de mai sus.

## Courses

course-details = Despre acest curs
course-starts = Data de început
course-ends = Data de încheiere
course-format-label = Format
course-format =
    { $format ->
        [mooc] Curs online (MOOC)
        [webinar] Webinar
        [self-paced] Curs în ritm propriu
        [on-site] Curs cu prezență fizică
       *[other] Alt format
    }
course-seats-label = Locuri
course-seats =
    { $count ->
        [0] Complet
        [one] { $count } loc
        [few] { $count } locuri
       *[other] { $count } de locuri
    }
course-register = Înscrieți-vă la acest curs

## Not found (404) and language chooser

not-found-title = Pagina nu a fost găsită
not-found-text = Ne pare rău, nu am găsit această pagină. Este posibil să fi fost mutată sau ca adresa să fie scrisă greșit.
not-found-languages = Mergeți la pagina principală în limba dumneavoastră
not-found-search = Căutați pe site
chooser-welcome = Bun venit! Continuați în limba română

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Este posibil ca această traducere să nu fie actualizată.
# $language: name of the source's language, in this language
translation-stale-link = Citiți cea mai recentă versiune în { $language }.

## Reader's site

# the button that opens the main menu on small screens
menu = Meniu
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = Despre acest site
# main heading of a language home whose own title is the site's title
home-heading = Pentru toți cei care lucrează în educația școlară
home-featured = Recomandat
courses-upcoming = Cursuri viitoare
courses-past = Cursuri trecute
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] În curând
        [running] În desfășurare
       *[ended] Încheiat
    }
course-ended = Acest curs s-a încheiat.
course-registration-closed = Înscrierile sunt închise.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Limba: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Timpuriu
        [primary] Primar
        [secondary] Secundar
        [vet] Profesional
        [adult] Adulți
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Filtrează rezultatele
search-filter-section = Secțiune
search-filter-level = Nivel de educație
# tags of the pages
search-filter-tag = Temă
# the filter option that removes the filter of its group
search-filter-all = Toate
search-filter-clear = Șterge toate filtrele
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Rezultate pentru „{ $query }”
