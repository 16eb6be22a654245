"""Page chrome in scraped text (photo galleries, video blocks) is no part of a sentence (issue 13:
a gallery's title dated and coded once per photo)."""

from __future__ import annotations

import pytest

from eventscribe.chrome import chrome_spans, repeated_paragraphs
from eventscribe.nlp import split_sentences

pytestmark = pytest.mark.issue(13)

GALLERY = (
    "Officials met on Monday.\n\n"
    "Photos: Photos: Attack on the mission Photos: Photos: Attack on the mission Attack on the "
    "mission – Attackers set the mission on fire on September 11, 2012. Hide Caption 1 of 3 "
    "Photos: Photos: Attack on the mission Attack on the mission – A man stands in a burned "
    "building on September 12. Hide Caption 2 of 3 Photos: Photos: Attack on the mission Attack "
    "on the mission – People inspect the damage. Hide Caption 3 of 3\n\n"
    "The talks ended."
)


def _sentences(text: str, *, captions: bool = True) -> list[str]:
    """The sentences' texts (without captions' when ``captions`` is false), each checked to stand
    at its offset in the text."""
    found = []
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.start + len(sentence.text)] == sentence.text
        if captions or not sentence.caption:
            found.append(sentence.text)
    return found


def test_gallery_markers_and_title_are_cut_from_the_captions() -> None:
    assert _sentences(GALLERY) == [
        "Officials met on Monday.",
        "Attackers set the mission on fire on September 11, 2012.",
        "A man stands in a burned building on September 12.",
        "People inspect the damage.",
        "The talks ended.",
    ]


def test_several_galleries_keep_their_own_titles() -> None:
    text = " ".join(
        f"Hide Caption {i} of 6 Photos: {title} {caption}."
        for i, (title, caption) in enumerate(
            [
                ("Unrest in Syria", "A man walks"),
                ("Unrest in Syria", "A boy runs"),
                ("Unrest in Syria", "Tanks roll in"),
                ("Floods in Peru", "A car floats"),
                ("Floods in Peru", "Rescuers wade"),
                ("Floods in Peru", "A road is cut"),
            ],
            start=1,
        )
    )
    assert _sentences(text) == [
        "A man walks.",
        "A boy runs.",
        "Tanks roll in.",
        "A car floats.",
        "Rescuers wade.",
        "A road is cut.",
    ]


def test_a_lone_caption_loses_only_its_marker() -> None:
    text = "Hide Caption 1 of 1 Photos: Protesters march in Cairo."
    assert _sentences(text) == ["Protesters march in Cairo."]


def test_captions_are_marked_as_captions() -> None:
    # a sentence a gallery's marker led is a photo's caption (a scorer feature), with or without
    # its title found; the story's own sentences and a lone text "photos:" are not
    from eventscribe.nlp import split_sentences

    marked = [(s.text, s.caption) for s in split_sentences(GALLERY)]
    assert marked[0] == ("Officials met on Monday.", False)
    assert marked[1][1] and marked[2][1] and marked[3][1]
    assert marked[-1] == ("The talks ended.", False)
    lone = "Hide Caption 1 of 1 Photos: Protesters march in Cairo. The talks ended."
    assert [s.caption for s in split_sentences(lone)] == [True, False]
    text = "He posted photos: three of them. The caption said little."
    assert not any(s.caption for s in split_sentences(text))


def test_wire_photo_captions_are_marked_as_captions() -> None:
    # forty-second session: a paragraph opened by "FILE PHOTO" or AP's "FILE -", or closed by a
    # photo credit, is a wire photo's caption, all its sentences; the story's paragraphs are not,
    # nor a whole article in one paragraph that ends with a credit
    text = (
        "FILE PHOTO: U.S. President Ronald Reagan and Soviet President Mikhail Gorbachev sign "
        "the INF treaty in the White House December 8 1987.\n\n"
        "Russia accused the United States of violating the treaty.\n\n"
        "Turkish President Recep Tayyip Erdogan speaks at a news conference in Washington. "
        "Trump spoke too. (AP Photo/Patrick Semansky)\n\n"
        "FILE - In this April 5, 2019 file photo, President Donald Trump participates in a "
        "roundtable.\n\n"
        "Investigators work around the wreckage. (Photo: Jewel Samad, AFP/Getty Images)\n\n"
        "The talks ended (on Monday)."
    )
    stories = [s.text for s in split_sentences(text) if not s.caption]
    assert stories == [
        "Russia accused the United States of violating the treaty.",
        "The talks ended (on Monday).",
    ]
    long = "Officials met on Monday. " * 60 + "(AP Photo/Evan Vucci)"
    assert not any(s.caption for s in split_sentences(long))
    # a BBC page's caption (forty-third session)
    bbc = "Image copyright EPA Image caption Turkish officers search the consulate\n\nThey left."
    assert [s.caption for s in split_sentences(bbc)] == [True, False]
    # a BBC page's video caption (forty-fourth session), with the player's notice before it or not
    video = (
        "Media playback is unsupported on your device Media caption South Korea carries out "
        "live-fire drills in response to the nuclear test\n\n"
        "Media caption Protesters took to the streets of Paris\n\nThey left."
    )
    assert [s.caption for s in split_sentences(video)] == [True, True, False]


