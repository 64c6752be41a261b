"""Word lists of the figure rules: number words, scales, currencies, units and cue words.

Plain data plus the regex fragments built from it, kept apart from the grammar in
the rule modules so the lists can grow without touching a rule.
"""

from typing import Final

# The unit tables live in ``unit_lexicon``; the rules read them from here.
from transforms.figures.unit_lexicon import ATTACHED_ONLY_UNITS, CASED_UNITS, UNITS  # noqa: F401

SMALL_NUMBERS: Final[dict[str, int]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALE_WORDS: Final[dict[str, float]] = {
    "dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6,
    "billion": 1e9, "trillion": 1e12,
}
# Abbreviated scales written after digits: "$8.1bn", "35m devices", "$50k", "8 B people".
SCALE_ABBREVIATIONS: Final[dict[str, float]] = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12,
}
# "m" written against digits is a million or metres ("4m viewers", "the 60m hurdles"; see
# ``units.m_means_metres``). Words right after it that make it metres: events, parts of
# athletics and measures of length.
METRE_WORDS_AFTER: Final[set[str]] = {
    "hurdles", "hurdle", "hurdler", "hurdlers", "freestyle", "backstroke", "breaststroke", "butterfly",
    "medley", "relay", "relays", "sprint", "sprints", "sprinter", "sprinters", "race", "races", "dash",
    "final", "finals", "heat", "heats", "title", "titles", "crown", "champion", "champions", "championship",
    "championships", "gold", "silver", "bronze", "medal", "medals", "medallist", "record", "records", "run",
    "runs", "runner", "runners", "swim", "swims", "swimmer", "swimmers", "steeplechase", "event", "events",
    "mark", "specialist", "specialists", "star", "hope", "legend", "man", "woman", "men", "women", "boys",
    "girls", "team", "squad", "world", "indoor", "indoors", "outdoor", "olympic", "personal", "season",
    "qualifying", "ranking", "rankings", "distance", "course", "track", "stage", "line", "penalty", "kick",
    "barrier", "victory", "success", "win", "place", "long", "high", "wide", "deep", "tall", "taller",
    "higher", "longer", "wider", "deeper", "away", "below", "above", "across", "per", "underwater", "up",
}
# Words just before the number that make "m" metres: a jump, throw or clearance ("cleared 4.88m").
METRE_WORDS_BEFORE: Final[set[str]] = {
    "cleared", "clearing", "clears", "clearance", "jumped", "jumps", "leapt", "leaped", "threw", "thrown",
    "throws", "vaulted", "landed", "height", "depth", "length", "clear", "race", "ran", "sprinted", "swam",
}
# Distances raced on a track or in a pool: "the 60m", "men's 400m" name the event.
ATHLETICS_DISTANCES: Final[set[float]] = {50, 55, 60, 100, 110, 150, 200, 300, 400, 500, 600, 800, 1000, 1500, 1600, 2000, 3000, 5000, 10000}
EVENT_MARKERS_BEFORE: Final[set[str]] = {
    "the", "men's", "women's", "his", "her", "my", "their", "world", "indoor", "olympic", "over", "in", "last",
    "first", "final", "opening", "closing",
}
# A paragraph about athletics or swimming: its bare "m" after digits is metres.
ATHLETICS_CONTEXT: Final[str] = (
    r"(?i)\b(?:hurdl\w*|relays?|sprint\w*|athlet\w*|indoors?|heptathl\w*|decathl\w*|marathon|steeplechase|"
    r"pole\s+vault\w*|long\s+jump|triple\s+jump|high\s+jump|javelin|discus|shot\s+put|freestyle|backstroke|"
    r"breaststroke|medley|swimm\w*|secs|metres|meters|IAAF|clearance)\b"
)

# Vague plurals ("dozens", "hundreds of thousands"): bounds span one order of magnitude.
VAGUE_PLURALS: Final[dict[str, float]] = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3,
    "millions": 1e6, "billions": 1e9, "trillions": 1e12,
}

