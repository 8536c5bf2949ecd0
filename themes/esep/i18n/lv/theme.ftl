# Tēmas esep saskarnes teksti — latviešu valoda.

## Page frame

skip-link = Pāriet uz galveno saturu
nav-main-label = Galvenā izvēlne
nav-search = Meklēt
nav-breadcrumb-label = Jūs atrodaties šeit
breadcrumb-home = Sākums
language-switcher-label = Valoda
switcher-not-translated = Šī lapa vēl nav iztulkota – saite atver sākumlapu attiecīgajā valodā ({ $language })
footer-text = Vieta, kur Eiropas skolotāji, skolu vadītāji un visi, kas strādā skolu izglītībā, dalās ar jaunumiem, idejām un kursiem.
feed-link = Abonēt jaunumus (Atom barotne)
feed-title = { $site } – jaunākie atjauninājumi

## Sections

section-news = Jaunumi
section-opinions = Ekspertu viedokļi
section-toolkit = Rīkkopa skolām
section-courses = Kursi
section-see-all = Viss sadaļā “{ $section }”
section-empty = Šeit vēl nekā nav.

## Entries

read-more = Lasīt vairāk
published = Publicēts
updated = Atjaunināts
by-author = Autors: { $authors }
authors-heading =
    { $count ->
        [zero] Par autoriem
        [one] Par autoru
       *[other] Par autoriem
    }
reading-time =
    { $minutes ->
        [zero] Lasīšanas laiks: { $minutes } minūtes
        [one] Lasīšanas laiks: { $minutes } minūte
       *[other] Lasīšanas laiks: { $minutes } minūtes
    }
toc-heading = Šajā lapā
tags-heading = Birkas
levels-heading = Izglītības līmeņi
level-name =
    { $level ->
        [ecec] Agrīnā pirmsskolas izglītība un aprūpe
        [primary] Pamatizglītība
        [secondary] Vidējā izglītība
        [vet] Profesionālā izglītība un apmācība
        [adult] Pieaugušo izglītība
       *[other] { $level }
    }
fallback-note = Jūsu valodā vēl nav pieejams – parādīts citā valodā: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Birkas
        [levels] Izglītības līmeņi
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Birka “{ $term }”
        [levels] Izglītības līmenis: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Visas birkas
        [levels] Visi izglītības līmeņi
       *[other] Visas tēmas
    }
taxonomy-term-count =
    { $count ->
        [zero] { $count } lapas
        [one] { $count } lapa
       *[other] { $count } lapas
    }

## Pagination

pagination-label = Lapas
pagination-previous = Iepriekšējā
pagination-next = Nākamā
pagination-page = { $number }. lapa
pagination-page-of = { $current }. lapa no { $total }

## Search

search-title = Meklēšana
search-label = Ko jūs meklējat?
search-placeholder = Piemēram: iekļaušana, STEM, digitālās prasmes
search-button = Meklēt
search-section-label = Tikai sadaļā
search-section-all = Visas sadaļas
search-no-results = Vaicājumam “{ $query }” nekas netika atrasts. Mēģiniet citus vārdus vai mazāk vārdu.
search-results-count =
    { $count ->
        [0] Nav rezultātu
        [zero] { $count } rezultāti
        [one] { $count } rezultāts
       *[other] { $count } rezultāti
    }
search-error = Meklēšana pašlaik nav pieejama. Lūdzu, mēģiniet vēlreiz vēlāk.
search-invalid = Šo vaicājumu neizdevās saprast. Lūdzu, pārbaudiet vārdus un mēģiniet vēlreiz.
search-loading = Notiek meklēšana…
search-more = Vairāk rezultātu
search-noscript = Meklēšanai nepieciešams JavaScript. Lūdzu, ieslēdziet to vai pārlūkojiet iepriekš minētās sadaļas.

## Courses

course-details = Par šo kursu
course-starts = Sākums
course-ends = Beigas
course-format-label = Formāts
course-format =
    { $format ->
        [mooc] Tiešsaistes kurss (MOOC)
        [webinar] Vebinārs
        [self-paced] Kurss savā tempā
        [on-site] Klātienes kurss
       *[other] Cits formāts
    }
course-seats-label = Vietas
course-seats =
    { $count ->
        [0] Vietu vairs nav
        [zero] { $count } vietas
        [one] { $count } vieta
       *[other] { $count } vietas
    }
course-register = Pieteikties šim kursam

## Not found (404) and language chooser

not-found-title = Lapa nav atrasta
not-found-text = Diemžēl šo lapu neizdevās atrast. Iespējams, tā ir pārvietota vai adrese ievadīta kļūdaini.
not-found-languages = Doties uz sākumlapu jūsu valodā
not-found-search = Meklēt vietnē
chooser-welcome = Laipni lūdzam! Turpināt latviešu valodā

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Šis tulkojums var būt novecojis.
# $language: name of the source's language, in this language
translation-stale-link = Lasiet jaunāko versiju (valoda: { $language }).

## Reader's site

# the button that opens the main menu on small screens
menu = Izvēlne
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = Par vietni
# main heading of a language home whose own title is the site's title
home-heading = Visiem, kas strādā skolu izglītībā
home-featured = Izcelts
courses-upcoming = Gaidāmie kursi
courses-past = Iepriekšējie kursi
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Drīzumā
        [running] Notiek tagad
       *[ended] Beidzies
    }
course-ended = Šis kurss ir beidzies.
course-registration-closed = Pieteikšanās ir slēgta.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Valoda: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Pirmsskola
        [primary] Pamata
        [secondary] Vidējā
        [vet] Profesionālā
        [adult] Pieaugušie
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Filtrēt rezultātus
search-filter-section = Sadaļa
search-filter-level = Izglītības līmenis
# tags of the pages
search-filter-tag = Temats
# the filter option that removes the filter of its group
search-filter-all = Visi
search-filter-clear = Notīrīt visus filtrus
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Rezultāti vaicājumam “{ $query }”
