# Тексти інтерфейсу теми esep — українська.

## Page frame

skip-link = Перейти до основного вмісту
nav-main-label = Головне меню
nav-search = Пошук
nav-breadcrumb-label = Ви тут
breadcrumb-home = Головна
language-switcher-label = Мова
switcher-not-translated = Цю сторінку ще не перекладено – посилання відкриває головну сторінку цією мовою ({ $language })
footer-text = Простір, де вчителі, керівники шкіл і всі, хто працює у шкільній освіті в Європі, діляться новинами, ідеями та курсами.
feed-link = Підписатися на оновлення (стрічка Atom)
feed-title = { $site } – останні оновлення

## Sections

section-news = Новини
section-opinions = Думки експертів
section-toolkit = Інструментарій для шкіл
section-courses = Курси
section-see-all = Усе в розділі «{ $section }»
section-empty = Тут поки що нічого немає.

## Entries

read-more = Читати далі
published = Опубліковано
updated = Оновлено
by-author = Автор: { $authors }
authors-heading =
    { $count ->
        [one] Про автора
        [few] Про авторів
        [many] Про авторів
       *[other] Про авторів
    }
reading-time =
    { $minutes ->
        [one] Час читання: { $minutes } хвилина
        [few] Час читання: { $minutes } хвилини
        [many] Час читання: { $minutes } хвилин
       *[other] Час читання: { $minutes } хвилини
    }
toc-heading = На цій сторінці
tags-heading = Теги
levels-heading = Рівні освіти
level-name =
    { $level ->
        [ecec] Освіта та догляд у ранньому дитинстві
        [primary] Початкова освіта
        [secondary] Середня освіта
        [vet] Професійна освіта та навчання
        [adult] Освіта дорослих
       *[other] { $level }
    }
fallback-note = Ще не доступно вашою мовою – показано іншою мовою: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Теги
        [levels] Рівні освіти
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Тег «{ $term }»
        [levels] Рівень освіти: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Усі теги
        [levels] Усі рівні освіти
       *[other] Усі теми
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } сторінка
        [few] { $count } сторінки
        [many] { $count } сторінок
       *[other] { $count } сторінки
    }

## Pagination

pagination-label = Сторінки
pagination-previous = Попередня
pagination-next = Наступна
pagination-page = Сторінка { $number }
pagination-page-of = Сторінка { $current } з { $total }

## Search

search-title = Пошук
search-label = Що ви шукаєте?
search-placeholder = Наприклад: інклюзія, STEM, цифрові навички
search-button = Шукати
search-section-label = Лише в розділі
search-section-all = Усі розділи
search-no-results = За запитом «{ $query }» нічого не знайдено. Спробуйте інші слова або менше слів.
search-results-count =
    { $count ->
        [0] Немає результатів
        [one] { $count } результат
        [few] { $count } результати
        [many] { $count } результатів
       *[other] { $count } результату
    }
search-error = Пошук зараз недоступний. Спробуйте пізніше.
search-invalid = Не вдалося зрозуміти цей запит. Перевірте слова та спробуйте ще раз.
search-loading = Шукаємо…
search-more = Більше результатів
search-noscript = Для пошуку потрібен JavaScript. Увімкніть його або перегляньте розділи вище.

## Courses

course-details = Про цей курс
course-starts = Початок
course-ends = Завершення
course-format-label = Формат
course-format =
    { $format ->
        [mooc] Онлайн-курс (MOOC)
        [webinar] Вебінар
        [self-paced] Курс у власному темпі
        [on-site] Очний курс
       *[other] Інший формат
    }
course-seats-label = Місця
course-seats =
    { $count ->
        [0] Місць немає
        [one] { $count } місце
        [few] { $count } місця
        [many] { $count } місць
       *[other] { $count } місця
    }
course-register = Зареєструватися на курс

## Not found (404) and language chooser

not-found-title = Сторінку не знайдено
not-found-text = На жаль, ми не знайшли цю сторінку. Можливо, її перенесено, або в адресі є помилка.
not-found-languages = Перейти на головну сторінку вашою мовою
not-found-search = Пошук на сайті
chooser-welcome = Ласкаво просимо! Продовжити українською

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Цей переклад може бути застарілим.
# $language: name of the source's language, in this language
translation-stale-link = Прочитайте найновішу версію ({ $language }).

## Reader's site

# the button that opens the main menu on small screens
menu = Меню
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = Про сайт
# main heading of a language home whose own title is the site's title
home-heading = Для всіх, хто працює в шкільній освіті
home-featured = Рекомендуємо
courses-upcoming = Найближчі курси
courses-past = Минулі курси
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Незабаром
        [running] Триває
       *[ended] Завершено
    }
course-ended = Цей курс завершено.
course-registration-closed = Реєстрацію закрито.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Мова: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Раннє дитинство
        [primary] Початкова
        [secondary] Середня
        [vet] Професійна
        [adult] Дорослі
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Фільтрувати результати
search-filter-section = Розділ
search-filter-level = Рівень освіти
# tags of the pages
search-filter-tag = Тема
# the filter option that removes the filter of its group
search-filter-all = Усі
search-filter-clear = Очистити всі фільтри
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Результати за запитом «{ $query }»