# Currency written before the amount -> name of the currency (plural, as a unit).
CURRENCY_SYMBOLS: Final[dict[str, str]] = {
    "us$": "dollars", "u.s.$": "dollars", "$": "dollars", "usd": "dollars",
    "a$": "Australian dollars", "au$": "Australian dollars", "aud": "Australian dollars",
    "c$": "Canadian dollars", "ca$": "Canadian dollars", "cad": "Canadian dollars",
    "nz$": "New Zealand dollars", "hk$": "Hong Kong dollars", "s$": "Singapore dollars",
    "r$": "Brazilian reals", "£": "pounds", "gbp": "pounds", "ps": "pounds",
    "€": "euros", "eur": "euros", "¥": "yen", "y=": "yen", "jpy": "yen",
    "₹": "rupees", "rs": "rupees", "rs.": "rupees", "rm": "ringgit", "₴": "hryvnias",
    "₽": "rubles", "cny": "yuan", "rmb": "yuan", "₪": "shekels", "$us": "dollars",
    "$a": "Australian dollars", "$nz": "New Zealand dollars", "$c": "Canadian dollars",
    "inr": "rupees", "sgd": "Singapore dollars", "hkd": "Hong Kong dollars",
}
# Last characters of currencies written in letters before the amount ("US$", "RM 3", "Y=5").
CURRENCY_LETTER_ENDINGS: Final[set[str]] = set("SDAKCRMY=PBNUDZs.")
CURRENCY_PREFIX: Final[str] = (
    r"(?:\$(?:US|A|NZ|C)(?=\d)|(?:US|U\.S\.|AU|NZ|HK|CA|C|S|R)\s?\$|A\$|\$|£|€|¥|₹|₴|₽|₪|Y=|"
    r"Rs\.?\s?|RM\s?|PS(?=\d{2}|\d[.,]\d|\d(?:m|bn|k)\b)|(?:USD|EUR|GBP|JPY|AUD|CAD|CNY|RMB|INR|SGD|HKD)\s?)"
)

MONTHS: Final[str] = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)

QUALIFIER_CUES: Final[dict[str, list[str]]] = {
    "more_than": [
        "more than", "over", "above", "in excess of", "upwards of", "greater than",
        "north of", "just over", "well over", "exceeding", "beyond",
    ],
    "at_least": ["at least", "no fewer than", "no less than", "a minimum of", "minimum of"],
    "less_than": [
        "less than", "fewer than", "under", "below", "just under", "lower than", "shy of",
        "just below",
    ],
    "up_to": [
        "up to", "as many as", "as much as", "at most", "no more than", "a maximum of",
        "maximum of", "as high as", "as long as",
    ],
    "approx": [
        "about", "around", "some", "roughly", "nearly", "almost", "approximately",
        "an estimated", "the estimated", "estimated", "close to", "circa", "ca.", "~",
        "approx.", "just about", "an approximate", "somewhere around", "barely",
        # a mean stands for values around it: "averaged 21.5 points", "averaging 15 mph"
        "averaged", "averaging", "averages",
    ],
}

UP_VERBS: Final[str] = (
    r"ros[e]|rises?|rising|risen|up(?!\s+to\b)|increased?|increases|increasing|gain(?:ed|s|ing)?|"
    r"climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|surg(?:ed|es|ing)|soar(?:ed|s|ing)?|"
    r"advanc(?:ed|es|ing)|gr[eo]w|grows|growing|grown|added|adds|boost(?:ed|s)?|"
    r"higher|rall(?:ied|ies|y)|lifted|rebounded|spiked|expanded|widened|improved|leapt|leaped|"
    r"accelerated|doubled|tripled|upwards?|strengthened|firmed|appreciated|\+"
)
DOWN_VERBS: Final[str] = (
    r"f[ae]ll|falls|falling|fallen|dropp(?:ed|ing)|drops?|declin(?:ed|es|ing)|"
    r"decreas(?:ed|es|ing)|decrease|lost|los(?:es|ing)|slid|slides|slipp(?:ed)|slips?|"
    r"slump(?:ed|s)?|plung(?:ed|es|ing)|plummet(?:ed|s|ing)?|tumbl(?:ed|es|ing)|sank|sinks?|"
    r"shed|sheds|down|lower|eased|eases|dipped|dips?|shrank|shrunk|shrinks?|retreated|"
    r"cut|cuts|slashed|slowed|contracted|narrowed|sagged|skidded|tanked|crashed|"
    r"reduced|halved|downwards?|weakened|softened|depreciated"
)
# Verbs of a trading session before a move stated after the figure: "closed 0.7% higher", "ended 12 points lower".
SESSION_VERBS: Final[frozenset[str]] = frozenset((
    "closed", "closing", "ended", "ending", "finished", "finishing", "opened", "opening", "settled", "traded", "trading",
))

