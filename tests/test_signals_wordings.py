"""Stances worded without the common cue verbs, each rule in several paraphrases of our own.

Every case: a sentence in, the exact set of (signal, actor) pairs out.
"""

from __future__ import annotations

import pytest

from analysis import analyze_document, document_from_text


def signals_of(text: str) -> set[tuple[str, str]]:
    doc = document_from_text(text, "example")
    return {(s.signal, s.actor) for s in analyze_document(doc, with_tone=False).signals}


CASES = {
    "ceasefire wordings": [
        (
            "Turkey and Russia called for the guns to fall silent from midnight.",
            {("ceasefire_call", "Turkey"), ("ceasefire_call", "Russia")},
        ),
        ("Italy urged both armies to silence the guns.", {("ceasefire_call", "Italy")}),
        (
            "NATO urged Pristina and Belgrade to take immediate steps to cool tensions.",
            {("ceasefire_call", "NATO")},
        ),
        ("Qatar pressed both sides to defuse tensions.", {("ceasefire_call", "Qatar")}),
        (
            "The African Union urged the two armies to step back from the brink.",
            {("ceasefire_call", "African Union")},
        ),
        ("Egypt called on Ethiopia to halt its offensive.", {("ceasefire_call", "Egypt")}),
    ],
    "condemnation wordings": [
        (
            "The United States rebuked the government of Kosovo.",
            {("condemnation", "United States")},
        ),
        ("France lashed out at Russia over the strikes.", {("condemnation", "France")}),
        ("Germany held Moscow responsible for the attack.", {("condemnation", "Germany")}),
        ("NATO called Russia's military action disproportionate.", {("condemnation", "NATO")}),
        ("Jordan described the raids as a dangerous escalation.", {("condemnation", "Jordan")}),
        ("Norway termed the shelling indiscriminate.", {("condemnation", "Norway")}),
    ],
    "rejection wordings": [
        ("Colombia suspended peace talks with the ELN.", {("negotiation_rejection", "Colombia")}),
        (
            "Ukraine called off the negotiations with Russia on Friday.",
            {("negotiation_rejection", "Ukraine")},
        ),
        (
            "Israel said there will be no ceasefire in the north.",
            {("negotiation_rejection", "Israel")},
        ),
        (
            "Azerbaijan said there can be no talks while the occupation continues.",
            {("negotiation_rejection", "Azerbaijan")},
        ),
        (
            "Guyana insisted that the border is not up for negotiation.",
            {("negotiation_rejection", "Guyana")},
        ),
        (
            "Morocco said its sovereignty over the territory was non-negotiable.",
            {("negotiation_rejection", "Morocco")},
        ),
        (
            "The Libyan National Army at first rebuffed the appeal.",
            {("negotiation_rejection", "Libyan National Army")},
        ),
        ("Hamas turned down the invitation.", {("negotiation_rejection", "Hamas")}),
    ],
    "no military solution": [
        (
            "The UN said there is no military solution to the conflict.",
            {("negotiation_call", "United Nations")},
        ),
        (
            "Brazil stressed that the crisis cannot be resolved militarily.",
            {("negotiation_call", "Brazil")},
        ),
        (
            "The European Union insisted there was no military option in Yemen.",
            {("negotiation_call", "European Union")},
        ),
    ],
    "support from the other side": [
        (
            "Serbia, backed by Russia and China, refused to sign.",
            {("alliance_support", "Russia"), ("alliance_support", "China")},
        ),
        (
            "The Houthis are backed by Iran and Hezbollah.",
            {("alliance_support", "Iran"), ("alliance_support", "Hezbollah")},
        ),
        ("The M23 has relied on Rwanda.", {("alliance_support", "Rwanda")}),
        (
            "Hamas has long leaned on Iran and Qatar.",
            {("alliance_support", "Iran"), ("alliance_support", "Qatar")},
        ),
        ("The Houthis are armed by Iran.", {("alliance_support", "Iran")}),
    ],
    "a pronoun after a statement's form and a relative clause": [
        (
            "Saudi Arabia and the United States, which have hosted the talks since May 6, said "
            "in a joint statement that they would now facilitate negotiations on a ceasefire.",
            {("mediation_offer", "Saudi Arabia"), ("mediation_offer", "United States")},
        ),
        (
            "Norway and Cuba said in a communique that they would host the next round of talks.",
            {("mediation_offer", "Norway"), ("mediation_offer", "Cuba")},
        ),
        (
            "Colombia and the ELN announced in a letter to the UN on Monday that they had "
            "agreed to a ceasefire.",
            {("agreement", "Colombia"), ("agreement", "National Liberation Army")},
        ),
    ],
    "refusing a deal rejects it": [
        (
            "Haftar refused to sign the ceasefire agreement.",
            {("negotiation_rejection", "Khalifa Haftar")},
        ),
        (
            "The Arab League declines to renew the truce.",
            {("negotiation_rejection", "Arab League")},
        ),
        ("Moscow refused to accept the peace plan.", {("negotiation_rejection", "Russia")}),
        ("Kyiv has refused to respect the truce.", {("negotiation_rejection", "Ukraine")}),
    ],
    "armed forces crossing into a country": [
        (
            "The armies of Egypt, Syria and Iraq crossed into Palestine.",
            {("hostilities", "Egypt"), ("hostilities", "Syria"), ("hostilities", "Iraq")},
        ),
        ("The armed forces of Rwanda crossed into Congo.", {("hostilities", "Rwanda")}),
        ("Salvadoran tanks crossed into Honduras at dawn.", {("hostilities", "El Salvador")}),
        (
            "Honduran planes hit back on Tuesday, striking an airfield.",
            {("hostilities", "Honduras")},
        ),
    ],
    "a delegate named with the state, a participle phrase and a second verb": [
        (
            "Arthur Goldberg of the United States called for an immediate ceasefire.",
            {("ceasefire_call", "Arthur Goldberg")},
        ),
        (
            "Faris el-Khouri of Syria, speaking for the Arab governments, rejected any truce "
            "that let Israel rearm, and accused the Council of bowing to pressure.",
            {("negotiation_rejection", "Faris el-Khouri"), ("condemnation", "Faris el-Khouri")},
        ),
        (
            "Viktor Orban, speaking in Budapest, rejected the talks.",
            {("negotiation_rejection", "Viktor Orban")},
        ),
        (
            "Egypt welcomed the truce, and condemned the shelling of Rafah by Israel.",
            {("condemnation", "Egypt"), ("hostilities", "Israel")},
        ),
    ],
    "ordering others to stop demands it, ordering one's own forces declares it": [
        (
            "The Security Council ordered Egypt and Israel to stop fighting.",
            {("ceasefire_call", "UN Security Council")},
        ),
        (
            "The African Union ordered the M23 to cease fire at once.",
            {("ceasefire_call", "African Union")},
        ),
        (
            "The ICJ ordered Venezuela to refrain from any military action.",
            {("ceasefire_call", "International Court of Justice")},
        ),
        ("Putin ordered Russian troops to cease fire.", {("agreement", "Vladimir Putin")}),
        ("Burhan ordered the army to stop firing.", {("agreement", "Abdel Fattah al-Burhan")}),
        ("President Putin ordered a ceasefire in Ukraine.", {("agreement", "Vladimir Putin")}),
    ],
    "talks as the only way, at the table, or to talk": [
        (
            "India stressed that only a diplomatic solution could end the crisis.",
            {("negotiation_call", "India")},
        ),
        ("Only through dialogue can peace return, Kenya said.", {("negotiation_call", "Kenya")}),
        (
            "The crisis can only be resolved through dialogue, Brazil said.",
            {("negotiation_call", "Brazil")},
        ),
        (
            "Turkey said the conflict could only be settled at the negotiating table.",
            {("negotiation_call", "Turkey")},
        ),
        (
            "Shastri said the problems should be settled across the table and not on the battlefield.",
            {("negotiation_call", "Lal Bahadur Shastri")},
        ),
        ("Germany wants both sides to talk.", {("negotiation_call", "Germany")}),
        (
            "Pope Francis appealed for negotiations to end the war.",
            {("negotiation_call", "Pope Francis"), ("ceasefire_call", "Pope Francis")},
        ),
    ],
    "arms rushed, forces sent to protect, fighting for a party": [
        ("The Soviet Union airlifted weapons to Egypt.", {("alliance_support", "Soviet Union")}),
        ("Washington rushed arms to Israel.", {("alliance_support", "United States")}),
        ("Russia sold fighter jets to Syria.", {("alliance_support", "Russia")}),
        ("Britain sent warships to protect Kuwait.", {("alliance_support", "United Kingdom")}),
        ("South Africa intervened on the side of UNITA.", {("alliance_support", "South Africa")}),
        ("The Wagner Group fought for Haftar.", {("alliance_support", "Wagner Group")}),
    ],
    "a withdrawal of forces demanded": [
        (
            "Britain demanded the withdrawal of Iraqi forces from Kuwait.",
            {("ceasefire_call", "United Kingdom")},
        ),
        (
            "The United States called for the immediate withdrawal of Chinese troops from Vietnam.",
            {("ceasefire_call", "United States")},
        ),
        ("Ghana urged a pullout of foreign troops from Mali.", {("ceasefire_call", "Ghana")}),
    ],
    "calling oneself the victim of an act condemns it": [
        (
            "Honduras said it had been the victim of an unprovoked invasion by El Salvador.",
            {("condemnation", "Honduras"), ("hostilities", "El Salvador")},
        ),
        (
            "Ukraine is the victim of Russian aggression, Kyiv said.",
            {("condemnation", "Ukraine"), ("hostilities", "Russia")},
        ),
        (
            "Armenia said it had fallen victim to an Azerbaijani offensive.",
            {("condemnation", "Armenia"), ("hostilities", "Azerbaijan")},
        ),
    ],
    "an accusation named as a noun with its maker": [
        (
            "Israel's accusation that Hamas broke the truce was rejected.",
            {("condemnation", "Israel"), ("hostilities", "Hamas")},
        ),
        ("Azerbaijan renewed its accusations against Armenia.", {("condemnation", "Azerbaijan")}),
        (
            "The allegations by Ukraine that Russia shelled the plant were denied.",
            {("condemnation", "Ukraine"), ("hostilities", "Russia")},
        ),
    ],
    "a purpose after a verb of contact past long names is the caller's": [
        (
            "Blinken said he had phoned General Abdel Fattah al-Burhan and General Mohamed "
            "Hamdan Dagalo to urge them to agree to a ceasefire.",
            {("ceasefire_call", "Antony Blinken")},
        ),
        (
            "Merkel telephoned Russian President Vladimir Putin and Ukrainian President Petro "
            "Poroshenko to press for a halt to the fighting.",
            {("ceasefire_call", "Angela Merkel")},
        ),
    ],
    "a conditional gladness offers a service": [
        (
            "Uganda would be glad to welcome the delegations back whenever they are ready to resume.",
            {("mediation_offer", "Uganda")},
        ),
        (
            "Turkey would be happy to host talks between Russia and Ukraine.",
            {("mediation_offer", "Turkey")},
        ),
        ("Norway would gladly facilitate a dialogue.", {("mediation_offer", "Norway")}),
    ],
    "armed forces moving onto another's ground": [
        ("Ethiopian troops advanced deep into Eritrean territory.", {("hostilities", "Ethiopia")}),
        ("Argentine forces landed on South Georgia.", {("hostilities", "Argentina")}),
        ("Chinese troops poured across the border into Vietnam.", {("hostilities", "China")}),
        ("Moroccan troops moved into the Guerguerat buffer zone.", {("hostilities", "Morocco")}),
        ("Russian tanks rolled into Georgia.", {("hostilities", "Russia")}),
    ],
    "a go-between sent, named or carrying messages": [
        (
            "The African Union appointed a high-level panel to mediate.",
            {("mediation_offer", "African Union")},
        ),
        (
            "Oman volunteered to carry messages between Washington and Tehran.",
            {("mediation_offer", "Oman")},
        ),
        (
            "The UN Secretary-General dispatched his envoy to broker a truce.",
            {("mediation_offer", "UN Secretary-General")},
        ),
        (
            "China has sent a special envoy to shuttle between Moscow and Kyiv.",
            {("mediation_offer", "China")},
        ),
        (
            "IGAD decided to send the presidents of Kenya and Djibouti to Khartoum to reconcile the two sides.",
            {("mediation_offer", "IGAD")},
        ),
    ],
    "forces and arms of more kinds; vows to fight on": [
        (
            "The United States has been flying arms and ammunition to Israel since mid-October.",
            {("alliance_support", "United States")},
        ),
        (
            "Katangese gendarmes attacked UN positions across the town.",
            {("hostilities", "Katanga")},
        ),
        (
            "The Security Council strongly deprecates the secessionist activities of the Katangese "
            "authorities.",
            {("condemnation", "UN Security Council")},
        ),
        (
            "Iraq said it rejected the resolution and would go on fighting.",
            {("negotiation_rejection", "Iraq")},
        ),
        ("The rebels vowed to fight to the end.", {("negotiation_rejection", "rebels")}),
    ],
    "talks called pointless; a warning not to act": [
        (
            "Iran said it is meaningless to talk to Washington while Israel attacks Iran.",
            {("negotiation_rejection", "Iran"), ("hostilities", "Israel")},
        ),
        (
            "Hamas said there was no point in negotiating while the bombing continues.",
            {("negotiation_rejection", "Hamas")},
        ),
        ("Rubio warns Iran not to target US interests.", {("condemnation", "Marco Rubio")}),
        ("The US warned Russia not to use nuclear weapons.", {("condemnation", "United States")}),
    ],
    "hostile acts to cease": [
        (
            "Kenya called on both sides to cease all hostile acts immediately.",
            {("ceasefire_call", "Kenya")},
        ),
        ("Ghana urged the militias to stop their acts of sabotage.", {("ceasefire_call", "Ghana")}),
    ],
    "the purpose of a proposed meeting is proposed, not done": [
        (
            "Egypt proposed that the presidents of Moldova, Russia, Romania and Ukraine meet this "
            "week to agree on a cease-fire.",
            {("ceasefire_call", "Egypt"), ("negotiation_call", "Egypt")},
        ),
        (
            "Qatar proposed that the leaders of Israel, Egypt, Jordan and Lebanon meet in Doha next "
            "week to agree on a truce.",
            {("ceasefire_call", "Qatar"), ("negotiation_call", "Qatar")},
        ),
    ],
    "the act an accuser names is not the accuser's, also after an adverb": [
        (
            "Zelensky accused Russia of deliberately targeting the world's food supply.",
            {("condemnation", "Volodymyr Zelensky")},
        ),
    ],
    "who the parties are, and ground they hold, is no attack": [
        (
            "The Security Council calls upon all parties to the present fighting to cease all "
            "firing in the positions they now occupy.",
            {("ceasefire_call", "UN Security Council")},
        ),
        ("Israeli forces occupied the town.", {("hostilities", "Israel")}),
    ],
    "backers named in the cue's own phrase only": [
        (
            "Kyiv, relying on the support of its Western patrons, used the corridor to attack "
            "the Black Sea Fleet.",
            {("hostilities", "Ukraine")},
        ),
        (
            "Britain has the firm support of its friends in the Commonwealth and the European "
            "Community.",
            {("alliance_support", "European Community"), ("alliance_support", "Commonwealth")},
        ),
    ],
    "a disputant settling its dispute; a peer named after a word of address": [
        (
            "U Thant calls on Leopoldville and Elisabethville to settle their dispute.",
            {("negotiation_call", "U Thant")},
        ),
        (
            "Lord Lansdowne, a junior Foreign Office minister, flew to Leopoldville on Saturday "
            "and urged Hammarskjold to halt the operation and to seek talks with Tshombe.",
            {("ceasefire_call", "Lansdowne"), ("negotiation_call", "Lansdowne")},
        ),
        (
            "John Smith, a junior minister, flew to Kinshasa and urged the rebels to stop fighting.",
            {("ceasefire_call", "John Smith")},
        ),
    ],
    "a deal made between parties, and acceptance as a noun": [
        (
            "Agreement was reached between Ethiopia and Eritrea on Monday.",
            {("agreement", "Ethiopia"), ("agreement", "Eritrea")},
        ),
        (
            "A peace deal between Sudan and the SPLM was signed in Naivasha.",
            {("agreement", "Sudan"), ("agreement", "Sudan People's Liberation Movement")},
        ),
        ("Syria announced its acceptance of the ceasefire.", {("agreement", "Syria")}),
        ("Hamas's acceptance of the plan surprised Israel.", {("agreement", "Hamas")}),
    ],
    "pulling back; no question of talks": [
        ("Kenya urged both armies to pull back.", {("ceasefire_call", "Kenya")}),
        (
            "China proposed that both sides pull back twenty kilometres.",
            {("ceasefire_call", "China")},
        ),
        (
            "There can be no question of talks while Chinese forces remain on our territory, "
            "Nehru said.",
            {("negotiation_rejection", "Jawaharlal Nehru")},
        ),
    ],
    "divisions, counterattacks and destruction; a possessor's backer": [
        (
            "Chinese divisions pressed their heavy attacks on South Korean positions.",
            {("hostilities", "China")},
        ),
        (
            "UN counterattacks won back part of the lost ground.",
            {("hostilities", "United Nations")},
        ),
        ("Chadian troops destroyed the Maaten al-Sarra air base.", {("hostilities", "Chad")}),
        (
            "The Soviet Union, Luanda's main backer, said it would help.",
            {("alliance_support", "Soviet Union")},
        ),
        (
            "General Mark Clark urged the Communist delegation to come back to the conference "
            "table without delay.",
            {("negotiation_call", "Mark Clark")},
        ),
    ],
    "ready to sign a deal not yet made calls for it; ready for a truce accepts it": [
        (
            "Algeria is ready to sign a peace treaty with Morocco.",
            {("negotiation_call", "Algeria")},
        ),
        (
            "Azerbaijan said it was prepared to sign a peace agreement with Armenia.",
            {("negotiation_call", "Azerbaijan")},
        ),
        ("Hamas said it was ready to accept a ceasefire.", {("agreement", "Hamas")}),
        (
            "Thailand and Cambodia said they were willing to agree to an immediate ceasefire.",
            {("agreement", "Thailand"), ("agreement", "Cambodia")},
        ),
    ],
    "a title's state from an opening place; a third party's consultations": [
        (
            "In Algiers, President Houari Boumediene's government denounced the march as an act "
            "of aggression.",
            {("condemnation", "Algeria")},
        ),
        (
            "UN Secretary-General Kurt Waldheim offered to continue his consultations with the "
            "parties in search of a peaceful settlement.",
            {("mediation_offer", "Kurt Waldheim")},
        ),
    ],
    "a verb coordinated after a that-clause with no comma": [
        (
            "Chad reaffirms that the Aouzou strip is part of its national territory and demands "
            "that Libya withdraw all its forces from it.",
            {("ceasefire_call", "Chad")},
        ),
        (
            "Chad remains attached to a peaceful settlement of the dispute and calls on Libya to "
            "return to the negotiations.",
            {("negotiation_call", "Chad")},
        ),
    ],
    "a name after a word of address, also after 'that'": [
        (
            "We note with regret that Mr Francis Ona has so far refused to attend these talks.",
            {("negotiation_rejection", "Francis Ona")},
        ),
        ("Mr Ona rejected the talks.", {("negotiation_rejection", "Ona")}),
    ],
    "an act called a plot; the plot's aim is no act": [
        (
            "Peking radio called the release a premeditated plot to sabotage the armistice.",
            {("condemnation", "China")},
        ),
        ("Nehru described it as a breach of faith.", {("condemnation", "Jawaharlal Nehru")}),
        ("Russia rejected the plan to extend the truce.", {("negotiation_rejection", "Russia")}),
    ],
    "charges, amounting to, sides, armed struggle, facilitators": [
        (
            "Turkey charged the Greek Cypriot leadership with conducting a campaign against the "
            "Turkish community.",
            {("condemnation", "Turkey")},
        ),
        (
            "Spain said the march amounted to an invasion of a territory under its administration.",
            {("condemnation", "Spain")},
        ),
        ("The Soviet Union stood on the side of Cyprus.", {("alliance_support", "Soviet Union")}),
        (
            "The Polisario Front said its fighters would carry on the armed struggle until "
            "independence.",
            {("negotiation_rejection", "Polisario Front")},
        ),
        (
            "Najib reaffirmed Malaysia's readiness to continue as third-party facilitator.",
            {("mediation_offer", "Malaysia")},
        ),
    ],
    "a speaker a colon introduces, as liveblogs write": [
        (
            "13:05 Turkish Foreign Minister Mevlut Cavusoglu, on Twitter: Armenia should cease its "
            "provocations and focus on peace negotiations.",
            {("ceasefire_call", "Mevlut Cavusoglu"), ("negotiation_call", "Mevlut Cavusoglu")},
        ),
        ("Kenya: the fighting must stop.", {("ceasefire_call", "Kenya")}),
    ],
    "strikes suspended; in no rush for a truce": [
        (
            "Israel has agreed to suspend air strikes on southern Lebanon for 48 hours.",
            {("agreement", "Israel")},
        ),
        (
            "Olmert said Israel was in no rush to reach a cease-fire.",
            {("negotiation_rejection", "Ehud Olmert")},
        ),
    ],
    "'they' after a speech verb with its addressee; military activities to cease": [
        (
            "The Governments of Ecuador and Peru informed the guarantors that they accept the "
            "ceasefire.",
            {("agreement", "Ecuador"), ("agreement", "Peru")},
        ),
        (
            "We note that the Governments of Ecuador and Peru have each informed us that they "
            "accept the cessation of all military activities.",
            {("agreement", "Ecuador"), ("agreement", "Peru")},
        ),
    ],
    "a commitment to a settlement calls for it; a peacekeeping force accepted": [
        (
            "Pashinyan reaffirmed Armenia's commitment to a negotiated settlement.",
            {("negotiation_call", "Nikol Pashinyan")},
        ),
        ("Kenya reaffirmed its commitment to the ceasefire.", {("agreement", "Kenya")}),
        (
            "Egypt reaffirmed its commitment to the peace treaty with Israel.",
            {("agreement", "Egypt")},
        ),
        (
            "President Habibie agreed to accept an international peacekeeping force in East Timor.",
            {("agreement", "B. J. Habibie")},
        ),
    ],
    "standing by a side": [
        (
            "Russia and Egypt, which are aligned with the Libyan National Army, objected.",
            {("alliance_support", "Russia"), ("alliance_support", "Egypt")},
        ),
        ("NATO stood in full solidarity with Turkey.", {("alliance_support", "NATO")}),
        ("Jordan stood shoulder to shoulder with Lebanon.", {("alliance_support", "Jordan")}),
        ("Egypt stands firmly by Somalia.", {("alliance_support", "Egypt")}),
        ("Poland stood squarely behind Ukraine.", {("alliance_support", "Poland")}),
    ],
    "pacts and recognition": [
        ("Somalia signed a defence pact with Egypt.", {("alliance_support", "Somalia")}),
        ("Armenia is bound to Russia by a defence treaty.", {("alliance_support", "Armenia")}),
        ("Somalia is tightening its security ties with Egypt.", {("alliance_support", "Somalia")}),
        (
            "Russia recognised Abkhazia and South Ossetia as independent states.",
            {("alliance_support", "Russia")},
        ),
        ("Turkey recognized the independence of Kosovo.", {("alliance_support", "Turkey")}),
        # honouring an alliance backs the ally; honouring a peace treaty agrees to peace
        (
            "Moscow said it would honour its obligations under the treaty of friendship with Hanoi.",
            {("alliance_support", "Russia")},
        ),
        ("France would honour its defence agreement with Chad.", {("alliance_support", "France")}),
        (
            "The United States will honour its commitments under the mutual defence treaty "
            "with the Philippines.",
            {("alliance_support", "United States")},
        ),
        (
            "Britain is bound to Jordan by a treaty of alliance.",
            {("alliance_support", "United Kingdom")},
        ),
        ("Egypt said it would honour its peace treaty with Israel.", {("agreement", "Egypt")}),
    ],
    "acts named as nouns": [
        (
            "Nigeria rejected the plan. The capture of Port Harcourt by federal forces weighed "
            "on the talks.",
            {("negotiation_rejection", "Nigeria"), ("hostilities", "Nigeria")},
        ),
        ("The Arab Legion has kept up its shelling of the city.", {("hostilities", "Arab Legion")}),
        ("The separatists shelled Mariupol overnight.", {("hostilities", "separatists")}),
        (
            "The separatists' offensive around Debaltseve must stop, Obama said.",
            {("hostilities", "separatists"), ("ceasefire_call", "Barack Obama")},
        ),
        # a speech verb before "that" governs a clause, not the attack noun in it
        (
            "Obama stressed that the separatists' offensive around Debaltseve had to stop.",
            {("hostilities", "separatists"), ("ceasefire_call", "Barack Obama")},
        ),
        (
            "Macron underlined that Russia's bombardment of Kharkiv must end.",
            {("hostilities", "Russia"), ("ceasefire_call", "Emmanuel Macron")},
        ),
        (
            "The offensive by Syrian government troops resumed on Monday.",
            {("hostilities", "Syria")},
        ),
        (
            "An air strike by Syrian government forces killed 33 Turkish soldiers.",
            {("hostilities", "Syria")},
        ),
        ("Russian shelling of Kharkiv continued overnight.", {("hostilities", "Russia")}),
        (
            "Saturday's U.S. strikes on two airfields destroyed several jets.",
            {("hostilities", "United States")},
        ),
        ("Houthi drone attacks on shipping resumed.", {("hostilities", "Houthis")}),
        (
            "NATO condemned the continued air strikes by the Syrian regime and Russia.",
            {("condemnation", "NATO"), ("hostilities", "Syria"), ("hostilities", "Russia")},
        ),
        ("The offer by Qatar to host talks was welcomed.", {("mediation_offer", "Qatar")}),
        (
            "Fighting between India and Pakistan resumed on Tuesday.",
            {("hostilities", "India"), ("hostilities", "Pakistan")},
        ),
        ("Indian forces launched a drone strike on the depot.", {("hostilities", "India")}),
        ("The raid on the port was carried out by Serbia.", {("hostilities", "Serbia")}),
        # agents coordinated past the head noun of the first
        (
            "Thirteen soldiers were killed in attacks by the M23 rebels and the Rwanda Defence Force.",
            {("hostilities", "M23"), ("hostilities", "Rwanda Defence Force")},
        ),
        (
            "The town was shelled by Houthi fighters and Saudi jets.",
            {("hostilities", "Houthis"), ("hostilities", "Saudi Arabia")},
        ),
        # the act's object or place between the noun and its agent
        (
            "The shelling of Kharkiv by Russian forces went on overnight.",
            {("hostilities", "Russia")},
        ),
        ("The attack on the convoy by Hamas killed three soldiers.", {("hostilities", "Hamas")}),
        (
            "The bombardment of Gaza City by Israeli jets continued on Sunday.",
            {("hostilities", "Israel")},
        ),
        (
            "Israel condemned the attack on its embassy in Buenos Aires by Hezbollah.",
            {("condemnation", "Israel"), ("hostilities", "Hezbollah")},
        ),
        (
            "Niger and Chad exchanged artillery fire along the border.",
            {("hostilities", "Niger"), ("hostilities", "Chad")},
        ),
    ],
    "the time or place of an act is not its object": [
        ("Ghana called for a ceasefire at the summit.", {("ceasefire_call", "Ghana")}),
        ("Ghana called for a ceasefire during the talks in Accra.", {("ceasefire_call", "Ghana")}),
        ("Qatar urged talks after the truce.", {("negotiation_call", "Qatar")}),
        (
            "On the sidelines of the Doha talks, Egypt appealed for calm.",
            {("ceasefire_call", "Egypt")},
        ),
        # other concepts after "at" are the object: dismay at an attack
        (
            "Germany said it was appalled at the attack on the hospital.",
            {("condemnation", "Germany")},
        ),
    ],
    "purpose after a verb of contact": [
        (
            "German Chancellor Angela Merkel telephoned Russian President Vladimir Putin to "
            "press for an immediate halt to the fighting.",
            {("ceasefire_call", "Angela Merkel")},
        ),
        ("France wrote to Iran to demand an end to the fighting.", {("ceasefire_call", "France")}),
        ("Qatar called Egypt to offer to host talks.", {("mediation_offer", "Qatar")}),
        (
            "Kenyan President William Ruto met Sudanese General Abdel Fattah al-Burhan to urge "
            "a ceasefire.",
            {("ceasefire_call", "William Ruto")},
        ),
        # a verb of asking hands the act to its object, who is asked, not asking
        ("Turkey urged Russia to halt the offensive.", {("ceasefire_call", "Turkey")}),
    ],
    "offers without the common verbs": [
        (
            "Kenya offered to act as a go-between for Eritrea and Ethiopia.",
            {("mediation_offer", "Kenya")},
        ),
        (
            "Oman put Muscat forward as a venue for talks between Sudan and Chad.",
            {("mediation_offer", "Oman")},
        ),
        (
            "The African Union offered to bring Sudan and Chad together for talks.",
            {("mediation_offer", "African Union")},
        ),
    ],
    "support named by a relation": [
        (
            "Mexico pledged military assistance to the Democratic Republic of the Congo.",
            {("alliance_support", "Mexico")},
        ),
        (
            "Algeria and India are close military allies.",
            {("alliance_support", "Algeria"), ("alliance_support", "India")},
        ),
        (
            "Indonesia, the Philippines' closest ally, urged restraint.",
            {("alliance_support", "Indonesia"), ("ceasefire_call", "Indonesia")},
        ),
    ],
    "fighting on until the aims are met": [
        (
            "Kinshasa said operations against the rebels would continue until every goal was met.",
            {("negotiation_rejection", "Democratic Republic of the Congo")},
        ),
        (
            "Israel said the campaign will go on until all its aims are achieved.",
            {("negotiation_rejection", "Israel")},
        ),
    ],
    "bodies the text names": [
        (
            "The Henry Dunant Centre, the Geneva-based group that brokered the truce, said it "
            "stood ready to bring the two sides back together.",
            {("mediation_offer", "Henry Dunant Centre")},
        ),
        (
            "The Carter Center offered to host talks between the two parties.",
            {("mediation_offer", "Carter Center")},
        ),
        (
            "The Berghof Foundation said it was ready to facilitate a dialogue.",
            {("mediation_offer", "Berghof Foundation")},
        ),
        (
            "The Sahel Patriotic Alliance rejected the ceasefire proposal put forward by Egypt.",
            {("negotiation_rejection", "Sahel Patriotic Alliance")},
        ),
        (
            "In Tripoli, the Government of National Unity said it would observe the truce.",
            {("agreement", "Government of National Unity")},
        ),
        (
            "Germany formally recognised the Popular Liberation Front as the legitimate government.",
            {("alliance_support", "Germany")},
        ),
    ],
    "weapons fired": [
        (
            "Iran fired about 180 ballistic missiles at Israel on Tuesday.",
            {("hostilities", "Iran")},
        ),
        ("Hezbollah fired dozens of rockets into northern Israel.", {("hostilities", "Hezbollah")}),
        ("Russia unleashed a barrage of drones on Kyiv.", {("hostilities", "Russia")}),
    ],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [case for cases in CASES.values() for case in cases],
    ids=[f"{name}: {text[:40]}" for name, cases in CASES.items() for text, _ in cases],
)
def test_the_stance_is_read_whatever_the_wording(text, expected):
    assert expected and signals_of(text) == expected


