"""Places the packaged gazetteers lack: disputed areas, regions, seas and seats of power.

Each row is a fact about the place: name, aliases, GeoNames id where known,
feature, country (ISO alpha-2, empty when disputed between states), latitude,
longitude and a rough population used only to rank candidates.
"""
from __future__ import annotations

# name | aliases (;) | geonameid | feature | iso2 | lat | lon | population
REGIONS = """
Crimea|Crimean Peninsula;Autonomous Republic of Crimea;Krym|703883|region|UA|45.0|34.0|2400000
Transnistria|Transdniestria;Trans-Dniester;Pridnestrovie;Transnistrian region||region|MD|47.25|29.4|470000
Donbas|Donbass;Donets Basin||region|UA|48.0|38.0|6500000
Kashmir|Jammu and Kashmir||region||34.0|76.0|18000000
Abkhazia|||region|GE|43.0|41.0|240000
South Ossetia|Tskhinvali Region||region|GE|42.3|44.0|53000
Nagorno-Karabakh|Karabakh;Artsakh||region|AZ|39.9|46.7|150000
Gaza Strip|Gaza||region|PS|31.42|34.36|1800000
West Bank|||region|PS|32.0|35.25|2900000
Golan Heights|Golan||region|SY|33.0|35.75|50000
Sinai|Sinai Peninsula||region|EG|29.5|33.8|600000
Darfur|||region|SD|13.5|24.0|7500000
Kurdistan|Iraqi Kurdistan;Kurdistan Region||region|IQ|36.5|44.0|5000000
Siberia|||region|RU|60.0|100.0|33000000
Chechnya|Chechen Republic||region|RU|43.4|45.7|1400000
Tibet|||region|CN|31.0|89.0|3600000
Xinjiang|||region|CN|41.0|85.0|25000000
Middle East|Mideast|6269133|region||33.1391|35.8587|400000000
Balkans|the Balkans||region||43.0|21.0|55000000
Caucasus|the Caucasus||region||42.0|45.0|30000000
Scandinavia|||region||63.0|15.0|21000000
Persian Gulf|the Gulf;Arabian Gulf||sea||27.0|51.0|0
Black Sea|||sea||43.0|34.0|0
Mediterranean|Mediterranean Sea||sea||35.0|18.0|0
Gulf of Mexico|||sea||25.0|-90.0|0
Atlantic|Atlantic Ocean||sea||0.0|-30.0|0
Pacific|Pacific Ocean||sea||0.0|-160.0|0
"""

# Buildings and streets that stand for a government: name | place | iso2 | lat | lon
SEATS_OF_POWER = """
Kremlin|Moscow|RU|55.752|37.617
White House|Washington, D.C.|US|38.897|-77.037
Pentagon|Arlington|US|38.871|-77.056
Capitol Hill|Washington, D.C.|US|38.890|-77.009
Downing Street|London|GB|51.503|-0.128
Whitehall|London|GB|51.504|-0.126
Elysee|Paris|FR|48.870|2.317
Élysée|Paris|FR|48.870|2.317
Elysee Palace|Paris|FR|48.870|2.317
Bankova|Kyiv|UA|50.446|30.530
Zhongnanhai|Beijing|CN|39.915|116.382
Quai d'Orsay|Paris|FR|48.862|2.316
Foggy Bottom|Washington, D.C.|US|38.894|-77.048
"""


def rows(table: str) -> list[list[str]]:
    """Return the ``|``-separated fields of each line of ``table``."""
    return [line.split("|") for line in table.strip().splitlines()]
