# Textos da interface do tema esep — português.

## Page frame

skip-link = Ir para o conteúdo principal
nav-main-label = Menu principal
nav-search = Pesquisar
nav-breadcrumb-label = Está aqui
breadcrumb-home = Página inicial
language-switcher-label = Língua
switcher-not-translated = Esta página ainda não está traduzida – a ligação abre a página inicial nessa língua ({ $language })
footer-text = Um espaço onde professores, diretores escolares e todos os que trabalham no ensino escolar na Europa partilham notícias, ideias e cursos.
feed-link = Subscrever as atualizações (feed Atom)
feed-title = { $site } – últimas atualizações

## Sections

section-news = Notícias
section-opinions = Opiniões de especialistas
section-toolkit = Conjunto de ferramentas para as escolas
section-courses = Cursos
section-see-all = Ver tudo na secção «{ $section }»
section-empty = Ainda não há nada aqui.

## Entries

read-more = Ler mais
published = Publicado em
updated = Atualizado em
by-author = Por { $authors }
authors-heading =
    { $count ->
        [one] Sobre o autor
        [many] Sobre os autores
       *[other] Sobre os autores
    }
reading-time =
    { $minutes ->
        [one] Tempo de leitura: { $minutes } minuto
        [many] Tempo de leitura: { $minutes } de minutos
       *[other] Tempo de leitura: { $minutes } minutos
    }
toc-heading = Nesta página
tags-heading = Etiquetas
levels-heading = Níveis de ensino
level-name =
    { $level ->
        [ecec] Educação e acolhimento na primeira infância
        [primary] Ensino primário
        [secondary] Ensino secundário
        [vet] Ensino e formação profissionais
        [adult] Educação de adultos
       *[other] { $level }
    }
fallback-note = Ainda não está disponível na sua língua – apresentado noutra língua: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Etiquetas
        [levels] Níveis de ensino
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Etiqueta «{ $term }»
        [levels] Nível de ensino: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Todas as etiquetas
        [levels] Todos os níveis de ensino
       *[other] Todos os temas
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
pagination-next = Seguinte
pagination-page = Página { $number }
pagination-page-of = Página { $current } de { $total }

## Search

search-title = Pesquisa
search-label = O que procura?
search-placeholder = Por exemplo: inclusão, CTEM, competências digitais
search-button = Pesquisar
search-section-label = Apenas em
search-section-all = Todas as secções
search-no-results = Nenhum resultado para «{ $query }». Experimente outras palavras ou menos palavras.
search-results-count =
    { $count ->
        [0] Nenhum resultado
        [one] { $count } resultado
        [many] { $count } de resultados
       *[other] { $count } resultados
    }
search-error = A pesquisa não está disponível de momento. Tente novamente mais tarde.
search-invalid = Não foi possível compreender esta pesquisa. Verifique as palavras e tente novamente.
search-loading = A pesquisar…
search-more = Mais resultados
search-noscript = A pesquisa requer JavaScript. Ative-o ou consulte as secções acima.

## Courses

course-details = Sobre este curso
course-starts = Início
course-ends = Fim
course-format-label = Formato
course-format =
    { $format ->
        [mooc] Curso em linha (MOOC)
        [webinar] Webinar
        [self-paced] Curso ao seu ritmo
        [on-site] Curso presencial
       *[other] Outro formato
    }
course-seats-label = Vagas
course-seats =
    { $count ->
        [0] Esgotado
        [one] { $count } vaga
        [many] { $count } de vagas
       *[other] { $count } vagas
    }
course-register = Inscrever-se neste curso

## Not found (404) and language chooser

not-found-title = Página não encontrada
not-found-text = Lamentamos, mas não encontrámos esta página. Pode ter sido movida, ou o endereço pode conter um erro.
not-found-languages = Ir para a página inicial na sua língua
not-found-search = Pesquisar no sítio
chooser-welcome = Bem-vindo! Continuar em português

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Esta tradução pode estar desatualizada.
# $language: name of the source's language, in this language
translation-stale-link = Leia a versão mais recente em { $language }.

## Reader's site

# the button that opens the main menu on small screens
menu = Menu
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = Sobre este sítio
# main heading of a language home whose own title is the site's title
home-heading = Para todos os que trabalham na educação escolar
home-featured = Em destaque
courses-upcoming = Próximos cursos
courses-past = Cursos anteriores
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Brevemente
        [running] A decorrer
       *[ended] Terminado
    }
course-ended = Este curso terminou.
course-registration-closed = As inscrições estão encerradas.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Língua: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Infância
        [primary] Primário
        [secondary] Secundário
        [vet] EFP
        [adult] Adultos
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Filtrar os resultados
search-filter-section = Secção
search-filter-level = Nível de ensino
# tags of the pages
search-filter-tag = Tema
# the filter option that removes the filter of its group
search-filter-all = Todos
search-filter-clear = Limpar todos os filtros
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Resultados para «{ $query }»
