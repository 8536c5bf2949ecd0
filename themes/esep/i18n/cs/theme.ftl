# Texty rozhraní motivu esep — čeština.

## Page frame

skip-link = Přejít na hlavní obsah
nav-main-label = Hlavní nabídka
nav-search = Hledat
nav-breadcrumb-label = Nacházíte se zde
breadcrumb-home = Domů
language-switcher-label = Jazyk
switcher-not-translated = Tato stránka zatím není přeložena – odkaz otevře úvodní stránku v daném jazyce ({ $language })
footer-text = Místo, kde učitelé, ředitelé škol a všichni, kdo v Evropě pracují ve školním vzdělávání, sdílejí novinky, nápady a kurzy.
feed-link = Odebírat novinky (kanál Atom)
feed-title = { $site } – nejnovější příspěvky

## Sections

section-news = Novinky
section-opinions = Názory odborníků
section-toolkit = Soubor nástrojů pro školy
section-courses = Kurzy
section-see-all = Zobrazit vše v sekci „{ $section }“
section-empty = Zatím zde nic není.

## Entries

read-more = Číst dále
published = Zveřejněno
updated = Aktualizováno
by-author = Autor: { $authors }
authors-heading =
    { $count ->
        [one] O autorovi
        [few] O autorech
        [many] O autorech
       *[other] O autorech
    }
reading-time =
    { $minutes ->
        [one] Doba čtení: { $minutes } minuta
        [few] Doba čtení: { $minutes } minuty
        [many] Doba čtení: { $minutes } minuty
       *[other] Doba čtení: { $minutes } minut
    }
toc-heading = Na této stránce
tags-heading = Štítky
levels-heading = Stupně vzdělávání
level-name =
    { $level ->
        [ecec] Vzdělávání a péče v raném dětství
        [primary] Primární vzdělávání
        [secondary] Sekundární vzdělávání
        [vet] Odborné vzdělávání a příprava
        [adult] Vzdělávání dospělých
       *[other] { $level }
    }
fallback-note = Zatím není k dispozici ve vašem jazyce – zobrazeno v jiném jazyce: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Štítky
        [levels] Stupně vzdělávání
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Štítek „{ $term }“
        [levels] Stupeň vzdělávání: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Všechny štítky
        [levels] Všechny stupně vzdělávání
       *[other] Všechna témata
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } stránka
        [few] { $count } stránky
        [many] { $count } stránky
       *[other] { $count } stránek
    }

## Pagination

pagination-label = Stránky
pagination-previous = Předchozí
pagination-next = Další
pagination-page = Stránka { $number }
pagination-page-of = Stránka { $current } z { $total }

## Search

search-title = Vyhledávání
search-label = Co hledáte?
search-placeholder = Například: inkluze, STEM, digitální dovednosti
search-button = Hledat
search-section-label = Pouze v sekci
search-section-all = Všechny sekce
search-no-results = Pro „{ $query }“ jsme nic nenašli. Zkuste jiná slova, nebo méně slov.
search-results-count =
    { $count ->
        [0] Žádné výsledky
        [one] { $count } výsledek
        [few] { $count } výsledky
        [many] { $count } výsledku
       *[other] { $count } výsledků
    }
search-error = Vyhledávání teď není k dispozici. Zkuste to prosím později.
search-invalid = Tomuto dotazu jsme nerozuměli. Zkontrolujte prosím zadaná slova a zkuste to znovu.
search-loading = Hledáme…
search-more = Další výsledky
search-noscript = Vyhledávání vyžaduje JavaScript. Zapněte ho prosím, nebo procházejte sekce výše.

## Courses

course-details = O tomto kurzu
course-starts = Začátek
course-ends = Konec
course-format-label = Forma
course-format =
    { $format ->
        [mooc] Online kurz (MOOC)
        [webinar] Webinář
        [self-paced] Kurz vlastním tempem
        [on-site] Prezenční kurz
       *[other] Jiná forma
    }
course-seats-label = Místa
course-seats =
    { $count ->
        [0] Obsazeno
        [one] { $count } místo
        [few] { $count } místa
        [many] { $count } místa
       *[other] { $count } míst
    }
course-register = Přihlásit se do kurzu

## Not found (404) and language chooser

not-found-title = Stránka nenalezena
not-found-text = Je nám líto, tuto stránku jsme nenašli. Možná byla přesunuta, nebo je v adrese překlep.
not-found-languages = Přejít na úvodní stránku ve vašem jazyce
not-found-search = Prohledat web
chooser-welcome = Vítejte! Pokračovat v češtině

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Tento překlad nemusí být aktuální.
# $language: name of the source's language, in this language
translation-stale-link = Přečtěte si nejnovější verzi (jazyk: { $language }).

## Reader's site

# the button that opens the main menu on small screens
menu = Nabídka
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = O tomto webu
# main heading of a language home whose own title is the site's title
home-heading = Pro všechny, kdo pracují ve školním vzdělávání
home-featured = Doporučujeme
courses-upcoming = Nadcházející kurzy
courses-past = Proběhlé kurzy
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Připravujeme
        [running] Právě probíhá
       *[ended] Skončil
    }
course-ended = Tento kurz skončil.
course-registration-closed = Přihlašování je uzavřeno.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Jazyk: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Předškolní
        [primary] Primární
        [secondary] Sekundární
        [vet] Odborné
        [adult] Dospělí
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Filtrovat výsledky
search-filter-section = Sekce
search-filter-level = Stupeň vzdělávání
# tags of the pages
search-filter-tag = Téma
# the filter option that removes the filter of its group
search-filter-all = Vše
search-filter-clear = Zrušit všechny filtry
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Výsledky pro „{ $query }“