NOT_SIGNALS = [
    # charges and amounts that are no condemnation
    "Police charged the suspect with murder.",
    "The bill amounted to a million dollars.",
    # a storm destroys no one's positions; a question's auxiliary names no person
    "The storm destroyed the village.",
    "Has Francis Ona agreed to come to the talks?",
    # pulling back from talks is told, not asked for
    "Egypt pulled back from the talks.",
    # talks held between parties are no deal; accepting refugees is no agreement
    "Talks between Israel and Hamas were held in Cairo.",
    "The acceptance of refugees by Germany was praised.",
    # a warning to no party, pointlessness of no talks, a warning not given
    "Doctors warned patients not to skip meals.",
    "It is pointless to speculate about the weather.",
    "The US did not warn Russia not to attack.",
    # a flight that carries no arms; a last stand told as history
    "The minister flew to Cairo on Monday.",
    "The soldiers fought to the last man at the Alamo in 1836.",
    # an envoy or mission sent for other business
    "Russia sent an envoy to Damascus to discuss gas supplies.",
    "The UN sent a mission to assess the damage.",
    # people, not forces, moving or landing
    "The president landed in Cairo on Monday.",
    "Investors poured into Vietnam last year.",
    "Protesters marched on parliament.",
    # gladness at an outcome offers nothing
    "Egypt would be happy to see a ceasefire.",
    # accusations rejected are not the rejecter's
    "Russia rejected the accusations.",
    # a victim of no one's act
    "The village was the victim of a flood.",
    # a withdrawal told, not asked for
    "The withdrawal of Russian troops from Kherson was completed in November.",
    # fighting for, protecting or selling what is no party
    "The army fought for control of the town.",
    "The rebels fought for independence.",
    "The UN must protect Ukraine's civilians.",
    "France vowed to protect civilians in Mali.",
    "Russia sold gas to Europe.",
    "Kenya sent a delegation to Addis Ababa.",
    # "only" before what is no talks
    "Only a military victory will end this, Russia said.",
    "Egypt held only a brief meeting with the envoy.",
    # people crossing a border are no army
    "Refugees crossed into Chad.",
    "Thousands of Syrians crossed into Turkey on Monday.",
    # failing is not refusing, and a refusal denied is none
    "The two sides failed to agree on a truce.",
    "Egypt did not refuse to sign the truce.",
    # a mediator pausing its own mediation rejects nothing
    "Qatar said it was suspending its mediation between the two sides.",
    # suspending one's own operations is no rejection of talks
    "Israel's army suspended its military operations in the south.",
    # a ruled-out ceasefire that is only reported, not ruled out by anyone named
    "Will there be no ceasefire this winter?",
    # negated: "did not call off"
    "Ukraine did not call off the talks with Russia.",
    # a deal that is not about the conflict takes no side
    "Israel signed a trade deal with Egypt.",
    # recognising a need is no recognition of a party
    "Russia recognised the need for talks with Ukraine.",
    # an inverted condition: "Should ..., X would ..."
    "Should the border incidents spread, Turkey would call for an immediate ceasefire.",
    "Had the talks failed, Qatar would have offered to host new ones.",
    # the speaker did not say it
    "Saudi Arabia did not say the strikes on the port were unacceptable.",
    # soldiers killed in fighting did not fight each other; "Libya's war" is a place's war
    "Eight Israeli soldiers were killed in fighting in southern Lebanon.",
    "Governments with a stake in Libya's war met in Berlin.",
    # a report that someone denied is no act of theirs
    "The Congolese army denied that Rwanda had fired rockets at two villages.",
    "Officials in Dushanbe denied that Kyrgyzstan's troops had crossed the border.",
    # not refusing is neither refusing nor agreeing
    "Serbia did not refuse to sit down with Kosovo.",
    # a negated vow to fight on
    "Georgetown did not vow to keep fighting.",
    "Serbia did not pledge to fight on despite the pressure.",
    # a campaign that went on until a date is a report, not a vow
    "The campaign continued until March.",
    # an ally only under a condition
    "If the talks failed, Belarus would be Russia's ally.",
    # an attack named without its agent names no actor
    "The offensive resumed on Monday despite the appeals.",
    # a participle before "by" takes the agent: the base is used, not attacked, by them
    "The attack on a base used by U.S. forces killed two.",
    "The shelling of the town held by Ethiopian troops went on.",
]