# "from X to Y" is a change, not a range, after a word of change in its clause: a direction
# verb ("rose from 60 to 65") or one of these, whose direction the two values give
# ("raised the limit from 49% to 74%", "went from 10 to 20").
CHANGE_WORDS: Final[set[str]] = {
    "raise", "raised", "raises", "raising", "lowered", "lowering", "lowers", "reduce", "reduces",
    "changed", "changes", "changing", "change", "moved", "moves", "moving", "went", "gone", "going",
    "goes", "shifted", "shifting", "swung", "revised", "adjusted", "switched", "extended", "extend",
    "extending", "increase", "increasing", "rise", "fall", "drop", "hike", "hiked", "boosting",
    "upped", "upping",
}
# Nouns of a change next to its amount ("a 5% rise", "£4bn tax cuts", "a rise of 60%"): the change's direction.
UP_NOUNS: Final[frozenset[str]] = frozenset((
    "rise", "rises", "increase", "increases", "hike", "hikes", "jump", "surge", "boost", "climb", "rebound", "gain",
    "growth",
))
# Verbs whose particle "up" states no rise: "made up 8% of the audience", "takes up a third of the space".
PHRASAL_UP_VERBS: Final[frozenset[str]] = frozenset((
    "make", "makes", "made", "making", "take", "takes", "took", "taken", "taking", "sum", "sums", "summed", "summing",
    "set", "sets", "setting", "use", "uses", "used", "using",
))
DOWN_NOUNS: Final[frozenset[str]] = frozenset((
    "fall", "falls", "drop", "drops", "decline", "declines", "cut", "cuts", "reduction", "reductions", "decrease",
    "decreases", "slump", "slide", "dip", "plunge",
))
# Adverbs of degree between a change and its amount, read past for the direction: "rose by just 28%".
DEGREE_ADVERBS: Final[frozenset[str]] = frozenset(("just", "only", "merely"))
# Words between "by" and the amount of a further change: "cut output by another 10,000 cars", "by a further 2%".
ADDED_AMOUNT_WORDS: Final[frozenset[str]] = frozenset(("another", "further", "extra", "additional"))
# Comparatives between an amount and a noun of change: the amount compares two changes ("a 19% greater drop").
COMPARATIVES: Final[frozenset[str]] = frozenset((
    "greater", "bigger", "larger", "smaller", "higher", "lower", "steeper", "sharper", "faster", "slower", "deeper",
    "more", "less",
))
# Verbs of a change read back from "by" over their object ("raise interest rates by 0.25%", "cutting
# costs by $1bn"), besides the direction verbs: forms the direction verbs leave out because, with the
# amount right after them, they state no change ("raised $5m", "cutting 300 jobs" is a count).
OBJECT_UP_VERBS: Final[frozenset[str]] = frozenset((
    "raise", "raises", "raised", "raising", "hike", "hikes", "hiked", "hiking", "lift", "lifts", "lifting",
))
OBJECT_DOWN_VERBS: Final[frozenset[str]] = frozenset((
    "cutting", "halve", "halves", "halving", "reduce", "reduces", "reducing", "lowered", "lowers", "lowering", "trim", "trims", "trimmed", "trimming",
    "slash", "slashes", "slashing", "shedding", "axe", "axes", "axed", "axing", "shrink", "shrinking", "curb", "curbed",
    "curbing",
))
# Words that make "from X to Y" a range whatever came before: "prices range from $10 to $20".
RANGE_WORDS: Final[set[str]] = {
    "range", "ranges", "ranging", "ranged", "vary", "varies", "varying", "varied", "anywhere",
    "span", "spans", "spanning", "between", "priced", "costing", "offered", "available",
}
# Words that end the clause a change word is looked for in, reading back from "from".
CLAUSE_LINKS: Final[set[str]] = {
    "and", "but", "while", "whereas", "which", "that", "who", "with", "said", "says", "after",
    "before", "as", "when", "where", "although", "though", "because", "if",
}

