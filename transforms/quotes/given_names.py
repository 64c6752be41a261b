"""Given names that tell a person's gender, so that "he" and "she" never stand for a person of the other one.

A pronoun right after a name is often someone else's ("… endorsement of Hillary Clinton. He didn't mention …"), so
a gender learnt from pronouns can be wrong, and then "he" takes up Hillary Clinton and "she" Peter Santilli for
the rest of the article. A first name of a person named in full rules that out (``names.ArticleNames``): what was
learnt against it gives way to it, "he" and "she" pass over the person of the other gender (by recency, as the
subject before, as the speaker before), and a lone surname two people share is the one whose first name fits
("Fiorina …, she said" is Carly Fiorina, not her husband Frank). It only rules out: a first name is no evidence
that a name is a person's, nor does it make a person of known gender the one recency prefers.

Only names English-language news gives almost always to one gender are listed. Names given to both are left
out ("Chris", "Jordan", "Kim", "Leslie", "Robin", "Jan", "Jean", "Terry", "Sam", "Alex", "Jamie", "Lee", "Dana",
"Kelly", "Lindsey", "Ashley", "Courtney", "Lynn", "Alexis"), and so are women's names that are men's elsewhere
("Andrea", "Simone", "Marian") and words that are titles too ("Earl"). A lone word never takes a gender here:
"Madonna" and "Clinton" are read by their pronouns.
"""

from typing import Final

FEMALE_GIVEN_NAMES: Final[frozenset[str]] = frozenset((
    "Abigail Ada Adele Arianna Adriana Agnes Aileen Alana Alexandra Alice Alicia Alison Allison Amanda Amber Amelia Amy "
    "Ana Angela Angelica Angelina Angelique Anita Ann Anna Anne Annette Annie Antonia April Ariana Arlene "
    "Audrey Ayanna Barbara Beatrice Becky Belinda Bernadette Beth Bethany Betsy Betty Beverly Bonnie Brenda Bridget "
    "Brigid Brittany Camila Camilla Candice Cara Carla Carly Carmen Carol Carole Caroline Carolyn Cassandra Catherine "
    "Cathy Cecilia Charlotte Cheryl Chelsea Cherie Christina Christine Cindy Claire Clara Claudia Colleen Condoleezza "
    "Connie Cynthia Daisy Danielle Daphne Darlene Dawn Debbie Debora Deborah Debra Dena Denise Diana Diane Dianne "
    "Dolores Donna Doris Dorothy Edith Eileen Elaine Eleanor Elena Elisabeth Elise Eliza Elizabeth Ella Ellen Eloise "
    "Emily Emma Erica Erin Esther Eva Evelyn Felicity Fiona Florence Frances Gabrielle Gail Georgia Geraldine Gillian "
    "Gina Gladys Gloria Grace Gwen Gwyneth Hannah Harriet Hayley Hazel Heather Heidi Helen Helena Hillary Hilary Holly "
    "Huma Ingrid Irene Iris Isabel Isabella Ivana Ivanka Jacqueline Jacqui Jane Janet Janice Jasmine Jeanne Jennifer "
    "Jenny Jessica Jill Jillian Joan Joanna Joanne Jocelyn Josephine Joy Joyce Judith Judy Julia Julie Juliet June Karen "
    "Karin Kate Katherine Kathleen Kathryn Kathy Katie Katrina Kay Kayleigh Kellyanne Kirsten Kirsty Kristen Kristin "
    "Laura Lauren Leah Linda Lindsay Lisa Liz Lois Loretta Lorraine Louise Lucia Lucy Lydia Lynda Lynne "
    "Madeleine Madeline Madonna Maggie Mandy Marcia Margaret Margot Maria Marie Marilyn Marion Marjorie Marsha "
    "Martha Mary Maureen Maxine Megan Megyn Melanie Melania Melinda Melissa Meredith Michele Michelle Mildred Miranda "
    "Molly Monica Nadia Nancy Naomi Natalie Natasha Nicola Nicole Nikki Nina Nora Norma Olga Olivia Pamela Patricia "
    "Patsy Patti Paula Pauline Peggy Penelope Penny Phyllis Polly Priscilla Rachel Rebecca Regina Renee Rhonda Rita Roberta "
    "Rosa Rosalind Rose Rosemary Ruth Sabrina Sally Samantha Sandra Sara Sarah Sharon Sharron Sheila Shirley Sienna Silvia "
    "Sonia Sophia Sophie Stacey Stephanie Sue Susan Susanne Suzanne Sylvia Tamara Tammy Tanya Teresa Tessa "
    "Theresa Tina Tracey Trish Ursula Valerie Vanessa Venus Vera Veronica Victoria Violet Virginia Vivian Wendy Whitney "
    "Yvonne Zara Zoe"
).split())

