# Testi dell’interfaccia del tema esep — italiano.

## Page frame

skip-link = Vai al contenuto principale
nav-main-label = Menu principale
nav-search = Cerca
nav-breadcrumb-label = Ti trovi qui
breadcrumb-home = Home
language-switcher-label = Lingua
switcher-not-translated = Questa pagina non è ancora tradotta – il link apre la home page in quella lingua ({ $language })
footer-text = Uno spazio in cui insegnanti, dirigenti scolastici e tutti coloro che lavorano nell’istruzione scolastica in Europa condividono notizie, idee e corsi.
feed-link = Iscriviti agli aggiornamenti (feed Atom)
feed-title = { $site } – ultimi aggiornamenti

## Sections

section-news = Notizie
section-opinions = Opinioni di esperti
section-toolkit = Kit di strumenti per le scuole
section-courses = Corsi
section-see-all = Tutto nella sezione “{ $section }”
section-empty = Qui non c’è ancora niente.

## Entries

read-more = Leggi di più
published = Data di pubblicazione
updated = Ultimo aggiornamento
by-author = Di { $authors }
authors-heading =
    { $count ->
        [one] Informazioni sull’autore
        [many] Informazioni sugli autori
       *[other] Informazioni sugli autori
    }
reading-time =
    { $minutes ->
        [one] Tempo di lettura: { $minutes } minuto
        [many] Tempo di lettura: { $minutes } di minuti
       *[other] Tempo di lettura: { $minutes } minuti
    }
toc-heading = In questa pagina
tags-heading = Tag
levels-heading = Livelli di istruzione
level-name =
    { $level ->
        [ecec] Educazione e cura della prima infanzia
        [primary] Istruzione primaria
        [secondary] Istruzione secondaria
        [vet] Istruzione e formazione professionale
        [adult] Istruzione degli adulti
       *[other] { $level }
    }
fallback-note = Non ancora disponibile nella tua lingua – mostrato in un’altra lingua: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Tag
        [levels] Livelli di istruzione
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Tag “{ $term }”
        [levels] Livello di istruzione: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Tutti i tag
        [levels] Tutti i livelli di istruzione
       *[other] Tutti gli argomenti
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } pagina
        [many] { $count } di pagine
       *[other] { $count } pagine
    }

## Pagination

pagination-label = Pagine
pagination-previous = Precedente
pagination-next = Successiva
pagination-page = Pagina { $number }
pagination-page-of = Pagina { $current } di { $total }

## Search

search-title = Cerca
search-label = Che cosa stai cercando?
search-placeholder = Per esempio: inclusione, STEM, competenze digitali
search-button = Cerca
search-section-label = Solo in
search-section-all = Tutte le sezioni
search-no-results = Nessun risultato per “{ $query }”. Prova con parole diverse o con meno parole.
search-results-count =
    { $count ->
        [0] Nessun risultato
        [one] { $count } risultato
        [many] { $count } di risultati
       *[other] { $count } risultati
    }
search-error = La ricerca non è disponibile al momento. Riprova più tardi.
search-invalid = Non è stato possibile interpretare questa ricerca. Controlla le parole e riprova.
search-loading = Ricerca in corso…
search-more = Altri risultati
search-noscript = La ricerca richiede JavaScript. Attivalo oppure sfoglia le sezioni qui sopra.

## Courses

course-details = Informazioni sul corso
course-starts = Inizio
course-ends = Fine
course-format-label = Formato
course-format =
    { $format ->
        [mooc] Corso online (MOOC)
        [webinar] Webinar
        [self-paced] Corso al proprio ritmo
        [on-site] Corso in presenza
       *[other] Altro formato
    }
course-seats-label = Posti
course-seats =
    { $count ->
        [0] Esaurito
        [one] { $count } posto
        [many] { $count } di posti
       *[other] { $count } posti
    }
course-register = Iscriviti a questo corso

## Not found (404) and language chooser

not-found-title = Pagina non trovata
not-found-text = Spiacenti, non abbiamo trovato questa pagina. Potrebbe essere stata spostata, oppure l’indirizzo contiene un errore di battitura.
not-found-languages = Vai alla home page nella tua lingua
not-found-search = Cerca nel sito
chooser-welcome = Benvenuti! Continua in italiano

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Questa traduzione potrebbe non essere aggiornata.
# $language: name of the source's language, in this language
translation-stale-link = Leggi la versione più recente in { $language }.

## Reader's site

# the button that opens the main menu on small screens
menu = Menu
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = Informazioni sul sito
# main heading of a language home whose own title is the site's title
home-heading = Per chi lavora nell’istruzione scolastica
home-featured = In evidenza
courses-upcoming = Prossimi corsi
courses-past = Corsi passati
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] In arrivo
        [running] In corso
       *[ended] Concluso
    }
course-ended = Questo corso è concluso.
course-registration-closed = Le iscrizioni sono chiuse.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Lingua: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Infanzia
        [primary] Primaria
        [secondary] Secondaria
        [vet] IFP
        [adult] Adulti
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Filtra i risultati
search-filter-section = Sezione
search-filter-level = Livello di istruzione
# tags of the pages
search-filter-tag = Argomento
# the filter option that removes the filter of its group
search-filter-all = Tutti
search-filter-clear = Rimuovi tutti i filtri
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Risultati per “{ $query }”
