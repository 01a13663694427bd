"""The world gazetteer: how news name states, organisations and armed groups."""

from __future__ import annotations

import importlib.util
import re
from collections import defaultdict

import pytest
from helpers import ROOT

from analysis.actors.gazetteer import (
    COUNTRIES,
    ORGANIZATIONS,
    actor_called,
    country,
    gazetteer_entries,
    is_acronym,
    non_actor_phrases,
    normalize,
    organization,
    surfaces_by_key,
)
from analysis.lexicon import data_path, read_csv
from analysis.models import Actor

# A surface form that names two different actors must be listed here with the reason.
# Avoided elsewhere: "Congo"/"Congolese" were given to the DRC only, "Dominican" to the
# Dominican Republic only, and "Korea"/"Korean" left out (see countries.csv header).
ALLOWED_AMBIGUITIES = {
    "brussels": "Belgium's capital and the usual metonym of the European Union",
    "jem": "JEM is Darfur's Justice and Equality Movement, JeM Jaish-e-Mohammed (case tells)",
    "saigon": "capital of the State of Vietnam to 1955, then of South Vietnam (the date tells)",
}

# Rows with no demonym adjective in use: uninhabited territories, and the Republic
# of the Congo, whose "Congolese" is given to the DRC.
NO_ADJECTIVE = {
    "Antarctica": "uninhabited",
    "Bouvet Island": "uninhabited",
    "British Indian Ocean Territory": "military base only",
    "Caribbean Netherlands": "three islands, no common demonym",
    "Christmas Island": "no demonym in use",
    "Cocos (Keeling) Islands": "no demonym in use",
    "French Southern Territories": "no permanent population",
    "Heard Island and McDonald Islands": "uninhabited",
    "Republic of the Congo": '"Congolese" means the DRC',
    "South Georgia and the South Sandwich Islands": "no permanent population",
    "Svalbard and Jan Mayen": "no demonym in use",
    "United States Minor Outlying Islands": "uninhabited",
}

# Rows with no capital to use as a metonym.
NO_CAPITAL = {
    # the capital's name is far more often a person or another place
    "Anguilla",  # The Valley
    "Antigua and Barbuda",  # St. John's (also Newfoundland)
    "Bermuda",  # Hamilton
    "Cayman Islands",  # George Town (also Penang)
    "Cocos (Keeling) Islands",  # West Island
    "Falkland Islands",  # Stanley
    "Isle of Man",  # Douglas
    "Réunion",  # Saint-Denis (also near Paris)
    "Saint Helena",  # Jamestown
    "Saint Pierre and Miquelon",  # Saint-Pierre
    "Seychelles",  # Victoria
    # no capital
    "Antarctica",
    "Bouvet Island",
    "British Indian Ocean Territory",
    "French Southern Territories",
    "Gibraltar",  # the city is the territory
    "Heard Island and McDonald Islands",
    "Hong Kong",  # a city
    "Macau",  # a city
    "Norfolk Island",  # "Kingston" would clash with Jamaica's capital
    "Tokelau",  # no capital
    "United States Minor Outlying Islands",
}


def actors_written(surface: str) -> set[Actor]:
    """The actors an exact surface form (as written, case-sensitive) names."""
    return {e.actor for e in gazetteer_entries() if e.surface == surface}


def how_written(surface: str) -> set[str]:
    return {e.how for e in gazetteer_entries() if e.surface == surface}


def state(name: str) -> Actor:
    return Actor(name=name, type="state", affiliation=name)