@pytest.mark.parametrize("text", NOT_SIGNALS)
def test_wordings_that_state_no_act_give_no_signal(text):
    assert signals_of(text) == set()


UNTITLED = [
    (
        "Vladimir Putin and Recep Tayyip Erdogan agreed on Thursday to a ceasefire in Idlib.",
        {("agreement", "Vladimir Putin"), ("agreement", "Recep Tayyip Erdogan")},
    ),
    ("Khalifa Haftar rejected the appeal.", {("negotiation_rejection", "Khalifa Haftar")}),
    (
        "In Tripoli, Fayez al-Sarraj called for a return to the negotiating table.",
        {("negotiation_call", "Fayez al-Sarraj")},
    ),
    (
        "Amina Odhiambo, Rafael Moura and Chen Wei urged an immediate ceasefire.",
        {
            ("ceasefire_call", "Amina Odhiambo"),
            ("ceasefire_call", "Rafael Moura"),
            ("ceasefire_call", "Chen Wei"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNTITLED, ids=lambda v: str(v)[:30])
def test_a_name_standing_as_the_subject_of_a_verb_is_a_person(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # capitalised words after a preposition are a place or a thing, not a speaker
        "Talks in Sharm El Sheikh resumed on Monday.",
        # an organisation's name is no person's
        "The Peace Research Institute rejected the report.",
    ],
)
def test_capitalised_words_that_are_no_subject_name_no_person(text):
    assert not any(s[1] in text for s in signals_of(text) if " " in s[1])


def test_a_list_of_titled_people_acts_together():
    text = (
        "Caretaker Prime Minister Najib Mikati, Parliament Speaker Nabih Berri and Druze "
        "leader Walid Jumblatt met on Wednesday, condemned the Israeli aggression and called "
        "for an immediate ceasefire."
    )
    people = {"Najib Mikati", "Nabih Berri", "Walid Jumblatt"}
    # "the Israeli aggression" is an act named with its agent (SIGNALS.md)
    assert signals_of(text) == {
        (signal, person) for signal in ("condemnation", "ceasefire_call") for person in people
    } | {("hostilities", "Israel")}


def test_a_title_before_a_first_name_that_is_also_a_place():
    text = '"There will be no ceasefire in the north," Foreign Minister Israel Katz wrote.'
    assert signals_of(text) == {("negotiation_rejection", "Israel Katz")}


def test_a_halt_to_attacks_named_at_length_is_a_ceasefire():
    text = "Turkey urged Moscow to use its influence to halt the Syrian government's attacks."
    assert ("ceasefire_call", "Turkey") in signals_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin spoke. "
            "The two leaders agreed that the Syrian government must halt its offensive.",
            {("ceasefire_call", "Recep Tayyip Erdogan"), ("ceasefire_call", "Vladimir Putin")},
        ),
        (
            "The foreign ministers of Egypt and Jordan agreed that both armies should stop "
            "fighting at once.",
            {("ceasefire_call", "Egypt"), ("ceasefire_call", "Jordan")},
        ),
        (
            "Kenya believes that differences should be resolved through dialogue.",
            {("negotiation_call", "Kenya")},
        ),
        (
            "UN Secretary-General Antonio Guterres said a ceasefire was urgently needed.",
            {("ceasefire_call", "Antonio Guterres")},
        ),
    ],
    ids=["agreed that ... must", "agreed that ... should", "believes that", "is needed"],
)
def test_agreeing_that_others_must_stop_is_a_call_not_an_agreement(text, expected):
    assert signals_of(text) == expected