# Words after which a following number is a label, not a quantity ("Day 25", "No. 5").
LABEL_WORDS: Final[set[str]] = {
    "day", "section", "row", "room", "route", "highway", "flight", "chapter", "article",
    "level", "phase", "game", "episode", "season", "no.", "no", "number", "model",
    "version", "series", "page", "pages", "line", "gate", "platform", "track", "stage",
    "round", "week", "year", "grade", "class", "category", "type", "group", "district",
    "ward", "unit", "apartment", "suite", "floor", "building", "block", "lot", "zone",
    "figure", "table", "step", "part", "volume", "issue", "item", "act", "clause", "rule",
    "resolution", "amendment", "bill", "term", "covid", "windows", "iphone", "galaxy",
    "pixel", "xbox", "playstation", "generation", "gen", "mark", "mk", "size", "rank",
    "ranked", "#", "tier", "code", "channel", "interstate", "i", "street", "avenue",
    "top", "ps", "psalm", "verse", "jersey", "wave", "cohort", "lane",
    # stock indices: "S&P 500", "FTSE 100", "Stoxx 600", "Russell 2000"
    "s&p", "sp", "ftse", "nasdaq", "nikkei", "stoxx", "russell", "dax", "asx", "tsx", "cac",
}

# Scores ("United won 2-0", "a 28-17 win", "Ireland 19-13 England"): words of a result in the
# clause before the pair of numbers, and words up to four words after it.
SCORE_WORDS_BEFORE: Final[set[str]] = {
    "beat", "beats", "beating", "beaten", "won", "win", "wins", "winning", "lost", "lose", "loses",
    "losing", "defeated", "defeat", "defeating", "drew", "draw", "draws", "drawing", "drawn", "lead",
    "leads", "leading", "led", "trail", "trails", "trailing", "trailed", "edged", "edging", "thrashed",
    "thrashing", "hammered", "crushed", "routed", "thumped", "overcame", "overcome", "eliminated",
    "triumphed", "triumphing", "level", "levelled", "locked", "tied", "score", "scores", "scored",
    "scoreline", "finished", "ended", "victory", "victorious", "match", "game", "final", "replay",
    "tie", "clash", "derby", "fixture", "encounter", "result", "results", "down", "behind", "make",
    "makes", "made", "making", "trounced", "swatted", "demolished", "beating", "went",
    # a series won or led ("clinched the series 3-0", "swept them 4-0"); a count of the game outdone ("outshot them 16-3")
    "series", "clinched", "clinch", "clinches", "clinching", "swept", "sweep", "sweeps", "sweeping",
    "outshot", "outshoot", "outshoots", "outshooting", "outscored", "outscore", "outscores", "outscoring",
    "outhit", "outrebounded", "outgained",
    "gap", "deficit",  # "cut the gap to 18-12"
}
SCORE_WORDS_AFTER: Final[set[str]] = {
    "win", "wins", "won", "victory", "victories", "defeat", "defeats", "draw", "lead", "deficit",
    "loss", "success", "triumph", "demolition", "humiliation", "thrashing", "drubbing", "hammering",
    "rout", "scoreline", "result", "aggregate", "up", "down", "ahead", "behind", "winners", "losers",
    "penalties", "shoot-out", "shootout", "half-time", "full-time", "extra-time", "reverse", "thriller",
    "semi-final", "final", "home", "away", "victors", "advantage", "stalemate", "flop", "reverses",
}
# The same shape of numbers as odds ("odds of 4-1", "a 2-1 favourite") or a vote ("MPs voted
# 272-219", "the 2-1 decision"): two sides, category "other".
RATIO_WORDS: Final[set[str]] = {
    "odds", "price", "favourite", "favourites", "favorite", "outsider", "outsiders", "shot", "chance",
    "vote", "votes", "voted", "voting", "passed", "majority", "decision", "ruling", "verdict", "split",
    # one side outdoes the other by a ratio: "outnumber them 3-1", "outspending them 5-1"
    "outnumber", "outnumbers", "outnumbered", "outnumbering", "outspend", "outspends", "outspent", "outspending",
    "outraise", "outraised", "outraising", "outpolled", "outpolling",
}
# Words after a score that name the other side next ("3-0 against Boston", "2-1 v Leeds").
OPPONENT_WORDS_AFTER: Final[set[str]] = {"against", "versus", "vs", "v"}
# Bond and Treasury prices move in thirty-seconds and sixty-fourths of a point ("rose 7/32 in price"):
# such a fraction is an amount, never odds nor a date.
PRICE_FRACTION_DENOMINATORS: Final[tuple[int, ...]] = (32, 64)
# Nouns after "in one" that make it "in a certain": "In one case, an email showed …", "in one instance".
ONE_INSTANCE_NOUNS: Final[tuple[str, ...]] = ("case", "instance", "incident", "example")
# Number pairs in words that are idioms, not odds ("a nine-to-five job"); equal sides ("one-to-one") never are.
NOT_ODDS: Final[set[str]] = {"nine-to-five"}

