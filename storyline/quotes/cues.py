"""Word lists of the quotes component: cue verbs, speaker pronouns, channels.

Lemmas are lower case. Speech verbs attribute words (a clause, a quotation or
an object: "denied the report"); thought and evidence verbs attribute only a
clause ("believes that …", "the poll shows that …"), since "she thinks" or
"the data show a rise" alone are too rarely attributions to pay for their
false alarms.
"""
from __future__ import annotations

SPEECH_VERBS = frozenset("""
say tell add write tweet post report announce state declare note explain argue claim
insist stress emphasize emphasise warn caution urge ask answer reply respond retort
counter contend maintain assert allege acknowledge admit concede confirm deny reject
dismiss accuse charge blame attribute criticize criticise condemn denounce decry
slam blast praise hail defend describe call recall recount reiterate repeat testify
disclose reveal mention remark observe comment suggest propose predict promise
pledge vow threaten demand complain lament boast brag joke quip muse wonder question
tout signal hint imply indicate assure inform advise recommend order instruct
proclaim cite quote point counsel agree disagree conclude estimate speculate scoff
chide fume rail protest object concur echo sigh shout yell scream whisper mutter
exclaim cry apologize apologise thank congratulate endorse discuss share remember
express remind rebuff clarify retweet liken detail elaborate offer chant interject
holler plead beg
""".split())

THOUGHT_VERBS = frozenset("""
think believe fear hope expect know doubt worry realize realise suspect assume guess
reckon figure wish want prefer show find suggest indicate reveal demonstrate
conclude learn read seem appear
""".split())

# Verbs whose direct object is what was said ("denied the allegations").
OBJECT_VERBS = frozenset("""
deny reject dismiss confirm announce criticize criticise condemn denounce decry
attribute praise hail defend endorse propose predict promise pledge demand recommend
question acknowledge admit reveal disclose tout mention discuss share recount
express rebuff repeat clarify retweet liken detail offer reiterate cite quote tweet
post report say call ask write claim recall note thank remind explain declare echo
charge order signal urge lament chide decline state congratulate argue assert refuse
plead
""".split())

# Verbs whose object is the addressee (channel), not the content.
ADDRESS_VERBS = frozenset("""
tell inform assure ask warn advise urge remind promise notify brief
""".split())

# Particles that belong to the cue ("point out", "call for").
CUE_PARTICLES = frozenset({"out", "up", "on", "for", "back"})

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
GROUP_PRONOUNS = frozenset({"it", "they", "them", "its", "their"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
FIRST_SECOND = frozenset({"i", "we", "you", "me", "us", "my", "our", "your"})

# Nouns naming a spoken or written act: "in a statement", "told in an interview".
STATEMENT_NOUNS = frozenset("""
statement interview comment comments remark remarks speech tweet post release
briefing conference address letter op-ed column message announcement testimony
""".split())

# Outlets and agencies whose "reported" passes someone else's words on.
REPORTING_VERBS = frozenset({"report", "say", "quote", "cite", "carry"})

# Common nouns heading an outlet ("the Kremlin's website reported").
OUTLET_NOUNS = frozenset("""
website site agency newspaper paper channel television broadcaster network magazine
outlet daily radio wire tabloid station
""".split())

# Stance verbs that count only with a subject of their own ("two-thirds support …", "Democrats see …"):
# as participles and infinitives ("supporting the bill", "to see a change") they rarely attribute.
SUBJECT_ONLY_VERBS = frozenset("""
support see release consider challenge lay file sign understand nominate promote welcome
expose invoke ignore project sue
""".split())

# Stance verbs: their object is the position attributed ("opposes a minimum wage increase").
STANCE_VERBS = frozenset("""
oppose back favor favour endorse attack slam blast criticize criticise mock blame
accuse praise trust distrust reject embrace applaud condemn dispute defend champion
advocate seek demand encourage label dub brand portray characterize characterise
view regard deem describe highlight unveil tout emphasize emphasise stress
acknowledge admit deny dismiss question doubt fear want prefer like dislike love
hate denounce decry ridicule
show expect believe remember worry aim
issue list identify compare voice name publish reference outline email credit request
disavow sound recite witness rebut rebuke withdraw rip insult broadcast assail
prohibit contemplate repudiate articulate bemoan relish coin utter justify pronounce
trumpet illustrate float deride circulate foresee savage lambast veto bash intend
cheer herald document
contradict envision imagine perceive resist paint pressure persuade authorize boo brush single
underscore appoint anger rattle approve explore position ban contrast negotiate knock renew devote
""".split()) | SUBJECT_ONLY_VERBS

# Verbs that attribute the rest of their clause when it holds no clause or quotation ("Trump's supporters
# seemed unperturbed", "she told the tale of …", "Clinton cast her rival as …"), each measured on PolNeAR's
# training texts to be an attribution at least half the time with a subject of its own.
PREDICATE_VERBS = frozenset("""
seem see know tell say consider talk respond identify call support charge believe name intend press
suggest answer declare learn assure agree accuse point oppose conclude mention
feel cast address weigh block rule care recognize accept
seek refuse hope boo refer project perceive compare attack approve spar plan nominate expect deem
sound read decline
""".split())

# Speech verbs whose bare predicate is rarely what was said ("added to the list", "maintains a website",
# "wrote a book"): below 0.4 on PolNeAR's training texts, so they never fall back on it.
LOOSE_SPEECH = frozenset("""
add maintain advise write report post beg testify threaten
""".split())

# Verbs attributing an impression to no one in the text ("the plan seems to work"): their subject is not a source.
SOURCELESS_VERBS = frozenset({"seem", "appear"})

# Adverbs attributing their clause to unnamed sources ("he reportedly refused").
HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "reputedly"})