@pytest.mark.parametrize(
    ("surface", "actor", "how"),
    [
        # "the Kremlin said" -> Russia
        ("Kremlin", "Russia", "metonym"),
        ("Élysée", "France", "metonym"),
        ("Elysee", "France", "metonym"),
        ("White House", "United States", "metonym"),
        ("Downing Street", "United Kingdom", "metonym"),
        # "Azerbaijani Foreign Minister", "the Azeri side"
        ("Azerbaijani", "Azerbaijan", "adjective"),
        ("Azeri", "Azerbaijan", "adjective"),
        ("Armenians", "Armenia", "people"),
        ("Emirati", "United Arab Emirates", "adjective"),
        ("Dutch", "Netherlands", "adjective"),
        ("Congolese", "Democratic Republic of the Congo", "adjective"),
        # "Washington and Moscow", "accused Baku of shelling"
        ("Washington", "United States", "capital"),
        ("Moscow", "Russia", "capital"),
        ("Baku", "Azerbaijan", "capital"),
        ("Yerevan", "Armenia", "capital"),
        ("Kyiv", "Ukraine", "capital"),
        ("Kiev", "Ukraine", "capital"),
        ("The Hague", "Netherlands", "capital"),
        ("Naypyidaw", "Myanmar", "capital"),
        ("U.S.", "United States", "acronym"),
        ("US", "United States", "acronym"),
        ("DRC", "Democratic Republic of the Congo", "acronym"),
        ("Congo", "Democratic Republic of the Congo", "alias"),
        ("Congo-Brazzaville", "Republic of the Congo", "alias"),
        ("Burma", "Myanmar", "alias"),
        ("Türkiye", "Turkey", "alias"),
        ("Czechia", "Czech Republic", "alias"),
        ("Côte d'Ivoire", "Ivory Coast", "alias"),
        ("Russian Federation", "Russia", "alias"),
        ("Islamic Republic of Iran", "Iran", "alias"),
        ("Taiwan", "Taiwan", "name"),
        ("Palestine", "Palestine", "name"),
        ("Kosovo", "Kosovo", "name"),
        ("Nagorny Karabakh", "Nagorno-Karabakh", "alias"),
        # the longer demonym wins over the shorter one inside it
        ("Greek Cypriot", "Cyprus", "adjective"),
        ("Turkish Cypriot", "Northern Cyprus", "adjective"),
    ],
)
def test_state_surfaces(surface: str, actor: str, how: str) -> None:
    assert actors_written(surface) == {state(actor)}
    assert how in how_written(surface)


@pytest.mark.parametrize(
    ("surface", "name", "kind", "affiliation"),
    [
        ("Minsk Group", "OSCE Minsk Group", "organization", "OSCE"),
        ("OSCE Minsk Group", "OSCE Minsk Group", "organization", "OSCE"),
        ("UN", "United Nations", "organization", "United Nations"),
        ("U.N.", "United Nations", "organization", "United Nations"),
        ("Security Council", "UN Security Council", "organization", "United Nations"),
        ("UNSC", "UN Security Council", "organization", "United Nations"),
        ("General Assembly", "UN General Assembly", "organization", "United Nations"),
        ("WHO", "World Health Organization", "organization", "United Nations"),
        ("AU Commission", "African Union Commission", "organization", "African Union"),
        ("EU", "European Union", "organization", "European Union"),
        ("Berlaymont", "European Commission", "organization", "European Union"),
        ("Ansar Allah", "Houthis", "group", "Houthis"),
        ("AFC/M23", "M23", "group", "M23"),
        ("March 23 Movement", "M23", "group", "M23"),
        ("Daesh", "Islamic State", "group", "Islamic State"),
        ("ISIS-K", "Islamic State Khorasan", "group", "Islamic State"),
        ("Qassam Brigades", "Qassam Brigades", "group", "Hamas"),
        # a state's named forces act for the state
        ("SAF", "Sudanese Armed Forces", "organization", "Sudan"),
        ("Tatmadaw", "Tatmadaw", "organization", "Myanmar"),
        ("ISPR", "Inter-Services Public Relations", "organization", "Pakistan"),
        ("CENTCOM", "US Central Command", "organization", "United States"),
        ("RSF", "Rapid Support Forces", "group", "Rapid Support Forces"),
        # "Tigrayan forces" are the TPLF's, a party to the Pretoria agreement
        ("TPLF", "Tigray People's Liberation Front", "group", "Tigray People's Liberation Front"),
        (
            "Tigrayan forces",
            "Tigray People's Liberation Front",
            "group",
            "Tigray People's Liberation Front",
        ),
        ("TDF", "Tigray Defence Forces", "group", "Tigray People's Liberation Front"),
        ("Supreme Political Council", "Houthis", "group", "Houthis"),
        (
            "SADC",
            "Southern African Development Community",
            "organization",
            "Southern African Development Community",
        ),
        ("Coalition led by Saudi Arabia", "Saudi-led coalition", "organization", "Saudi Arabia"),
        # "the LTTE", "the Tamil Tigers": the Liberation Tigers of Tamil Eelam, a group
        ("LTTE", "Liberation Tigers of Tamil Eelam", "group", "Liberation Tigers of Tamil Eelam"),
        (
            "Tamil Tigers",
            "Liberation Tigers of Tamil Eelam",
            "group",
            "Liberation Tigers of Tamil Eelam",
        ),
        ("UÇK", "Kosovo Liberation Army", "group", "Kosovo Liberation Army"),
        (
            "MNLA",
            "National Movement for the Liberation of Azawad",
            "group",
            "National Movement for the Liberation of Azawad",
        ),
        ("Fitna al-Khawarij", "Tehrik-i-Taliban Pakistan", "group", "Tehrik-i-Taliban Pakistan"),
        ("Haqqani network", "Haqqani network", "group", "Taliban"),
        # the Bosnian Serbs' army acts for Republika Srpska, not for Bosnia
        ("Bosnian Serb forces", "Army of Republika Srpska", "group", "Republika Srpska"),
        ("VRS", "Army of Republika Srpska", "group", "Republika Srpska"),
        ("OAU", "Organisation of African Unity", "organization", "Organisation of African Unity"),
        ("Central Organ", "OAU Central Organ", "organization", "Organisation of African Unity"),
        ("ECOMOG", "ECOMOG", "organization", "ECOWAS"),
        ("KFOR", "KFOR", "organization", "NATO"),
        (
            "ICFY",
            "International Conference on the Former Yugoslavia",
            "organization",
            "International Conference on the Former Yugoslavia",
        ),
        ("PLA", "People's Liberation Army", "organization", "China"),
    ],
)
def test_organization_surfaces(surface: str, name: str, kind: str, affiliation: str) -> None:
    assert actors_written(surface) == {Actor(name=name, type=kind, affiliation=affiliation)}


