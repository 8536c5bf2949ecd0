# Sitespecifieke teksten (Nederlands).

site-tagline = De ontmoetingsplaats voor iedereen die in Europa met schoolonderwijs bezig is
footer-funded = Gefinancierd door de Europese Unie via Erasmus+
chooser-welcome = Welkom! Kies je taal en ontdek nieuws, cursussen en de Toolkit voor scholen.

# Display names of the site's tags (tag-<slug>); a term page
# content/<lang>/tags/<slug>.md would take precedence.
tag-etwinning = eTwinning
tag-teacher-training = Professionalisering
tag-languages = Talen
tag-inclusion = Inclusie
tag-wellbeing = Welzijn
tag-school-leadership = Schoolleiderschap
tag-early-school-leaving = Voortijdig schoolverlaten
tag-digital-education = Digitaal onderwijs
tag-sustainability = Duurzaamheid
tag-stem = STEM
