# Sitespecifieke teksten (Nederlands).

site-tagline = De ontmoetingsplaats voor iedereen die in Europa met schoolonderwijs bezig is
footer-funded = Gefinancierd door de Europese Unie via Erasmus+
chooser-welcome = Welkom! Kies je taal en ontdek nieuws, cursussen en de Toolkit voor scholen.
