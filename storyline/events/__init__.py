"""Events: who did what to whom, coded in CAMEO and PLOVER (issue 6).

The component (``storyline.events.component:make_component``) leaves
:class:`~storyline.events.records.Event` records on ``doc._.events``. For
callers outside the pipeline: :func:`storyline.events.component.extract_events`
(one parsed Doc), :func:`storyline.events.plover.select` (filtering),
:func:`storyline.events.plover.plover_events` (the PLOVER view) and
:func:`storyline.events.gdelt.gdelt_rows` (GDELT 2.0 event-table rows).
"""
