# Site-specific strings for the European School Education Platform (English).
# The theme ships the general UI strings; these add to them.

site-tagline = The meeting place for everyone who works in school education in Europe
footer-funded = Funded by the European Union through Erasmus+
chooser-welcome = Welcome! Choose your language to explore news, courses and the Toolkit for Schools.