def test_pressing_on_with_mediation_is_no_vow_to_fight():
    # an offer to go on mediating, not a vow to fight on
    assert signals_of("Russia said Moscow would press on with its mediation.") == {
        ("mediation_offer", "Russia")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Naim Qassem, Hezbollah's deputy secretary-general, vowed on Monday that the group "
            "would keep fighting.",
            {("negotiation_rejection", "Naim Qassem")},
        ),
        (
            "Turkish Foreign Minister Hakan Fidan said Turkey stood ready to host talks.",
            {("mediation_offer", "Hakan Fidan")},
        ),
    ],
)
def test_what_a_person_states_of_their_own_side_is_their_act(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a request that was blocked asks nothing of anyone
        "The United States blocked a Russian request for a ceasefire resolution.",
        # the parties asked to pursue peace are not the ones asking
        "Norway continues to urge Venezuela and Guyana to pursue a peaceful resolution.",
    ],
)
def test_the_party_asked_or_the_blocked_request_is_no_caller(text):
    assert not any(actor in ("Russia", "Venezuela", "Guyana") for _, actor in signals_of(text))


def test_the_allies_are_the_alliance_last_named():
    text = (
        "NATO ambassadors met on Friday. Afterwards the allies condemned the air strikes "
        "and stood in full solidarity with Turkey."
    )
    found = signals_of(text)
    assert ("condemnation", "NATO") in found and ("alliance_support", "NATO") in found


def test_an_apposition_ending_in_a_plural_noun_keeps_its_person_active():
    text = (
        "Josep Borrell, the EU's High Representative for foreign affairs, condemned the "
        "violence in the strongest terms."
    )
    assert signals_of(text) == {("condemnation", "Josep Borrell")}