# Words before "at" that make the number a level, not a time of day: "shares closed at 12.30".
LEVEL_WORDS: Final[set[str]] = {
    "stood", "stands", "closed", "closing", "ended", "ending", "finished", "opened", "trading", "traded", "trade",
    "priced", "valued", "peaked", "fixed", "set", "pegged", "capped", "rate", "rates", "level", "levels", "sold",
    "bought", "selling", "buying", "paid", "record", "high", "low", "peak", "rated", "ranked", "estimated",
}

# Before a year older than 1800 ("founded in 1360", "since 1066"): a bare number there is a year.
YEAR_PREPOSITIONS: Final[set[str]] = {"in", "since", "until", "till", "circa", "c.", "during", "by", "before", "after"}
# Words before a four-digit number that make it a year even before a plural noun ("in 2008 sales rose", "its 2004 profits").
YEAR_CONTEXT_WORDS: Final[set[str]] = YEAR_PREPOSITIONS | {
    "from", "to", "of", "for", "and", "or", "the", "a", "between", "than", "year", "early", "late", "mid", "its", "their",
    "his", "her", "our", "this", "that", "last", "next", "spring", "summer", "autumn", "winter", "season", "fiscal",
    "said", "says", "while", "but", "as", "when", "with",
}
# Plural nouns a year often stands before: "2004 profits", "2005 elections".
YEAR_NOUNS: Final[set[str]] = {
    "profits", "sales", "results", "figures", "earnings", "revenues", "accounts", "elections", "games", "olympics",
    "finals", "championships", "awards", "budgets", "forecasts", "levels", "prices", "rates", "models", "winners",
}
# Words that may open a sentence before a bare number without naming it ("Perhaps 10 were left").
NOT_NAMES_BEFORE: Final[set[str]] = {
    "perhaps", "maybe", "exactly", "precisely", "fully", "possibly", "probably", "barely", "only", "just",
    "still", "nearly", "almost", "roughly", "some", "another", "all", "both", "those", "these", "its",
}