def test_acronyms_are_marked_so_they_can_be_matched_case_sensitively() -> None:
    # "WHO" is the World Health Organization, "who" is a pronoun.
    assert how_written("WHO") == {"acronym"}
    assert all(is_acronym(s) for s in ("UN", "U.S.", "AFC/M23", "G7", "BiH", "ECtHR"))
    assert not any(is_acronym(s) for s in ("Daesh", "al-Qaeda", "DR Congo", "Kremlin"))


def test_acronyms_that_differ_only_in_case_name_different_groups() -> None:
    # "JEM signed in Doha" is Darfur's rebels; "JeM claimed the attack" is Jaish-e-Mohammed.
    assert {a.name for a in actors_written("JEM")} == {"Justice and Equality Movement"}
    assert {a.name for a in actors_written("JeM")} == {"Jaish-e-Mohammed"}
    assert how_written("JEM") == how_written("JeM") == {"acronym"}


def test_acronyms_and_names_left_out_as_ambiguous() -> None:
    # SLA is the Sudan Liberation Army and the South Lebanon Army; AUC stays the AU
    # Commission's; "Lebanese forces" is the army; Egypt's North Sinai is a province.
    for surface in ("SLA", "UDA", "CPP", "EPL", "SNC", "Lebanese Forces", "Sinai Province"):
        assert actors_written(surface) == set(), surface
    assert {a.name for a in actors_written("AUC")} == {"African Union Commission"}
    assert organization("Sudan Liberation Army") == organization("SLM")
    assert organization("Contact Group on Libya") != organization("Contact Group")


def test_country_lookup_by_name_or_alias_in_any_case() -> None:
    assert country("U.S.") == state("United States")
    assert country("united states of america") == state("United States")
    assert country("the Netherlands") == state("Netherlands")
    assert country("Turkiye") == country("Türkiye") == state("Turkey")
    assert country("Cote d\u2019Ivoire") == state("Ivory Coast")
    assert country("Korea, Republic of") is None  # ISO's inverted form is not news usage
    assert country("Narnia") is None
    # Demonyms and capitals are surfaces for the matcher, not names of the country.
    assert country("Russian") is None


def test_organization_lookup() -> None:
    minsk = organization("minsk group")
    assert minsk is not None
    assert (minsk.name, minsk.affiliation) == ("OSCE Minsk Group", "OSCE")
    assert organization("Palestinian Islamic Jihad") == organization("Islamic Jihad")
    assert organization("Russia") is None
    assert actor_called("Russian Federation") == state("Russia")
    assert actor_called("OSCE") == Actor("OSCE", "organization", "OSCE")