def test_military_action_that_must_cease_is_a_ceasefire():
    assert signals_of("NATO insisted that military action must cease definitively.") == {
        ("ceasefire_call", "NATO")
    }


def test_the_two_countries_of_two_leaders_are_their_states():
    text = (
        "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan met in "
        "Moscow. The two countries also agreed to set up a security corridor."
    )
    assert signals_of(text) == {("agreement", "Russia"), ("agreement", "Turkey")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan underlined the need for a durable truce between the two sides.",
            {("ceasefire_call", "Japan")},
        ),
        ("Egypt said the weapons must be silenced.", {("ceasefire_call", "Egypt")}),
        (
            "Norway stressed the importance of dialogue between the parties.",
            {("negotiation_call", "Norway")},
        ),
        ("Qatar said all parties should show calm.", {("ceasefire_call", "Qatar")}),
    ],
)
def test_a_need_or_an_importance_stated_is_a_call(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian Foreign Minister Sergei Lavrov said Moscow would press on with its "
            "mediation between the two camps.",
            {("mediation_offer", "Sergei Lavrov")},
        ),
        (
            "EU envoy Miroslav Lajcak said he would bring the two sides together in Brussels.",
            {("mediation_offer", "Miroslav Lajcak")},
        ),
    ],
)
def test_going_on_mediating_or_bringing_the_sides_together_is_an_offer(text, expected):
    assert signals_of(text) == expected


def test_bringing_the_sides_together_in_the_past_is_no_offer():
    assert signals_of("Qatar brought the two sides together last year.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lebanese Prime Minister Najib Mikati said Lebanon remained committed to the "
            "proposal for a 21-day truce.",
            {("agreement", "Najib Mikati")},
        ),
        (
            "The LNA agreed that all units on the front lines would return to their bases.",
            {("agreement", "Libyan National Army")},
        ),
        ("Israel said it would implement the ceasefire.", {("agreement", "Israel")}),
    ],
)
def test_commitments_and_agreed_measures_are_agreements(text, expected):
    assert signals_of(text) == expected


def test_a_call_to_resume_talks_stays_the_callers():
    text = (
        "UN Secretary-General Antonio Guterres called on the two leaders to take immediate "
        "steps and resume negotiations."
    )
    assert signals_of(text) == {("negotiation_call", "Antonio Guterres")}


@pytest.mark.parametrize(
    "text",
    [
        # "arms" in a compound is a noun: nobody arms anybody
        "Governments promised to respect a long-flouted UN arms embargo.",
        # declaring a deal void is no agreement to it
        "Somalia declared null and void a memorandum of understanding.",
        # backing someone's efforts backs a process, not a side
        "Hezbollah said it backed Berri's efforts to reach a truce.",
    ],
)
def test_nouns_processes_and_annulments_take_no_side(text):
    assert signals_of(text) == set()


def test_a_weapon_with_its_national_adjective_is_its_state_firing():
    assert signals_of("An Israeli Merkava tank fired at an observation tower.") == {
        ("hostilities", "Israel")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya has seen the bombing of civilian targets in the north.", set()),
        (
            "The EU condemned the attacks on civilian targets by Russia.",
            {("condemnation", "European Union"), ("hostilities", "Russia")},
        ),
        (
            "Russia targets civilian infrastructure in Kharkiv, Ukraine said.",
            {("hostilities", "Russia")},
        ),
    ],
)
def test_a_verb_form_after_an_adjective_is_a_noun(text, expected):
    # "civilian targets" names the targets; "Russia targets" is the verb
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EU envoy Miroslav Lajcak said he would bring the two chief negotiators together.",
            {("mediation_offer", "Miroslav Lajcak")},
        ),
        (
            "Kenya said it would bring the leaders of both countries together in Nairobi.",
            {("mediation_offer", "Kenya")},
        ),
        (
            "IGAD said it would arrange a face-to-face meeting between Burhan and Dagalo.",
            {("mediation_offer", "IGAD")},
        ),
        (
            "Qatar said it would set up a meeting between Israeli and Hamas negotiators.",
            {("mediation_offer", "Qatar")},
        ),
        # what was arranged is done, not offered; a meeting with one's own people is none
        ("The army arranged a meeting with local elders on Monday.", set()),
    ],
)
def test_bringing_parties_together_is_an_offer_to_mediate(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistan's message to the Taliban regime is clear: stop these attacks.",
            {("ceasefire_call", "Pakistan")},
        ),
        (
            "Britain said its message to Moscow was simple: stop the war.",
            {("ceasefire_call", "United Kingdom")},
        ),
        (
            "Kenya said its message to both sides was clear: return to the negotiating table.",
            {("negotiation_call", "Kenya")},
        ),
        ("Kenya sent a message to Ethiopia on Monday.", set()),
    ],
)
def test_a_message_to_a_party_states_what_follows_its_colon(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "US President Joe Biden reaffirmed America's \"ironclad\" commitment to Israel's security.",
            {("alliance_support", "Joe Biden")},
        ),
        (
            "Britain reaffirmed its \u201cunshakeable\u201d commitment to Israel's security.",
            {("alliance_support", "United Kingdom")},
        ),
        (
            "The United States remains committed to Israel's security, the minister said.",
            {("alliance_support", "United States")},
        ),
        ("Russia said it was committed to Armenia's defence.", {("alliance_support", "Russia")}),
        ("France reaffirmed its commitment to regional security and stability.", set()),
        ("The EU reaffirmed its commitment to European security.", set()),
    ],
)
def test_a_commitment_to_a_states_security_backs_it(text, expected):
    assert {(s, a) for s, a in signals_of(text) if s == "alliance_support"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "US President Joe Biden later convened G7 leaders, who in a joint statement "
            "expressed their full solidarity with Israel and demanded that Iran cease its attacks.",
            {("alliance_support", "G7"), ("ceasefire_call", "G7")},
        ),
        (
            "France hosted the Arab League envoys, who condemned the strikes and urged a ceasefire.",
            {("condemnation", "Arab League"), ("ceasefire_call", "Arab League")},
        ),
        # a comma closes the relative clause: the main clause's subject urges
        (
            "Egypt received Sudanese army chief Abdel Fattah al-Burhan, who was in Cairo "
            "for talks, and urged a ceasefire.",
            {("ceasefire_call", "Egypt")},
        ),
    ],
)
def test_a_verb_coordinated_inside_a_relative_clause_has_its_antecedent(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela held a referendum backing its claim and Nicolas Maduro ordered licences.",
        "Russia backed its own peace plan and Ukraine rejected it.",
        "Egypt supports its proposal, and Ethiopia disagrees.",
    ],
)
def test_backing_ones_own_claim_or_plan_takes_no_side(text):
    assert not {s for s, _ in signals_of(text)} & {"alliance_support"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia vetoed a draft resolution demanding an immediate ceasefire.", set()),
        ("Russia vetoed a draft resolution calling for talks.", set()),
        ("The United States vetoed a resolution demanding a ceasefire in Gaza.", set()),
        (
            "France tabled a draft resolution demanding an immediate ceasefire.",
            {("ceasefire_call", "France")},
        ),
        (
            "The Security Council adopted a resolution calling for a ceasefire.",
            {("ceasefire_call", "UN Security Council")},
        ),
    ],
)
def test_a_resolution_calls_for_what_its_adopter_wants_not_its_vetoer(text, expected):
    # "a draft resolution": "draft" after a determiner is no verb of adopting
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UN Secretary-General Antonio Guterres said he was appalled by the killing of aid workers.",
            {("condemnation", "Antonio Guterres")},
        ),
        (
            "Kenya expressed outrage at the massacre of civilians in Darfur.",
            {("condemnation", "Kenya")},
        ),
        (
            "Germany was horrified by the bombing of the hospital, a spokesman said.",
            {("condemnation", "Germany")},
        ),
        # dismay at a situation, not at an act, condemns no one
        ("Japan said it was appalled by the humanitarian situation.", set()),
    ],
)
def test_dismay_at_an_act_condemns_it(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU said a negotiated solution was the only way forward.",
            {("negotiation_call", "European Union")},
        ),
        (
            "China said dialogue remains the only way to resolve the crisis.",
            {("negotiation_call", "China")},
        ),
        (
            "Turkey said a ceasefire was the only option.",
            {("ceasefire_call", "Turkey")},
        ),
        ("Russia said force was the only option left.", set()),
    ],
)
def test_the_only_way_forward_is_what_the_speaker_asks_for(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clashes erupted between Indian and Chinese soldiers in the Galwan valley.",
            {("hostilities", "India"), ("hostilities", "China")},
        ),
        (
            "Heavy fighting raged between Armenian and Azerbaijani forces.",
            {("hostilities", "Armenia"), ("hostilities", "Azerbaijan")},
        ),
        (
            "Fighting has broken out between Armenia and Azerbaijan.",
            {("hostilities", "Armenia"), ("hostilities", "Azerbaijan")},
        ),
        (
            "Clashes between Thai and Cambodian troops left 12 dead.",
            {("hostilities", "Thailand"), ("hostilities", "Cambodia")},
        ),
        ("Talks between Armenia and Azerbaijan resumed.", set()),
    ],
)
def test_fighting_between_two_sides_is_both_sides_fighting(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Talks in the Kremlin were aimed at averting a direct clash between Russian and Turkish forces.",
        "The world could ill afford a military clash between India and Pakistan.",
        "Diplomats sought to head off a war between Armenia and Azerbaijan.",
        "The summit was meant to prevent fighting between Thai and Cambodian troops.",
    ],
)
def test_an_event_averted_or_feared_did_not_happen(text):
    assert not any(s == "hostilities" for s, _ in signals_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ceasefire was violated by Armenian forces, Baku said.", {("hostilities", "Armenia")}),
        (
            "The truce was broken by Azerbaijani troops, Yerevan claimed.",
            {("hostilities", "Azerbaijan")},
        ),
        (
            "Sudan's army, backed by Egypt, Turkey and Iran, attacked Omdurman.",
            {
                ("alliance_support", "Egypt"),
                ("alliance_support", "Turkey"),
                ("alliance_support", "Iran"),
                ("hostilities", "Sudan"),
            },
        ),
    ],
)
def test_a_speaker_after_a_comma_is_no_agent_of_the_passive(text, expected):
    # a lone comma lists no one: the list of agents ends with "and"
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan and Armenia traded accusations of ceasefire violations.",
            {("condemnation", "Azerbaijan"), ("condemnation", "Armenia")},
        ),
        (
            "India and Pakistan exchanged accusations over the attack.",
            {("condemnation", "India"), ("condemnation", "Pakistan")},
        ),
    ],
)
def test_trading_accusations_is_each_side_accusing(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party open to its own talks wants them
        ("Ukraine said it was open to negotiations.", {("negotiation_call", "Ukraine")}),
        ("Russia said it remained open to talks with Kyiv.", {("negotiation_call", "Russia")}),
        (
            "Qatar said it was open to mediating between the two sides.",
            {("mediation_offer", "Qatar")},
        ),
        ("The market is open to investors.", set()),
        # readiness in other words, and readiness to resume: one call for talks
        ("Hamas said it was prepared to negotiate.", {("negotiation_call", "Hamas")}),
        (
            "Azerbaijan expressed readiness for talks with Armenia.",
            {("negotiation_call", "Azerbaijan")},
        ),
        ("Russia is ready to resume negotiations.", {("negotiation_call", "Russia")}),
        # readiness for a truce agrees to it
        (
            "The TPLF said it was ready for a ceasefire and talks.",
            {("agreement", "Tigray People's Liberation Front")},
        ),
        ("Russia is prepared to observe a ceasefire.", {("agreement", "Russia")}),
        # a third party ready to watch over a truce agrees to none
        ("The UN stands ready to monitor a ceasefire.", set()),
    ],
)
def test_being_open_to_talks_is_readiness(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran vowed revenge after an Israeli strike on its consulate.",
            {("hostilities", "Israel")},
        ),
        ("Iran vows revenge after Israeli strike on consulate", {("hostilities", "Israel")}),
        (
            "Kyiv condemned the Russian attack on Odesa.",
            {("condemnation", "Ukraine"), ("hostilities", "Russia")},
        ),
        ("The Ukrainian offensive stalled near Robotyne.", {("hostilities", "Ukraine")}),
        # "armed" inside "Serbian armed forces" is no act of arming
        ("The build-up of Serbian armed forces along the boundary worried NATO.", set()),
    ],
)
def test_a_national_adjective_before_an_act_noun_names_its_agent(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey says ready to host Russia-Ukraine talks", {("mediation_offer", "Turkey")}),
        ("Kremlin says open to talks with Kyiv", {("negotiation_call", "Russia")}),
    ],
)
def test_a_headline_without_its_copula_states_readiness(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Security Council Press Statement on Attacks in Eastern Democratic Republic of the Congo",
        "Kenya told a press conference that the border was calm.",
    ],
)
def test_press_before_a_statement_noun_is_no_verb(text):
    assert signals_of(text) == set()


