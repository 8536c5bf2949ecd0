# Κείμενα διεπαφής του θέματος esep — ελληνικά.

## Page frame

skip-link = Μετάβαση στο κύριο περιεχόμενο
nav-main-label = Κύριο μενού
nav-search = Αναζήτηση
nav-breadcrumb-label = Βρίσκεστε εδώ
breadcrumb-home = Αρχική
language-switcher-label = Γλώσσα
switcher-not-translated = Η σελίδα δεν έχει μεταφραστεί ακόμη – ο σύνδεσμος ανοίγει την αρχική σελίδα σε εκείνη τη γλώσσα ({ $language })
footer-text = Ένας χώρος όπου εκπαιδευτικοί, διευθυντές σχολείων και όλοι όσοι εργάζονται στη σχολική εκπαίδευση στην Ευρώπη μοιράζονται νέα, ιδέες και μαθήματα.
feed-link = Εγγραφή στις ενημερώσεις (ροή Atom)
feed-title = { $site } – πρόσφατες ενημερώσεις

## Sections

section-news = Ειδήσεις
section-opinions = Απόψεις εμπειρογνωμόνων
section-toolkit = Εργαλειοθήκη για τα σχολεία
section-courses = Μαθήματα
section-see-all = Όλα στην ενότητα «{ $section }»
section-empty = Δεν υπάρχει ακόμη τίποτα εδώ.

## Entries

read-more = Διαβάστε περισσότερα
published = Δημοσιεύθηκε
updated = Ενημερώθηκε
by-author = Από: { $authors }
authors-heading =
    { $count ->
        [one] Σχετικά με τον συντάκτη
       *[other] Σχετικά με τους συντάκτες
    }
reading-time =
    { $minutes ->
        [one] Χρόνος ανάγνωσης: { $minutes } λεπτό
       *[other] Χρόνος ανάγνωσης: { $minutes } λεπτά
    }
toc-heading = Σε αυτή τη σελίδα
tags-heading = Ετικέτες
levels-heading = Βαθμίδες εκπαίδευσης
level-name =
    { $level ->
        [ecec] Εκπαίδευση και φροντίδα στην πρώιμη παιδική ηλικία
        [primary] Πρωτοβάθμια εκπαίδευση
        [secondary] Δευτεροβάθμια εκπαίδευση
        [vet] Επαγγελματική εκπαίδευση και κατάρτιση
        [adult] Εκπαίδευση ενηλίκων
       *[other] { $level }
    }
fallback-note = Δεν είναι ακόμη διαθέσιμο στη γλώσσα σας – εμφανίζεται σε άλλη γλώσσα: { $language }

## Taxonomies

taxonomy-name =
    { $taxonomy ->
        [tags] Ετικέτες
        [levels] Βαθμίδες εκπαίδευσης
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] Ετικέτα «{ $term }»
        [levels] Βαθμίδα εκπαίδευσης: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Όλες οι ετικέτες
        [levels] Όλες οι βαθμίδες εκπαίδευσης
       *[other] Όλα τα θέματα
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } σελίδα
       *[other] { $count } σελίδες
    }

## Pagination

pagination-label = Σελίδες
pagination-previous = Προηγούμενη
pagination-next = Επόμενη
pagination-page = Σελίδα { $number }
pagination-page-of = Σελίδα { $current } από { $total }

## Search

search-title = Αναζήτηση
search-label = Τι αναζητάτε;
search-placeholder = Για παράδειγμα: ένταξη, STEM, ψηφιακές δεξιότητες
search-button = Αναζήτηση
search-section-label = Μόνο στην ενότητα
search-section-all = Όλες οι ενότητες
search-no-results = Δεν βρέθηκαν αποτελέσματα για «{ $query }». Δοκιμάστε άλλες ή λιγότερες λέξεις.
search-results-count =
    { $count ->
        [0] Κανένα αποτέλεσμα
        [one] { $count } αποτέλεσμα
       *[other] { $count } αποτελέσματα
    }
search-error = Η αναζήτηση δεν είναι διαθέσιμη αυτή τη στιγμή. Δοκιμάστε ξανά αργότερα.
search-invalid = Δεν ήταν δυνατό να γίνει κατανοητή αυτή η αναζήτηση. Ελέγξτε τις λέξεις και δοκιμάστε ξανά.
search-loading = Αναζήτηση…
search-more = Περισσότερα αποτελέσματα
search-noscript = Η αναζήτηση απαιτεί JavaScript. Ενεργοποιήστε τη ή περιηγηθείτε στις παραπάνω ενότητες.

## Courses

course-details = Σχετικά με το μάθημα
course-starts = Έναρξη
course-ends = Λήξη
course-format-label = Μορφή
course-format =
    { $format ->
        [mooc] Διαδικτυακό μάθημα (MOOC)
        [webinar] Διαδικτυακό σεμινάριο
        [self-paced] Μάθημα με δικό σας ρυθμό
        [on-site] Μάθημα με φυσική παρουσία
       *[other] Άλλη μορφή
    }
course-seats-label = Θέσεις
course-seats =
    { $count ->
        [0] Δεν υπάρχουν ελεύθερες θέσεις
        [one] { $count } θέση
       *[other] { $count } θέσεις
    }
course-register = Εγγραφή στο μάθημα

## Not found (404) and language chooser

not-found-title = Η σελίδα δεν βρέθηκε
not-found-text = Λυπούμαστε, δεν βρήκαμε αυτή τη σελίδα. Ίσως έχει μετακινηθεί ή η διεύθυνση έχει πληκτρολογηθεί λάθος.
not-found-languages = Μετάβαση στην αρχική σελίδα στη γλώσσα σας
not-found-search = Αναζήτηση στον ιστότοπο
chooser-welcome = Καλώς ήρθατε! Συνέχεια στα ελληνικά

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Αυτή η μετάφραση ενδέχεται να μην είναι ενημερωμένη.
# $language: name of the source's language, in this language
translation-stale-link = Διαβάστε την πιο πρόσφατη έκδοση στα { $language }.

## Reader's site

# the button that opens the main menu on small screens
menu = Μενού
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = Σχετικά με τον ιστότοπο
# main heading of a language home whose own title is the site's title
home-heading = Για όλους όσοι εργάζονται στη σχολική εκπαίδευση
home-featured = Προβεβλημένο
courses-upcoming = Προσεχή μαθήματα
courses-past = Προηγούμενα μαθήματα
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Προσεχώς
        [running] Σε εξέλιξη
       *[ended] Ολοκληρώθηκε
    }
course-ended = Αυτό το μάθημα έχει ολοκληρωθεί.
course-registration-closed = Οι εγγραφές έχουν κλείσει.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Γλώσσα: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Προσχολική
        [primary] Πρωτοβάθμια
        [secondary] Δευτεροβάθμια
        [vet] ΕΕΚ
        [adult] Ενήλικες
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Φιλτράρισμα αποτελεσμάτων
search-filter-section = Ενότητα
search-filter-level = Βαθμίδα εκπαίδευσης
# tags of the pages
search-filter-tag = Θέμα
# the filter option that removes the filter of its group
search-filter-all = Όλα
search-filter-clear = Κατάργηση όλων των φίλτρων
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = Αποτελέσματα για «{ $query }»
