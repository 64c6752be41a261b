"""Who "he" and "she" are: a quotation's speaker just before, a person opening the sentence, a role that speaks."""

from tests.transforms.quotes.support import mention, quote_starting, quotes_of


def test_he_after_a_quotation_is_its_speaker_not_a_subject_named_earlier():
    _, quotes = quotes_of(
        "Sir Richard Branson's show sees young entrepreneurs compete. But Fox has said it will stick with the show.",
        "“It's going to remain on the air,” said the network's spokesman Scott Grogin. “We hope the audience will "
        "find it,” he added.",
    )
    assert quote_starting(quotes, "We hope")["speaker"] == "Scott Grogin"


def test_a_person_opening_the_sentence_of_the_same_pronoun_is_who_it_stands_for():
    _, quotes = quotes_of(
        "Mike Ruddock may make Gavin Henson his first-choice kicker.",
        "“Our first aim was to get him settled,” Wales coach Mike Ruddock told BBC Sport Wales. Henson himself says "
        "he is relishing the hype. “I thrive on it,” he said.",
    )
    assert quote_starting(quotes, "I thrive")["speaker"] == "Gavin Henson"


def test_he_after_a_role_that_speaks_is_that_role():
    _, quotes = quotes_of(
        "Dominic Hirsch said few cash machines were at risk.",
        "A spokesman for the Association of Payment and Clearing Services (Apacs) which represents the industry said "
        "the risk was minimal. “There's no concern,” he said.",
    )
    assert quote_starting(quotes, "There's no concern")["speaker"] == "Association of Payment and Clearing Services spokesman"


def test_a_relative_clause_or_a_dash_aside_is_no_part_of_the_subject():
    _, quotes = quotes_of(
        "Chris Weitz, who directed American Pie and About A Boy, said the project could be “unviable financially”.",
        "Lord Bingham - a senior law lord - said the rules discriminated “on the ground of nationality”.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Chris Weitz", "Bingham"]


def test_the_subject_after_an_opening_phrase_speaks_through_its_cue():
    _, quotes = quotes_of(
        "Charles Kennedy spoke in London. On the Asian tsunami he said it had been “very heartening” to see the giving."
    )
    assert (quotes[0]["speaker"], quotes[0]["cue"]) == ("Charles Kennedy", "said")


def test_he_after_a_sentence_whose_cue_names_a_person_after_an_apposition_or_after_the_cue():
    _, quotes = quotes_of(
        "Boris Johnson edits the Spectator. Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said he suspected Labour "
        "was trying to reassure voters. “Ken should stick to his guns,” he said.",
        "Real losses have been suffered, observed Jack Boorman, adviser to the IMF's managing director Rodrigo Rato. "
        "“Everyone needs to keep in mind the cost,” he said.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Boris Johnson", "Jack Boorman"]


def test_she_is_the_previous_speaker_unless_that_speaker_is_known_to_be_a_man():
    _, quotes = quotes_of(
        "Anne Thompson of the Hollywood Reporter said that Million Dollar Baby was “heart-wrenching”. “It is very "
        "emotional,” she said.",
    )
    assert quote_starting(quotes, "It is very")["speaker"] == "Anne Thompson"


def test_he_after_a_definite_role_subject_is_the_person_the_role_describes():
    _, quotes = quotes_of(
        "French defender Marcel Desailly insists there is no chance of history repeating itself. The French star was part "
        "of the side beaten by Pep Guardiola's Barcelona in 2000. “Things will be totally different this time,” he told "
        "BBC Sport.",
    )
    assert quotes[0]["speaker"] == "Marcel Desailly"


def test_he_after_a_role_that_spoke_past_a_clause_about_a_thing():
    _, quotes = quotes_of(
        "Chief executive Bill Gammell cautioned that evaluation was needed. A spokesman said the decision showed that "
        "it believed there was significant gas. But he added: “It's still too early to say.”"
    )
    assert quotes[0]["speaker"] == "spokesman"


def test_a_pronoun_ending_an_opening_phrase_is_the_cues_subject():
    _, quotes = quotes_of(
        "To a packed audience, Gordon Brown attacked the Tories. Laying into their record in government he said: "
        "“I give you this promise.”"
    )
    assert (quotes[0]["speaker"], quotes[0]["cue"]) == ("Gordon Brown", "said")