def test_a_paragraph_given_twice_in_a_row_is_a_gallerys_caption() -> None:
    # forty-fourth session: a gallery's captions, each given twice (the slide's, the thumbnail's)
    caption = "Cruz speaks at the CPAC on March 6, 2014, in National Harbor, Maryland."
    text = f"Cruz won on Tuesday.\n\n{caption}\n\n{caption}\n\nHe left.\n\nHe left."
    assert [s.caption for s in split_sentences(text)] == [False, True, True, False, False]
    # given twice but not in a row: no gallery's; a short paragraph twice in a row: not counted
    assert repeated_paragraphs([caption, "He left the room at once.", caption]) == set()
    assert repeated_paragraphs(["He left.", "He left."]) == set()


def test_a_teaser_ending_read_more_is_no_sentence() -> None:
    # forty-second session: a related story's headline ending "Read more", with no author
    text = (
        "Officials met on Monday.\n\n"
        "EU, China and Russia in move to sidestep US sanctions on Iran Read more\n\n"
        "They said they would read more of the report."
    )
    assert _sentences(text) == [
        "Officials met on Monday.",
        "They said they would read more of the report.",
    ]


def test_a_gallery_link_is_no_sentence() -> None:
    text = "Officials met on Monday.\n\n( PHOTOS: Newtown school shooting remembered)\n\nThey left."
    assert _sentences(text) == ["Officials met on Monday.", "They left."]


def test_video_blocks_are_no_sentences() -> None:
    text = (
        "Troops withdrew on Monday.\n\n"
        "JUST WATCHED Egypt's churches looted and torched Replay More Videos ... MUST WATCH "
        "Egypt's churches looted and torched 06:22\n\n"
        "JUST WATCHED Israel apologizes for flotilla raid Replay More Videos ...\n\n"
        "Story highlights Obama says military assaults threaten the force\n\n"
        "The talks ended."
    )
    assert _sentences(text) == ["Troops withdrew on Monday.", "The talks ended."]


def test_a_summary_boxs_bullets_are_no_sentences() -> None:
    # forty-third session: the bullets after "Story highlights" (paragraphs with no closing stop)
    # repeat the story's acts as headlines; the story starts at the first closed sentence
    text = (
        "Story highlights Obama cancels military exercises with Egypt\n\n"
        "U.S. law restricts aid in instances of military coup; Egypt gets $1 billion from U.S.\n\n"
        "Obama did not call the Egyptian military's overthrow of the government a coup\n\n"
        "President Barack Obama announced Thursday that the exercises were canceled.\n\n"
        "A second paragraph with no stop, as the story goes on"
    )
    assert _sentences(text) == [
        "President Barack Obama announced Thursday that the exercises were canceled.",
        "A second paragraph with no stop, as the story goes on",
    ]


def test_a_gallery_link_inside_running_text_is_no_sentence() -> None:
    # forty-third session: "See all photography related to ..." amid a gallery's text
    text = (
        "The two men are suspects in the bombings. See all photography related to the Boston "
        "bombings. They were arrested."
    )
    assert _sentences(text) == ["The two men are suspects in the bombings.", "They were arrested."]


def test_text_without_chrome_is_untouched() -> None:
    text = "He posted photos: three of them. The caption said little."
    assert chrome_spans(text) == []
    assert _sentences(text) == ["He posted photos: three of them.", "The caption said little."]


def test_links_to_other_stories_are_no_sentences() -> None:
    text = (
        "Obama met Castro on Monday.\n\n"
        "( Also on POLITICO: GOP livid over Cuba)\n\n"
        "Read more: Senate pounds Brennan on CIA trust deficit\n\n"
        "Read More: Trump Says He Walked Out on Kim After U.S. Demands Rejected\n\n"
        "Earlier:Trump calls Putin to thank him for praise of U.S. economy\n\n"
        "SEE ALSO: Obama, U.S. and world leaders pay tribute to Thatcher\n\n"
        "More:Trump: 'North Korea is worldwide threat'\n\n"
        "US foreign policy – a quiz with no right answers | Lawrence Douglas Read more\n\n"
        "See all photography related to the Boston bombings.\n\n"
        "Contributing: Doyle Rice, Michael Winter, USA TODAY; Associated Press.\n\n"
        "Fox News' Catherine Herridge and The Associated Press contributed to this report.\n\n"
        "The talks ended."
    )
    assert _sentences(text) == ["Obama met Castro on Monday.", "The talks ended."]


