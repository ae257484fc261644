"""Reading the geoparsing sets and scoring against them."""
from __future__ import annotations

import pytest

from storyline.errors import EvaluationDataError
from storyline.eval.geo import read_set

from ..conftest import DATA, need

_LGL_LIKE = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <domain>example.com</domain>
    <text><![CDATA[Flooding hit Springfield and the rest of Illinois.]]></text>
    <toponyms>
      <toponym><start>13</start><end>24</end><phrase>Springfield</phrase>
        <gaztag geonameid="4250542"><name>Springfield</name><lat>39.80172</lat><lon>-89.64371</lon></gaztag>
      </toponym>
      <toponym><start>41</start><end>49</end><phrase>Illinois</phrase></toponym>
    </toponyms>
  </article>
</articles>
"""

_GEOVIRUS_LIKE = """<articles><article><source>x</source>
<text>Cases rose in Lyon.</text>
<locations><location><name>Lyon</name><start>14</start><end>18</end><lat>45.75</lat><lon>4.85</lon>
<page>x</page></location></locations></article></articles>"""


def test_reads_toponyms_with_and_without_gazetteer_tags(tmp_path):
    path = tmp_path / "set.xml"
    path.write_text(_LGL_LIKE, encoding="utf-8")
    (article,) = read_set(path)
    assert article.outlet == "example.com"
    first, second = article.toponyms
    assert article.text[first.start:first.end] == "Springfield" and first.geonameid == 4250542
    assert second.lat is None and second.geonameid is None


def test_reads_geovirus_locations(tmp_path):
    path = tmp_path / "virus.xml"
    path.write_text(_GEOVIRUS_LIKE, encoding="utf-8")
    (article,) = read_set(path)
    (loc,) = article.toponyms
    assert article.text[loc.start:loc.end] == "Lyon" and loc.lat == 45.75 and loc.geonameid is None


def test_broken_file_is_an_evaluation_data_error(tmp_path):
    path = tmp_path / "bad.xml"
    path.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(EvaluationDataError):
        read_set(path)


@pytest.mark.parametrize("name", ["LGL_lgl.xml", "TR-News.xml", "GeoVirus.xml"])
def test_shared_sets_parse_with_spans_that_match_their_text(name):
    articles = read_set(need(DATA / "geo" / name))
    assert len(articles) > 100
    toponyms = [(a, t) for a in articles for t in a.toponyms]
    matching = sum(a.text[t.start:t.end] == t.text for a, t in toponyms)
    assert matching / len(toponyms) > 0.95
