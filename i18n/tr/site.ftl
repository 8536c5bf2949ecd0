# Siteye özgü metinler (Türkçe).

site-tagline = Avrupa'da okul eğitimiyle ilgilenen herkesin buluşma noktası
footer-funded = Avrupa Birliği tarafından Erasmus+ kapsamında finanse edilmektedir
chooser-welcome = Hoş geldiniz! Haberleri, kursları ve Okullar için Araç Seti'ni keşfetmek için dilinizi seçin.

# Display names of the site's tags (tag-<slug>); a term page
# content/<lang>/tags/<slug>.md would take precedence.
tag-etwinning = eTwinning
tag-teacher-training = Öğretmen eğitimi
tag-languages = Diller
tag-inclusion = Kapsayıcılık
tag-wellbeing = İyi oluş
tag-school-leadership = Okul liderliği
tag-early-school-leaving = Okulu erken bırakma
tag-digital-education = Dijital eğitim
tag-sustainability = Sürdürülebilirlik
tag-stem = FeTeMM