def test_papua_new_guinea_and_guinea_are_different_states() -> None:
    # The matcher must prefer the longest match: "Papua New Guinea" is not "Guinea".
    assert actors_written("Papua New Guinea") == {state("Papua New Guinea")}
    assert actors_written("Guinea") == {state("Guinea")}
    assert actors_written("Nigerien") == {state("Niger")}
    assert actors_written("South Sudanese") == {state("South Sudan")}


def test_no_surface_names_two_actors_unless_allowed() -> None:
    ambiguous = {
        key: sorted({e.actor.name for e in group})
        for key, group in surfaces_by_key().items()
        if len({e.actor for e in group}) > 1
    }
    assert set(ambiguous) == set(ALLOWED_AMBIGUITIES)
    assert ambiguous["brussels"] == ["Belgium", "European Union"]


def test_surnames_and_english_words_are_not_surfaces() -> None:
    # "Congo's Therese Kayikwamba Wagner" is the DRC's foreign minister, not the Wagner Group.
    for word in ("Wagner", "Amal", "Victoria", "Khmer", "Male", "America's"):
        assert actors_written(word) == set(), word


def test_non_actor_phrases_contain_a_surface_and_are_not_one() -> None:
    # "the Gulf of Guinea" must not become Guinea: each phrase blocks some surface.
    surfaces = {e.surface for e in gazetteer_entries()}
    phrases = non_actor_phrases()
    assert "Latin America" in phrases and "Minsk agreements" in phrases
    alternatives = "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True))
    any_surface = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
    for phrase in phrases:
        assert phrase not in surfaces, phrase
        assert any_surface.search(phrase), phrase


def test_every_row_has_a_name_and_a_unique_one() -> None:
    names = [r["name"] for r in read_csv(COUNTRIES)] + [r["name"] for r in read_csv(ORGANIZATIONS)]
    assert all(names)
    assert len(names) == len({normalize(n) for n in names})


def test_every_country_has_an_adjective_and_a_capital() -> None:
    rows = read_csv(COUNTRIES)
    assert len(rows) >= 250
    without_adjective = {r["name"] for r in rows if not r["adjectives"]}
    without_capital = {r["name"] for r in rows if not r["capitals"]}
    assert without_adjective == set(NO_ADJECTIVE)
    assert without_capital == NO_CAPITAL


def test_country_codes_are_iso_alpha3_and_unique() -> None:
    import pycountry

    codes = [r["alpha3"] for r in read_csv(COUNTRIES) if r["alpha3"]]
    assert len(codes) == len(set(codes))
    iso = {c.alpha_3 for c in pycountry.countries}
    assert set(codes) - iso == {"XKX"}  # Kosovo, user-assigned code
    assert country("Kosovo") is not None


def test_organization_affiliations_are_known_actors() -> None:
    unknown = {
        r["name"]: r["affiliation"]
        for r in read_csv(ORGANIZATIONS)
        if country(r["affiliation"]) is None and organization(r["affiliation"]) is None
    }
    assert unknown == {}
    for entry in gazetteer_entries():
        if entry.actor.type == "state":
            assert entry.actor.affiliation == entry.actor.name


def test_every_metonym_resolves() -> None:
    metonyms = {e.surface: e.actor.name for e in gazetteer_entries() if e.how == "metonym"}
    assert len(metonyms) == len(read_csv("metonyms.csv"))
    assert metonyms["Zhongnanhai"] == "China"
    assert metonyms["Turtle Bay"] == "United Nations"


def test_countries_csv_is_what_the_build_script_writes() -> None:
    pytest.importorskip("pycountry")
    spec = importlib.util.spec_from_file_location(
        "build_countries", ROOT / "scripts" / "build_countries.py"
    )
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    written = data_path(COUNTRIES).read_text(encoding="utf-8")
    assert written == build.render(build.build_rows()), "run scripts/build_countries.py"


def test_entries_are_cached_and_fast() -> None:
    assert gazetteer_entries() is gazetteer_entries()
    by_how: dict[str, int] = defaultdict(int)
    for entry in gazetteer_entries():
        by_how[entry.how] += 1
    assert set(by_how) == {"name", "alias", "acronym", "adjective", "people", "capital", "metonym"}