def test_words_of_a_link_inside_a_sentence_stay() -> None:
    text = "Aides said more: the talks will resume.\n\nHe told reporters to read more carefully."
    assert _sentences(text) == [
        "Aides said more: the talks will resume.",
        "He told reporters to read more carefully.",
    ]


def test_a_paragraph_in_title_case_is_a_headline() -> None:
    # forty-fourth session: a headline, a section's heading or a page's chrome in title case,
    # with no closing stop (a byline's names too); a sentence of the story is not, closed or not
    text = (
        "Ukraine Is Investigating Whether U.S. Ambassador Yovanovitch Was Surveilled\n\n"
        "Benghazi Committee Faults Military Response To 2012 Attack\n\n"
        "Ukraine's police are investigating whether the ambassador was watched.\n\n"
        "John Fritze and Michael Collins\n\n"
        "Officials met Putin on Monday in Kyiv, the ministry said\n\n"
        "Officials Met On Monday In Kyiv."
    )
    assert _sentences(text) == [
        "Ukraine's police are investigating whether the ambassador was watched.",
        "Officials met Putin on Monday in Kyiv, the ministry said",
        "Officials Met On Monday In Kyiv.",
    ]


def test_a_paragraph_in_capitals_is_a_headline() -> None:
    text = (
        "PARIS TERRORIST ATTACK THREATENS CITY'S REBOUNDING TOURISM, TRAVEL EXPERTS WARN\n\n"
        "The attack killed 12 people. NATO and the EU met on Monday."
    )
    assert _sentences(text) == ["The attack killed 12 people.", "NATO and the EU met on Monday."]


def test_the_hill_s_headlines_glued_to_a_name_are_masked() -> None:
    # issue 11: the headlines of other stories inside a sentence were coded as its acts
    text = (
        "Rep. Elise Stefanik Elise Marie StefanikMeadows slams aide's remark GOP motions to "
        "subpoena whistleblower Trump attacks Iran MORE (N.Y.), a Republican, criticized Iran. "
        "Kevin McCarthy Kevin Owen McCarthyObstacles mount for deal MORE spoke. "
        "WikiLeaks said NO MORE."
    )
    sentences = list(split_sentences(text))
    for sentence in sentences:  # the sentence keeps its text and every offset
        assert text[sentence.start : sentence.start + len(sentence.text)] == sentence.text
        assert sentence.doc is not None and len(sentence.doc.text) == len(sentence.text)
    first, second, third = ([t.text for t in s.doc or ()] for s in sentences)
    name = ["Rep.", "Elise", "Stefanik", "Elise", "Marie", "Stefanik"]
    assert first[:8] == [*name, "-------", "-----"]  # "StefanikMeadows slams" split and masked
    assert "Trump" not in first and "attacks" not in first and "MORE" not in first
    assert first[-7:] == [",", "a", "Republican", ",", "criticized", "Iran", "."]
    assert second[:5] == ["Kevin", "McCarthy", "Kevin", "Owen", "McCarthy"]
    assert "mount" not in second and "spoke" in second
    # no name glued to the words before "MORE": nothing masked
    assert third == ["WikiLeaks", "said", "NO", "MORE", "."]


def test_a_captions_acts_are_not_coded() -> None:
    # forty-third session: the annotation guide leaves scraped captions empty (a gallery's, a
    # wire photo's, a BBC page's "Image caption"); the story's own sentences report its acts
    import datetime as dt

    from eventscribe.coding.coder import Coder
    from eventscribe.records import Article

    coder = Coder(scorer="rules.v1")

    def types(text: str) -> list[str | None]:
        article = Article(id="a", text=text, date=dt.date(2019, 1, 1))
        return [e.event for e in coder.code_article(article) if e.event]

    assert types("Hide Caption 1 of 1 Photos: Kenyan police arrested protesters in Nairobi.") == []
    assert types("FILE PHOTO: Kenyan police arrested protesters in Nairobi.") == []
    assert types("Image copyright AFP Image caption Kenyan police arrested protesters") == []
    assert types("Media caption Kenyan police arrested protesters in Nairobi") == []
    assert types("Kenyan police arrested protesters in Nairobi.") == ["COERCE"]


