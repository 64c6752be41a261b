"""Direct quotations with speaker attribution, from a paragraphs frame.

Rule-based on purpose: news quotes come in a few fixed shapes (cue after, before or
around the quotation, or a partial quote inside a reported sentence), and compiled
regexes over each paragraph keep the stage fast. Offsets are code points (Python
str indices) into ``documents.text``.

The rules run in this order, one article at a time, its paragraphs in text order
(``extract.article_quotes``):

1. ``marks``: the quoted pieces of each paragraph; a quotation left open continues
   in the next paragraph, and an opening mark after a sentence end inside an open
   quotation starts a new piece that continues it (paragraphs joined into one line);
   a short term quoted with the same straight marks stays inside the open quotation; a ” that opens its paragraph
   before a word, with another ” after it, is a turned opening mark ("” … he delivered a mix …,” Barabak wrote":
   ``marks.turned_opening``).
   A headline quotes with single marks too (closed after a comma as well, US style: "'Defies Explanation,'"), and so
   does its deck on a second line ("…;" then "Justice vows to be 'more circumspect' …": ``articles.segment``). Paragraphs without a quotation mark are
   kept as context. A wire dateline opening a paragraph, "WASHINGTON, Dec. 8 (UPI) —", is a sentence of its own
   (``paragraph.DATELINE``): its agency or state is no subject of the sentence after the dash. A list article's
   title-case subhead with a quotation reads as a headline ("Zoe Saldana Asked Men Everywhere To “…”",
   ``paragraph.is_subhead``), and a paragraph that only heads a one-voice transcript ("Transcript as follows:") passes
   on the paragraph before it (``transcript_labels.is_transcript_heading``).
2. ``attribution``, for each piece: a cue right after it ("“…,” she said"; "found" or "finds" closing the sentence
   right after its subject, "“…”, the MPs found.", ``attribution.FINDING_CLOSE``; a plural role noun without a determiner,
   "“…,” federal prosecutors wrote": ``subjects.is_bare_group``; not a capitalised subject after "?" or "!"
   whose cue reports a clause of its own, "“…?” Jo Hart said that …") or
   earlier in its sentence ("He said: “…”"), the cue before first when the piece is
   embedded in a clause or a cue introduces it (``cues``; a cue set off by commas names its subject after it, "The
   paradox, says Carl Anthony, is …", but not a time or a clause it reports after a subject and its apposition, "Jo
   Hart, a member of …, said Friday that …, but “…”", nor after the quotation "“…”, has said the vote could be
   held": ``inverted_subjects``; a verb of thought right before the quotation, "who believes
   “…”", not after "what he"; "His message was: “…”" the owner's; "Jo Hart was asked, “…?”" the question of no one named, the subject of a
   passive "was asked" being its addressee; "said managing director Jo Hart" keeps its
   participle; a participle cue after a comma whose clause subject is no one,
   the person named last before it: "The row began …, with Jo Hart walking up to him, saying “…”", and a name after
   "of" the participle follows at once, "footage of Jo Hart saying, “…”": ``participles``); a headline only by a
   present-tense cue of its own ("'intact' says ex-aide"; its subject after a label's colon, "The Latest: Sanders declares '…'"); a list line by its label
   ("- Bolton boss Sam Allardyce "…"", ``lists``); a digest's line by the source after its dash ("Polls missed it - HuffPollster: “…”", ``signature_lines``); else the speaker of an earlier
   piece in the same sentence (but the named subject of a "but"/"while" clause between them whose verb gives or
   judges the words: "… but Tory Jo Hart branded it “scandalous”", ``contrasting_clauses``); a cue after a later quotation in the sentence (past a subordinate clause:
   "“…” once he realised it, said Mr Blair"; a cue word after a determiner, "the reported income", is none, and so is one before "to be" or "to have", "widely reported to have resigned", nor one of a new sentence opened by "And" or "But"
   after the quotation ended its own that reports a clause of its own, "“….” And Jo Hart said the figures …"; past
   later quotations or a cue word that reports nothing, "to predict", a reporting clause closing the sentence after a
   comma, "…, the Tory leader said.": ``AttributionFinder.closing_clause``); the
   speaker of the piece it continues on the same line; in a list line, the list's
   introduction ("He said the plan would:"); before all these, the source a phrase of its sentence names for a
   piece inside it, a speech noun's "by" or "from" ("a statement by Jo Hart that an “…”") or a "who" clause's person
   ("a retired judge who argued … “…”"), speaking there only, or the name or role naming the words after "what"
   ("what former staff have called a “…”", ``word_sources``); for a piece opening its sentence (not one inside a determiner's phrase opening it, "The only “medical
   records” that …": ``term_heads.inside_opening_phrase``, nor a short term that is the subject of the verb right
   after it, "“Global warming” features high": ``term_heads.opens_as_subject``), the
   nearer of the paragraph's speaker so far and the speaker reported in the (up to three)
   sentences before it that quote no one ("Mark Oaten said the government was right …
   “But …”", ``AttributionFinder.reported_before``, passing over a question the writer puts, "…, as Jo Hart once declared?
   “No. …”"; a guessed paragraph speaker gives way to a person
   who is the subject of those sentences, ``person_subject_before``; a cue closing a sentence with its subject after it,
   "…, says Mr Pearson."), the speaker of the quotation it continues, or (but in a
   list line) the previous paragraph's introduction ("He said:"; after sentences of its own paragraph, a whole-sentence
   quotation takes the person they are about before the subject of the paragraph before, and a person they name
   as subject before a quoting paragraph's speaker, "Hart expects three launches. “…”": ``paragraph_introductions.introduction_before``) or speaker, else the person a speech cue names in
   the last sentences of a previous paragraph that quotes no one (``reported_paragraph``); the previous paragraph's
   speaker gives way to another person a speech cue names after its last quotation ("She said: “…” … The director
   Ben Lee said he was sorry." then "“It's a shame …”": ``reported_paragraph.reported_after_quotes``); last, a
   whole-sentence quotation opening its paragraph after one paragraph of narration that reports no one's words and names
   no other person goes on with the speaker quoted before that ("“…,” said Jo Hart." then "Often, families did not …"
   then "“There wasn't …”": ``turn_taking``).
3. Without a reporting clause, a guess: the agent of a passive after the quotation
   ("labelled a “big misjudgement” by the Conservatives"), the source of an
   "according to", the named body a relative clause that reports the words stands for ("welcomed by Beijing,
   which described the embargo as a “…”": ``relative_speakers``), the owner of the words ("Trump's claim that “…”", past two modifiers, hyphenated ones too: "Trump's recent
   evidence-free claim that “…”"), or the
   sentence's subject (a personal pronoun opening its clause whatever its verb but a copula, not a name after it: "He
   cut into Bush, calling him a “stiff”", ``sentence_subjects``; "The" and capitalised words before a plural role noun
   qualify that role, "The GOP leaders have …", ``sentence_subjects.THE_CAPITALISED``; a person's name before "of" and a place, not the place: "Jo Hart of West Virginia lauded …",
   and before a cue "Jo Hart of Columbia, South Carolina says …" in ``subjects``: ``person_of_body``; the role phrase a
   body's name ends after its preposition, not the body: "A candidate for the Green Party has resigned after admitting
   a “…”", ``role_of_body``; never the subject of a passive that judges it, nor one praised or blamed for something ("Acme has been criticised
   for “…”", "was hailed for his “…”"; unless a clause of its own follows a comma, "…, though he said": ``cues.JUDGED_FOR``), nor a name, no person's, that qualifies the
   noun after it with no cue between: "Handsets with GPRS capability - an “always on” …", ``modifier_names``), else the speaker a
   reporting clause named in the sentence right before (``continuing_report``: not past a cue,
   a passive or a colon of its own; a country guessed as the subject gives way to it, ``names_no_speaker``; for the first
   quotation of its paragraph, the speaker a speech cue of the sentence right before reports, "…, he said. Good
   information still wins, but only when “…”", not past a subject of its own that thinks or finds, nor for a short term
   qualifying the noun after it: ``continues_closing_report``), else, for a
   whole-sentence quotation opening its sentence, the person the sentences before are about, unless the quotation
   speaks of a "he", "she" or them by name (``paragraph_introductions.speaks_about``). Headlines and list lines get no guess.
4. The mention found becomes the speaker: ``phrases`` bounds it (a hyphenated role noun is read whole, "the
   Gloucester fly-half"; a given name and a word that mostly ends a body's or a place's name is a person there, "said
   Cobain biographer Charles Cross", "Telecoms ombudsman Elizabeth France said": ``common_word_surnames``; a name before role
   words qualifies the role, but not one before "of" and words describing a body, "Ann Lee of research firm Acme", nor a lone
   surname before "of" and a body's name, "said Hart of the Acme Union"; capitalised words before an ordinal and an
   abbreviated rank name its service, "Air Force 1st Lt. Jo Hart"; an organisation's name keeps its connectors but not
   its owner, "Iraq's Ministry of Communications" the ministry's name:
   ``organisations``; a name after a participle and its preposition past a role opening the phrase is where
   something appeared, "The authors of the study published in the journal Acme Medicine", not the speaker; where a comma after a name with no connector before it ends the name: "Jo Hart, Research and
   Advocacy Director for …" is a person and a title, no list inside a body's name; ``subjects`` the subject before a cue, and a person's name opening the sentence before an aside
   and its cue is that subject, "Mark Holden, chairman of …, the network's funding arm, said", a lone name too before an
   aside that makes them someone's kin, "Roe, 35, the daughter of former Governor Bill Roe, said": ``name_appositions``, and so
   is the name before two offices joined by "and" and no closing comma, "Jo Hart, president and CEO of Acme stated"
   (``subjects.joins_apposed_offices``); a
   kinship noun's lone first name in apposition before the cue is, "Mr Lee's father, Azmat, said", and is a person,
   also as the subject a later "he" or "she" stands for: ``kin_first_names``), ``speakers`` reads it on its own (pronoun, name or role, "the trade and industry secretary" one office; an
   owner's speech noun without what runs on after it, "His message to the chancellor was": ``owned_words``; a party's
   member from a place is a role, "a South Carolina Democrat" (``places``); a share or a member of a group is the group's
   noun, "one of two witnesses" a "witness", "one of the congressman's" no one (``group_members``); a possessive before a
   platform's name owns its document, "Bush's Facebook post";
   a name may open with its number, "50 Cent"; a month that is a surname too ends a name after a first name, "Theresa May", and a
   place's opening word stands inside a long name, "Aung San Suu Kyi" (``inner_name_words``); a name keeps its lower-case particles, "Bill de Blasio", "Saif al-Islam", one
   capitalised to open a sentence, "De Blasio said", is the body's "Bill de Blasio" (``fullest_forms``), and a run a
   foreign noun for a kind of body opens, "Banco de Espana", "Conseil Superieur de l'Audiovisuel", is an organisation
   (``entity_words.FOREIGN_BODY_HEADS``); a capitalised field after an office and "of", "head of Digital Media Jo Hart",
   is no one's name: the holder after it is (``name_parts.office_holder_start``); ``name_parts``: the words before a
   name that describe the person, an office's holder, a run that names a body; ``name_runs``: where the name proper
   begins in a run),
   ``resolution`` resolves it against the article's people and organisations (a possessive owner after "the" as
   "the" and the owner, "the council's ruling" the council named before: ``resolution.owner_phrase``; a bare lone
   surname two people share, "Clinton" of Hillary and Bill Clinton, the one named in full just before it, else the one
   a headline names, else the first named as no preposition's object, kin named just before never, "his wife Maria
   Holt": ``shared_surnames``; a lone surname no one is
   named in full with, one letter from the surname of one who is, "Mr Barot" after "Jacques Barrot", that person:
   ``misspelled_surnames``)
   (``names``, where a place's name of several words is no person's, "New Hampshire" (``places``), a name between an
   article and a lower-case noun, "a Trump supporter", is no pronoun's antecedent (``name_parts.modifies_noun``), a
   participle opening a sentence is no first name, "Hosting Cook at …" names Cook, an indefinite
   pronoun opening it, "Someone called it …", names no one, and a run "Team" opens, "Team Trump", is no fuller form
   of the person's name (``lexicon.NOT_NAME_START``, ``NOT_PERSON_WORDS``); ``entities``, whose ties of a name to an organisation are ``affiliations``; "the suit" the owner an
   earlier "Her lawsuit" gives it, "the statement" who "provided a written statement" or by whom "an email was sent", "the email" who "emailed" (an aside between allowed), "the tweet" who "tweeted":
   ``document_owners``; a statement no one is named writing is never a state's or a country's named before it; "the lawsuit" or "the complaint" else the one the article says
   is suing or filed it, "Jo Hart is suing Acme": ``plaintiffs``; ``named_things``: a run after a determiner or before a noun it
   qualifies names no person, a lone name a pronoun takes up or the body writes in full names
   one; ``first_person``: a lone name quoted saying "I" or "my" is a person, and so is one after a person's role noun
   ("Barcelona star Ronaldinho": ``named_things.described_as_person``); ``lone_bodies``: a lone name the name scan
   took for a surname ("But Rover told") that the article uses as a company's ("a Rover spokesman", "MG Rover",
   "Euronext, which", "McDonald's announced") and never gives a title, a first name or a personal pronoun is an
   organisation; ``body_mentions``: "the committee" the
   "Commons home affairs committee" named before, "the select committee" the "Commons education select committee",
   "the assembly government" the "Welsh Assembly Government"; ``noun_named_bodies``: "the club" or "the firm" the body named right after
   a noun for its kind, "football club Borussia Dortmund", "Bookmaker William Hill", and "Wimpey said" that body after
   "housebuilder George Wimpey"; "the band" also the band named before a member's noun, "Velvet Pines singer Jo Hart";
   a bare kind noun, "consultancy 4Cast said", "business lobby group the CBI says", the body named right after it:
   ``kind_noun_names``), and ``antecedents`` against its place in the text:
   "he"/"she" the speaker of a quotation (but the named subject of a contrasting clause after it, "… a “gutful”, but
   Jo Hart rejected his comments. “…,” he said": ``contrasted_quotes``), the person a reporting clause closing a sentence names ("Mr Blair has
   failed, Michael Howard has said.": ``closing_reporters``), or the subject of the sentences before it (``pronoun_antecedents``; the
   pronoun of a reporting clause set off inside the sentence it reports, "Mr Blair has failed, he claimed, …", or closing
   it, "Mr Blair has “the same passion”, he said.", never a name in that sentence; right after a subordinate clause
   opening its sentence, that clause's named subject, "When 50 Cent appeared …, he said"; after a question put to them opening
   it, the one asked, never a name inside the question, "Asked if Jo Hart could return, he replied"
   (``opening_subjects.ASKED_OPENING``); a name set off by commas after a role opening its sentence, "The shadow
   foreign secretary, Michael Ancram, welcomed …" (``opening_subjects.APPOSED_SUBJECT``), or before an aside with commas
   of its own and its verb, "Westmacott, who served in Iran, Turkey and France, praised Obama's …", "Jo Hart, a Salem, Ore.,
   native, is saddled with …" (``opening_subjects.ASIDE_SUBJECT``); a chain of the same pronoun from the subject of a clause
   opening the sentence, "Though he did not name Jo Hart, he made it clear …", never a name inside that clause;
   a lone name the article never writes in full that opens the paragraph of the sentence right before, the subject of any
   verb, "Carson defied the question. “…,” he said", but no plural's or group's noun, "Harsh comments are", "People
   fell" (``pronoun_subjects.opening_lone_person``); a pronoun closing its paragraph's first sentence right after a
   partial quotation, no person named before it there, looks into the paragraph before when that one quotes someone
   ("“…,” said Jo Hart, who runs …" then "Right now, the Acme campaign is “…,” he said":
   ``partial_openings``);
   the name after "The" and an office, "The Attorney General Lord Goldsmith has …"; the subject after a time or place
   phrase, "In Wednesday's Budget, Mr Brown doubled …", and a pronoun after one opening its paragraph, "In it, he says",
   or a chain of the same pronoun whose first opens its paragraph, looks into the paragraph before
   (``pronoun_antecedents.PREPOSITIONAL_LEAD``), and on into the one before that when the chain opens a paragraph of
   narration after narration, "Jo Hart graduated …. She paid …." then "She plans …." then "“…,” she said"
   (``paragraph.chain_goes_back``); each link of such a chain lets the look-back reach one sentence further (four at
   first, seven at most: ``pronoun_antecedents.FOCUS_REACH``); the person a sentence identifies a definite role with,
   "The musical's British director is Jo Hart, …" (``identity_sentences``); a person the sentence opens on
   as its view's holder, "But for Jo Hart, a director at Acme, the future is …" (``viewpoint_holders``); a subject may be "Tait
   himself" or a role whose capitalised words name its body or place, "A Labour Party spokesman", "The Florida senator"; recency passes over a name after a noun for a kind of body, "technology giant Hewlett Packard", and a person of no
   known gender for one of the pronoun's named further back, but not one who is a clause's subject or a passive's agent
   in the pronoun's sentence or the one before it, "The report was welcomed by shadow secretary David Willetts. “…,” he
   said" (``near_names``), and a name the
   article takes up with "which", never "who" ("Big Machine, which was bought out"),
   and takes the source of an "according to" and the sender of a message, "a post from Jo Hart. “…,” she wrote"; a gender only "Ann Cole said he was …" gave
   is no bar to "she": ``names.firm_gender``; a first name that tells a gender is a bar, whatever pronoun follows the
   name, and a lone surname two people share is the one whose first name fits, "Fiorina …, she said" Carly, not Frank:
   ``given_names``), a "his" or "her" owning a person's role that opens its clause ("His agent told …", "“…,” his son
   said") the person "he" or "she" there would stand for, not the latest one named (``antecedents.owner_of``), and
   a role a clause says the article leaves unnamed ("said the woman, who declined to give her name") stays that role,
   never the person named before it, as does a "he" or "she" of its gender after it before that person is named again,
   also after such a role opening a sentence with no quotation ("A cashier, who declined to give her name, said the
   doors were locked. “…,” she said") and after a bare "the man" or "the woman" quoted by its own closing cue
   (``unnamed_speakers``),
   "they" as the subject of its cue, sentence by sentence from its own back (a paragraph that opens with a quotation
   and "they said" reads on into the paragraph before): the organisation or group that speaks
   there, else the organisation or plural group named there (three sentences at most) ("… opposed by the Liberal
   Democrats. They have said …": ``plural_groups``), else the group quoted last since the paragraph before (``groups``),
   "it" the organisation quoted in the sentence before, or the body's description quoted there ("“…,” said the radio
   station. It added that … and said: “…”", the same station: ``organisation_spoken``), else, opening its sentence, the
   organisation that is the subject of the sentence before ("But an all-party committee said …. It blamed"), and no one before a modal or copular verb without a cue
   ("It would mean that …", "It's out of date", "It means …": ``organisation_subject``); first of all, no one for a cue-less "it"
   that is a passive's subject or an idiom's dummy ("It has been called “…”", "It was recognised for", "It had nothing to do with",
   "when it comes to": ``organisation_subject.is_dummy``), and never, as the body the article names most, a US party's
   adjective ("Democratic nominee Jo Hart": ``entity_words.PARTY_ADJECTIVES``), nor any body a letter of an initialism
   ("S" of "U.S.": ``entities.scan_one``), nor one the article names no nearer than three paragraphs away
   (``entities.most_named_near``),
   "the man" or "the woman" as the subject of a clause a cue reports the unnamed role, not the reporter ("He said the
   man shouted: “…”", ``antecedents.reported_unnamed_person``), and a role noun that tells a gender ("the woman", "the
   mother") never a person the article gives the other gender: the role stays a role, and "the Waterford woman" is the
   latest person named whom a "she" may stand for (``role_genders``),
   "who" the phrase before it, "the 34-year-old" or "the ex-Wallaby" the person described, "the LSE chief" the chief named for it
   (but not a deputy's or another place's), "the
   Oscar-nominated actor" or "the foreign secretary" the person named in the role (``person_roles``; "the president"
   first the person named after the bare title, "President Obama", not "World Bank President Jim Yong Kim":
   ``title_holders``; a word of fame,
   "film star", is no other role that bars the article's main person from "the actor", nor the same occupation
   under another word, "Novelist Jo Hart" for "the writer": ``entity_words.SAME_OCCUPATIONS``; a role no one is described
   with, no office, in a paragraph that names someone else and not the main person, the person its sentences before
   are about: "Pat Reid will captain the side …. And the striker said", ``paragraph_role_subjects``);
   a name shaped like a person's that the article takes up with "which", never "who", and gives no gender an organisation
   ("Big Machine, which was bought out"); a country as an organisation, and so a seat of government quoted alone ("Washington has claimed", "by Downing
   Street"; a guess of one without a cue, but a passive's agent, is no speaker, as a country's); a document's author read from the capitalised word before its noun only a body or
   a person the article names ("the Kok report", but no one for "Partial transcript"); a periodical's piece or its writers
   ("the editorial read", "the column noted", "the editorial board writes", "the paper's editors") the periodical named
   last, also one named after its writers ("the editors of The Advocate": ``periodicals``); an ad's "narrator" or
   "announcer" a role, never the person named last (``entity_words.UNNAMED_ROLES``).
5. ``classify``: ``scare`` for titles, names and terms nobody is found saying (its
   rules 1-4: title words, naming verbs ("known then as the “…”"; a fixed one, "dubbed", even with its agent after: "dubbed the “…” by
   locals"; a title-cased name "called" gives a noun an indefinite article opens, or a passive subject, even in reported
   speech: a psychology class called “Perception”, has been called the “…”: ``called_names``; a label a participle
   gives the thing before it, items labelled “…”, most of them rated “confidential”: ``labelled_terms``; words named
   as unsaid or refused, for not using the term “…”, refusing to say the words “…”: ``refused_words``), nicknames, terms that name a thing by the
   words around them (``term_heads``; a slogan of up to six words between a possessive and a campaign noun,
   Acme's “Make peace not war” campaign, too, and a slogan of two to eight words a campaign noun names right after or
   before it, the “Bins out. Streets clean.” campaign, its campaign “Slow down.”; and a remark named by its words
   between a determiner and a remark noun, the “not there yet” comment; an advertisement's title set off by a comma
   after its noun, One ad, “Fair Tides,” shows), an answer or option a noun after it or a gerund of choosing before it
   names, even in reported speech (tick the “don't know” box, a “yes” vote, for answering “yes”: ``answer_terms``),
   title case (but not in a headline that capitalises its own words too, US style: ``headline_title_cased``; even with a
   speaker after a verb of watching, reading or liking a work, enjoys “Modern Family”: ``lexicon.WORK_CONSUMING_VERBS``)), else
   ``direct`` (a scare quote has no speaker).
6. Back-fill within the paragraph: a piece without a speaker takes the one a later
   piece of its sentence finds (a guessed speaker gives way only to one named after
   the pieces); leading pieces that borrowed the previous paragraph's speaker take
   the paragraph's own when it is named right after them or in their sentence. Then
   a short term whose only speaker is still a pronoun guess or none, in a paragraph
   with no speaker before it (or with no one at all found for it: BBC lines join paragraphs),
   becomes ``scare`` (``classify`` rule 5: "bebop", "cool" and "ragtime"), and so does a term of two or three words before a noun it qualifies whose
   speaker is any guess (a "zero tolerance" approach: ``term_modifiers``), and a term after an article whose speaker is
   a guess, in a clause that reports, judges or characterises nothing with no report in the sentence before or closing
   its own ("to purchase a “promoted trend” on Twitter", "gave Fiat a “put option”"; after "other" even when a reporting
   clause before it names a speaker, "…,” says the narrator, going on to detail a series of other “gifts.”":
   ``distancing_terms``). A country found only by a guess (step 3) is no
   speaker, nor is a US state ("… you live in California, feel free to “…”": ``entity_words.US_STATES``); a short term
   a country alone was guessed to say, no cue word between its mention and the quotation, is ``scare`` too ("UK plans
   … with a new “Marshall Plan”": ``country_terms``; a state's term stays direct, as PolNeAR counts it).
7. At the article's end, a headline quotation without a cue (or whose cue's mention names no one, "A lesson from Jo
   Hart: '…'") takes the person a label opening the headline names
   before its colon ("Paul Ryan: FBI Decision … 'Defies Explanation'": ``headlines.colon_label``), as ``direct``, else the speaker and
   kind of the first body quotation holding its words, else the speaker a reporting clause
   names in the first opening sentence of the body that shares a word with it, or in the lead
   when none shares one (``headlines``), else the person or organisation that sentence reports by a verb
   of stance ("…, the Law Lords have ruled") or, when it reports by a role or no one ("…, reports claim"),
   the next sentence names as its source (``lead_reports``); a title-cased quotation of a title-cased headline none of these
   gives a speaker is a title, ``scare``. A paragraph of quotation alone takes the speaker the next line names
   after a dash ("“…”" then "- Hillary Clinton.": ``signature_lines``). A quotation opening with a transcript's label
   in capitals is the turn of the person the article names with that surname ("“PENCE: Well, …"), or of that surname
   when the article names no one in full with it ("“WALLACE: …": ``transcript_labels``). Then a role speaker whose mention a person's full name
   follows right away, past at most a comma, as the subject there ("…,” Acme's CEO, Jo Hart, told", "said Sunrise
   producer Jo Hart, adding", "The Dean of Leeds, the Very Rev Jo Hart, called it", "singled out by Acme's chief, Jo Hart, for";
   not "called on inspector Jo Hart to publish": ``named_after``); a role speaker whom the next sentence names for the
   first time, as its subject or in the reporting clause closing it, is that person ("a witness has told jurors. David
   Myers made the comments", "…, the work and pensions minister has said. …, Alan Johnson said": ``named_next``; a
   lead's "…, the trade and industry secretary has said" gives its headline quotation that role first), and a definite role speaker still unresolved ("said the national team coach")
   the person the sentence before names as its subject, or quotes in the reporting clause closing it ("“…,” Oxfam's
   Jo Hart said. “…,” the charity's director added"; "“Acme Nights” star Jo Hart opened up …. The actress explained"; an
   office only when many hold it, "the longtime senator", or when the article names no one in it and the person none
   other, and names no person in the office's own sentence, "Reid would not say …. The minority leader said flatly"; not
   the asker of a quoted question), when the article is about them (its headline opens with them)
   or quotes them by name (``role_holders``); a definite office still left as a role ("the courts minister") the person the article names in
   that office after it, or, in the lead, the person the headline names (``offices_named_later``); a bare "a spokesman"
   the body that opens the sentence before (or its own, before it) as its subject ("But the Home Office defended the
   measures. A spokesman said" a "Home Office spokesman": ``spokesperson_bodies``); a definite description of a body
   ("the group", "the watchdog", "the radio station") the body opening its sentence or the one before as subject
   ("The Acme Foundation declined to comment, telling ABC News …"), else for a bare noun left the body named after a
   noun of its kind ("regulator AMF") or quoted last before it, a periodical's noun or piece left bare ("the
   newspaper's editorial" before the article names the paper) the one periodical the article names, and an "it" that took
   up the description the same body (``described_bodies``); a definite mention of a role
   these rules resolved to one person elsewhere in the article that person ("the Dean said" after "The Dean of Leeds,
   the Very Rev Jo Hart,": ``same_roles``); and a pronoun that took up a role these rules resolved the speaker its
   antecedent became ("A spokesman said …. “…,” he added": ``role_pronouns``).
   Then a body quotation of two words or more without a cue of its own, after no determiner and not title-cased,
   takes the speaker of the first later cued quotation by a person that holds its words among more ("praised by police for
   “very courageously” tackling …" then "“… who very courageously tackled …,” he said": ``echoed_words``).
   Last, each speaker takes its fullest form in the article, quotations included (``fullest_forms``:
   "Lord Butler" the "Robin Butler" of a quotation, "Sir Nicholas" Nicholas Scott, "GM" General Motors; "Suu Kyi" the
   "Aung San Suu Kyi" of the body, whose added words are given names: ``given_names_before``); a "he" or
   "she" whose speech names the speaker by first name alone ("“I think Sean's situation …,” he said") is the other
   person named just before (not the owner of a thing a "which" clause tells about, "the match, which Jo Hart's side
   won"), or no one (``self_named``); and an
   organisation written short its full name in the article (``organisation_forms``: "the Commission" the European
   Commission, "the Bank" the Bank of England, "Lib Dems" the Liberal Democrats). A person quoted without an
   affiliation takes the most frequent one other quotations of theirs carry that reads as a body, else the body another mention of them in the
   article ties them to ("Mr Jameson said" far from "BPI chairman Peter Jameson"), when the article reads it as a
   body, not a place, an event or a common word (``person_affiliations``). Then each affiliation that names
   no body is dropped or trimmed (``affiliation_checks``: "Fellow Lib Dem" Lib Dem; a portfolio, "Trade Policy" or
   "Arts"; a titled name, "Mr Kilroy-Silk", or titled names, "Lords Bingham"; the speaker itself), and a one-word affiliation or organisation the
   article writes only with a possessive ending, once where no owner's can stand, keeps it (``possessive_names``:
   "Lloyd's of London", "McDonald's said", not "Amazon's book chart").

Word lists live in ``lexicon`` and ``entity_words``.
"""

from transforms.quotes.extract import article_quotes, extract_quotes

__all__ = ["article_quotes", "extract_quotes"]
