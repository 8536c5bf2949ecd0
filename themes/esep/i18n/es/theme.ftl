# Textos de la interfaz del tema esep — español.

## Page frame

skip-link = Ir al contenido principal
nav-main-label = Menú principal
nav-search = Buscar
nav-breadcrumb-label = Usted está aquí
breadcrumb-home = Inicio
language-switcher-label = Idioma
switcher-not-translated = Esta página aún no está traducida – el enlace abre la página de inicio en ese idioma ({ $language })
footer-text = Un espacio en el que docentes, directores de centros escolares y todas las personas que trabajan en la educación escolar en Europa comparten noticias, ideas y cursos.
feed-link = Suscribirse a las novedades (canal Atom)
feed-title = { $site } – últimas novedades

## Sections

section-news = Noticias
section-opinions = Opiniones de expertos
section-toolkit = Caja de herramientas para centros escolares
section-courses = Cursos
section-see-all = Ver todo en la sección «{ $section }»
section-empty = Todavía no hay nada aquí.

## Entries

read-more = Seguir leyendo
published = Publicado el
updated = Actualizado el
by-author = Por { $authors }
authors-heading =
    { $count ->
        [one] Sobre el autor
        [many] Sobre los autores
       *[other] Sobre los autores
    }
reading-time =
    { $minutes ->
        [one] Tiempo de lectura: { $minutes } minuto
        [many] Tiempo de lectura: { $minutes } de minutos
       *[other] Tiempo de lectura: { $minutes } minutos
    }
toc-heading = En esta página
tags-heading = Etiquetas
levels-heading = Niveles educativos
level-name =
    { $level ->
        [ecec] Educación y atención de la primera infancia
        [primary] Educación primaria
        [secondary] Educación secundaria
        [vet] Educación y formación profesionales
        [adult] Educación de personas adultas
       *[other] { $level }
    }
fallback-note = Aún no está disponible en su idioma – se muestra en otro idioma: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Etiquetas
        [levels] Niveles educativos
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Etiqueta «{ $term }»
        [levels] Nivel educativo: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Todas las etiquetas
        [levels] Todos los niveles educativos
       *[other] Todos los temas
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } página
        [many] { $count } de páginas
       *[other] { $count } páginas
    }

## Pagination

pagination-label = Páginas
pagination-previous = Anterior
pagination-next = Siguiente
pagination-page = Página { $number }
pagination-page-of = Página { $current } de { $total }

## Search

search-title = Buscar
search-label = ¿Qué está buscando?
search-placeholder = Por ejemplo: inclusión, CTIM, competencias digitales
search-button = Buscar
search-section-label = Solo en
search-section-all = Todas las secciones
search-no-results = No hay resultados para «{ $query }». Pruebe con otras palabras o con menos.
search-results-count =
    { $count ->
        [0] Ningún resultado
        [one] { $count } resultado
        [many] { $count } de resultados
       *[other] { $count } resultados
    }
search-error = La búsqueda no está disponible en este momento. Vuelva a intentarlo más tarde.
search-invalid = No se ha podido interpretar esta búsqueda. Revise las palabras y vuelva a intentarlo.
search-loading = Buscando…
search-more = Más resultados
search-noscript = La búsqueda necesita JavaScript. Actívelo o consulte las secciones de arriba.

## Courses

course-details = Sobre este curso
course-starts = Inicio
course-ends = Fin
course-format-label = Formato
course-format =
    { $format ->
        [mooc] Curso en línea (MOOC)
        [webinar] Seminario web
        [self-paced] Curso a su propio ritmo
        [on-site] Curso presencial
       *[other] Otro formato
    }
course-seats-label = Plazas
course-seats =
    { $count ->
        [0] Completo
        [one] { $count } plaza
        [many] { $count } de plazas
       *[other] { $count } plazas
    }
course-register = Inscribirse en este curso

## Not found (404) and language chooser

not-found-title = Página no encontrada
not-found-text = Lo sentimos, no hemos encontrado esta página. Puede que se haya trasladado o que la dirección esté mal escrita.
not-found-languages = Ir a la página de inicio en su idioma
not-found-search = Buscar en el sitio
chooser-welcome = ¡Le damos la bienvenida! Continuar en español

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Es posible que esta traducción no esté actualizada.
# $language: name of the source's language, in this language
translation-stale-link = Lea la versión más reciente en { $language }.

## Reader's site

# the button that opens the main menu on small screens
menu = Menú
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = Sobre este sitio
# main heading of a language home whose own title is the site's title
home-heading = Para todas las personas que trabajan en la educación escolar
home-featured = Destacado
courses-upcoming = Próximos cursos
courses-past = Cursos anteriores
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Próximamente
        [running] En curso
       *[ended] Finalizado
    }
course-ended = Este curso ha finalizado.
course-registration-closed = La inscripción está cerrada.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Idioma: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Infantil
        [primary] Primaria
        [secondary] Secundaria
        [vet] FP
        [adult] Adultos
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Filtrar los resultados
search-filter-section = Sección
search-filter-level = Nivel educativo
# tags of the pages
search-filter-tag = Tema
# the filter option that removes the filter of its group
search-filter-all = Todo
search-filter-clear = Quitar todos los filtros
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Resultados para «{ $query }»
