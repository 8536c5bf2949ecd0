# نصوص واجهة القالب esep — العربية.

## إطار الصفحة

skip-link = انتقل إلى المحتوى الرئيسي
nav-main-label = القائمة الرئيسية
nav-search = بحث
nav-breadcrumb-label = أنت هنا
breadcrumb-home = الرئيسية
language-switcher-label = اللغة
switcher-not-translated = لم تُترجم هذه الصفحة بعد – يفتح الرابط الصفحة الرئيسية بتلك اللغة ({ $language })
footer-text = مساحة يتبادل فيها المعلمون ومديرو المدارس وكل العاملين في التعليم المدرسي في أوروبا الأخبار والأفكار والدورات.
feed-link = اشترك في التحديثات عبر موجز Atom
feed-title = { $site } – آخر التحديثات

## الأقسام

section-news = الأخبار
section-opinions = آراء الخبراء
section-toolkit = مجموعة أدوات للمدارس
section-courses = الدورات
section-see-all = عرض كل ما في قسم { $section }
section-empty = لا يوجد شيء هنا بعد.

## المقالات

read-more = اقرأ المزيد
published = تاريخ النشر
updated = آخر تحديث
by-author = بقلم { $authors }
authors-heading =
    { $count ->
        [zero] عن الكتّاب
        [one] عن الكاتب
        [two] عن الكاتبَين
        [few] عن الكتّاب
        [many] عن الكتّاب
       *[other] عن الكتّاب
    }
reading-time =
    { $minutes ->
        [zero] مدة القراءة: أقل من دقيقة
        [one] مدة القراءة: دقيقة واحدة
        [two] مدة القراءة: دقيقتان
        [few] مدة القراءة: { $minutes } دقائق
        [many] مدة القراءة: { $minutes } دقيقة
       *[other] مدة القراءة: { $minutes } دقيقة
    }
toc-heading = في هذه الصفحة
tags-heading = الوسوم
levels-heading = المراحل التعليمية
level-name =
    { $level ->
        [ecec] التعليم والرعاية في مرحلة الطفولة المبكرة
        [primary] التعليم الابتدائي
        [secondary] التعليم الثانوي
        [vet] التعليم والتدريب المهني
        [adult] تعليم الكبار
       *[other] { $level }
    }
fallback-note = غير متوفر بلغتك بعد – معروض بلغة أخرى: { $language }

## التصنيفات

taxonomy-name =
    { $taxonomy ->
        [tags] الوسوم
        [levels] المراحل التعليمية
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] المحتوى الموسوم بـ«{ $term }»
        [levels] المرحلة التعليمية: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] جميع الوسوم
        [levels] جميع المراحل التعليمية
       *[other] جميع المواضيع
    }
taxonomy-term-count =
    { $count ->
        [zero] لا توجد صفحات
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $count } صفحات
        [many] { $count } صفحة
       *[other] { $count } صفحة
    }

## ترقيم الصفحات

pagination-label = الصفحات
pagination-previous = السابق
pagination-next = التالي
pagination-page = الصفحة { $number }
pagination-page-of = الصفحة { $current } من { $total }

## البحث

search-title = البحث
search-label = عمّ تبحث؟
search-placeholder = مثلًا: الدمج، العلوم والتكنولوجيا، المهارات الرقمية
search-button = ابحث
search-section-label = في قسم
search-section-all = جميع الأقسام
search-no-results = لا توجد نتائج لـ«{ $query }». جرّب كلمات أخرى أو عددًا أقل من الكلمات.
search-results-count =
    { $count ->
        [zero] لا توجد نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
        [many] { $count } نتيجة
       *[other] { $count } نتيجة
    }
search-error = البحث غير متاح حاليًا. يُرجى المحاولة لاحقًا.
search-invalid = تعذّر فهم عبارة البحث. يُرجى التحقق من الكلمات والمحاولة مرة أخرى.
search-loading = جارٍ البحث…
search-more = مزيد من النتائج
search-noscript = يتطلب البحث تفعيل JavaScript. يُرجى تفعيله أو تصفّح الأقسام أعلاه.

## الدورات

course-details = عن هذه الدورة
course-starts = تبدأ في
course-ends = تنتهي في
course-format-label = الصيغة
course-format =
    { $format ->
        [mooc] دورة مفتوحة عبر الإنترنت (MOOC)
        [webinar] ندوة عبر الإنترنت
        [self-paced] دورة ذاتية الوتيرة
        [on-site] دورة حضورية
       *[other] صيغة أخرى
    }
course-seats-label = المقاعد
course-seats =
    { $count ->
        [zero] اكتمل العدد
        [one] مقعد واحد
        [two] مقعدان
        [few] { $count } مقاعد
        [many] { $count } مقعدًا
       *[other] { $count } مقعد
    }
course-register = سجّل في هذه الدورة

## الصفحة غير موجودة (404) واختيار اللغة

not-found-title = الصفحة غير موجودة
not-found-text = عذرًا، لم نعثر على هذه الصفحة. ربما نُقلت، أو ربما كُتب العنوان بشكل خاطئ.
not-found-languages = انتقل إلى الصفحة الرئيسية بلغتك
not-found-search = ابحث في الموقع
chooser-welcome = أهلًا وسهلًا! تابع بالعربية

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = قد تكون هذه الترجمة قديمة.
# $language: name of the source's language, in this language
translation-stale-link = اقرأ أحدث نسخة باللغة { $language }.

## Reader's site

# the button that opens the main menu on small screens
menu = القائمة
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = عن هذا الموقع
# main heading of a language home whose own title is the site's title
home-heading = لكل العاملين في التعليم المدرسي
home-featured = مختارات
courses-upcoming = الدورات القادمة
courses-past = الدورات السابقة
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] قادمة
        [running] جارية الآن
       *[ended] انتهت
    }
course-ended = انتهت هذه الدورة.
course-registration-closed = التسجيل مغلق.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = اللغة: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] الطفولة المبكرة
        [primary] الابتدائي
        [secondary] الثانوي
        [vet] المهني
        [adult] الكبار
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = تصفية النتائج
search-filter-section = القسم
search-filter-level = المرحلة التعليمية
# tags of the pages
search-filter-tag = الموضوع
# the filter option that removes the filter of its group
search-filter-all = الكل
search-filter-clear = إزالة كل عوامل التصفية
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = نتائج البحث عن «{ $query }»
