# Текстови на интерфејсот на темата esep — македонски.

## Page frame

skip-link = Прескокни до главната содржина
nav-main-label = Главно мени
nav-search = Пребарување
nav-breadcrumb-label = Вие сте тука
breadcrumb-home = Почетна
language-switcher-label = Јазик
switcher-not-translated = Оваа страница сè уште не е преведена – врската ја отвора почетната страница на тој јазик ({ $language })
footer-text = Место каде што наставниците, директорите на училиштата и сите што работат во училишното образование во Европа споделуваат вести, идеи и курсеви.
feed-link = Претплатете се на новостите (Atom-довод)
feed-title = { $site } – најнови објави

## Sections

section-news = Вести
section-opinions = Мислења на експерти
section-toolkit = Алатки за училиштата
section-courses = Курсеви
section-see-all = Сè во рубриката „{ $section }“
section-empty = Тука сè уште нема ништо.

## Entries

read-more = Прочитајте повеќе
published = Објавено
updated = Ажурирано
by-author = Автор: { $authors }
authors-heading =
    { $count ->
        [one] За авторот
       *[other] За авторите
    }
reading-time =
    { $minutes ->
        [one] Време за читање: { $minutes } минута
       *[other] Време за читање: { $minutes } минути
    }
toc-heading = На оваа страница
tags-heading = Ознаки
levels-heading = Нивоа на образование
level-name =
    { $level ->
        [ecec] Образование и грижа во раното детство
        [primary] Основно образование
        [secondary] Средно образование
        [vet] Стручно образование и обука
        [adult] Образование на возрасни
       *[other] { $level }
    }
fallback-note = Сè уште не е достапно на вашиот јазик – прикажано на друг јазик: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Ознаки
        [levels] Нивоа на образование
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Ознака „{ $term }“
        [levels] Ниво на образование: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Сите ознаки
        [levels] Сите нивоа на образование
       *[other] Сите теми
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } страница
       *[other] { $count } страници
    }

## Pagination

pagination-label = Страници
pagination-previous = Претходна
pagination-next = Следна
pagination-page = Страница { $number }
pagination-page-of = Страница { $current } од { $total }

## Search

search-title = Пребарување
search-label = Што барате?
search-placeholder = На пример: инклузија, STEM, дигитални вештини
search-button = Барај
search-section-label = Само во
search-section-all = Сите рубрики
search-no-results = Нема резултати за „{ $query }“. Обидете се со други зборови или со помалку зборови.
search-results-count =
    { $count ->
        [0] Нема резултати
        [one] { $count } резултат
       *[other] { $count } резултати
    }
search-error = Пребарувањето моментално не е достапно. Обидете се повторно подоцна.
search-invalid = Ова пребарување не може да се разбере. Проверете ги зборовите и обидете се повторно.
search-loading = Се пребарува…
search-more = Повеќе резултати
search-noscript = За пребарувањето е потребен JavaScript. Вклучете го или прелистајте ги рубриките погоре.

## Courses

course-details = За овој курс
course-starts = Почеток
course-ends = Крај
course-format-label = Формат
course-format =
    { $format ->
        [mooc] Онлајн курс (MOOC)
        [webinar] Вебинар
        [self-paced] Курс со сопствено темпо
        [on-site] Курс во живо
       *[other] Друг формат
    }
course-seats-label = Места
course-seats =
    { $count ->
        [0] Пополнето
        [one] { $count } место
       *[other] { $count } места
    }
course-register = Пријавете се на овој курс

## Not found (404) and language chooser

not-found-title = Страницата не е пронајдена
not-found-text = За жал, не ја најдовме оваа страница. Можеби е преместена или адресата е погрешно напишана.
not-found-languages = Одете на почетната страница на вашиот јазик
not-found-search = Пребарајте го сајтот
chooser-welcome = Добредојдовте! Продолжете на македонски

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Овој превод можеби не е ажуриран.
# $language: name of the source's language, in this language
translation-stale-link = Прочитајте ја најновата верзија на { $language }.

## Reader's site

# the button that opens the main menu on small screens
menu = Мени
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = За страницата
# main heading of a language home whose own title is the site's title
home-heading = За сите што работат во училишното образование
home-featured = Издвоено
courses-upcoming = Претстојни курсеви
courses-past = Минати курсеви
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Наскоро
        [running] Во тек
       *[ended] Завршен
    }
course-ended = Овој курс заврши.
course-registration-closed = Пријавувањето е затворено.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Јазик: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Рано детство
        [primary] Основно
        [secondary] Средно
        [vet] Стручно
        [adult] Возрасни
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Филтрирај ги резултатите
search-filter-section = Оддел
search-filter-level = Образовно ниво
# tags of the pages
search-filter-tag = Тема
# the filter option that removes the filter of its group
search-filter-all = Сите
search-filter-clear = Исчисти ги сите филтри
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Резултати за „{ $query }“
