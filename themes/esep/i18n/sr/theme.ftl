# Текстови интерфејса теме esep — српски (ћирилица).

## Page frame

skip-link = Пређи на главни садржај
nav-main-label = Главни мени
nav-search = Претрага
nav-breadcrumb-label = Налазите се овде
breadcrumb-home = Почетна
language-switcher-label = Језик
switcher-not-translated = Ова страница још није преведена – веза отвара почетну страницу на том језику ({ $language })
footer-text = Место на ком наставници, директори школа и сви који раде у школском образовању у Европи деле вести, идеје и курсеве.
feed-link = Пратите новости (Atom фид)
feed-title = { $site } – најновије објаве

## Sections

section-news = Вести
section-opinions = Мишљења стручњака
section-toolkit = Алати за школе
section-courses = Курсеви
section-see-all = Све у рубрици „{ $section }“
section-empty = Овде још нема ничега.

## Entries

read-more = Прочитајте више
published = Објављено
updated = Ажурирано
by-author = Аутор: { $authors }
authors-heading =
    { $count ->
        [one] О аутору
        [few] О ауторима
       *[other] О ауторима
    }
reading-time =
    { $minutes ->
        [one] Време читања: { $minutes } минут
        [few] Време читања: { $minutes } минута
       *[other] Време читања: { $minutes } минута
    }
toc-heading = На овој страници
tags-heading = Ознаке
levels-heading = Нивои образовања
level-name =
    { $level ->
        [ecec] Предшколско васпитање и образовање
        [primary] Основно образовање
        [secondary] Средње образовање
        [vet] Стручно образовање и оспособљавање
        [adult] Образовање одраслих
       *[other] { $level }
    }
fallback-note = Још није доступно на вашем језику – приказано на другом језику: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Ознаке
        [levels] Нивои образовања
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Ознака „{ $term }“
        [levels] Ниво образовања: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Све ознаке
        [levels] Сви нивои образовања
       *[other] Све теме
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } страница
        [few] { $count } странице
       *[other] { $count } страница
    }

## Pagination

pagination-label = Странице
pagination-previous = Претходна
pagination-next = Следећа
pagination-page = Страница { $number }
pagination-page-of = Страница { $current } од { $total }

## Search

search-title = Претрага
search-label = Шта тражите?
search-placeholder = На пример: инклузија, STEM, дигиталне вештине
search-button = Тражи
search-section-label = Само у рубрици
search-section-all = Све рубрике
search-no-results = Нема резултата за „{ $query }“. Покушајте са другим речима или са мање речи.
search-results-count =
    { $count ->
        [0] Нема резултата
        [one] { $count } резултат
        [few] { $count } резултата
       *[other] { $count } резултата
    }
search-error = Претрага тренутно није доступна. Покушајте поново касније.
search-invalid = Овај упит није могуће разумети. Проверите речи и покушајте поново.
search-loading = Претрага у току…
search-more = Још резултата
search-noscript = За претрагу је потребан JavaScript. Укључите га или прегледајте рубрике изнад.

## Courses

course-details = О овом курсу
course-starts = Почетак
course-ends = Крај
course-format-label = Облик
course-format =
    { $format ->
        [mooc] Онлајн курс (MOOC)
        [webinar] Вебинар
        [self-paced] Курс сопственим темпом
        [on-site] Курс уживо
       *[other] Други облик
    }
course-seats-label = Места
course-seats =
    { $count ->
        [0] Попуњено
        [one] { $count } место
        [few] { $count } места
       *[other] { $count } места
    }
course-register = Пријавите се на овај курс

## Not found (404) and language chooser

not-found-title = Страница није пронађена
not-found-text = Нажалост, ову страницу нисмо пронашли. Можда је премештена или је адреса погрешно унета.
not-found-languages = Идите на почетну страницу на свом језику
not-found-search = Претражите сајт
chooser-welcome = Добро дошли! Наставите на српском

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Овај превод можда није ажуран.
# $language: name of the source's language, in this language
translation-stale-link = Прочитајте најновију верзију (језик: { $language }).

## Reader's site

# the button that opens the main menu on small screens
menu = Мени
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = О овом сајту
# main heading of a language home whose own title is the site's title
home-heading = За све који раде у школском образовању
home-featured = Издвојено
courses-upcoming = Предстојећи курсеви
courses-past = Претходни курсеви
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Ускоро
        [running] У току
       *[ended] Завршен
    }
course-ended = Овај курс је завршен.
course-registration-closed = Пријаве су затворене.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Језик: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Предшколско
        [primary] Основно
        [secondary] Средње
        [vet] Стручно
        [adult] Одрасли
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Филтрирај резултате
search-filter-section = Рубрика
search-filter-level = Ниво образовања
# tags of the pages
search-filter-tag = Тема
# the filter option that removes the filter of its group
search-filter-all = Све
search-filter-clear = Уклони све филтере
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Резултати за „{ $query }“
