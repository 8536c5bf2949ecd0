# Webbplatsens egna texter (svenska).

site-tagline = Mötesplatsen för alla som arbetar med skolutbildning i Europa
footer-funded = Finansieras av Europeiska unionen genom Erasmus+
chooser-welcome = Välkommen! Välj ditt språk och upptäck nyheter, kurser och verktygslådan för skolor.