def headline_signals(headline: str) -> set[tuple[str, str]]:
    doc = document_from_text(headline + "\nNairobi, 3 May 2031\n\nMore to follow.\n", "news")
    return {(s.signal, s.actor) for s in analyze_document(doc, with_tone=False).signals}


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # the police are not the killers; the gunmen, unnamed, storm the village
        ("Kosovo police officer killed as gunmen storm village", {("hostilities", "gunmen")}),
        ("Three Thai soldiers killed in Cambodian shelling", {("hostilities", "Cambodia")}),
        (
            "Turkey hits back after 33 soldiers killed in Idlib air strike",
            {("hostilities", "Turkey")},
        ),
        ("Russian troops shelled Kharkiv overnight", {("hostilities", "Russia")}),
    ],
)
def test_a_headline_participle_without_object_is_passive(headline, expected):
    # a headline drops "was": the ones killed are the victims
    assert headline_signals(headline) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Philippines summoned the Chinese ambassador to protest the water cannon attack.",
            {("condemnation", "Philippines")},
        ),
        (
            "Kosovo police clashed with Serbian troops in Zvecan.",
            {("hostilities", "Kosovo"), ("hostilities", "Serbia")},
        ),
    ],
)
def test_weapon_nouns_and_police(text, expected):
    # "the water cannon attack" is a noun; police fight as forces do
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Houthis vowed to continue their attacks on shipping until the war in Gaza ends.",
            {("negotiation_rejection", "Houthis")},
        ),
        ("Hamas vowed to intensify its attacks on Israel.", {("negotiation_rejection", "Hamas")}),
        ("The Houthis vowed to continue talks with Saudi Arabia.", set()),
    ],
)
def test_vowing_to_go_on_with_attacks_is_fighting_on(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Colombia and the ELN extended their ceasefire by six months.",
            {("agreement", "Colombia"), ("agreement", "National Liberation Army")},
        ),
        (
            "Israel and Hamas renewed the truce for two more days.",
            {("agreement", "Israel"), ("agreement", "Hamas")},
        ),
        (
            "Azerbaijan and Armenia initialled the text of a peace agreement.",
            {("agreement", "Azerbaijan"), ("agreement", "Armenia")},
        ),
        ("Qatar extended an invitation to both sides.", set()),
    ],
)
def test_extending_a_truce_or_initialling_a_text_agrees_to_it(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey has suffered the most terrorist attacks.", set()),
        ("Kharkiv faced Russian missile strikes overnight.", {("hostilities", "Russia")}),
        ("Ukraine repelled a Russian assault on Avdiivka.", {("hostilities", "Russia")}),
        (
            "The town came under heavy shelling by Russian forces.",
            {("hostilities", "Russia")},
        ),
        ("Heavy shelling by Russian forces hit the town.", {("hostilities", "Russia")}),
    ],
)
def test_who_undergoes_an_attack_is_not_its_agent(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia, Belgrade's traditional ally, had blamed Kosovo for the violence.",
        "Russia, Serbia's closest ally, had blamed Kosovo for the violence.",
        "Russia, Belgrade's ally, blamed Kosovo for the violence.",
    ],
)
def test_a_possessive_apposition_is_skipped_to_its_head(text):
    # the possessor inside ", Belgrade's ally," is no subject of "blamed"
    assert signals_of(text) == {("alliance_support", "Russia"), ("condemnation", "Russia")}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Italian Prime Minister Giorgia Meloni spoke first. Her foreign minister, Antonio "
            "Tajani, said he had spoken with both leaders and urged everyone to calm down.",
            "Antonio Tajani",
        ),
        (
            "US President Donald Trump spoke first. His envoy, Steve Witkoff, met Putin and "
            "called for talks.",
            "Steve Witkoff",
        ),
    ],
)
def test_a_possessive_pronoun_before_a_named_person_is_not_the_subject(text, person):
    found = signals_of(text)
    assert found and {actor for _, actor in found} == {person}


@pytest.mark.parametrize(
    "text",
    [
        "Sudanese army chief Abdel Fattah al-Burhan was invited. The army did not say "
        "whether Burhan would attend.",
        "It was unclear whether Russia would attend the talks.",
        "Kenya asked whether the parties would accept a truce.",
        "Officials did not know if Hamas would accept the proposal.",
    ],
)
def test_an_embedded_question_asserts_nothing(text):
    assert signals_of(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran has armed and trained the Houthis for years.", {("alliance_support", "Iran")}),
        ("Iran armed the Houthis.", {("alliance_support", "Iran")}),
        ("The armed groups attacked the town.", set()),
    ],
)
def test_armed_coordinated_with_another_verb_is_a_verb(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Houthis claimed responsibility for the drone attack on the tanker.",
            {("hostilities", "Houthis")},
        ),
        (
            "The Islamic State group claimed responsibility for the bombing.",
            {("hostilities", "Islamic State")},
        ),
        (
            "Israel said it had killed a senior Hezbollah commander in a strike on Beirut.",
            {("hostilities", "Israel")},
        ),
        ("The group claimed responsibility for the kidnapping.", set()),
        ("The minister said he had killed time reading a report on the strikes.", set()),
    ],
)
def test_claiming_an_attack_or_killing_in_a_strike_is_an_attack(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Serbia did not say it wanted negotiations with Kosovo to begin.",
        "Oman did not say that it was prepared to facilitate negotiations between Pakistan and India.",
        "Tajikistan never said it had accepted the truce.",
    ],
)
def test_a_negated_report_asserts_nothing(text):
    assert signals_of(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Can only dialogue end this conflict?" Japan asked.', set()),
        ("Will Russia attend the talks?", set()),
        ('"Only dialogue can end this conflict," Japan said.', {("negotiation_call", "Japan")}),
    ],
)
def test_a_question_asks_and_states_nothing(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States described civilians in El Fasher besieged by heavily armed "
            "RSF units.",
            {("hostilities", "Rapid Support Forces")},
        ),
        ("The RSF has besieged El Fasher for months.", {("hostilities", "Rapid Support Forces")}),
        ("Russian forces laid siege to Mariupol.", {("hostilities", "Russia")}),
        ("The town was shelled by rebel M23 fighters.", {("hostilities", "M23")}),
    ],
)
def test_a_siege_and_its_agent_after_modifiers(text, expected):
    assert signals_of(text) == expected


def test_an_auxiliary_does_not_govern_an_attack_noun():
    text = "On Monday he had called Russia's invasion of Georgia unacceptable."
    assert ("hostilities", "Russia") in signals_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Colombia and the ELN said they were restarting the dialogue.",
            {("agreement", "Colombia"), ("agreement", "National Liberation Army")},
        ),
        (
            "Armenia and Azerbaijan resumed talks in Washington.",
            {("agreement", "Armenia"), ("agreement", "Azerbaijan")},
        ),
        (
            "UN Secretary-General Antonio Guterres called on the two leaders to take immediate "
            "steps to establish a ceasefire and resume negotiations.",
            {("ceasefire_call", "Antonio Guterres"), ("negotiation_call", "Antonio Guterres")},
        ),
    ],
)
def test_parties_resuming_talks_agree_and_a_call_to_resume_is_a_call(text, expected):
    assert signals_of(text) == expected


def test_resuming_ones_efforts_is_no_agreement():
    text = "Qatar said it would resume its efforts once the parties showed seriousness."
    assert signals_of(text) == set()


