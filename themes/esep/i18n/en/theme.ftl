# UI strings of the esep theme — English (source language).
# A site's own i18n/en/*.ftl may override any of these message by message.

## Page frame

skip-link = Skip to main content
nav-main-label = Main menu
nav-search = Search
nav-breadcrumb-label = You are here
breadcrumb-home = Home
language-switcher-label = Language
# $language: native name of the language the link goes to
switcher-not-translated = This page is not translated yet – the link opens the home page in { $language }
footer-text = A place for teachers, school leaders and everyone working in school education in Europe to share news, ideas and courses.
feed-link = Subscribe to updates (Atom feed)
# $site: title of the site
feed-title = { $site } – latest updates

## Sections (used when a section has no title of its own)

section-news = News
section-opinions = Expert opinions
section-toolkit = Toolkit for schools
section-courses = Courses
# $section: title of the section
section-see-all = See everything in { $section }
section-empty = There is nothing here yet.

## Entries

read-more = Read more
published = Published
updated = Updated
# $authors: the author names, comma-separated
by-author = By { $authors }
# $count: number of authors
authors-heading =
    { $count ->
        [one] About the author
       *[other] About the authors
    }
# $minutes: estimated reading time, at least 1
reading-time =
    { $minutes ->
        [one] Reading time: { $minutes } minute
       *[other] Reading time: { $minutes } minutes
    }
toc-heading = On this page
tags-heading = Tags
levels-heading = Education levels
# $level: the level's code
level-name =
    { $level ->
        [ecec] Early childhood education and care
        [primary] Primary education
        [secondary] Secondary education
        [vet] Vocational education and training
        [adult] Adult education
       *[other] { $level }
    }
# $language: native name of the language the entry is shown in
fallback-note = Not available in your language yet – shown in { $language }

## Taxonomies

# $taxonomy: tags, levels …
taxonomy-name =
    { $taxonomy ->
        [tags] Tags
        [levels] Education levels
       *[other] { $taxonomy }
    }
# $taxonomy: tags, levels …; $term: the term (already translated for levels)
taxonomy-term-title =
    { $taxonomy ->
        [tags] Tagged “{ $term }”
        [levels] Education level: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] All tags
        [levels] All education levels
       *[other] All topics
    }
# $count: number of pages with the term
taxonomy-term-count =
    { $count ->
        [one] { $count } page
       *[other] { $count } pages
    }

## Pagination

pagination-label = Pages
pagination-previous = Previous
pagination-next = Next
# $number: page number
pagination-page = Page { $number }
# $current, $total: page numbers
pagination-page-of = Page { $current } of { $total }

## Search

search-title = Search
search-label = What are you looking for?
search-placeholder = For example: inclusion, STEM, digital skills
search-button = Search
search-section-label = Only in
search-section-all = All sections
# $query: what the reader typed
search-no-results = No results for “{ $query }”. Try other or fewer words.
# $count: total number of results
search-results-count =
    { $count ->
        [0] No results
        [one] { $count } result
       *[other] { $count } results
    }
search-error = Search is not available right now. Please try again later.
search-invalid = This search could not be understood. Please check your words and try again.
search-loading = Searching…
search-more = More results
search-noscript = Search needs JavaScript. Please turn it on, or browse the sections above.

## Courses

course-details = About this course
course-starts = Starts
course-ends = Ends
course-format-label = Format
# $format: mooc, webinar, self-paced, on-site …
course-format =
    { $format ->
        [mooc] Online course (MOOC)
        [webinar] Webinar
        [self-paced] Self-paced course
        [on-site] On-site course
       *[other] Other format
    }
course-seats-label = Places
# $count: number of places
course-seats =
    { $count ->
        [0] Fully booked
        [one] { $count } place
       *[other] { $count } places
    }
course-register = Register for this course

## Not found (404) and language chooser

not-found-title = Page not found
not-found-text = Sorry, we could not find this page. It may have moved, or the address may be mistyped.
not-found-languages = Go to the home page in your language
not-found-search = Search the site
chooser-welcome = Welcome! Continue in English

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = This translation may be out of date.
# $language: name of the source's language, in this language
translation-stale-link = Read the latest version in { $language }.

## Reader's site

# the button that opens the main menu on small screens
menu = Menu
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = About this site
# main heading of a language home whose own title is the site's title
home-heading = For everyone who works in school education
home-featured = Featured
courses-upcoming = Upcoming courses
courses-past = Past courses
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Upcoming
        [running] Running now
       *[ended] Ended
    }
course-ended = This course has ended.
course-registration-closed = Registration is closed.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Language: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] ECEC
        [primary] Primary
        [secondary] Secondary
        [vet] VET
        [adult] Adult
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Filter the results
search-filter-section = Section
search-filter-level = Education level
# tags of the pages
search-filter-tag = Topic
# the filter option that removes the filter of its group
search-filter-all = All
search-filter-clear = Clear all filters
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Results for “{ $query }”