# Words that end a counted noun phrase after a number.
PHRASE_STOPWORDS: Final[set[str]] = set(
    """a an the of in on at by for from to into onto with within without about above
    below over under after before since until till during per via than as and or but nor
    so yet if then that which who whom whose where when while because although though
    is are was were be been being am has have had do does did will would shall should can
    could may might must it its it's they them their there these those this he she his
    her we our you your i me my us not no more most less least each every all both either
    neither other another such only also just even still again ago later earlier away
    back up down out off now then here very too really almost nearly about around some
    any much many few several percent compared including included against between among
    across along through toward towards amid despite like unlike according whereas
    plus minus times apiece altogether total overall annually yearly daily weekly monthly
    respectively alone together worth available nationwide worldwide whilst went came come
    himself herself itself themselves myself yourself ourselves oneself
    go goes say says said make makes take took get got remain remains remained live lives
    include includes work works need needs know see saw prove apiece instead till among
    cheaper higher lower bigger smaller larger behind beside beneath last next""".split()
)
# Words between a number and its counted noun that are no head ("eight other employees", "three more models", "300 US shareholders").
COUNT_PREMODIFIERS: Final[frozenset[str]] = frozenset(("other", "more", "US"))
# Plural nouns without a plural ending ("30 military personnel").
UNMARKED_PLURALS: Final[set[str]] = {
    "people", "children", "personnel", "staff", "police", "aircraft", "cattle",
    "sheep", "deer", "fish", "series", "species", "offspring", "livestock", "poultry", "troops",
}

# Nouns naming a work whose title may be a number: "the US drama 24", "horror film Critters 3" (see ``titles``).
WORK_NOUNS: Final[frozenset[str]] = frozenset((
    "programme", "program", "drama", "film", "movie", "album", "sitcom", "documentary", "soap", "musical", "thriller",
    "station",
))
# Words before "show" that make it a programme: "US TV show 60 Minutes", "chat show".
SHOW_KINDS: Final[frozenset[str]] = frozenset((
    "tv", "television", "chat", "talk", "game", "quiz", "reality", "radio", "comedy", "music", "cookery", "news",
))
# Units of time written capitalised after a number inside a sentence: a title ("60 Minutes", "24 Hours in A&E").
TITLE_UNITS: Final[frozenset[str]] = frozenset(("Seconds", "Minutes", "Hours", "Days", "Weeks", "Months", "Years"))
# Number words inside idioms, no amount: "knocked for six", "a two-way street", "on cloud nine".
NUMBER_IDIOMS: Final[str] = (
    r"\b(?:knock(?:s|ed|ing)?|hit(?:s|ting)?)(?:\s+\w+){0,3}?\s+for\s+six\b(?!\s*[-\w])"
    r"|\btwo-way\s+street|\bcloud\s+nine\b|\bwhole\s+nine\s+yards\b|\bforty\s+winks\b|\bten\s+a\s+penny\b"
    r"|\bsix\s+of\s+one\b(?:\s+and\s+half\s+a\s+dozen\b)?|\b(?:in|of)\s+two\s+minds\b|\btwo\s+and\s+two\s+together\b"
)
# Street-address words: "575 Wilbraham Road", "9 E 71st St" are addresses, not counts.
ADDRESS_WORDS: Final[set[str]] = {
    "road", "rd", "street", "st", "avenue", "ave", "way", "lane", "drive", "boulevard",
    "blvd", "place", "court", "terrace", "crescent", "highway",
}

# Words after minutes and seconds on a game's clock ("2:55 into overtime", "the final 4:29 of regulation",
# "with 1:30 left", "at 4:29 of the second period"): a regex alternation.
GAME_CLOCK_AFTER: Final[str] = (
    r"left|remaining|to\s+play|to\s+go|(?:of|in|into)\s+(?:regulation|overtime|OT|extra\s+time|stoppage\s+time|play|"
    r"the\s+(?:game|match|contest|half|(?:first|second|third|fourth|final|opening)"
    # the period named ("of the second period") or understood ("at 18:07 of the first.")
    r"(?:\s+(?:period|quarter|half|frame)|(?=\s*(?:[.,;:)!?]|$|and\b|or\b)))))"
)
# Determiners before a capitalised name that make it a thing's, not a person's: "the Galaxy Note 7".
THING_DETERMINERS: Final[set[str]] = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your"}
# Street words closing a street address after its house number ("3170 W. Main St"); not "Court" nor
# "Place", which close other names ("the 9 Supreme Court justices").
STREET_WORDS: Final[set[str]] = {
    "Street", "St", "Road", "Rd", "Avenue", "Ave", "Boulevard", "Blvd", "Lane", "Ln", "Drive", "Way",
    "Terrace", "Crescent", "Highway", "Hwy", "Parkway", "Pkwy",
}