def test_the_object_of_a_relative_clause_is_its_antecedent():
    text = (
        "Khalifa Haftar flew out of Moscow without putting his name to a ceasefire document "
        "that his rival, Fayez al-Sarraj, had signed hours earlier."
    )
    assert ("agreement", "Fayez al-Sarraj") in signals_of(text)
    assert signals_of("Israel said that Hamas rejected it.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Hassan Sheikh Mohamud and Egyptian President Abdel Fattah el-Sisi signed "
            "a defence cooperation protocol in Cairo.",
            {
                ("alliance_support", "Hassan Sheikh Mohamud"),
                ("alliance_support", "Abdel Fattah el-Sisi"),
            },
        ),
        (
            "Pakistan's army said the military had carried out precision strikes on Taliban "
            "targets in Kandahar.",
            {("hostilities", "Pakistan")},
        ),
        (
            "Egypt rejected any interference in Somalia's internal affairs.",
            {("condemnation", "Egypt")},
        ),
        (
            "Turkey rejected outside meddling in the talks.",
            {("condemnation", "Turkey")},
        ),
    ],
)
def test_pacts_signed_together_references_to_the_military_and_rejected_interference(text, expected):
    assert signals_of(text) == expected


def test_a_passive_backing_backs_its_subject_past_a_relative_clause():
    text = (
        "Khalifa Haftar, whose forces launched their offensive on Tripoli last April, is "
        "backed by the United Arab Emirates and Egypt."
    )
    found = analyze_document(document_from_text(text, "x"), with_tone=False).signals
    support = {(s.actor, s.targets) for s in found if s.signal == "alliance_support"}
    assert support == {
        ("United Arab Emirates", ("Khalifa Haftar",)),
        ("Egypt", ("Khalifa Haftar",)),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The navy said London calls Guyana a regional ally and Commonwealth partner.",
            {("alliance_support", "United Kingdom")},
        ),
        ("Russia described Iran as a strategic partner.", {("alliance_support", "Russia")}),
        ("Beijing regards Islamabad as an iron-clad friend.", {("alliance_support", "China")}),
        # being someone's ally, said with "be", "remain" or "of"
        ("Belarus is Russia's staunchest ally.", {("alliance_support", "Belarus")}),
        ("Belarus remains Moscow's closest ally.", {("alliance_support", "Belarus")}),
        ("Belarus is a close ally of Russia.", {("alliance_support", "Belarus")}),
    ],
)
def test_calling_someone_an_ally_takes_their_side(text, expected):
    assert signals_of(text) == expected


def test_an_ally_named_far_from_the_verb_is_no_description():
    text = (
        "The spokesman blamed what he described as a dire emergency on the offensive waged "
        "by Eritrea's army together with its Ethiopian allies."
    )
    assert not any(signal == "alliance_support" for signal, _ in signals_of(text))


def test_a_regional_adjective_between_possessive_and_ally():
    found = signals_of("Poland, Kyiv's main European ally, sent tanks.")
    assert ("alliance_support", "Poland") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France, which holds the rotating EU presidency, said it firmly condemns the "
            "recognition.",
            {("condemnation", "France")},
        ),
        ("Russia said it would host talks.", {("mediation_offer", "Russia")}),
        (
            "European Union foreign ministers met in Brussels and said the bloc was ready to "
            "mediate.",
            {("mediation_offer", "European Union")},
        ),
    ],
)
def test_it_after_a_speech_verb_is_the_speaker_and_the_bloc_is_the_one_just_named(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia has a defence pact with Armenia.", {("alliance_support", "Russia")}),
        ("A Russian missile strike tore through the building.", {("hostilities", "Russia")}),
        (
            "EU foreign policy chief Josep Borrell said hitting a target crucial for grain "
            "exports was particularly reprehensible.",
            {("condemnation", "Josep Borrell")},
        ),
        ("Norway urged both parties to honour the truce.", {("ceasefire_call", "Norway")}),
        # "had" before a verb is no pact cue
        ("Hamas had proposed a ceasefire of four months.", {("ceasefire_call", "Hamas")}),
    ],
)
def test_pacts_held_weapons_fired_and_judgements_of_a_gerund(text, expected):
    assert signals_of(text) == expected


def test_a_relative_clause_after_members_of_a_body_is_the_bodys():
    text = (
        "Biden later convened G7 leaders, who in a joint statement expressed their full "
        "solidarity with Israel and demanded that Iran and its proxies cease their attacks."
    )
    found = signals_of(text)
    assert {("alliance_support", "G7"), ("ceasefire_call", "G7")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt wants the fighting between South Sudan and Burkina Faso to stop immediately.",
            {
                ("ceasefire_call", "Egypt"),
                ("hostilities", "South Sudan"),
                ("hostilities", "Burkina Faso"),
            },
        ),
        (
            "Border clashes between Niger and Pakistan entered a third week.",
            {("hostilities", "Niger"), ("hostilities", "Pakistan")},
        ),
        (
            "Ghana termed the air raids by Tajikistan a dangerous escalation.",
            {("condemnation", "Ghana"), ("hostilities", "Tajikistan")},
        ),
        (
            "Caracas and New Delhi inked a ceasefire deal in Muscat.",
            {("agreement", "Venezuela"), ("agreement", "India")},
        ),
    ],
)
def test_fighting_named_between_parties_and_deals_inked(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # envoys, negotiators, officials "of" or "from" a party act for it
        (
            "Envoys of Nepal's army and the rebel Maoist Front signed a truce in Doha.",
            # "the rebel Maoist Front": a body the text names (actor_words.toml body_modifiers)
            {("agreement", "Nepal"), ("agreement", "Maoist Front")},
        ),
        (
            "Negotiators from Peru and Chile signed the accord on Friday.",
            {("agreement", "Peru"), ("agreement", "Chile")},
        ),
        (
            "Representatives of Ghana and Togo agreed to a ceasefire.",
            {("agreement", "Ghana"), ("agreement", "Togo")},
        ),
        # a modifier of the next name does not break a list
        (
            "Bolivia and rival Paraguay agreed to an immediate truce.",
            {("agreement", "Bolivia"), ("agreement", "Paraguay")},
        ),
        (
            "Mali, Niger and neighbouring Chad called for calm.",
            {("ceasefire_call", "Mali"), ("ceasefire_call", "Niger"), ("ceasefire_call", "Chad")},
        ),
        # a person titled by an unknown portfolio keeps the state written before it
        (
            "Peruvian Defence Minister Ana Soto and Chilean Infrastructure Minister Luis Vera"
            " signed the agreement.",
            {("agreement", "Ana Soto"), ("agreement", "Luis Vera")},
        ),
    ],
)
def test_parties_named_through_their_envoys_and_modified_lists(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The minister condemned Iran and urged Israel to show restraint.",
        "The envoy welcomed the Houthis' offer and called for a truce.",
        "The statement criticised Serbia and called for calm.",
    ],
)
def test_the_object_of_a_verb_is_not_the_subject_of_the_next_one(text):
    # the subject of both verbs is no actor here; the objects must not take their place
    assert not {actor for _, actor in signals_of(text)} & {"Iran", "Houthis", "Serbia"}


