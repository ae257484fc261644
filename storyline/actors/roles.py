"""Role nouns and what CAMEO role code they give ("troops" → MIL, "billionaire" → BUS).

The codes follow the CAMEO 1.1b3 actor codebook (chapter 3, table 3.1):
GOV executive, MIL military, COP police, JUD judiciary, LEG legislature,
OPP political opposition, REB armed rebels, SEP separatists, SPY intelligence,
UAF irregular armed forces, BUS business, MED media, CVL civilians, EDU
education, REL religion, HLH health, LAB labour, HRI human rights, REF
refugees, ELI elites (former office holders); and the Phoenix agents' PPL, people of a
country named as such ("two Brazilian men" → BRAPPL).

A *strong* role word decides the role of the phrase it heads or modifies; a
*weak* one ("official", "leader", "spokesman", "commander") gives way to any
strong word in the same phrase ("military spokesman" → MIL, "opposition
leader" → OPP) and only counts alone.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Role:
    """The CAMEO role a role noun gives, and whether it yields to other role words."""

    code: str | None  # None: a weak word that names no role of its own ("spokesman")
    strong: bool


def _table(text: str, strong: bool) -> dict[tuple[str, ...], Role]:
    """Return phrase → Role from lines ``CODE: phrase, phrase …``."""
    table: dict[tuple[str, ...], Role] = {}
    for line in text.strip().splitlines():
        code, _, phrases = line.partition(":")
        role = Role(None if code.strip() == "-" else code.strip(), strong)
        for phrase in phrases.split(","):
            if phrase.strip():
                table[tuple(phrase.replace("-", " ").split())] = role
    return table


# Plurals are listed: a lexicon this small reads better than an inflection rule.
_STRONG = """
GOV: government, governments, administration, cabinet, ministry, ministries, minister, ministers, president, presidents, presidency, prime minister, premier, chancellor, vice president, secretary of state, foreign secretary, home secretary, defence secretary, defense secretary, state department, foreign office, ambassador, ambassadors, envoy, envoys, diplomat, diplomats, embassy, consulate, consul, authorities, regime, king, queen, monarch, emir, sultan, sheikh, governor, governors, mayor, mayors, head of state, junta, ruling party, defence minister, defense minister, defence ministry, defense ministry, secretary general, attorney general
MIL: troops, troop, soldier, soldiers, forces, security forces, army, armies, military, militaries, armed forces, navy, naval, air force, fleet, marines, paratroopers, servicemen, serviceman, warships, warship, tanks, generals, general staff, defence forces, defense forces, chief of staff, battalion, brigade, regiment, garrison, special forces
COP: police, policeman, policemen, policewoman, police officer, police officers, riot police, law enforcement, gendarmerie, gendarmes, security chief, interior ministry, interior minister, border police
JUD: court, courts, judge, judges, judiciary, prosecutor, prosecutors, prosecutor general, prosecutor's office, tribunal, supreme court, constitutional court
LEG: assembly, parliament, parliaments, parliamentary, parliamentarian, parliamentarians, lawmaker, lawmakers, legislator, legislators, legislature, congress, congressman, congresswoman, congressmen, senate, senator, senators, mp, mps, duma, rada, deputies, house of representatives, speaker of parliament
OPP: opposition, peace movement, protest movement, dissident, dissidents, protester, protesters, protestor, protestors, demonstrators, demonstrator, activist, activists, opposition leader
REB: armed group, armed groups, rebel, rebels, extremist, extremists, terrorist, terrorists, insurgent, insurgents, militant, militants, guerrilla, guerrillas, gunmen, gunman, fighters
SEP: separatist, separatists, secessionist, secessionists
UAF: militia, militias, militiamen, self-defense forces, self-defence forces, self-defense units, self-defence units, paramilitary, paramilitaries, vigilantes
SPY: intelligence, spy, spies, intelligence service, intelligence services, security service, security services, secret service, spy agency
BUS: billionaire, billionaires, businessman, businessmen, businesswoman, tycoon, tycoons, oligarch, oligarchs, magnate, company, companies, firm, firms, corporation, conglomerate, industrialist, entrepreneur, investor, investors, executive, executives, chief executive, ceo, bank, banks, banker, bankers, energy company, oil company, gas company, retailer, carmaker
MED: journalist, journalists, reporter, reporters, correspondent, newspaper, newspapers, television, tv, broadcaster, news agency, magazine, radio, media, editor, daily, website, blogger
CVL: nationals, residents, resident, civilians, civilian, citizens, villagers, passengers, voters, crowd, crowds, pensioners
EDU: student, students, university, professor, teacher, teachers, school, academic, analyst, analysts, researcher, scholar
REL: church, patriarch, cleric, clerics, priest, priests, imam, bishop, archbishop, pope, mufti, monk
HLH: doctor, doctors, hospital, nurses, medics, health ministry
LAB: union, unions, trade union, workers, miners, labour union, labor union
HRI: human rights group, rights group, human rights activist, rights activists, ombudsman, human rights watch
REF: refugee, refugees, displaced
CRM: criminal, criminals, gang, gangs, smugglers, kidnappers, hostage takers, pirates, traffickers, drug lords
"""

# Weak words: titles that say "someone important in" whatever else the phrase names.
_WEAK = """
GOV: official, officials, spokesman, spokeswoman, spokesperson, press secretary, aide, aides, adviser, advisor, leader, leaders, leadership, head, chief, chairman, chairwoman, deputy, representative, delegation, delegate, side, camp, administrator, administrators, negotiator, negotiators, mediator, counterpart, counterparts
MIL: commander, commanders, officer, officers, personnel, units, force, general, colonel, lieutenant, major, captain, admiral, sergeant
PPL: man, men, woman, women, people, persons
"""

STRONG: dict[tuple[str, ...], Role] = _table(_STRONG, strong=True)
WEAK: dict[tuple[str, ...], Role] = _table(_WEAK, strong=False)
LEXICON: dict[tuple[str, ...], Role] = {**WEAK, **STRONG}
LONGEST = max(len(k) for k in LEXICON)

# A modifier making an office holder a former one: CAMEO codes them ELI.
FORMER = frozenset({"former", "ex", "ousted", "deposed", "exiled", "retired", "toppled", "fugitive"})
# Roles an ex- holder loses; a former businessman is still BUS.
OFFICES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