def test_a_relative_clause_with_commas_of_its_own_is_no_part_of_the_subject():
    document, quotes = quotes_of(
        "Liam Neeson visited Belfast. The Oscar-nominated actor, whose films include Schindler's List, Michael Collins "
        "and Star Wars, said: “The Lyric is too important.”"
    )
    assert mention(document, quotes[0]) == "The Oscar-nominated actor"
    assert quotes[0]["speaker"] == "Liam Neeson"  # the person the sentence before is about


def test_a_name_and_its_role_before_a_relative_clause_are_the_subject():
    _, quotes = quotes_of(
        "Tony Lloyd, the Manchester Central MP, whose constituency includes the ground, has pledged to take the matter "
        "“to Tony Blair if necessary”."
    )
    assert quotes[0]["speaker"] == "Tony Lloyd"


def test_a_pronoun_after_an_outer_cue_leaves_the_outer_cues_subject_as_the_mention():
    document, quotes = quotes_of(
        "Loretta Lynch worked at a law firm. She said she recalls the colleague being “confused” by the client."
    )
    assert (quotes[0]["speaker"], mention(document, quotes[0])) == ("Loretta Lynch", "She")


def test_they_with_a_cue_is_the_organisation_that_spoke_in_the_sentence_before():
    _, quotes = quotes_of(
        "A statement from the band's record company Vireo Records said the singer planned to rest. "
        "However they said that the band would “reconvene in due course”."
    )
    assert quotes[0]["speaker"] == "Vireo Records"


def test_who_after_the_agent_of_a_passive_is_that_agent():
    _, quotes = quotes_of(
        "The claim was denied by UKIP spokesman, who said: “The accusations are empty.”"
    )
    assert quotes[0]["speaker"] == "UKIP spokesman"


def test_he_after_a_sentence_opened_by_a_possessive_is_its_owner_not_a_name_listed_later():
    _, quotes = quotes_of(
        "Arsenal's Brazilian midfielder Edu has hit out at the club.",
        "Edu's deal expires next summer and he has been linked with Spanish trio Real Madrid, Barcelona and Valencia. "
        "He told BBC Sport: “I'm not sure if I want to stay.”",
    )
    assert quote_starting(quotes, "I'm not sure")["speaker"] == "Edu"


def test_he_after_a_role_owned_by_a_person_is_the_role_not_its_owner():
    _, quotes = quotes_of(
        "Unions threaten strikes over pensions.",
        "On Monday, Tony Blair's official spokesman declined to say whether the prime minister backed the plans. "
        "He said: “What's important is that there's a process going on.”",
    )
    quote = quote_starting(quotes, "What's important")
    assert quote["speaker"] == "Tony Blair's official spokesman" and quote["speaker_type"] == "role"


def test_the_nationality_of_a_player_after_a_match_is_the_winner_who_beat_the_other():
    _, quotes = quotes_of(
        "Spain won the Davis Cup.",
        "Carlos Moya beat Andy Roddick in four sets. “I am so happy,” said the Spaniard.",
    )
    assert quote_starting(quotes, "I am so happy")["speaker"] == "Carlos Moya"


def test_a_first_name_after_a_role_noun_is_the_subject_he_or_she_stands_for():
    _, quotes = quotes_of(
        "Fletcher made his first TV appearance in 1937 and worked with Harry Secombe. Fletcher's daughter Jill said "
        "her father would be missed. “He was greatly loved by the public,” she said.",
    )
    assert quotes[0]["speaker"] == "Jill"


def test_events_prizes_and_qualified_places_are_no_person_a_pronoun_stands_for():
    _, quotes = quotes_of(
        "Kelly Hart will compete in the Norwich Union Grand Prix and the European Indoor Championships in "
        "Northern Ireland. “I am still competitive,” she said.",
    )
    assert quotes[0]["speaker"] == "Kelly Hart"


def test_who_is_the_name_right_before_it_not_the_phrase_it_closes():
    _, quotes = quotes_of(
        "Daley Thompson retired at 34. The physical demands will only get harder for Kelly Holmes, who has already "
        "admitted she “doesn't like the training anymore”. Marco Rubio of Florida, who spoke on Thursday, called it “a disgrace”.",
    )
    assert quote_starting(quotes, "doesn't like")["speaker"] == "Kelly Holmes"
    assert quote_starting(quotes, "a disgrace")["speaker"] == "Marco Rubio"
