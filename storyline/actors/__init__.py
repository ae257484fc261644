"""CAMEO actor codes for the people, organisations and countries of an article.

* :mod:`.dictionary` reads TABARI/PETRARCH/Phoenix actor and agent dictionaries;
* :mod:`.packaged` holds the Phoenix knowledge shipped with storyline;
* :mod:`.roles` and :mod:`.textcodes` infer codes from the article's words;
* :mod:`.coder` (:class:`ActorCoder`) combines both, for any caller;
* :mod:`.component` is the ``storyline.actors.v1`` pipeline component.
"""
