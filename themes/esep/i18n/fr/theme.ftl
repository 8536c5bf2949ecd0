# Textes de l’interface du thème esep — français.

## Page frame

skip-link = Aller au contenu principal
nav-main-label = Menu principal
nav-search = Rechercher
nav-breadcrumb-label = Vous êtes ici
breadcrumb-home = Accueil
language-switcher-label = Langue
switcher-not-translated = Cette page n’est pas encore traduite – le lien ouvre la page d’accueil dans cette langue ({ $language })
footer-text = Un espace où les enseignants, les chefs d’établissement et toutes les personnes qui travaillent dans l’enseignement scolaire en Europe partagent actualités, idées et cours.
feed-link = S’abonner aux mises à jour (flux Atom)
feed-title = { $site } – dernières mises à jour

## Sections

section-news = Actualités
section-opinions = Avis d’experts
section-toolkit = Boîte à outils pour les écoles
section-courses = Cours
section-see-all = Tout voir dans la rubrique « { $section } »
section-empty = Il n’y a encore rien ici.

## Entries

read-more = Lire la suite
published = Publié le
updated = Mis à jour le
by-author = Par { $authors }
authors-heading =
    { $count ->
        [one] À propos de l’auteur
        [many] À propos des auteurs
       *[other] À propos des auteurs
    }
reading-time =
    { $minutes ->
        [one] Temps de lecture : { $minutes } minute
        [many] Temps de lecture : { $minutes } de minutes
       *[other] Temps de lecture : { $minutes } minutes
    }
toc-heading = Sur cette page
tags-heading = Mots-clés
levels-heading = Niveaux d’enseignement
level-name =
    { $level ->
        [ecec] Éducation et accueil des jeunes enfants
        [primary] Enseignement primaire
        [secondary] Enseignement secondaire
        [vet] Enseignement et formation professionnels
        [adult] Éducation des adultes
       *[other] { $level }
    }
fallback-note = Pas encore disponible dans votre langue – affiché dans une autre langue : { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Mots-clés
        [levels] Niveaux d’enseignement
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Mot-clé « { $term } »
        [levels] Niveau d’enseignement : { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Tous les mots-clés
        [levels] Tous les niveaux d’enseignement
       *[other] Tous les thèmes
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } page
        [many] { $count } de pages
       *[other] { $count } pages
    }

## Pagination

pagination-label = Pages
pagination-previous = Précédente
pagination-next = Suivante
pagination-page = Page { $number }
pagination-page-of = Page { $current } sur { $total }

## Search

search-title = Recherche
search-label = Que cherchez-vous ?
search-placeholder = Par exemple : inclusion, STIM, compétences numériques
search-button = Rechercher
search-section-label = Uniquement dans
search-section-all = Toutes les rubriques
search-no-results = Aucun résultat pour « { $query } ». Essayez d’autres mots, ou moins de mots.
search-results-count =
    { $count ->
        [0] Aucun résultat
        [one] { $count } résultat
        [many] { $count } de résultats
       *[other] { $count } résultats
    }
search-error = La recherche n’est pas disponible pour le moment. Veuillez réessayer plus tard.
search-invalid = Cette recherche n’a pas pu être comprise. Veuillez vérifier vos mots et réessayer.
search-loading = Recherche en cours…
search-more = Plus de résultats
search-noscript = La recherche nécessite JavaScript. Veuillez l’activer, ou parcourez les rubriques ci-dessus.

## Courses

course-details = À propos de ce cours
course-starts = Début
course-ends = Fin
course-format-label = Format
course-format =
    { $format ->
        [mooc] Cours en ligne (MOOC)
        [webinar] Webinaire
        [self-paced] Cours à votre rythme
        [on-site] Cours en présentiel
       *[other] Autre format
    }
course-seats-label = Places
course-seats =
    { $count ->
        [0] Complet
        [one] { $count } place
        [many] { $count } de places
       *[other] { $count } places
    }
course-register = S’inscrire à ce cours

## Not found (404) and language chooser

not-found-title = Page introuvable
not-found-text = Désolé, nous n’avons pas trouvé cette page. Elle a peut-être été déplacée, ou l’adresse contient une faute de frappe.
not-found-languages = Aller à la page d’accueil dans votre langue
not-found-search = Rechercher sur le site
chooser-welcome = Bienvenue ! Continuer en français

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Cette traduction n’est peut-être plus à jour.
# $language: name of the source's language, in this language
translation-stale-link = Lire la version la plus récente en { $language }.

## Reader's site

# the button that opens the main menu on small screens
menu = Menu
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = À propos du site
# main heading of a language home whose own title is the site's title
home-heading = Pour toutes celles et ceux qui travaillent dans l’enseignement scolaire
home-featured = À la une
courses-upcoming = Cours à venir
courses-past = Cours passés
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] À venir
        [running] En cours
       *[ended] Terminé
    }
course-ended = Ce cours est terminé.
course-registration-closed = Les inscriptions sont closes.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Langue : { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Petite enfance
        [primary] Primaire
        [secondary] Secondaire
        [vet] EFP
        [adult] Adultes
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Filtrer les résultats
search-filter-section = Rubrique
search-filter-level = Niveau d’enseignement
# tags of the pages
search-filter-tag = Thème
# the filter option that removes the filter of its group
search-filter-all = Tout
search-filter-clear = Effacer tous les filtres
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Résultats pour « { $query } »
