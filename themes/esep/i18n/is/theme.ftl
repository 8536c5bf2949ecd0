# Viðmótstextar þemans esep — íslenska.

## Page frame

skip-link = Fara beint í efni
nav-main-label = Aðalvalmynd
nav-search = Leit
nav-breadcrumb-label = Þú ert hér
breadcrumb-home = Forsíða
language-switcher-label = Tungumál
switcher-not-translated = Þessi síða hefur ekki enn verið þýdd – tengillinn opnar forsíðuna á því tungumáli ({ $language })
footer-text = Vettvangur þar sem kennarar, skólastjórnendur og allir sem starfa við skólastarf í Evrópu deila fréttum, hugmyndum og námskeiðum.
feed-link = Gerast áskrifandi að uppfærslum (Atom-straumur)
feed-title = { $site } – nýjustu uppfærslur

## Sections

section-news = Fréttir
section-opinions = Álit sérfræðinga
section-toolkit = Verkfærakista fyrir skóla
section-courses = Námskeið
section-see-all = Allt í flokknum „{ $section }“
section-empty = Hér er ekkert enn.

## Entries

read-more = Lesa meira
published = Birt
updated = Uppfært
by-author = Höfundur: { $authors }
authors-heading =
    { $count ->
        [one] Um höfundinn
       *[other] Um höfundana
    }
reading-time =
    { $minutes ->
        [one] Lestrartími: { $minutes } mínúta
       *[other] Lestrartími: { $minutes } mínútur
    }
toc-heading = Á þessari síðu
tags-heading = Efnisorð
levels-heading = Skólastig
level-name =
    { $level ->
        [ecec] Menntun og umönnun ungra barna
        [primary] Grunnskólastig
        [secondary] Framhaldsskólastig
        [vet] Starfsmenntun
        [adult] Fullorðinsfræðsla
       *[other] { $level }
    }
fallback-note = Ekki enn fáanlegt á þínu tungumáli – birt á öðru tungumáli: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Efnisorð
        [levels] Skólastig
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Efnisorð: „{ $term }“
        [levels] Skólastig: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Öll efnisorð
        [levels] Öll skólastig
       *[other] Öll efni
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } síða
       *[other] { $count } síður
    }

## Pagination

pagination-label = Síður
pagination-previous = Fyrri
pagination-next = Næsta
pagination-page = Síða { $number }
pagination-page-of = Síða { $current } af { $total }

## Search

search-title = Leit
search-label = Að hverju ertu að leita?
search-placeholder = Til dæmis: inngilding, STEM, stafræn hæfni
search-button = Leita
search-section-label = Aðeins í
search-section-all = Allir flokkar
search-no-results = Engar niðurstöður fyrir „{ $query }“. Prófaðu önnur eða færri orð.
search-results-count =
    { $count ->
        [0] Engar niðurstöður
        [one] { $count } niðurstaða
       *[other] { $count } niðurstöður
    }
search-error = Leitin er ekki tiltæk í augnablikinu. Reyndu aftur síðar.
search-invalid = Ekki tókst að skilja þessa leit. Athugaðu orðin og reyndu aftur.
search-loading = Leitar…
search-more = Fleiri niðurstöður
search-noscript = Leitin þarfnast JavaScript. Kveiktu á því eða skoðaðu flokkana hér að ofan.

## Courses

course-details = Um námskeiðið
course-starts = Hefst
course-ends = Lýkur
course-format-label = Form
course-format =
    { $format ->
        [mooc] Netnámskeið (MOOC)
        [webinar] Vefmálstofa
        [self-paced] Námskeið á eigin hraða
        [on-site] Staðnámskeið
       *[other] Annað form
    }
course-seats-label = Sæti
course-seats =
    { $count ->
        [0] Fullbókað
        [one] { $count } sæti
       *[other] { $count } sæti
    }
course-register = Skrá sig á námskeiðið

## Not found (404) and language chooser

not-found-title = Síðan fannst ekki
not-found-text = Því miður fannst þessi síða ekki. Hún gæti hafa verið færð, eða slóðin er rangt skrifuð.
not-found-languages = Fara á forsíðuna á þínu tungumáli
not-found-search = Leita á vefnum
chooser-welcome = Velkomin! Halda áfram á íslensku

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Þessi þýðing gæti verið úrelt.
# $language: name of the source's language, in this language
translation-stale-link = Lestu nýjustu útgáfuna á { $language }.

## Reader's site

# the button that opens the main menu on small screens
menu = Valmynd
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = Um vefinn
# main heading of a language home whose own title is the site's title
home-heading = Fyrir alla sem starfa við skólamenntun
home-featured = Í brennidepli
courses-upcoming = Væntanleg námskeið
courses-past = Liðin námskeið
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Væntanlegt
        [running] Stendur yfir
       *[ended] Lokið
    }
course-ended = Þessu námskeiði er lokið.
course-registration-closed = Skráningu er lokað.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Tungumál: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Leikskóli
        [primary] Grunnskóli
        [secondary] Framhaldsskóli
        [vet] Starfsnám
        [adult] Fullorðnir
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Sía niðurstöður
search-filter-section = Hluti
search-filter-level = Skólastig
# tags of the pages
search-filter-tag = Efni
# the filter option that removes the filter of its group
search-filter-all = Allt
search-filter-clear = Hreinsa allar síur
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Niðurstöður fyrir „{ $query }“
