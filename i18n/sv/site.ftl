# Webbplatsens egna texter (svenska).

site-tagline = Mötesplatsen för alla som arbetar med skolutbildning i Europa
footer-funded = Finansieras av Europeiska unionen genom Erasmus+
chooser-welcome = Välkommen! Välj ditt språk och upptäck nyheter, kurser och verktygslådan för skolor.

# Display names of the site's tags (tag-<slug>); a term page
# content/<lang>/tags/<slug>.md would take precedence.
tag-etwinning = eTwinning
tag-teacher-training = Kompetensutveckling
tag-languages = Språk
tag-inclusion = Inkludering
tag-wellbeing = Välbefinnande
tag-school-leadership = Skolledarskap
tag-early-school-leaving = Avhopp från skolan
tag-digital-education = Digital utbildning
tag-sustainability = Hållbarhet
tag-stem = Naturvetenskap och teknik
