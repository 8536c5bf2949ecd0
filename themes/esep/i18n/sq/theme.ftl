# Tekstet e ndërfaqes së temës esep — shqip.

## Page frame

skip-link = Kalo te përmbajtja kryesore
nav-main-label = Menyja kryesore
nav-search = Kërko
nav-breadcrumb-label = Ju jeni këtu
breadcrumb-home = Kreu
language-switcher-label = Gjuha
switcher-not-translated = Kjo faqe ende nuk është përkthyer – lidhja hap faqen kryesore në atë gjuhë ({ $language })
footer-text = Një vend ku mësuesit, drejtuesit e shkollave dhe të gjithë ata që punojnë në arsimin shkollor në Evropë ndajnë lajme, ide dhe kurse.
feed-link = Abonohuni për përditësimet (burim Atom)
feed-title = { $site } – përditësimet më të fundit

## Sections

section-news = Lajme
section-opinions = Mendime të ekspertëve
section-toolkit = Paketë mjetesh për shkollat
section-courses = Kurse
section-see-all = Të gjitha në rubrikën “{ $section }”
section-empty = Këtu nuk ka ende asgjë.

## Entries

read-more = Lexo më shumë
published = Publikuar më
updated = Përditësuar më
by-author = Nga { $authors }
authors-heading =
    { $count ->
        [one] Rreth autorit
       *[other] Rreth autorëve
    }
reading-time =
    { $minutes ->
        [one] Koha e leximit: { $minutes } minutë
       *[other] Koha e leximit: { $minutes } minuta
    }
toc-heading = Në këtë faqe
tags-heading = Etiketat
levels-heading = Nivelet arsimore
level-name =
    { $level ->
        [ecec] Edukimi dhe kujdesi në fëmijërinë e hershme
        [primary] Arsimi fillor
        [secondary] Arsimi i mesëm
        [vet] Arsimi dhe formimi profesional
        [adult] Arsimi i të rriturve
       *[other] { $level }
    }
fallback-note = Ende nuk është në dispozicion në gjuhën tuaj – shfaqet në një gjuhë tjetër: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Etiketat
        [levels] Nivelet arsimore
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Etiketa “{ $term }”
        [levels] Niveli arsimor: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Të gjitha etiketat
        [levels] Të gjitha nivelet arsimore
       *[other] Të gjitha temat
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } faqe
       *[other] { $count } faqe
    }

## Pagination

pagination-label = Faqet
pagination-previous = E mëparshmja
pagination-next = E ardhshmja
pagination-page = Faqja { $number }
pagination-page-of = Faqja { $current } nga { $total }

## Search

search-title = Kërkim
search-label = Çfarë po kërkoni?
search-placeholder = Për shembull: gjithëpërfshirje, STEM, aftësi dixhitale
search-button = Kërko
search-section-label = Vetëm në
search-section-all = Të gjitha rubrikat
search-no-results = Nuk ka rezultate për “{ $query }”. Provoni fjalë të tjera ose më pak fjalë.
search-results-count =
    { $count ->
        [0] Asnjë rezultat
        [one] { $count } rezultat
       *[other] { $count } rezultate
    }
search-error = Kërkimi nuk është i disponueshëm për momentin. Ju lutemi provoni përsëri më vonë.
search-invalid = Ky kërkim nuk u kuptua. Ju lutemi kontrolloni fjalët dhe provoni përsëri.
search-loading = Duke kërkuar…
search-more = Më shumë rezultate
search-noscript = Kërkimi kërkon JavaScript. Ju lutemi aktivizojeni ose shfletoni rubrikat më sipër.

## Courses

course-details = Rreth këtij kursi
course-starts = Fillon
course-ends = Përfundon
course-format-label = Formati
course-format =
    { $format ->
        [mooc] Kurs në internet (MOOC)
        [webinar] Webinar
        [self-paced] Kurs me ritmin tuaj
        [on-site] Kurs me prani fizike
       *[other] Format tjetër
    }
course-seats-label = Vende
course-seats =
    { $count ->
        [0] Nuk ka vende të lira
        [one] { $count } vend
       *[other] { $count } vende
    }
course-register = Regjistrohuni në këtë kurs

## Not found (404) and language chooser

not-found-title = Faqja nuk u gjet
not-found-text = Na vjen keq, nuk e gjetëm këtë faqe. Mund të jetë zhvendosur, ose adresa mund të jetë shkruar gabim.
not-found-languages = Shkoni te faqja kryesore në gjuhën tuaj
not-found-search = Kërkoni në sajt
chooser-welcome = Mirë se vini! Vazhdoni në shqip

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Ky përkthim mund të jetë i vjetëruar.
# $language: name of the source's language, in this language
translation-stale-link = Lexoni versionin më të fundit në { $language }.

## Reader's site

# the button that opens the main menu on small screens
menu = Menyja
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = Rreth faqes
# main heading of a language home whose own title is the site's title
home-heading = Për të gjithë ata që punojnë në arsimin shkollor
home-featured = Në fokus
courses-upcoming = Kurset e ardhshme
courses-past = Kurset e kaluara
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Së shpejti
        [running] Në vazhdim
       *[ended] Përfundoi
    }
course-ended = Ky kurs ka përfunduar.
course-registration-closed = Regjistrimi është mbyllur.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Gjuha: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Fëmijëria e hershme
        [primary] Fillor
        [secondary] I mesëm
        [vet] Profesional
        [adult] Të rritur
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Filtro rezultatet
search-filter-section = Rubrika
search-filter-level = Niveli arsimor
# tags of the pages
search-filter-tag = Tema
# the filter option that removes the filter of its group
search-filter-all = Të gjitha
search-filter-clear = Pastro të gjithë filtrat
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Rezultatet për “{ $query }”
