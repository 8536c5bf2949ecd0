# Temos esep sąsajos tekstai — lietuvių kalba.

## Page frame

skip-link = Pereiti prie pagrindinio turinio
nav-main-label = Pagrindinis meniu
nav-search = Paieška
nav-breadcrumb-label = Jūs esate čia
breadcrumb-home = Pradžia
language-switcher-label = Kalba
switcher-not-translated = Šis puslapis dar neišverstas – nuoroda atveria tos kalbos pradinį puslapį ({ $language })
footer-text = Vieta, kurioje Europos mokytojai, mokyklų vadovai ir visi, dirbantys mokyklinio ugdymo srityje, dalijasi naujienomis, idėjomis ir kursais.
feed-link = Prenumeruoti naujienas (Atom sklaidos kanalas)
feed-title = { $site } – naujausi atnaujinimai

## Sections

section-news = Naujienos
section-opinions = Ekspertų nuomonės
section-toolkit = Priemonių rinkinys mokykloms
section-courses = Kursai
section-see-all = Viskas skyriuje „{ $section }“
section-empty = Čia dar nieko nėra.

## Entries

read-more = Skaityti daugiau
published = Paskelbta
updated = Atnaujinta
by-author = Parengė: { $authors }
authors-heading =
    { $count ->
        [one] Apie autorių
        [few] Apie autorius
        [many] Apie autorius
       *[other] Apie autorius
    }
reading-time =
    { $minutes ->
        [one] Skaitymo trukmė: { $minutes } minutė
        [few] Skaitymo trukmė: { $minutes } minutės
        [many] Skaitymo trukmė: { $minutes } minutės
       *[other] Skaitymo trukmė: { $minutes } minučių
    }
toc-heading = Šiame puslapyje
tags-heading = Žymos
levels-heading = Švietimo lygmenys
level-name =
    { $level ->
        [ecec] Ikimokyklinis ugdymas ir priežiūra
        [primary] Pradinis ugdymas
        [secondary] Vidurinis ugdymas
        [vet] Profesinis mokymas
        [adult] Suaugusiųjų švietimas
       *[other] { $level }
    }
fallback-note = Jūsų kalba dar nepateikta – rodoma kita kalba: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Žymos
        [levels] Švietimo lygmenys
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Žyma „{ $term }“
        [levels] Švietimo lygmuo: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Visos žymos
        [levels] Visi švietimo lygmenys
       *[other] Visos temos
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } puslapis
        [few] { $count } puslapiai
        [many] { $count } puslapio
       *[other] { $count } puslapių
    }

## Pagination

pagination-label = Puslapiai
pagination-previous = Ankstesnis
pagination-next = Kitas
pagination-page = Puslapis { $number }
pagination-page-of = Puslapis { $current } iš { $total }

## Search

search-title = Paieška
search-label = Ko ieškote?
search-placeholder = Pavyzdžiui: įtrauktis, STEM, skaitmeniniai įgūdžiai
search-button = Ieškoti
search-section-label = Tik skyriuje
search-section-all = Visi skyriai
search-no-results = Pagal užklausą „{ $query }“ nieko nerasta. Pabandykite kitus žodžius arba mažiau žodžių.
search-results-count =
    { $count ->
        [0] Rezultatų nėra
        [one] { $count } rezultatas
        [few] { $count } rezultatai
        [many] { $count } rezultato
       *[other] { $count } rezultatų
    }
search-error = Paieška šiuo metu neveikia. Bandykite vėliau.
search-invalid = Šios paieškos užklausos nepavyko suprasti. Patikrinkite žodžius ir bandykite dar kartą.
search-loading = Ieškoma…
search-more = Daugiau rezultatų
search-noscript = Paieškai reikia JavaScript. Įjunkite jį arba naršykite pirmiau pateiktus skyrius.

## Courses

course-details = Apie šį kursą
course-starts = Pradžia
course-ends = Pabaiga
course-format-label = Forma
course-format =
    { $format ->
        [mooc] Internetinis kursas (MOOC)
        [webinar] Internetinis seminaras
        [self-paced] Savarankiško tempo kursas
        [on-site] Kontaktinis kursas
       *[other] Kita forma
    }
course-seats-label = Vietos
course-seats =
    { $count ->
        [0] Vietų nebėra
        [one] { $count } vieta
        [few] { $count } vietos
        [many] { $count } vietos
       *[other] { $count } vietų
    }
course-register = Registruotis į šį kursą

## Not found (404) and language chooser

not-found-title = Puslapis nerastas
not-found-text = Atsiprašome, šio puslapio rasti nepavyko. Galbūt jis perkeltas arba adresas įvestas su klaida.
not-found-languages = Eiti į pradinį puslapį jūsų kalba
not-found-search = Ieškoti svetainėje
chooser-welcome = Sveiki atvykę! Tęsti lietuviškai

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Šis vertimas gali būti pasenęs.
# $language: name of the source's language, in this language
translation-stale-link = Skaitykite naujausią versiją (kalba: { $language }).

## Reader's site

# the button that opens the main menu on small screens
menu = Meniu
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = Apie svetainę
# main heading of a language home whose own title is the site's title
home-heading = Visiems, kurie dirba mokyklinio ugdymo srityje
home-featured = Rekomenduojame
courses-upcoming = Artėjantys kursai
courses-past = Įvykę kursai
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Netrukus
        [running] Vyksta dabar
       *[ended] Baigėsi
    }
course-ended = Šie kursai baigėsi.
course-registration-closed = Registracija baigta.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Kalba: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Ikimokyklinis
        [primary] Pradinis
        [secondary] Vidurinis
        [vet] Profesinis
        [adult] Suaugusieji
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Filtruoti rezultatus
search-filter-section = Skyrius
search-filter-level = Švietimo lygmuo
# tags of the pages
search-filter-tag = Tema
# the filter option that removes the filter of its group
search-filter-all = Visi
search-filter-clear = Išvalyti visus filtrus
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Rezultatai pagal užklausą „{ $query }“