IRREGULAR_PARTICIPLES: Final[set[str]] = {
    "taken", "killed", "held", "left", "lost", "hurt", "shot", "fled", "died", "born",
    "sold", "built", "made", "seen", "found", "given", "hit", "struck", "slain", "sent",
    "brought", "caught", "driven", "flown", "thrown", "won", "paid", "spent", "cut", "laid",
    "kept", "bought", "stolen", "written", "beaten", "bitten", "hidden", "put", "set",
    "drawn", "grown", "known", "shown", "withdrawn", "overrun", "rescued", "wounded",
}

# Fractions written as words -> their denominator.
FRACTION_WORDS: Final[dict[str, int]] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}
# Words of a multiple: "twice" (2 times), "tenfold" (10 times), "a hundredfold".
MULTIPLIER_WORDS: Final[dict[str, float]] = {
    "twice": 2, "thrice": 3,
    **{f"{word}fold": value for word, value in (*SMALL_NUMBERS.items(), *TENS.items()) if value > 1},
    "hundredfold": 100, "thousandfold": 1000,
}
# Units of a "half-" compound that is a duration or a distance: "half-year results", "a half-hour show".
HALF_COMPOUND_UNITS: Final[tuple[str, ...]] = ("year", "hour", "day", "week", "month", "decade", "century", "mile")
# Verbs after which a bare number may be an age: "turns 60", "she will be 41".
BARE_AGE_VERBS: Final[set[str]] = {"turns", "turned", "turning", "turn", "be"}
# Participles after a count that are no predicate of it: "compared with", "based on", "priced at".
NOT_PREDICATES: Final[set[str]] = {
    "compared", "based", "according", "adjusted", "excluding", "including", "listed",
    "priced", "valued", "estimated", "expected", "related", "dated", "aged", "ended",
    "combined", "used", "needed", "required", "planned", "scheduled",
}
# Words of a chart or a ranking in a sentence: a bare number there after "at", "to", "from" or "in"
# is a position ("entered the chart at four", "slipped one place to five", "risen to 120 in the
# world"), not an amount.
POSITION_CUES: Final[str] = (
    r"\bcharts?\b|\brank(?:ed|ing|ings)\b|\bpositions?\b|\bin\s+the\s+world\b|\bnew\s+entr(?:y|ies)\b"
    r"|\bnumber\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b|\btop\s+(?:\d+|five|ten|twenty|forty)\b"
    r"|\b(?:up|down|rose|rising|risen|fell|falling|fallen|climbed|climbing|dropped|dropping|slipped|moved|jumped)\s+(?:\w+\s+)?places?\b"
)
# After "the", words that make a bare number a stage of a competition: "reached the last eight", "the final 25".
STAGE_WORDS: Final[set[str]] = {"last", "final"}
# Before a label word that names a time, words that make it the time the sentence is set in
# ("Last year 185,000 people were tested", "Every day 78 million messages"), not a label ("Day 25").
DETERMINERS_OF_TIME: Final[set[str]] = {"last", "this", "next", "every", "each"}
TIME_LABEL_WORDS: Final[set[str]] = {"day", "week", "year", "season", "term"}
# Letters before a hyphenated number that leave it a quantity ("sub-300"); others make it a label ("S-300").
LABEL_PREFIXES: Final[set[str]] = {"sub", "now", "pre", "post", "over", "under", "mid", "minus", "almost", "nearly"}
# Months and weekdays: no label before a number ("May 5"), and the end of a counted noun phrase.
CALENDAR_WORDS: Final[set[str]] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar.", "apr", "apr.", "jun",
    "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov",
    "nov.", "dec", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}