# Verbs attributing an infinitive ("vowed to fight", "seems to want").
XCOMP_VERBS = frozenset("""
seem appear want hope expect wish refuse decline vow promise pledge threaten agree
offer aim seek urge ask call encourage tell warn push press
decide like love look show vote prefer know plan
""".split())

# Verb + preposition whose object is the attributed matter ("focused on", "talked about").
PREP_CUES = {
    "focus": {"on"}, "talk": {"about", "of"}, "speak": {"about", "of", "against", "out"},
    "call": {"for", "on"}, "ask": {"for", "about"}, "worry": {"about"}, "complain": {"about", "of"},
    "comment": {"on"}, "say": {"about", "of"}, "warn": {"about", "of", "against"},
    "argue": {"for", "against", "about"}, "push": {"for"},
    "refer": {"to"}, "point": {"to"}, "respond": {"to"}, "react": {"to"}, "write": {"about", "of"},
    "tweet": {"about"}, "report": {"about", "on"}, "rail": {"against"}, "lash": {"out"}, "insist": {"on"}, "hint": {"at"},
    "boast": {"about", "of"}, "brag": {"about"}, "joke": {"about"}, "muse": {"about"},
    "testify": {"about"}, "advocate": {"for"},
    "object": {"to"}, "agree": {"with", "on"}, "disagree": {"with"}, "side": {"with"},
    "think": {"about", "of"}, "know": {"about", "of"}, "learn": {"about", "of"},
    "concern": {"about"}, "express": set(), "describe": {"as"},
    "view": {"as"}, "regard": {"as"}, "portray": {"as"}, "characterize": {"as"},
    "look": {"to"}, "vote": {"against"}, "vouch": {"for"}, "double": {"on"}, "apologize": {"for", "to"},
    "balk": {"at"}, "criticize": {"for"}, "hope": {"for"}, "dwell": {"on"}, "touch": {"on"},
    "resonate": {"with"}, "campaign": {"against"}, "allude": {"to"}, "split": {"on"},
    "fire": {"at"}, "open": {"about"}, "line": {"behind"}, "caution": {"against"}, "liken": {"to"},
    "press": {"about"}, "count": {"on"}, "distance": {"from"}, "pivot": {"to"}, "spar": {"with", "over"},
    "acquiesce": {"to"}, "lash": {"out", "at"},
}

# Adjectives attributing a stance when they take a clause or a preposition ("critical of").
STANCE_ADJECTIVES = frozenset("""
critical supportive skeptical sceptical confident optimistic pessimistic worried
concerned uneasy nervous wary opposed hopeful sure certain convinced aware happy
proud angry furious upset afraid doubtful adamant eager reluctant unhappy
disappointed frustrated excited pleased glad sorry insistent distrustful fearful
""".split())

# Head nouns of bodies, not people ("the ruling party", "a state agency").
BODY_NOUNS = frozenset("""
party ministry company firm agency group council committee government bank
organisation organization union alliance office department court parliament assembly
administration army force forces service network newspaper channel
""".split())

# Prepositions whose phrase completes a stance verb's object ("attributed X to Y", "accused X of Y").
OBJECT_PREPS = {
    "attribute": {"to", "as"}, "accuse": {"of", "as"}, "blame": {"for", "as"}, "praise": {"for", "as"},
    "criticize": {"for", "as"}, "criticise": {"for", "as"}, "thank": {"for"}, "credit": {"with", "for"},
    "charge": {"with", "as"},
}

# Words the model lemmatises wrongly, with the lemma meant.
LEMMA_FIXES = {"hoping": "hope", "hoped": "hope", "hopes": "hope", "retweeted": "retweet",
               "retweeting": "retweet"}

# Nouns heading a findings-type source line ("Poll: Trump leads").
REPORT_NOUNS = frozenset({"poll", "polls", "report", "survey", "study", "analysis", "sources"})

# Nouns naming a finding that "in …" attributes its clause to ("in a CNN poll, 38 percent …").
FINDING_NOUNS = frozenset({"poll", "survey", "polling", "study"})

# Nouns naming a stance or a statement by their owner ("his support for", "Trump's claim that").
CUE_NOUNS = frozenset("""
attack claim criticism belief warning accusation allegation assertion denial
opposition suggestion endorsement embrace concern thought critique estimate assessment
demand condemnation advice complaint promise pledge insistence reluctance desire
""".split())

# Nouns naming a stance or a statement even without their owner ("questions about her emails",
# "criticism of the deal"): in political news more often an attribution than not (PolNeAR training texts).
OWNERLESS_NOUNS = frozenset("""
question criticism endorsement concern call
""".split())

# Verbs whose bare participle names a thing ("a group called Color of Change").
NAMING_VERBS = frozenset({"call", "name", "title", "dub", "label", "brand", "nickname", "headline"})

# Verbs that attribute only a quotation right beside them ("“…,” he continued").
QUOTE_ONLY_VERBS = frozenset({"continue", "go", "begin", "start", "conclude", "finish", "interrupt", "put"})

# Media named right after a cue ("wrote on Twitter"), part of the cue as PolNeAR marks it.
MEDIA = frozenset({"twitter", "facebook", "instagram", "television", "tv", "radio", "camera", "air"})

# Verbs that take a that-clause without attributing it ("it means that", "the fact is that").
NOT_CUES = frozenset("""
be mean ensure make have get let help require cause seem appear happen turn prove
""".split())

# Object pronouns naming a person a stance is taken on ("attacked her", "defended me").
PERSON_OBJECTS = frozenset({"him", "her", "them", "me", "us"})

MALE_WORDS = frozenset({"he", "him", "his", "himself"})
FEMALE_WORDS = frozenset({"she", "her", "hers", "herself"})
