"""Places: countries and nationality words, the offline gazetteer, toponym resolution.

``countries.country_for`` maps names and demonyms to countries;
``gazetteer.gazetteer()`` is the offline gazetteer; ``component`` is the
``storyline.places.v1`` pipeline component (``places_in(doc)`` for direct use);
``outlets.home_regions`` learns where an outlet reports from.
"""
