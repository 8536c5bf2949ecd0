# Testi tal-interfaċċja tat-tema esep — Malti.

## Page frame

skip-link = Aqbeż għall-kontenut ewlieni
nav-main-label = Menu ewlieni
nav-search = Fittex
nav-breadcrumb-label = Tinsab hawn
breadcrumb-home = Paġna ewlenija
language-switcher-label = Lingwa
switcher-not-translated = Din il-paġna għadha mhix tradotta – il-link jiftaħ il-paġna ewlenija b’dik il-lingwa ({ $language })
footer-text = Post fejn l-għalliema, il-kapijiet tal-iskejjel u kull min jaħdem fl-edukazzjoni skolastika fl-Ewropa jaqsmu aħbarijiet, ideat u korsijiet.
feed-link = Abbona għall-aġġornamenti (feed Atom)
feed-title = { $site } – l-aħħar aġġornamenti

## Sections

section-news = Aħbarijiet
section-opinions = Opinjonijiet tal-esperti
section-toolkit = Sett ta’ għodod għall-iskejjel
section-courses = Korsijiet
section-see-all = Kollox fit-taqsima “{ $section }”
section-empty = Għad m’hawn xejn hawnhekk.

## Entries

read-more = Aqra aktar
published = Ippubblikat
updated = Aġġornat
by-author = Minn { $authors }
authors-heading =
    { $count ->
        [one] Dwar l-awtur
        [two] Dwar l-awturi
        [few] Dwar l-awturi
        [many] Dwar l-awturi
       *[other] Dwar l-awturi
    }
reading-time =
    { $minutes ->
        [one] Ħin tal-qari: { $minutes } minuta
        [two] Ħin tal-qari: { $minutes } minuti
        [few] Ħin tal-qari: { $minutes } minuti
        [many] Ħin tal-qari: { $minutes } minuta
       *[other] Ħin tal-qari: { $minutes } minuta
    }
toc-heading = F’din il-paġna
tags-heading = Tikketti
levels-heading = Livelli tal-edukazzjoni
level-name =
    { $level ->
        [ecec] Edukazzjoni u indukrament bikri tat-tfal
        [primary] Edukazzjoni primarja
        [secondary] Edukazzjoni sekondarja
        [vet] Edukazzjoni u taħriġ vokazzjonali
        [adult] Edukazzjoni għall-adulti
       *[other] { $level }
    }
fallback-note = Għadu mhux disponibbli bil-lingwa tiegħek – qed jintwera b’lingwa oħra: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Tikketti
        [levels] Livelli tal-edukazzjoni
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Tikketta “{ $term }”
        [levels] Livell tal-edukazzjoni: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] It-tikketti kollha
        [levels] Il-livelli tal-edukazzjoni kollha
       *[other] Is-suġġetti kollha
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } paġna
        [two] { $count } paġni
        [few] { $count } paġni
        [many] { $count } paġna
       *[other] { $count } paġna
    }

## Pagination

pagination-label = Paġni
pagination-previous = Ta’ qabel
pagination-next = Li jmiss
pagination-page = Paġna { $number }
pagination-page-of = Paġna { $current } minn { $total }

## Search

search-title = Fittex
search-label = X’qed tfittex?
search-placeholder = Pereżempju: inklużjoni, STEM, ħiliet diġitali
search-button = Fittex
search-section-label = Taqsima
search-section-all = It-taqsimiet kollha
search-no-results = Ma nstab l-ebda riżultat għal “{ $query }”. Ipprova kliem ieħor jew inqas kliem.
search-results-count =
    { $count ->
        [0] L-ebda riżultat
        [one] { $count } riżultat
        [two] { $count } riżultati
        [few] { $count } riżultati
        [many] { $count } riżultat
       *[other] { $count } riżultat
    }
search-error = It-tfittxija mhix disponibbli bħalissa. Erġa’ pprova aktar tard.
search-invalid = Din it-tfittxija ma setgħetx tinftiehem. Iċċekkja l-kliem u erġa’ pprova.
search-loading = Qed infittxu…
search-more = Aktar riżultati
search-noscript = It-tfittxija teħtieġ JavaScript. Ixgħelu, jew ibbrawżja t-taqsimiet ta’ hawn fuq.

## Courses

course-details = Dwar dan il-kors
course-starts = Jibda
course-ends = Jispiċċa
course-format-label = Format
course-format =
    { $format ->
        [mooc] Kors onlajn (MOOC)
        [webinar] Webinar
        [self-paced] Kors bir-ritmu tiegħek
        [on-site] Kors fuq il-post
       *[other] Format ieħor
    }
course-seats-label = Postijiet
course-seats =
    { $count ->
        [0] Mimli
        [one] { $count } post
        [two] { $count } postijiet
        [few] { $count } postijiet
        [many] { $count } post
       *[other] { $count } post
    }
course-register = Irreġistra għal dan il-kors

## Not found (404) and language chooser

not-found-title = Il-paġna ma nstabitx
not-found-text = Jiddispjacina, ma sibniex din il-paġna. Forsi ġiet imċaqalqa, jew l-indirizz inkiteb ħażin.
not-found-languages = Mur fil-paġna ewlenija bil-lingwa tiegħek
not-found-search = Fittex fis-sit
chooser-welcome = Merħba! Kompli bil-Malti

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Din it-traduzzjoni tista’ ma tkunx aġġornata.
# $language: name of the source's language, in this language
translation-stale-link = Aqra l-aħħar verżjoni bil-{ $language }.

## Reader's site

# the button that opens the main menu on small screens
menu = Menu
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = Dwar dan is-sit
# main heading of a language home whose own title is the site's title
home-heading = Għal kull min jaħdem fl-edukazzjoni skolastika
home-featured = Magħżul
courses-upcoming = Korsijiet li ġejjin
courses-past = Korsijiet li għaddew
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Dalwaqt
        [running] Għaddej issa
       *[ended] Intemm
    }
course-ended = Dan il-kors intemm.
course-registration-closed = Ir-reġistrazzjoni magħluqa.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Lingwa: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Tfulija bikrija
        [primary] Primarja
        [secondary] Sekondarja
        [vet] Vokazzjonali
        [adult] Adulti
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Iffiltra r-riżultati
search-filter-section = Taqsima
search-filter-level = Livell tal-edukazzjoni
# tags of the pages
search-filter-tag = Suġġett
# the filter option that removes the filter of its group
search-filter-all = Kollox
search-filter-clear = Neħħi l-filtri kollha
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Riżultati għal “{ $query }”