def test_credits_and_the_close_button_are_chrome() -> None:
    # forty-fifth session: a credit in brackets (Al Jazeera) closes a caption; a credit after a
    # bar (Politico) goes with the section's title after it, the sentence before it stays (the
    # labelled sets list its acts), as does USA Today's video summary less its "CLOSE" button;
    # "CLOSE" as a word of the story, a bracket in a sentence and a bar in running text stay
    text = (
        "CLOSE Activists say a United Nations team spoke to doctors.\n\n"
        "A demonstrator is detained during a protest in New Delhi [Danish Siddiqui/Reuters]\n\n"
        "John Kerry's comments in Israel Thursday raised concerns there. | REUTERS Iran talks "
        "complicate Israel push\n\n"
        "Trump met Abe. | John Shinkle/POLITICO McConnell defends deal\n\n"
        "CLOSE to the border, troops massed on Monday.\n\n"
        "The vote was 52-48 [R-Texas/D] and the bill passed."
    )
    assert _sentences(text, captions=False) == [
        "Activists say a United Nations team spoke to doctors.",
        "John Kerry's comments in Israel Thursday raised concerns there.",
        "Trump met Abe.",
        "CLOSE to the border, troops massed on Monday.",
        "The vote was 52-48 [R-Texas/D] and the bill passed.",
    ]
    assert [s.caption for s in split_sentences(text)].count(True) == 1


def test_a_long_run_of_the_hill_s_headlines_is_masked() -> None:
    # forty-fifth session: five headlines and more (over 400 characters) glued to a name
    headlines = " | ".join(
        f"Senators press agency chief on plan number {k} for relief" for k in range(9)
    )
    text = f"Sen. Amy Klobuchar Amy Klobuchar{headlines} MORE (D-Minn.) criticized the plan."
    assert len(headlines) > 400
    (sentence,) = split_sentences(text)
    words = [t.text for t in sentence.doc or ()]
    assert "Senators" not in words and "MORE" not in words
    assert words[-4:] == ["criticized", "the", "plan", "."]


def test_video_summaries_linked_headlines_and_run_on_captions_are_chrome() -> None:
    # forty-sixth session: "Related Video ...", "Video:", "Watch:", "Exclusive:", "More On
    # This...", "Opinion:" open a video's summary or another story's headline; Fox News'
    # "EXCLUSIVE:" opens its own story's lead and stays; a caption closed by its photo credit
    # stays a caption when the summary box runs on after the credit in the same paragraph
    text = (
        "Trump met Abe on Monday.\n\n"
        "Related Video President Trump announced Tuesday that the U.S. will withdraw.\n\n"
        "Exclusive: Two other Trump advisers also spoke with Russian envoy\n\n"
        "Watch: Gunshots echo in Canadian Parliament\n\n"
        "More On This... Whistle-blower: Botched talking points hurt FBI probe\n\n"
        "Opinion:Attack on U.S. Embassy in Iraq shows Trump is failing\n\n"
        "EXCLUSIVE: The FBI investigation into Clinton's email has expanded.\n\n"
        "Kerry arrives in Tel Aviv for a meeting with Netanyahu. (Photo: Pool photo by Larry "
        "Downing) Story Highlights Israel is cautiously optimistic about deal\n\n"
        "The talks ended."
    )
    sentences = [s.text for s in split_sentences(text) if not s.caption]
    assert sentences == [
        "Trump met Abe on Monday.",
        "EXCLUSIVE: The FBI investigation into Clinton's email has expanded.",
        "The talks ended.",
    ]


def test_short_headlines_and_tweets_with_a_picture_are_chrome() -> None:
    # forty-seventh session: a paragraph of three to ten words with no closing stop, in sentence
    # case, is a heading or another story's headline ("French comedian arrested" was an arrest by
    # the French); an embedded tweet with a picture captions it. A story's sentence that lost its
    # stop stays when it has a comma or runs longer; a sentence closed inside a line stays; a
    # tweet of words alone stays
    text = (
        "French comedian arrested\n\n"
        "Obama urges Palestinians on peace\n\n"
        "JUST IN: Queen Elizabeth II welcomes Pres. Trump to Buckingham Palace "
        "pic.twitter.com/HMnh3hWKX2 \u2014 This Week (@ThisWeekABC) June 3, 2019\n\n"
        "Last week, marauders from the so-called Islamic State overran Tabqa\n\n"
        "Police arrested the comedian on Wednesday in Paris after a show in the capital.\n\n"
        "Trump met Abe. Talks went on\n\n"
        "I have just ordered Homeland Security to step up vetting \u2014 Donald J. Trump "
        "(@realDonaldTrump) November 1, 2017"
    )
    assert _sentences(text, captions=False) == [
        "Last week, marauders from the so-called Islamic State overran Tabqa",
        "Police arrested the comedian on Wednesday in Paris after a show in the capital.",
        "Trump met Abe.",
        "Talks went on",
        "I have just ordered Homeland Security to step up vetting \u2014 Donald J. Trump "
        "(@realDonaldTrump) November 1, 2017",
    ]
    # a headline given alone (the gold sets' items) is the text to code
    alone = "First contingents of West African peacekeeping troops arrive in Monrovia"
    assert [s.text for s in split_sentences(alone)] == [alone]
