# Téacsanna comhéadain an téama esep — Gaeilge.

## Page frame

skip-link = Téigh chuig an bpríomhábhar
nav-main-label = Príomh-roghchlár
nav-search = Cuardach
nav-breadcrumb-label = Tá tú anseo
breadcrumb-home = Baile
language-switcher-label = Teanga
switcher-not-translated = Níl an leathanach seo aistrithe fós – osclaíonn an nasc an leathanach baile sa teanga sin ({ $language })
footer-text = Áit ina roinneann múinteoirí, ceannairí scoile agus gach duine atá ag obair san oideachas scoile san Eoraip nuacht, smaointe agus cúrsaí.
feed-link = Liostáil le nuashonruithe (fotha Atom)
feed-title = { $site } – na nuashonruithe is déanaí

## Sections

section-news = Nuacht
section-opinions = Tuairimí saineolaithe
section-toolkit = Foireann uirlisí do scoileanna
section-courses = Cúrsaí
section-see-all = Gach rud sa rannóg “{ $section }”
section-empty = Níl aon rud anseo fós.

## Entries

read-more = Léigh tuilleadh
published = Foilsithe
updated = Nuashonraithe
by-author = Le { $authors }
authors-heading =
    { $count ->
        [one] Faoin údar
        [two] Faoi na húdair
        [few] Faoi na húdair
        [many] Faoi na húdair
       *[other] Faoi na húdair
    }
reading-time =
    { $minutes ->
        [one] Am léitheoireachta: { $minutes } nóiméad
        [two] Am léitheoireachta: { $minutes } nóiméad
        [few] Am léitheoireachta: { $minutes } nóiméad
        [many] Am léitheoireachta: { $minutes } nóiméad
       *[other] Am léitheoireachta: { $minutes } nóiméad
    }
toc-heading = Ar an leathanach seo
tags-heading = Clibeanna
levels-heading = Leibhéil oideachais
level-name =
    { $level ->
        [ecec] Oideachas agus cúram luath-óige
        [primary] Bunoideachas
        [secondary] Meánoideachas
        [vet] Gairmoideachas agus gairmoiliúint
        [adult] Oideachas aosach
       *[other] { $level }
    }
fallback-note = Níl sé ar fáil i do theanga fós – á thaispeáint i dteanga eile: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Clibeanna
        [levels] Leibhéil oideachais
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Clib “{ $term }”
        [levels] Leibhéal oideachais: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Gach clib
        [levels] Gach leibhéal oideachais
       *[other] Gach ábhar
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } leathanach
        [two] { $count } leathanach
        [few] { $count } leathanach
        [many] { $count } leathanach
       *[other] { $count } leathanach
    }

## Pagination

pagination-label = Leathanaigh
pagination-previous = Roimhe seo
pagination-next = Ar aghaidh
pagination-page = Leathanach { $number }
pagination-page-of = Leathanach { $current } as { $total }

## Search

search-title = Cuardach
search-label = Cad atá á lorg agat?
search-placeholder = Mar shampla: cuimsiú, STEM, scileanna digiteacha
search-button = Cuardaigh
search-section-label = Rannóg
search-section-all = Gach rannóg
search-no-results = Níl aon torthaí ar “{ $query }”. Bain triail as focail eile, nó as níos lú focal.
search-results-count =
    { $count ->
        [0] Níl aon torthaí
        [one] { $count } toradh
        [two] { $count } thoradh
        [few] { $count } thoradh
        [many] { $count } dtoradh
       *[other] { $count } toradh
    }
search-error = Níl an cuardach ar fáil faoi láthair. Bain triail eile as ar ball.
search-invalid = Níorbh fhéidir an cuardach seo a thuiscint. Seiceáil na focail agus bain triail eile as.
search-loading = Á chuardach…
search-more = Tuilleadh torthaí
search-noscript = Tá JavaScript ag teastáil don chuardach. Cuir ar siúl é, nó brabhsáil na rannóga thuas.

## Courses

course-details = Faoin gcúrsa seo
course-starts = Tús
course-ends = Deireadh
course-format-label = Formáid
course-format =
    { $format ->
        [mooc] Cúrsa ar líne (MOOC)
        [webinar] Gréasánseimineár
        [self-paced] Cúrsa ar do luas féin
        [on-site] Cúrsa ar an láthair
       *[other] Formáid eile
    }
course-seats-label = Áiteanna
course-seats =
    { $count ->
        [0] Lán
        [one] { $count } áit
        [two] { $count } áit
        [few] { $count } áit
        [many] { $count } n-áit
       *[other] { $count } áit
    }
course-register = Cláraigh don chúrsa seo

## Not found (404) and language chooser

not-found-title = Níor aimsíodh an leathanach
not-found-text = Ár leithscéal, níorbh fhéidir linn an leathanach seo a aimsiú. B’fhéidir gur bogadh é, nó go bhfuil botún sa seoladh.
not-found-languages = Téigh chuig an leathanach baile i do theanga féin
not-found-search = Cuardaigh an suíomh
chooser-welcome = Fáilte! Lean ar aghaidh i nGaeilge

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = D’fhéadfadh sé go bhfuil an t-aistriúchán seo as dáta.
# $language: name of the source's language, in this language
translation-stale-link = Léigh an leagan is déanaí ({ $language }).

## Reader's site

# the button that opens the main menu on small screens
menu = Roghchlár
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = Faoin suíomh seo
# main heading of a language home whose own title is the site's title
home-heading = Do gach duine atá ag obair san oideachas scoile
home-featured = Roghnaithe
courses-upcoming = Cúrsaí le teacht
courses-past = Cúrsaí a bhí ann
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Le teacht
        [running] Ar siúl anois
       *[ended] Críochnaithe
    }
course-ended = Tá an cúrsa seo críochnaithe.
course-registration-closed = Tá an clárú dúnta.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Teanga: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Luath-óige
        [primary] Bunleibhéal
        [secondary] Meánleibhéal
        [vet] Gairmoideachas
        [adult] Daoine fásta
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Scag na torthaí
search-filter-section = Rannóg
search-filter-level = Leibhéal oideachais
# tags of the pages
search-filter-tag = Ábhar
# the filter option that removes the filter of its group
search-filter-all = Gach rud
search-filter-clear = Glan na scagairí go léir
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Torthaí ar “{ $query }”
