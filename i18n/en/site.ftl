# Site-specific strings for the European School Education Platform (English).
# The theme ships the general UI strings; these add to them.

site-tagline = The meeting place for everyone who works in school education in Europe
footer-funded = Funded by the European Union through Erasmus+
chooser-welcome = Welcome! Choose your language to explore news, courses and the Toolkit for Schools.

# Display names of the site's tags (tag-<slug>); a term page
# content/<lang>/tags/<slug>.md would take precedence.
tag-etwinning = eTwinning
tag-teacher-training = Teacher training
tag-languages = Languages
tag-inclusion = Inclusion
tag-wellbeing = Wellbeing
tag-school-leadership = School leadership
tag-early-school-leaving = Early school leaving
tag-digital-education = Digital education
tag-sustainability = Sustainability
tag-stem = STEM
