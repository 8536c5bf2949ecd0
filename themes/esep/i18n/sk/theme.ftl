# Texty rozhrania témy esep — slovenčina.

## Page frame

skip-link = Preskočiť na hlavný obsah
nav-main-label = Hlavná ponuka
nav-search = Hľadať
nav-breadcrumb-label = Nachádzate sa tu
breadcrumb-home = Domov
language-switcher-label = Jazyk
switcher-not-translated = Táto stránka ešte nie je preložená – odkaz otvorí domovskú stránku v danom jazyku ({ $language })
footer-text = Miesto, kde učitelia, riaditelia škôl a všetci, ktorí v Európe pracujú v školskom vzdelávaní, zdieľajú novinky, nápady a kurzy.
feed-link = Odoberať novinky (kanál Atom)
feed-title = { $site } – najnovšie príspevky

## Sections

section-news = Novinky
section-opinions = Názory odborníkov
section-toolkit = Súbor nástrojov pre školy
section-courses = Kurzy
section-see-all = Zobraziť všetko v sekcii „{ $section }“
section-empty = Zatiaľ tu nič nie je.

## Entries

read-more = Čítať ďalej
published = Uverejnené
updated = Aktualizované
by-author = Autor: { $authors }
authors-heading =
    { $count ->
        [one] O autorovi
        [few] O autoroch
        [many] O autoroch
       *[other] O autoroch
    }
reading-time =
    { $minutes ->
        [one] Čas čítania: { $minutes } minúta
        [few] Čas čítania: { $minutes } minúty
        [many] Čas čítania: { $minutes } minúty
       *[other] Čas čítania: { $minutes } minút
    }
toc-heading = Na tejto stránke
tags-heading = Značky
levels-heading = Stupne vzdelávania
level-name =
    { $level ->
        [ecec] Vzdelávanie a starostlivosť v ranom detstve
        [primary] Primárne vzdelávanie
        [secondary] Sekundárne vzdelávanie
        [vet] Odborné vzdelávanie a príprava
        [adult] Vzdelávanie dospelých
       *[other] { $level }
    }
fallback-note = Zatiaľ nie je k dispozícii vo vašom jazyku – zobrazené v inom jazyku: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Značky
        [levels] Stupne vzdelávania
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Značka „{ $term }“
        [levels] Stupeň vzdelávania: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Všetky značky
        [levels] Všetky stupne vzdelávania
       *[other] Všetky témy
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } stránka
        [few] { $count } stránky
        [many] { $count } stránky
       *[other] { $count } stránok
    }

## Pagination

pagination-label = Stránky
pagination-previous = Predchádzajúca
pagination-next = Nasledujúca
pagination-page = Strana { $number }
pagination-page-of = Strana { $current } z { $total }

## Search

search-title = Vyhľadávanie
search-label = Čo hľadáte?
search-placeholder = Napríklad: inklúzia, STEM, digitálne zručnosti
search-button = Hľadať
search-section-label = Iba v sekcii
search-section-all = Všetky sekcie
search-no-results = Pre „{ $query }“ sme nič nenašli. Skúste iné slová alebo menej slov.
search-results-count =
    { $count ->
        [0] Žiadne výsledky
        [one] { $count } výsledok
        [few] { $count } výsledky
        [many] { $count } výsledku
       *[other] { $count } výsledkov
    }
search-error = Vyhľadávanie momentálne nie je k dispozícii. Skúste to, prosím, neskôr.
search-invalid = Tomuto vyhľadávaniu sme nerozumeli. Skontrolujte, prosím, zadané slová a skúste to znova.
search-loading = Hľadá sa…
search-more = Ďalšie výsledky
search-noscript = Vyhľadávanie vyžaduje JavaScript. Zapnite ho, prosím, alebo prezerajte sekcie vyššie.

## Courses

course-details = O tomto kurze
course-starts = Začiatok
course-ends = Koniec
course-format-label = Forma
course-format =
    { $format ->
        [mooc] Online kurz (MOOC)
        [webinar] Webinár
        [self-paced] Kurz vlastným tempom
        [on-site] Prezenčný kurz
       *[other] Iná forma
    }
course-seats-label = Miesta
course-seats =
    { $count ->
        [0] Obsadené
        [one] { $count } miesto
        [few] { $count } miesta
        [many] { $count } miesta
       *[other] { $count } miest
    }
course-register = Prihlásiť sa na tento kurz

## Not found (404) and language chooser

not-found-title = Stránka sa nenašla
not-found-text = Ľutujeme, túto stránku sme nenašli. Možno bola presunutá alebo je v adrese preklep.
not-found-languages = Prejsť na domovskú stránku vo vašom jazyku
not-found-search = Vyhľadávať na webe
chooser-welcome = Vitajte! Pokračovať v slovenčine

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Tento preklad nemusí byť aktuálny.
# $language: name of the source's language, in this language
translation-stale-link = Prečítajte si najnovšiu verziu (jazyk: { $language }).

## Reader's site

# the button that opens the main menu on small screens
menu = Ponuka
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = O tejto stránke
# main heading of a language home whose own title is the site's title
home-heading = Pre všetkých, ktorí pracujú v školskom vzdelávaní
home-featured = Odporúčame
courses-upcoming = Nadchádzajúce kurzy
courses-past = Minulé kurzy
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Pripravujeme
        [running] Práve prebieha
       *[ended] Skončil
    }
course-ended = Tento kurz sa skončil.
course-registration-closed = Prihlasovanie je uzavreté.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Jazyk: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Predprimárne
        [primary] Primárne
        [secondary] Sekundárne
        [vet] Odborné
        [adult] Dospelí
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Filtrovať výsledky
search-filter-section = Sekcia
search-filter-level = Stupeň vzdelávania
# tags of the pages
search-filter-tag = Téma
# the filter option that removes the filter of its group
search-filter-all = Všetko
search-filter-clear = Zrušiť všetky filtre
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Výsledky pre „{ $query }“