def test_a_portfolio_nobody_listed_still_gives_the_affiliation():
    doc = document_from_text(
        "Ukrainian Infrastructure Minister Oleksandr Kubrakov signed the deal.", "x"
    )
    (person,) = {(s.actor, s.affiliation) for s in analyze_document(doc, with_tone=False).signals}
    assert person == ("Oleksandr Kubrakov", "Ukraine")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the members a named group is made of act
        (
            "The Troika of the United States, Britain and Norway urged both parties to honour"
            " the truce.",
            {
                ("ceasefire_call", "United States"),
                ("ceasefire_call", "United Kingdom"),
                ("ceasefire_call", "Norway"),
            },
        ),
        (
            "A quartet of Egypt, Jordan and France called for calm.",
            {
                ("ceasefire_call", "Egypt"),
                ("ceasefire_call", "Jordan"),
                ("ceasefire_call", "France"),
            },
        ),
        # telling someone to do something asks it of them
        ("Qatar told both sides to show restraint.", {("ceasefire_call", "Qatar")}),
        (
            "The Kremlin told Kyiv to return to the negotiating table.",
            {("negotiation_call", "Russia")},
        ),
        ("Norway advised the two parties to avoid any escalation.", {("ceasefire_call", "Norway")}),
        # but telling reporters something is only speech
        ("Egypt told reporters that the border would stay closed.", set()),
    ],
)
def test_groups_made_of_members_and_telling_to(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France reiterated its commitment to the security of Ukraine.",
            {("alliance_support", "France")},
        ),
        (
            "Washington remains committed to the defence of Taiwan.",
            {("alliance_support", "United States")},
        ),
        (
            "Britain said it was fully committed to the security of Estonia.",
            {("alliance_support", "United Kingdom")},
        ),
        # a commitment to a state's sovereignty is boilerplate that takes no side
        ("Russia and Turkey reaffirmed their commitment to the sovereignty of Syria.", set()),
        ("Russia reaffirmed its commitment to the ceasefire.", {("agreement", "Russia")}),
    ],
)
def test_a_commitment_to_another_states_security_takes_its_side(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrainian troops retook the suburb of Irpin.", {("hostilities", "Ukraine")}),
        ("Azerbaijani forces recaptured the town of Shusha.", {("hostilities", "Azerbaijan")}),
        ("Eritrean troops pushed towards Mekelle.", {("hostilities", "Eritrea")}),
        (
            "Myanmar's military has answered with air strikes on villages in Shan State.",
            {("hostilities", "Myanmar")},
        ),
        ("Israel retaliated with air strikes on Beirut.", {("hostilities", "Israel")}),
        # a light verb is an attack only with an attack noun
        ("The army answered with a statement.", set()),
        ("Negotiators pushed toward a deal.", set()),
        # an attack named as the aim of a battle or campaign is not yet one
        ("Damascus vowed that the battle to retake Idlib would go on.", set()),
        ("The army launched a campaign to recapture Mosul.", set()),
    ],
)
def test_retaking_ground_and_answering_with_strikes_are_attacks(text, expected):
    assert {s for s in signals_of(text) if s[0] == "hostilities"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after "but" a clause has its own subject, even one that is no known actor
        (
            "Federal forces took Mekelle in 2020, but Tigrayan fighters recaptured it and"
            " advanced into the Amhara region.",
            set(),
        ),
        (
            "Ethiopia took Mekelle, but Eritrea recaptured it and advanced into Amhara.",
            {("hostilities", "Eritrea")},
        ),
        # with no subject of its own the verb after "but" shares the first one's
        (
            "Ethiopia agreed to the truce but later rejected talks.",
            {("agreement", "Ethiopia"), ("negotiation_rejection", "Ethiopia")},
        ),
    ],
)
def test_a_clause_after_but_keeps_its_own_subject(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the caller acts in a purpose clause, also past the name of the one called
        (
            "Iran's Foreign Minister Abbas Araghchi telephoned his Afghan counterpart, Amir Khan"
            " Muttaqi, to urge both neighbours to show restraint.",
            {("ceasefire_call", "Abbas Araghchi")},
        ),
        (
            "German Chancellor Angela Merkel telephoned the Russian leader, Vladimir Putin, to"
            " press for a ceasefire.",
            {("ceasefire_call", "Angela Merkel")},
        ),
        # but the one urged is asked to act, and the urging is the call
        (
            "French President Emmanuel Macron urged the Russian leader, Vladimir Putin, to agree"
            " to a ceasefire.",
            {("ceasefire_call", "Emmanuel Macron")},
        ),
    ],
)
def test_a_purpose_clause_after_a_call_belongs_to_the_caller(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a relative clause's verb signed or rejected is the noun before it
        (
            "Haftar left without signing a ceasefire document that Libyan Prime Minister Fayez"
            " al-Sarraj had signed hours earlier, a setback for Turkish diplomacy.",
            {("agreement", "Fayez al-Sarraj")},
        ),
        (
            "The truce deal, which Mali's government signed on Monday, took effect at noon.",
            {("agreement", "Mali")},
        ),
        # "that" after a verb opens no relative clause
        (
            "Jordan appealed to delegates to back the truce, arguing that voting against it"
            " would amount to endorsing a senseless war.",
            {("ceasefire_call", "Jordan")},
        ),
    ],
)
def test_what_a_relative_clause_signed_is_the_noun_before_it(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian President Vladimir Putin met the envoy. Putin's spokesman, Dmitry Peskov,"
            " rejected any talks with Kyiv.",
            {("negotiation_rejection", "Russia")},
        ),
        (
            "Hamas leader Yahya Sinwar was not seen. Sinwar's spokesman, Abu Obeida, said the group"
            " rejected negotiations.",
            {("negotiation_rejection", "Hamas")},
        ),
    ],
)
def test_a_persons_spokesman_speaks_for_the_persons_side(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "armed" before a name after an adverb or determiner describes it
        (
            "The United States described civilians besieged by heavily armed RSF units.",
            {("hostilities", "Rapid Support Forces")},  # the siege is theirs; no one is armed
        ),
        ("The well armed Houthis attacked the ship.", {("hostilities", "Houthis")}),
        # as a verb it arms someone
        ("Iran has armed Hamas for years.", {("alliance_support", "Iran")}),
    ],
)
def test_armed_as_an_adjective_backs_nobody(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a session of a body is no talks between the parties
        (
            "France requested an emergency meeting of the UN Security Council.",
            set(),
        ),
        ("Russia called for an urgent session of the Arab League.", set()),
        # a meeting of the parties is
        ("China called for a meeting between the two sides.", {("negotiation_call", "China")}),
        ("Egypt urged the two sides to meet.", {("negotiation_call", "Egypt")}),
    ],
)
def test_a_bodys_session_is_no_call_for_talks(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # preferring dialogue is wanting it
        (
            "Afghan Foreign Minister Amir Khan Muttaqi replied that Afghanistan preferred"
            " dialogue to military confrontation.",
            {("negotiation_call", "Amir Khan Muttaqi")},
        ),
        ("Peru said it would prefer a negotiated settlement.", {("negotiation_call", "Peru")}),
        ("Chile prefers to wait.", set()),
        # a reply reports like "said": a minister speaking of their own state acts
        (
            "Russian Foreign Minister Sergei Lavrov retorted that Moscow wanted talks.",
            {("negotiation_call", "Sergei Lavrov")},
        ),
        # a title written after a title begins the name only when it is also a given name
        (
            "A spokesman for UN Secretary-General Antonio Guterres said the talks should resume.",
            {("negotiation_call", "United Nations")},
        ),
    ],
)
def test_preferring_dialogue_replies_and_given_names_that_are_titles(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb coordinated inside a reported clause shares the reported subject
        (
            "The Congolese army said Kyrgyzstan fired rockets at two villages and shelled a"
            " border post.",
            {("hostilities", "Kyrgyzstan")},
        ),
        (
            "Peru's defence ministry said Chilean troops crossed the border and shelled a post.",
            {("hostilities", "Chile")},
        ),
        # one that follows the speech verb's own object is the speaker's
        (
            "Qatar said that talks would resume and urged both sides to show restraint.",
            {("ceasefire_call", "Qatar")},
        ),
        # the one told is no subject of what the speaker says
        (
            "Turkish President Recep Tayyip Erdogan told Russia and Ukraine that the talks had"
            " stalled and called for a ceasefire.",
            {("ceasefire_call", "Recep Tayyip Erdogan")},
        ),
        # "wrote to" reports no clause
        (
            "Cambodian Prime Minister Hun Manet wrote to the president of the council, Pakistan's"
            " ambassador Asim Iftikhar Ahmad, asking for an emergency meeting and urging a halt"
            " to the fighting.",
            {("ceasefire_call", "Hun Manet")},
        ),
    ],
)
def test_coordinated_verbs_in_a_reported_clause(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weapon between a state's possessive and the attack noun names the attacker
        (
            "South Africa denounced India's missile attack on Gao as a violation of"
            " international law.",
            {("condemnation", "South Africa"), ("hostilities", "India")},
        ),
        (
            "Egypt condemned Israel's drone strike on Rafah.",
            {("condemnation", "Egypt"), ("hostilities", "Israel")},
        ),
        # weapons as the subject still attack
        (
            "Turkish drones and artillery pounded Syrian government forces.",
            {("hostilities", "Turkey")},
        ),
        ("Russia's army attacked Kyiv.", {("hostilities", "Russia")}),
    ],
)
def test_an_attack_named_with_its_weapon_after_a_possessive(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a verb of keeping a pact, "it" is the ceasefire or deal last named
        (
            "The ceasefire took effect at dawn. Lebanese Prime Minister Najib Mikati called on"
            " Israel to abide by it and withdraw.",
            {("ceasefire_call", "Najib Mikati")},
        ),
        (
            "The truce took effect at dawn. Israeli Prime Minister Benjamin Netanyahu said"
            " Israel would implement it.",
            {("agreement", "Benjamin Netanyahu")},
        ),
        (
            "Mali welcomed the truce and urged all parties to respect it.",
            {("ceasefire_call", "Mali")},
        ),
        # after other verbs "it" may be anything
        (
            "The deal was signed in Doha. Serbia still regards it as a province of its own.",
            set(),
        ),
        ("The truce held. Egypt said it was ready to mediate.", {("mediation_offer", "Egypt")}),
        # with no pact named, "respect it" asks nothing
        ("Ghana urged Togo to respect it.", set()),
    ],
)
def test_it_after_a_verb_of_keeping_a_pact_is_the_pact(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # saying only talks can end a war calls for them
        (
            '"Only dialogue can end this conflict," Tokyo said after meeting envoys from India'
            " and Pakistan.",
            {("negotiation_call", "Japan")},
        ),
        ("Norway said only negotiations can bring peace.", {("negotiation_call", "Norway")}),
        ("Only the army can protect us, the general said.", set()),
        # announcing a truce of one's own declares it, one others reached does not
        (
            "Islamabad announced a unilateral ceasefire along the border.",
            {("agreement", "Pakistan")},
        ),
        ("Qatar announced a ceasefire between Israel and Hamas.", set()),
        # those asked in the passive are not agreeing yet
        (
            "Niger and Tajikistan were encouraged by Berlin to resume talks.",
            {("negotiation_call", "Germany")},
        ),
        (
            "Armenia and Azerbaijan were urged by France to observe the truce.",
            {("ceasefire_call", "France")},
        ),
    ],
)
def test_only_dialogue_unilateral_truces_and_passive_requests(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known body's name ending a longer one written out is the longer body
        (
            "The ECOWAS Mediation and Security Council demands an immediate cessation of"
            " hostilities between Mali and Niger.",
            {("ceasefire_call", "ECOWAS Mediation and Security Council")},
        ),
        (
            "The Sahel Defence and Security Council called for calm.",
            {("ceasefire_call", "Sahel Defence and Security Council")},
        ),
        # a list that ends with the body is no longer name
        (
            "Russia, France and the Security Council called for calm.",
            {
                ("ceasefire_call", "Russia"),
                ("ceasefire_call", "France"),
                ("ceasefire_call", "UN Security Council"),
            },
        ),
        (
            "The Security Council demanded an immediate ceasefire.",
            {("ceasefire_call", "UN Security Council")},
        ),
    ],
)
def test_a_longer_body_whose_name_ends_in_a_known_one(text, expected):
    assert signals_of(text) == expected


def test_the_longer_body_belongs_to_the_organisation_named_first():
    doc = document_from_text("The ECOWAS Mediation and Security Council called for calm.", "x")
    (signal,) = analyze_document(doc, with_tone=False).signals
    assert (signal.actor, signal.affiliation) == ("ECOWAS Mediation and Security Council", "ECOWAS")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # units of a state's forces act for it
        (
            "Units of the armed forces of Tajikistan opened fire on Kyrgyz border posts.",
            {("hostilities", "Tajikistan")},
        ),
        # an adjunct holding a list is skipped whole
        (
            "Units of the armed forces of Tajikistan, using tanks, armoured vehicles, mortars and"
            " rocket launchers, shelled Kyrgyz border posts.",
            {("hostilities", "Tajikistan")},
        ),
        (
            "Eritrean troops, backed by tanks, artillery and drones, pushed towards Mekelle.",
            {("hostilities", "Eritrea")},
        ),
        # a list of actors is no adjunct
        (
            "Russia, France, Germany and China called for calm.",
            {
                ("ceasefire_call", "Russia"),
                ("ceasefire_call", "France"),
                ("ceasefire_call", "Germany"),
                ("ceasefire_call", "China"),
            },
        ),
    ],
)
def test_units_of_forces_and_adjuncts_holding_lists(text, expected):
    assert signals_of(text) == expected