MALE_GIVEN_NAMES: Final[frozenset[str]] = frozenset((
    "Aaron Abdullah Abraham Adam Adrian Ahmed Al Alan Albert Alberto Alexander Alfred Ali Allan Allen Alvin Ambrose "
    "Ammon Anders Andre Andrew Andy Angus Anthony Antonio Archie Arnold Arthur Arturo Barack Barney Barry Bart Ben "
    "Benjamin Bernard Bernie Bill Billy Bob Bobby Boris Brad Bradley Brandon Brendan Brett Brian Bruce Bryan Byron "
    "Calvin Carl Carlos Cecil Charles Charlie Chuck Clarence Claude Clifford Clint Clive Colin Conor Craig Curtis Dale "
    "Dan Daniel Danny Darren Dave David Dean Denis Dennis Derek Diego Dmitry Dominic Don Donald Doug Douglas Duncan "
    "Dwight Ed Eddie Edgar Edmund Edward Edwin Elijah Elliot Elliott Elton Emmanuel Enrique Eric Erik Ernest Ernie "
    "Eugene Evan Felipe Felix Fernando Francesco Francis Francisco Frank Franklin Fred Freddie Frederick Gabriel Gareth "
    "Garry Gary Gavin Geoff Geoffrey George Gerald Gerard Gerry Giuseppe Glen Glenn Gordon Graham Grant Greg Gregory "
    "Guy Hamid Hank Hans Harold Harry Harvey Hassan Hector Henry Herbert Howard Hugh Hugo Hussein Ian Igor Isaac "
    "Ivan Jack Jacob Jake James Jared Jason Javier Jay Jeb Jeff Jeffrey Jeremy Jerome Jerry Jesse Jim Jimmy Joe Joel "
    "Johan John Johnny Jon Jonathan Jorge Jose Joseph Josh Joshua Juan Jude Julian Justin Karl Keith Kenneth Kevin Kieran "
    "Kurt Lance Larry Lawrence Leo Leon Leonard Leroy Lewis Liam Lionel Lloyd Louis Luis Luke Malcolm Marco "
    "Marcus Mario Mark Martin Marvin Matt Matthew Maurice Max Michael Miguel Mike Miles Mitch Mitchell Mitt Mohamed "
    "Mohammed Muhammad Nathan Neil Newt Nicholas Nick Nigel Noah Norman Oliver Omar Oscar Owen Patrick Paul Pedro "
    "Pete Peter Phil Philip Phillip Pierre Ralph Ramon Randy Raymond Reggie Reince Richard Rick Ricky Rob Robert "
    "Roberto Rodney Roger Roland Ron Ronald Ross Roy Rudy Rupert Russell Ryan Samuel Scott Sean Sebastian Sergei "
    "Seth Shane Shaun Simon Stanley Stephen Steve Steven Stuart Ted Theodore Thomas Tim Timothy Toby Todd Tom Tommy "
    "Tony Trevor Troy Tyler Victor Vincent Vladimir Walter Warren Wayne Wesley Wilbur William Willie Winston Xavier "
    "Yuri Zachary"
).split())

# Given names English-language news gives to both genders (left out above): they tell no gender, but they are first
# names all the same (``common_word_surnames``: "Chris Law").
SHARED_GIVEN_NAMES: Final[frozenset[str]] = frozenset((
    "Alex Alexis Ashley Chris Courtney Dana Jamie Jan Jean Jordan Kelly Kim Lee Leslie Lindsey Lynn Robin Sam Terry"
).split())
GIVEN_NAMES: Final[frozenset[str]] = FEMALE_GIVEN_NAMES | MALE_GIVEN_NAMES | SHARED_GIVEN_NAMES


def given_name_gender(full: str) -> str | None:
    """The gender a person's first name tells, for a name of two words or more ("Hillary Clinton"; not a lone
    "Clinton", nor "Mr Clinton"): "f", "m", or None."""
    space = full.find(" ")
    if space < 0:
        return None
    first = full[:space]
    return "f" if first in FEMALE_GIVEN_NAMES else "m" if first in MALE_GIVEN_NAMES else None
