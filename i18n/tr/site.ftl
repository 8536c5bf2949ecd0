# Siteye özgü metinler (Türkçe).

site-tagline = Avrupa'da okul eğitimiyle ilgilenen herkesin buluşma noktası
footer-funded = Avrupa Birliği tarafından Erasmus+ kapsamında finanse edilmektedir
chooser-welcome = Hoş geldiniz! Haberleri, kursları ve Okullar için Araç Seti'ni keşfetmek için dilinizi seçin.
