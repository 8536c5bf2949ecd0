# esep temasının arayüz metinleri — Türkçe.

## Sayfa çerçevesi

skip-link = Ana içeriğe geç
nav-main-label = Ana menü
nav-search = Ara
nav-breadcrumb-label = Bulunduğunuz yer
breadcrumb-home = Ana sayfa
language-switcher-label = Dil
switcher-not-translated = Bu sayfa henüz çevrilmedi – bağlantı o dildeki ana sayfayı açar ({ $language })
footer-text = Avrupa’da öğretmenlerin, okul yöneticilerinin ve okul eğitiminde çalışan herkesin haberleri, fikirleri ve kursları paylaştığı bir buluşma noktası.
feed-link = Güncellemelere abone olun (Atom beslemesi)
feed-title = { $site } – son güncellemeler

## Bölümler

section-news = Haberler
section-opinions = Uzman görüşleri
section-toolkit = Okullar için araç seti
section-courses = Kurslar
section-see-all = { $section } bölümündeki tüm içerikler
section-empty = Burada henüz bir içerik yok.

## İçerikler

read-more = Devamını oku
published = Yayımlanma tarihi
updated = Güncellenme tarihi
by-author = Yazan: { $authors }
authors-heading =
    { $count ->
        [one] Yazar hakkında
       *[other] Yazarlar hakkında
    }
reading-time =
    { $minutes ->
        [one] { $minutes } dakikalık okuma
       *[other] { $minutes } dakikalık okuma
    }
toc-heading = Bu sayfada
tags-heading = Etiketler
levels-heading = Eğitim kademeleri
level-name =
    { $level ->
        [ecec] Okul öncesi eğitim ve bakım
        [primary] İlköğretim
        [secondary] Ortaöğretim
        [vet] Mesleki eğitim ve öğretim
        [adult] Yetişkin eğitimi
       *[other] { $level }
    }
fallback-note = Henüz dilinizde mevcut değil – başka bir dilde gösteriliyor: { $language }

## Sınıflandırmalar

taxonomy-name =
    { $taxonomy ->
        [tags] Etiketler
        [levels] Eğitim kademeleri
       *[other] { $taxonomy }
    }
taxonomy-term-title =
    { $taxonomy ->
        [tags] “{ $term }” etiketli içerikler
        [levels] Eğitim kademesi: { $term }
       *[other] { $term }
    }
taxonomy-all =
    { $taxonomy ->
        [tags] Tüm etiketler
        [levels] Tüm eğitim kademeleri
       *[other] Tüm konular
    }
taxonomy-term-count =
    { $count ->
        [one] { $count } sayfa
       *[other] { $count } sayfa
    }

## Sayfalama

pagination-label = Sayfalar
pagination-previous = Önceki
pagination-next = Sonraki
pagination-page = Sayfa { $number }
pagination-page-of = Sayfa { $current } / { $total }

## Arama

search-title = Arama
search-label = Ne arıyorsunuz?
search-placeholder = Örneğin: kapsayıcılık, STEM, dijital beceriler
search-button = Ara
search-section-label = Bölüm
search-section-all = Tüm bölümler
search-no-results = “{ $query }” için sonuç bulunamadı. Başka ya da daha az sözcük deneyin.
search-results-count =
    { $count ->
        [0] Sonuç yok
        [one] { $count } sonuç
       *[other] { $count } sonuç
    }
search-error = Arama şu anda kullanılamıyor. Lütfen daha sonra yeniden deneyin.
search-invalid = Bu arama anlaşılamadı. Lütfen sözcükleri kontrol edip yeniden deneyin.
search-loading = Aranıyor…
search-more = Daha fazla sonuç
search-noscript = Arama için JavaScript gereklidir. Lütfen JavaScript’i etkinleştirin ya da yukarıdaki bölümlere göz atın.

## Kurslar

course-details = Kurs hakkında
course-starts = Başlangıç
course-ends = Bitiş
course-format-label = Biçim
course-format =
    { $format ->
        [mooc] Çevrimiçi kurs (MOOC)
        [webinar] Web semineri
        [self-paced] Kendi hızınızda ilerleyen kurs
        [on-site] Yüz yüze kurs
       *[other] Diğer biçim
    }
course-seats-label = Kontenjan
course-seats =
    { $count ->
        [0] Kontenjan doldu
        [one] { $count } kişilik kontenjan
       *[other] { $count } kişilik kontenjan
    }
course-register = Bu kursa kaydolun

## Bulunamadı (404) ve dil seçimi

not-found-title = Sayfa bulunamadı
not-found-text = Üzgünüz, bu sayfayı bulamadık. Sayfa taşınmış ya da adres yanlış yazılmış olabilir.
not-found-languages = Kendi dilinizdeki ana sayfaya gidin
not-found-search = Sitede arama yapın
chooser-welcome = Hoş geldiniz! Türkçe devam edin

## Translation status

# shown at the top of a translation whose source changed since it was translated
translation-stale-notice = Bu çeviri güncel olmayabilir.
# $language: name of the source's language, in this language
translation-stale-link = En son sürümü okuyun: { $language }.

## Reader's site

# the button that opens the main menu on small screens
menu = Menü
# label of the footer's links to about, contact, accessibility, privacy, legal
footer-nav-label = Site hakkında
# main heading of a language home whose own title is the site's title
home-heading = Okul eğitiminde çalışan herkes için
home-featured = Öne çıkan
courses-upcoming = Yaklaşan kurslar
courses-past = Geçmiş kurslar
# $state: upcoming, running or ended (on the day the site was built)
course-state =
    { $state ->
        [upcoming] Yakında
        [running] Devam ediyor
       *[ended] Sona erdi
    }
course-ended = Bu kurs sona erdi.
course-registration-closed = Kayıtlar kapandı.
# $language: name of the language an entry is shown in (not the reader's)
fallback-short = Dil: { $language }
# $level: the level's code; short names for cards
level-short =
    { $level ->
        [ecec] Okul öncesi
        [primary] İlk
        [secondary] Orta
        [vet] Mesleki
        [adult] Yetişkin
       *[other] { $level }
    }

## Search filters

# heading of the filters beside the search results (accessible name)
search-filters = Sonuçları filtrele
search-filter-section = Bölüm
search-filter-level = Eğitim düzeyi
# tags of the pages
search-filter-tag = Konu
# the filter option that removes the filter of its group
search-filter-all = Tümü
search-filter-clear = Tüm filtreleri temizle
# shown above results for a query whose misspelled words were corrected; $query: the corrected query
search-corrected = “{ $query }” için sonuçlar
