# Teeman esep käyttöliittymätekstit — suomi.

## Page frame

skip-link = Siirry pääsisältöön
nav-main-label = Päävalikko
nav-search = Haku
nav-breadcrumb-label = Olet tässä
breadcrumb-home = Etusivu
language-switcher-label = Kieli
switcher-not-translated = Tätä sivua ei ole vielä käännetty – linkki avaa etusivun kyseisellä kielellä ({ $language })
footer-text = Paikka, jossa opettajat, rehtorit ja kaikki Euroopan kouluopetuksen parissa työskentelevät jakavat uutisia, ideoita ja kursseja.
feed-link = Tilaa päivitykset (Atom-syöte)
feed-title = { $site } – uusimmat päivitykset

## Sections

section-news = Uutiset
section-opinions = Asiantuntijoiden näkemyksiä
section-toolkit = Koulujen työkalupakki
section-courses = Kurssit
section-see-all = Kaikki osiossa ”{ $section }”
section-empty = Täällä ei ole vielä mitään.

## Entries

read-more = Lue lisää
published = Julkaistu
updated = Päivitetty
by-author = Teksti: { $authors }
authors-heading =
    { $count ->
        [one] Tietoa kirjoittajasta
       *[other] Tietoa kirjoittajista
    }
reading-time =
    { $minutes ->
        [one] Lukuaika: { $minutes } minuutti
       *[other] Lukuaika: { $minutes } minuuttia
    }
toc-heading = Tällä sivulla
tags-heading = Asiasanat
levels-heading = Koulutusasteet
level-name =
    { $level ->
        [ecec] Varhaiskasvatus
        [primary] Perusopetus
        [secondary] Toisen asteen koulutus
        [vet] Ammatillinen koulutus
        [adult] Aikuiskoulutus
       *[other] { $level }
    }
fallback-note = Ei vielä saatavilla kielelläsi – näytetään toisella kielellä: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Asiasanat
        [levels] Koulutusasteet
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Asiasana ”{ $term }”
        [levels] Koulutusaste: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Kaikki asiasanat
        [levels] Kaikki koulutusasteet
       *[other] Kaikki aiheet
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } sivu
       *[other] { $count } sivua
    }

## Pagination

pagination-label = Sivut
pagination-previous = Edellinen
pagination-next = Seuraava
pagination-page = Sivu { $number }
pagination-page-of = Sivu { $current }/{ $total }

## Search

search-title = Haku
search-label = Mitä etsit?
search-placeholder = Esimerkiksi: inkluusio, STEM, digitaidot
search-button = Hae
search-section-label = Vain osiossa
search-section-all = Kaikki osiot
search-no-results = Haulla ”{ $query }” ei löytynyt tuloksia. Kokeile muita tai vähemmän sanoja.
search-results-count =
    { $count ->
        [0] Ei tuloksia
        [one] { $count } tulos
       *[other] { $count } tulosta
    }
search-error = Haku ei ole juuri nyt käytettävissä. Yritä myöhemmin uudelleen.
search-invalid = Hakua ei voitu tulkita. Tarkista hakusanat ja yritä uudelleen.
search-loading = Haetaan…
search-more = Lisää tuloksia
search-noscript = Haku edellyttää JavaScriptiä. Ota se käyttöön tai selaa yllä olevia osioita.

## Courses

course-details = Tietoa kurssista
course-starts = Alkaa
course-ends = Päättyy
course-format-label = Toteutustapa
course-format =
    { $format ->
        [mooc] Verkkokurssi (MOOC)
        [webinar] Webinaari
        [self-paced] Omaan tahtiin etenevä kurssi
        [on-site] Lähikurssi
       *[other] Muu toteutustapa
    }
course-seats-label = Paikat
course-seats =
    { $count ->
        [0] Täynnä
        [one] { $count } paikka
       *[other] { $count } paikkaa
    }
course-register = Ilmoittaudu kurssille

## Not found (404) and language chooser

not-found-title = Sivua ei löytynyt
not-found-text = Valitettavasti sivua ei löytynyt. Se on ehkä siirretty, tai osoitteessa on kirjoitusvirhe.
not-found-languages = Siirry etusivulle omalla kielelläsi
not-found-search = Hae sivustolta
chooser-welcome = Tervetuloa! Jatka suomeksi

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Tämä käännös voi olla vanhentunut.
# $language: name of the source's language, in this language
translation-stale-link = Lue uusin versio (kieli: { $language }).

## Reader's site

# the button that opens the main menu on small screens
menu = Valikko
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = Tietoa sivustosta
# main heading of a language home whose own title is the site's title
home-heading = Kaikille, jotka työskentelevät kouluopetuksessa
home-featured = Nostot
courses-upcoming = Tulevat kurssit
courses-past = Menneet kurssit
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Tulossa
        [running] Käynnissä
       *[ended] Päättynyt
    }
course-ended = Tämä kurssi on päättynyt.
course-registration-closed = Ilmoittautuminen on päättynyt.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Kieli: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Varhaiskasvatus
        [primary] Perusaste
        [secondary] Toinen aste
        [vet] Ammatillinen
        [adult] Aikuiset
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Rajaa tuloksia
search-filter-section = Osio
search-filter-level = Koulutusaste
# tags of the pages
search-filter-tag = Aihe
# the filter option that removes the filter of its group
search-filter-all = Kaikki
search-filter-clear = Poista kaikki rajaukset
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Tulokset haulle ”{ $query }”
