# Текстове на интерфейса на темата esep — български.

## Page frame

skip-link = Към основното съдържание
nav-main-label = Основно меню
nav-search = Търсене
nav-breadcrumb-label = Вие сте тук
breadcrumb-home = Начало
language-switcher-label = Език
switcher-not-translated = Тази страница все още не е преведена – връзката отваря началната страница на този език ({ $language })
footer-text = Място, където учители, директори на училища и всички, които работят в училищното образование в Европа, споделят новини, идеи и курсове.
feed-link = Абонирайте се за актуализации (Atom емисия)
feed-title = { $site } – последни актуализации

## Sections

section-news = Новини
section-opinions = Експертни мнения
section-toolkit = Инструментариум за училищата
section-courses = Курсове
section-see-all = Вижте всичко в раздел „{ $section }“
section-empty = Тук все още няма нищо.

## Entries

read-more = Прочетете още
published = Публикувано на
updated = Актуализирано на
by-author = Автор: { $authors }
authors-heading =
    { $count ->
        [one] За автора
       *[other] За авторите
    }
reading-time =
    { $minutes ->
        [one] Време за четене: { $minutes } минута
       *[other] Време за четене: { $minutes } минути
    }
toc-heading = На тази страница
tags-heading = Етикети
levels-heading = Степени на образование
level-name =
    { $level ->
        [ecec] Образование и грижи в ранна детска възраст
        [primary] Начално образование
        [secondary] Средно образование
        [vet] Професионално образование и обучение
        [adult] Образование за възрастни
       *[other] { $level }
    }
fallback-note = Все още не е налично на вашия език – показва се на друг език: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Етикети
        [levels] Степени на образование
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] С етикет „{ $term }“
        [levels] Степен на образование: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Всички етикети
        [levels] Всички степени на образование
       *[other] Всички теми
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } страница
       *[other] { $count } страници
    }

## Pagination

pagination-label = Страници
pagination-previous = Предишна
pagination-next = Следваща
pagination-page = Страница { $number }
pagination-page-of = Страница { $current } от { $total }

## Search

search-title = Търсене
search-label = Какво търсите?
search-placeholder = Например: приобщаване, STEM, цифрови умения
search-button = Търсене
search-section-label = Само в
search-section-all = Всички раздели
search-no-results = Няма резултати за „{ $query }“. Опитайте с други или с по-малко думи.
search-results-count =
    { $count ->
        [0] Няма резултати
        [one] { $count } резултат
       *[other] { $count } резултата
    }
search-error = Търсенето в момента не е достъпно. Моля, опитайте отново по-късно.
search-invalid = Това търсене не може да бъде разбрано. Моля, проверете думите и опитайте отново.
search-loading = Търсене…
search-more = Още резултати
search-noscript = Търсенето изисква JavaScript. Моля, включете го или разгледайте разделите по-горе.

## Courses

course-details = За този курс
course-starts = Начало
course-ends = Край
course-format-label = Формат
course-format =
    { $format ->
        [mooc] Онлайн курс (MOOC)
        [webinar] Уебинар
        [self-paced] Курс в собствено темпо
        [on-site] Присъствен курс
       *[other] Друг формат
    }
course-seats-label = Места
course-seats =
    { $count ->
        [0] Няма свободни места
        [one] { $count } място
       *[other] { $count } места
    }
course-register = Запишете се за този курс

## Not found (404) and language chooser

not-found-title = Страницата не е намерена
not-found-text = За съжаление не намерихме тази страница. Може да е преместена или адресът да е въведен грешно.
not-found-languages = Към началната страница на вашия език
not-found-search = Търсене в сайта
chooser-welcome = Добре дошли! Продължете на български

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Този превод може да е остарял.
# $language: name of the source's language, in this language
translation-stale-link = Прочетете най-новата версия на { $language }.

## Reader's site

# the button that opens the main menu on small screens
menu = Меню
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = За сайта
# main heading of a language home whose own title is the site's title
home-heading = За всички, които работят в училищното образование
home-featured = Акцент
courses-upcoming = Предстоящи курсове
courses-past = Минали курсове
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Предстои
        [running] Тече в момента
       *[ended] Приключил
    }
course-ended = Този курс е приключил.
course-registration-closed = Записването е затворено.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Език: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Ранно детство
        [primary] Начално
        [secondary] Средно
        [vet] ПОО
        [adult] За възрастни
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Филтриране на резултатите
search-filter-section = Раздел
search-filter-level = Образователна степен
# tags of the pages
search-filter-tag = Тема
# the filter option that removes the filter of its group
search-filter-all = Всички
search-filter-clear = Изчистване на всички филтри
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Резултати за „{ $query }“
