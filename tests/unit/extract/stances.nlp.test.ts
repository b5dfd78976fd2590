import { extract, stancesOf } from './helpers';

describe('stances', () => {
  it('reads support from each holder to the target ("X and Y reiterated their support for Z")', async () => {
    const doc = await extract('Britain and Germany reiterated their support for U.S. efforts on Tuesday.', {
      date: '2021-06-10',
    });
    expect(stancesOf(doc)).toEqual(['country:GB BACKS country:US', 'country:DE BACKS country:US']);
    expect(doc.stances[0]!.date).toBe('2021-06-10');
    expect(doc.stances[0]!.evidence).toBe('Britain and Germany reiterated their support for U.S. efforts on Tuesday.');
  });

  it('reads backing, endorsing, praising and standing with', async () => {
    const doc = await extract(
      [
        'Canada backed Ukraine.',
        'Egypt praised the African Union.',
        'Japan endorsed South Korea.',
        'Poland stands with Lithuania.',
      ].join(' '),
    );
    expect(stancesOf(doc)).toEqual([
      'country:CA BACKS country:UA',
      'country:EG BACKS organization:african-union',
      'country:JP BACKS country:KR',
      'country:PL BACKS country:LT',
    ]);
  });

  it('reads favouring an actor or ties with it as backing, and favouring a policy as none', async () => {
    const doc = await extract('Sweden favors closer ties with NATO. Canada favoured Mexico.');
    expect(stancesOf(doc)).toEqual(['country:SE BACKS organization:nato', 'country:CA BACKS country:MX']);
    const none = await extract('Sweden favors lower taxes.');
    expect(none.stances).toEqual([]);
  });

  it('reads a stance on membership as one on the body joined, or on the joiner when it is named', async () => {
    const doc = await extract(
      "Finland's prime minister, Alexander Stubb, supports NATO membership. Hungary opposed membership in the EU. " +
        "Poland backed Ukraine's EU membership.",
    );
    expect(stancesOf(doc)).toEqual([
      'official:fi:alexander-stubb BACKS organization:nato',
      'country:HU OPPOSES organization:european-union',
      'country:PL BACKS country:UA',
    ]);
    const none = await extract('Finland discussed NATO membership. Sweden supports membership in the book club.');
    expect(none.stances).toEqual([]);
  });

  it("reads appreciating an actor's efforts as backing it, and appreciating no actor or not appreciating as none", async () => {
    const doc = await extract("Kenya said it appreciated Ghana's efforts to end the war.");
    expect(stancesOf(doc)).toEqual(['country:KE BACKS country:GH']);
    const none = await extract('Chile appreciated the weather in Peru. Kenya does not appreciate the talks.');
    expect(none.stances).toEqual([]);
  });

  it('reads reaffirmed close cooperation as mutual backing between the named officials', async () => {
    const doc = await extract(
      "Peru's foreign minister Lucia Vargas and U.S. Secretary of State Mike Pompeo reaffirmed their close cooperation.",
    );
    expect(stancesOf(doc)).toEqual([
      'official:pe:lucia-vargas BACKS official:us:mike-pompeo',
      'official:us:mike-pompeo BACKS official:pe:lucia-vargas',
    ]);
  });

  it('reads blame, criticism, condemnation, accusations, threats and sanctions as opposition', async () => {
    const doc = await extract(
      [
        'DPRK blames US for breakdown of summit.',
        'Turkey criticised Israel.',
        'Jordan condemned Iran.',
        'China accused Australia of interference.',
        'Russia threatened Moldova.',
        'Washington imposed sanctions on Venezuela.',
        'UN sanctions imposed on Pyongyang remain.',
      ].join(' '),
    );
    expect(stancesOf(doc)).toEqual([
      'country:KP OPPOSES country:US',
      'country:TR OPPOSES country:IL',
      'country:JO OPPOSES country:IR',
      'country:CN OPPOSES country:AU',
      'country:RU OPPOSES country:MD',
      'country:US OPPOSES country:VE',
      'organization:united-nations OPPOSES country:KP',
    ]);
  });

  it('reads a deed named by its doer in a clause on it ("condemns the steps taken by Egypt\'s government")', async () => {
    const doc = await extract(
      '"The United States strongly condemns the steps that have been taken by the Egyptian government," President Barack Obama said. ' +
        'Japan condemned the sanctions imposed by China.',
    );
    expect(stancesOf(doc)).toEqual(
      expect.arrayContaining(['country:US OPPOSES country:EG', 'country:JP OPPOSES country:CN']),
    );
  });

  it('reads no stance toward the place of a deed, a non-actor doer, or a witness of the deed', async () => {
    const doc = await extract(
      'German Chancellor Angela Merkel criticized the report written by a French journalist in Paris. She condemned ' +
        'the killings documented by the United Nations.',
    );
    expect(stancesOf(doc)).toEqual([]);
  });

  it('reads a commitment to an actor as backing, by its owner', async () => {
    const doc = await extract(
      "U.S. President Donald Trump will reaffirm the United States' commitment to NATO. China stressed its commitment to Pakistan.",
    );
    expect(stancesOf(doc)).toEqual(['country:US BACKS organization:nato', 'country:CN BACKS country:PK']);
  });

  it('reads nothing from a commitment to a cause', async () => {
    const doc = await extract('Japan reiterated its commitment to peace and to the rule of law.');
    expect(stancesOf(doc)).toEqual([]);
  });

  it('reads a "hostile policy" of a country as opposition from the speaker', async () => {
    const doc = await extract(
      'North Korean leader Kim Jong Un said there would be no deal if Washington keeps its hostile policy.',
    );
    expect(stancesOf(doc)).toEqual(['official:kp:kim-jong-un OPPOSES country:US']);
  });

  it('attributes "we" in a quote to the quoted speaker', async () => {
    const doc = await extract(
      '"We will stand with Ukraine for as long as it takes," Polish President Adam Nowak said.',
    );
    expect(stancesOf(doc)).toEqual(['official:pl:adam-nowak BACKS country:UA']);
  });

  it('ignores negated and hypothetical stances', async () => {
    const doc = await extract(
      [
        'Hungary did not support Ukraine.',
        'Brazil refused to condemn Russia.',
        'India could back Japan.',
        'A statement condemning Russia was blocked by Hungary.',
      ].join(' '),
    );
    expect(doc.stances).toEqual([]);
  });

  it('ignores stances under a doubt, and reads those whose doubt is denied', async () => {
    const doubted = await extract(
      [
        "China's ambassador Li Wei expressed doubt about joining the United States and Russia in a new treaty.",
        'Moscow is unlikely to back Turkey.',
        'India is reluctant to support Japan.',
      ].join(' '),
    );
    expect(doubted.stances).toEqual([]);
    const certain = await extract('There is no doubt that Russia supports Syria.');
    expect(stancesOf(certain)).toEqual(['country:RU BACKS country:SY']);
  });

  it('ignores stances told as the content of a claim called false, and reads those of a claim not disputed', async () => {
    const disputed = await extract(
      [
        'The spokesman repeated a baseless claim that Britain had spied on the United States.',
        'Officials dismissed false reports that Russia had sent weapons to Syria.',
      ].join(' '),
    );
    expect(disputed.stances).toEqual([]);
    const reported = await extract(
      [
        'The spokesman repeated a detailed claim that Britain had spied on the United States.',
        'Officials confirmed reports that Russia had sent weapons to Syria.',
      ].join(' '),
    );
    expect(stancesOf(reported)).toEqual(['country:GB OPPOSES country:US', 'country:RU BACKS country:SY']);
  });

  it('does not take warnings that name no actor as stances', async () => {
    const doc = await extract('North Korea warned it faced a food shortfall.');
    expect(doc.stances).toEqual([]);
  });
});

describe('stances in other shapes', () => {
  it('reads the stance of a legislator named with a party-state tag, which does not end the sentence', async () => {
    const doc = await extract(
      'Rep. Adam Schiff (D-Calif.) criticized Saudi Arabia. Sen. Lindsey Graham, R-S.C., praised Israel on Tuesday.',
    );
    expect(stancesOf(doc)).toEqual([
      'official:us:adam-schiff OPPOSES country:SA',
      'official:us:lindsey-graham BACKS country:IL',
    ]);
    expect(doc.stances.map((s) => s.evidence)).toEqual([
      'Rep. Adam Schiff (D-Calif.) criticized Saudi Arabia.',
      'Sen. Lindsey Graham, R-S.C., praised Israel on Tuesday.',
    ]);
  });

  it('still ends a sentence at a party-state tag when a capitalised sentence follows', async () => {
    const doc = await extract('The bill was written by Sen. Ted Cruz, R-Texas. France criticized Iran on Monday.');
    expect(doc.stances.map((s) => [`${s.from} ${s.type} ${s.to}`, s.evidence])).toEqual([
      ['country:FR OPPOSES country:IR', 'France criticized Iran on Monday.'],
    ]);
  });

  it('reads passive backing and condemnation ("who are backed by Iran")', async () => {
    const doc = await extract(
      "Yemen's Houthi rebels, who are backed by Iran, did not comment. Belarus was condemned by Lithuania.",
    );
    expect(stancesOf(doc)).toEqual(['country:IR BACKS organization:ye:houthis', 'country:LT OPPOSES country:BY']);
  });

  it('reads "praised both countries" as backing the two states of the meeting just reported', async () => {
    const doc = await extract(
      'Eritrean President Isaias Afwerki met Ethiopian Prime Minister Abiy Ahmed in Asmara. UN Secretary-General Antonio Guterres praised both countries.',
    );
    expect(stancesOf(doc)).toEqual([
      'official:antonio-guterres BACKS country:ER',
      'official:antonio-guterres BACKS country:ET',
    ]);
    expect(doc.actors.find((a) => a.id === 'official:antonio-guterres')).toMatchObject({
      country: null,
      organization: 'organization:united-nations',
    });
  });

  it('does not take welcoming a visiting leader for backing', async () => {
    const doc = await extract(
      'Eritrean President Isaias Afwerki welcomed Ethiopian Prime Minister Abiy Ahmed at the airport.',
    );
    expect(doc.stances).toEqual([]);
    expect(doc.meetings).toHaveLength(1);
  });

  it('reads accusations of provocations and interference as opposition from the speaker', async () => {
    const doc = await extract("China's foreign ministry spokesperson Mao Ning urged Manila to stop its provocations.");
    expect(stancesOf(doc)).toEqual(['official:cn:mao-ning OPPOSES country:PH']);
  });
});

describe('stances told with idioms', () => {
  it('reads "threw their weight behind", expelled diplomats and a quoted "threat" from an alliance', async () => {
    const doc = await extract(
      [
        'Cuba and Nicaragua threw their weight behind Venezuela.',
        'Venezuela expelled diplomats from Argentina and Chile.',
        'Kremlin spokesman Dmitry Peskov said Russia would respond to the "threat" from NATO.',
      ].join(' '),
    );
    expect(stancesOf(doc)).toEqual([
      'country:CU BACKS country:VE',
      'country:NI BACKS country:VE',
      'country:VE OPPOSES country:AR',
      'country:VE OPPOSES country:CL',
      'official:ru:dmitry-peskov OPPOSES organization:nato',
    ]);
  });

  it('reads "hit back at" and "fired back at" as opposition, and hitting or firing at things as none', async () => {
    const doc = await extract(
      'Iran hit back at Saudi Arabia over the claims. Beijing fired back at Washington on Tuesday. ' +
        'Iran hit the oil tanker. Soldiers fired at the crowd in Kabul.',
    );
    expect(stancesOf(doc)).toEqual(['country:IR OPPOSES country:SA', 'country:CN OPPOSES country:US']);
  });
});

describe('stances of states told with "it" and "its"', () => {
  it('reads "it" as the state that is the subject before it in the sentence', async () => {
    const doc = await extract(
      'While Russia has shown some understanding of the concerns, it wants to assist the Syrian government.',
    );
    expect(stancesOf(doc)).toEqual(['country:RU BACKS country:SY']);
  });

  it('reads "it" as the one state that was the subject of the sentence before', async () => {
    const doc = await extract('China rejected the report on Monday. It accused Australia of spreading lies.');
    expect(stancesOf(doc)).toContain('country:CN OPPOSES country:AU');
  });

  it('does not read a placeholder "it" or an "it" after a thing as a state', async () => {
    const doc = await extract(
      [
        'Japan published a plan. It is clear that the plan condemned nobody.',
        'Japan said the effort has traction and it condemned North Korea.',
      ].join(' '),
    );
    expect(stancesOf(doc)).not.toContain('country:JP OPPOSES country:KP');
  });

  it('reads "it" in what a state is told as the state addressed ("told Turkey that it had")', async () => {
    const doc = await extract('France told Turkey that it had threatened Greece.');
    expect(stancesOf(doc)).toContain('country:TR OPPOSES country:GR');
  });

  it('does not read "it" in what a person is told as that person or the teller', async () => {
    const doc = await extract('French President Emmanuel Macron told Recep Erdogan that it had condemned Greece.');
    expect(stancesOf(doc).filter((s) => s.endsWith('country:GR'))).toEqual([]);
  });

  it('does not read "it" after a person as the state named with them', async () => {
    const doc = await extract('Canadian Prime Minister Justin Trudeau spoke to reporters. It criticised Saudi Arabia.');
    expect(stancesOf(doc)).toEqual([]);
  });
});

describe('stances told as coercion, force or material support', () => {
  it('reads seizing, detaining, annexing, hacking and meddling as opposition', async () => {
    const doc = await extract(
      [
        'Iran seized a British tanker.',
        'China detained two Canadians.',
        'Russia occupied Georgia.',
        'North Korea hacked Sony and South Korea.',
        'Russia meddled in the U.S. election.',
      ].join(' '),
    );
    expect(stancesOf(doc)).toEqual(
      expect.arrayContaining([
        'country:IR OPPOSES country:GB',
        'country:CN OPPOSES country:CA',
        'country:RU OPPOSES country:GE',
        'country:KP OPPOSES country:KR',
        'country:RU OPPOSES country:US',
      ]),
    );
  });

  it('reads interference and meddling in another state, and being tough on one, as opposition', async () => {
    const doc = await extract(
      "Russia's interference in U.S. elections worried Congress. Chinese meddling in Taiwan's affairs grew. Pompeo has been tough on Cuba.",
    );
    expect(stancesOf(doc)).toEqual([
      'country:RU OPPOSES country:US',
      'country:CN OPPOSES country:TW',
      'official:us:mike-pompeo OPPOSES country:CU',
    ]);
  });

  it('reads nothing from interference that names no state, or toughness on no actor', async () => {
    const doc = await extract('The interference of the referee annoyed fans. The exam was tough on students.');
    expect(stancesOf(doc)).toEqual([]);
  });

  it('reads funding and bolstering as backing', async () => {
    const doc = await extract('Qatar funded Hamas. Russia bolstered the Syrian government.');
    expect(stancesOf(doc)).toEqual(['country:QA BACKS organization:ps:hamas', 'country:RU BACKS country:SY']);
  });

  it('reads arms and aid sent, supplied or delivered to an actor as backing it', async () => {
    const doc = await extract(
      'Germany is sending tanks to Ukraine. Japan supplied Ukraine with ammunition. Iran delivered drones to Russia.',
    );
    expect(stancesOf(doc)).toEqual([
      'country:DE BACKS country:UA',
      'country:JP BACKS country:UA',
      'country:IR BACKS country:RU',
    ]);
  });

  it('does not read troops, letters or information sent to an actor as backing it', async () => {
    const doc = await extract(
      'Russia sent troops to Ukraine. Trump sent a letter to Kim Jong Un. China provided information to the United Nations.',
    );
    expect(doc.stances).toEqual([]);
  });

  it('does not read force that names no actor, or force denied, as a stance', async () => {
    const doc = await extract('Iran seized the moment. Russia did not meddle in the French vote, Moscow insisted.');
    expect(stancesOf(doc)).toEqual([]);
  });
});

describe('evaluations of a speaker', () => {
  it('does not rate what someone wants others to do as what the speaker thinks of them', async () => {
    const doc = await extract(
      '"The president wants people to disagree with him," French spokesman Gabriel Attal said.',
    );
    expect(stancesOf(doc)).toEqual([]);
  });

  it("rates an actor by what the speaker says of the actor's doing", async () => {
    const doc = await extract(
      'A spokesman for British Prime Minister Theresa May said Donald Trump’s tweets were “completely unacceptable”.',
    );
    expect(stancesOf(doc)).toEqual(['official:gb:theresa-may OPPOSES official:us:donald-trump']);
  });

  it("reads nothing of an actor's doing that the speaker does not rate", async () => {
    const doc = await extract(
      'British Prime Minister Theresa May said Donald Trump’s tweets were about trade and his visit was on Monday.',
    );
    expect(doc.stances).toEqual([]);
  });

  it('rates every predicate joined to the first, and not one that has a subject of its own', async () => {
    const doc = await extract(
      'British ambassador Kim Darroch said the Trump administration was inept, insecure and incompetent.',
    );
    expect(stancesOf(doc)).toEqual(['official:gb:kim-darroch OPPOSES country:US']);
    const other = await extract('Chile said Peru was busy and Bolivia was incompetent.');
    expect(stancesOf(other)).toEqual(['country:CL OPPOSES country:BO']);
  });

  it('rates a quoted predicate that the parser split from its subject, and nothing when it is not rated', async () => {
    const doc = await extract('Finnish President Sauli Niinisto said the United States was "incompetent".');
    expect(stancesOf(doc)).toEqual(['official:fi:sauli-niinisto OPPOSES country:US']);
    const none = await extract('Finnish President Sauli Niinisto said the United States was "ready".');
    expect(none.stances).toEqual([]);
  });

  it('rates what a speaker calls or describes an actor or its doing as, however the predicate is parsed', async () => {
    const doc = await extract(
      'Chilean Foreign Minister Tomas Ibarra called Kenyan President Daniel Otieno’s remarks “extremely negative”. ' +
        "Peru described Ghana's decision as shameful. Mexico called Canada's president a great friend.",
    );
    expect(stancesOf(doc)).toEqual([
      'official:cl:tomas-ibarra OPPOSES official:ke:daniel-otieno',
      'country:PE OPPOSES country:GH',
      'country:MX BACKS country:CA',
    ]);
  });

  it('reads nothing from calling or describing an actor as something unrated, or from calling an actor', async () => {
    const doc = await extract(
      "Peru described Ghana's decision as a proposal. Chile called Kenya on Monday. Mexico called Canada's plan new.",
    );
    expect(doc.stances).toEqual([]);
  });
});

describe('stances told as acting together', () => {
  it('reads cooperating, coordinating and working with as mutual backing', async () => {
    const doc = await extract('Japan cooperated with Australia on the patrols. India worked with France on the deal.');
    expect(stancesOf(doc)).toEqual([
      'country:JP BACKS country:AU',
      'country:AU BACKS country:JP',
      'country:IN BACKS country:FR',
      'country:FR BACKS country:IN',
    ]);
  });

  it('reads joint doers working together, also as the object of "allowed ... to", as mutual backing', async () => {
    const doc = await extract(
      'Kenya and Ghana worked together against the rebels. The deal allowed Chile and Peru to work together on the ' +
        'border.',
    );
    expect(stancesOf(doc)).toEqual([
      'country:KE BACKS country:GH',
      'country:GH BACKS country:KE',
      'country:CL BACKS country:PE',
      'country:PE BACKS country:CL',
    ]);
  });

  it('reads nothing from one actor working together, and keeps the subject of "promised X to"', async () => {
    const doc = await extract('Kenya worked together on the plan.');
    expect(doc.stances).toEqual([]);
    const promised = await extract('Chile promised Peru to cooperate with Bolivia.');
    expect(stancesOf(promised)).toEqual(['country:CL BACKS country:BO', 'country:BO BACKS country:CL']);
  });

  it('reads "in coordination with" as the clause subject acting with the partner', async () => {
    const doc = await extract('Turkey set up outposts in coordination with Russia.');
    expect(stancesOf(doc)).toEqual(['country:TR BACKS country:RU', 'country:RU BACKS country:TR']);
  });

  it('reads joint and combined actions of two states as mutual backing', async () => {
    const doc = await extract(
      'The US and Turkey conducted joint patrols near Manbij. Syria and Iran launched a combined military campaign.',
    );
    expect(stancesOf(doc)).toEqual([
      'country:US BACKS country:TR',
      'country:TR BACKS country:US',
      'country:SY BACKS country:IR',
      'country:IR BACKS country:SY',
    ]);
  });

  it('reads nothing from a joint act of one actor, or from joint acts denied', async () => {
    const doc = await extract(
      'France issued a joint statement. Congress held a joint session. Japan and China did not hold joint drills.',
    );
    expect(stancesOf(doc)).toEqual([]);
  });
});

describe('stances told as threats of consequences', () => {
  it('reads consequences on a condition, a price to pay and "not ... without consequences" as opposition', async () => {
    const doc = await extract(
      [
        'Britain warned of serious consequences if Iran continued to hold the tanker.',
        'Poland said Russia would pay a heavy price for the attack.',
        'Germany said Belarus cannot detain journalists without consequences.',
        'Canada said there would be consequences for Venezuela.',
      ].join(' '),
    );
    expect(stancesOf(doc)).toEqual([
      'country:GB OPPOSES country:IR',
      'country:PL OPPOSES country:RU',
      'country:DE OPPOSES country:BY',
      'country:CA OPPOSES country:VE',
    ]);
  });

  it('reads no threat in denied consequences or in a price that nobody pays', async () => {
    const doc = await extract(
      [
        'Britain said there would be no consequences for Iran.',
        'Spain said Morocco will not face consequences.',
        'Poland said the price of oil rose in Russia.',
      ].join(' '),
    );
    expect(stancesOf(doc)).toEqual([]);
  });
});

describe('stances of speakers described by party', () => {
  it('reads "the Ohio Republican" as the Republican named before', async () => {
    const doc = await extract('Republican Sen. Anna Kowalczyk spoke on Monday. The Ohio Republican condemned Iran.');
    expect(stancesOf(doc)).toEqual([expect.stringMatching(/^official:(us:)?anna-kowalczyk OPPOSES country:IR$/)]);
  });

  it('does not read "the Ohio Republican" as a Democrat named before', async () => {
    const doc = await extract('Democratic Sen. Anna Kowalczyk spoke on Monday. The Ohio Republican condemned Iran.');
    expect(stancesOf(doc)).toEqual([]);
  });
});

describe('stances told as hostile deeds', () => {
  it('reads espionage and spying by a state, told by a speaker, as the speaker opposing that state', async () => {
    const doc = await extract(
      "Canada said universities are targets of espionage by China. Japan condemned Russia's spying on its diplomats.",
    );
    expect(stancesOf(doc)).toEqual(
      expect.arrayContaining(['country:CA OPPOSES country:CN', 'country:JP OPPOSES country:RU']),
    );
  });

  it('reads no stance from espionage that names no doer', async () => {
    const doc = await extract('Canada said the film is about espionage in China.');
    expect(stancesOf(doc)).toEqual([]);
  });
});

describe('stances quoted', () => {
  it('gives a quotation closed right before "X said" to X, the "we" in it too', async () => {
    const doc = await extract(
      '"We are going to continue to support the Ukrainian armed forces in every way that we can as they request help," Estonian Foreign Minister Anna Kowalczyk said during a press conference.',
    );
    expect(stancesOf(doc)).toContain('official:ee:anna-kowalczyk BACKS country:UA');
  });

  it('gives a quotation that goes on after "X said" to X, in the next sentence or paragraph, however the last closed', async () => {
    const doc = await extract(
      '"It went well," President Barack Obama said. "Russia is brutal and dishonest."\n\n' +
        '"We were in close contact,\'\' Chancellor Angela Merkel said. "Iran is brutal and dishonest."',
    );
    expect(stancesOf(doc)).toEqual([
      'official:us:barack-obama OPPOSES country:RU',
      'official:de:angela-merkel OPPOSES country:IR',
    ]);
  });

  it('gives a quotation no speaker when no quotation attributed to one comes right before it', async () => {
    const doc = await extract(
      'President Barack Obama spoke on Monday. "Russia is brutal and dishonest."\n\n' +
        '"It went well," Chancellor Angela Merkel said. France met Spain on Tuesday. "Iran is brutal and dishonest."',
    );
    expect(doc.stances).toEqual([]);
  });

  it('reads "X and Y are our allies" as the speaker backing them, not as X and Y backing each other', async () => {
    const ours = await extract('"Germany and Spain are among our strongest allies," President Barack Obama said.');
    expect(stancesOf(ours)).toEqual([
      'official:us:barack-obama BACKS country:DE',
      'official:us:barack-obama BACKS country:ES',
    ]);
    const mutual = await extract('Japan and Australia are allies.');
    expect(stancesOf(mutual)).toEqual(['country:JP BACKS country:AU', 'country:AU BACKS country:JP']);
  });

  it('does not give a quotation to a person named later who did not say it', async () => {
    const doc = await extract(
      '"We support Ukraine" was the slogan of the rally that Anna Kowalczyk, Estonia\'s foreign minister, watched.',
    );
    expect(stancesOf(doc)).not.toContain('official:ee:anna-kowalczyk BACKS country:UA');
  });
});

describe('stances told as diplomatic protest or ended backing', () => {
  it('reads summoned or recalled envoys, protests and concern over a deed as opposition, gratitude as backing', async () => {
    const doc = await extract(
      [
        "India summoned Pakistan's envoy.",
        'The UK recalled its ambassador from Iran.',
        "Vietnam protested China's deployment of an oil rig.",
        'Japan lodged a protest with Russia.',
        "Germany voiced concern over Turkey's crackdown.",
        'Armenia expressed gratitude to France.',
      ].join(' '),
    );
    expect(stancesOf(doc)).toEqual([
      'country:IN OPPOSES country:PK',
      'country:GB OPPOSES country:IR',
      'country:VN OPPOSES country:CN',
      'country:JP OPPOSES country:RU',
      'country:DE OPPOSES country:TR',
      'country:AM BACKS country:FR',
    ]);
  });

  it('reads suspended or frozen aid, cut ties and halted arms sales as opposition, not backing', async () => {
    const doc = await extract(
      [
        'Canada suspended aid to Rwanda.',
        'Norway froze aid to Somalia.',
        'Riyadh cut ties with Doha.',
        'Venezuela broke off diplomatic relations with Colombia.',
        'Germany halted arms sales to Saudi Arabia.',
      ].join(' '),
    );
    expect(stancesOf(doc)).toEqual([
      'country:CA OPPOSES country:RW',
      'country:NO OPPOSES country:SO',
      'country:SA OPPOSES country:QA',
      'country:VE OPPOSES country:CO',
      'country:DE OPPOSES country:SA',
    ]);
  });

  it('reads no stance from envoys unsummoned, protests and concern without a target, or aid not ended', async () => {
    const doc = await extract(
      [
        'India summoned the press.',
        'Japan lodged a protest on Monday.',
        'Germany voiced concern for the safety of its citizens.',
        'Canada did not suspend aid to Rwanda.',
        'Norway froze the accounts of pirates.',
      ].join(' '),
    );
    expect(stancesOf(doc)).toEqual([]);
  });
});

describe('stances held through an amount, a call or a reciprocal object', () => {
  it('reads aid pledged as an amount, sanctions called for, and defending each other', async () => {
    const doc = await extract(
      [
        'The U.S. pledged $50 million in aid to Ukraine.',
        'Poland called for tougher sanctions against Belarus.',
        'Sweden and Finland pledged to defend each other.',
      ].join(' '),
    );
    expect(stancesOf(doc)).toEqual([
      'country:US BACKS country:UA',
      'country:PL OPPOSES country:BY',
      'country:SE BACKS country:FI',
      'country:FI BACKS country:SE',
    ]);
  });

  it('reads no stance from an amount of something else, a call for talks, or one actor and "each other"', async () => {
    const doc = await extract(
      [
        'The U.S. pledged $50 million in loans to Ukraine.',
        'Poland called for talks on Monday.',
        'Sweden said the soldiers defended each other.',
      ].join(' '),
    );
    expect(stancesOf(doc)).toEqual([]);
  });
});

describe('whatever is done against an actor', () => {
  it('reads a verb or a measure against an actor, or its deed, as opposition by the doer', async () => {
    const doc = await extract(
      [
        'Hungary railed against the European Union on Monday.',
        'Canada voted against Russia at the United Nations.',
        "Australia took new measures against China's fishing fleet.",
      ].join(' '),
    );
    expect(stancesOf(doc)).toEqual([
      'country:HU OPPOSES organization:european-union',
      'country:CA OPPOSES country:RU',
      'country:AU OPPOSES country:CN',
    ]);
  });

  it("reads sanctions on the head of a state's judiciary as against that state, and on no state's as nothing", async () => {
    const doc = await extract("Chile imposed sanctions on the head of Peru's judiciary.");
    expect(stancesOf(doc)).toEqual(['country:CL OPPOSES country:PE']);
    const none = await extract('Chile imposed sanctions on the head of the judiciary.');
    expect(none.stances).toEqual([]);
  });

  it('reads "A seized B and C blames D" as two clauses, though the parser joins B and C', async () => {
    const doc = await extract(
      'Peru has also seized other foreign fishing boats and the Chilean government blames Lima for the loss of a ' +
        'Chilean patrol boat.',
    );
    expect(stancesOf(doc)).toEqual(['country:CL OPPOSES country:PE']);
  });

  it('keeps a real conjunct of an object: "seized the tankers and the ships of Kenya"', async () => {
    const doc = await extract('Ghana seized the tankers and the ships of Kenya.');
    expect(stancesOf(doc)).toEqual(['country:GH OPPOSES country:KE']);
  });

  it('gives a participle or relative clause on a noun to that noun, not to the speaker of the sentence', async () => {
    const doc = await extract(
      'President Daniel Otieno of Kenya visited Rome on Monday. The Vatican said he showed support to the nuns ' +
        'suing the president over the law.',
    );
    expect(doc.stances).toEqual([]);
    const actor = await extract(
      'Kenyan President Daniel Otieno, who condemned Ghana on Monday, said the talks would go on.',
    );
    expect(stancesOf(actor)).toEqual(['official:ke:daniel-otieno OPPOSES country:GH']);
  });

  it('reads nothing when what is against is not an actor, or the doing is denied or only wished', async () => {
    const doc = await extract(
      [
        'Hungary railed against the new tax rules on Monday.',
        'Canada did not vote against Russia.',
        'Australia may take measures against China.',
      ].join(' '),
    );
    expect(stancesOf(doc).filter((s) => s.includes('OPPOSES'))).toEqual([]);
  });
});

describe('"they" opening its clause', () => {
  it('stands for the pair just reported as meeting, also after an adverb', async () => {
    const doc = await extract(
      'Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Tuesday. Together they condemned the United States.',
    );
    expect(stancesOf(doc)).toEqual([
      'official:cn:xi-jinping OPPOSES country:US',
      'official:ru:vladimir-putin OPPOSES country:US',
    ]);
  });

  it('does not after a phrase naming someone else ("According to her, they ...")', async () => {
    const doc = await extract(
      'Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Tuesday. According to the spokeswoman, they condemned the United States.',
    );
    expect(stancesOf(doc).filter((s) => s.includes('xi-jinping'))).toEqual([]);
  });

  it('stands for the two officials last named as "X and Y", though no meeting was told', async () => {
    const doc = await extract(
      'As Russian President Vladimir Putin and Chinese President Xi Jinping walked the red carpet, a band played. Together they condemned the United States.',
    );
    expect(stancesOf(doc)).toEqual([
      'official:ru:vladimir-putin OPPOSES country:US',
      'official:cn:xi-jinping OPPOSES country:US',
    ]);
  });

  it('stands for no one after a single official, or two named apart', async () => {
    const doc = await extract(
      'Russian President Vladimir Putin walked the red carpet with his guest, and Chinese President Xi Jinping waved. Together they condemned the United States.',
    );
    expect(stancesOf(doc)).toEqual([]);
  });
});

describe('reactions: a feeling about an actor or its deed', () => {
  it("reads a bad feeling over or at an actor, and a good state of feeling with one, as the holder's stance", async () => {
    const doc = await extract(
      [
        "Turkey fumed over remarks by Greece's prime minister Kyriakos Mitsotakis.",
        'Japan was disappointed with China on Friday.',
        "Brazil was encouraged by Argentina's decision.",
      ].join(' '),
    );
    expect(stancesOf(doc)).toEqual([
      'country:TR OPPOSES official:gr:kyriakos-mitsotakis',
      'country:JP OPPOSES country:CN',
      'country:BR BACKS country:AR',
    ]);
  });

  it('reads nothing from a feeling denied, about no actor, or a pleasant act toward someone', async () => {
    const doc = await extract(
      ['Japan was not disappointed with China.', 'Turkey fumed over the weather.', 'Brazil laughed at Argentina.'].join(
        ' ',
      ),
    );
    expect(stancesOf(doc)).toEqual([]);
  });
});

describe('stances kept up', () => {
  it("reads pressure kept up and support maintained as the keeper's stance", async () => {
    const doc = await extract(
      [
        "Britain's foreign secretary Yvette Cooper vowed to keep up pressure on Russia.",
        'Japan maintained its support for the Philippines.',
      ].join(' '),
    );
    expect(stancesOf(doc)).toEqual(['official:gb:yvette-cooper OPPOSES country:RU', 'country:JP BACKS country:PH']);
  });

  it('reads nothing from keeping up something that is no stance, or pressure not kept up', async () => {
    const doc = await extract(
      ['Japan maintained its contacts with the Philippines.', 'Britain did not keep up pressure on Russia.'].join(' '),
    );
    expect(stancesOf(doc)).toEqual([]);
  });
});

describe('what is said to someone', () => {
  it('reads a rated phrase or a "you" said to an actor as a stance toward them', async () => {
    const doc = await extract(
      [
        'Russian President Vladimir Putin and Chinese President Xi Jinping walked in.',
        '"My dear friend," said Putin to Xi.',
        '"You are a disgrace," Turkish President Recep Tayyip Erdogan told Israeli Prime Minister Benjamin Netanyahu.',
      ].join(' '),
    );
    expect(stancesOf(doc)).toEqual([
      'official:ru:vladimir-putin BACKS official:cn:xi-jinping',
      'official:tr:recep-tayyip-erdogan OPPOSES official:il:benjamin-netanyahu',
    ]);
  });

  it('reads nothing from a greeting, or words about something else said to an actor', async () => {
    const doc = await extract(
      [
        'Russian President Vladimir Putin and Chinese President Xi Jinping walked in.',
        '"Good morning," said Putin to Xi.',
        '"The weather is terrible," Turkish President Recep Tayyip Erdogan told Israeli Prime Minister Benjamin Netanyahu.',
      ].join(' '),
    );
    expect(stancesOf(doc)).toEqual([]);
  });
});

describe('allegations', () => {
  it('reads an alleged deed of an actor as opposition to it, told as a clause or as an object', async () => {
    const doc = await extract(
      "Canada alleged that India ordered the killing. Britain alleged the Russian government's involvement in the poisoning.",
    );
    expect(stancesOf(doc)).toEqual(['country:CA OPPOSES country:IN', 'country:GB OPPOSES country:RU']);
  });

  it('reads nothing from an allegation naming no actor', async () => {
    const doc = await extract('Canada alleged widespread fraud in the count.');
    expect(stancesOf(doc)).toEqual([]);
  });
});

describe('"they" in what several speakers say', () => {
  it('stands for the speakers, and "respective" rates nothing', async () => {
    const doc = await extract(
      'Australia, Italy and Spain said that they had summoned their respective Israeli ambassadors.',
    );
    expect(stancesOf(doc)).toEqual([
      'country:AU OPPOSES country:IL',
      'country:IT OPPOSES country:IL',
      'country:ES OPPOSES country:IL',
    ]);
  });

  it('stands for no one when one speaker says it', async () => {
    const doc = await extract('Australia said that they had summoned the Israeli ambassador.');
    expect(stancesOf(doc)).toEqual([]);
  });
});

describe('legal action and acts of force told as nouns', () => {
  it('reads charging and indicting an actor, and a bombing or blockade of one, as opposition', async () => {
    const doc = await extract(
      [
        'The United States charged Cuba with conspiracy.',
        'Argentina indicted Iran on Monday.',
        'The U.S.-Israeli bombing of Iran lasted weeks.',
        "Russia's blockade of Ukraine continued.",
      ].join(' '),
    );
    expect(stancesOf(doc)).toEqual([
      'country:US OPPOSES country:CU',
      'country:AR OPPOSES country:IR',
      'country:US OPPOSES country:IR',
      'country:IL OPPOSES country:IR',
      'country:RU OPPOSES country:UA',
    ]);
  });

  it('reads nothing from charging a fee, or a bombing of nothing named', async () => {
    const doc = await extract(
      ['The United States charged Cuba a fee.', 'The bombing of the bridge lasted weeks.'].join(' '),
    );
    expect(stancesOf(doc)).toEqual([]);
  });
});

describe('accusations told with their content', () => {
  it('reads the subject of an accusation\'s "that" clause as the accused', async () => {
    const doc = await extract(
      'The U.S. repeated its accusations that Iran is pursuing nuclear weapons. Israel made allegations that Syria was rearming.',
    );
    expect(stancesOf(doc)).toEqual(['country:US OPPOSES country:IR', 'country:IL OPPOSES country:SY']);
  });

  it('reads nothing from a clause that only follows the noun, or an accusation naming no one', async () => {
    const doc = await extract(
      'The accusations were dropped after Iran agreed to talks. The U.S. repeated its accusations that fraud was rife.',
    );
    expect(stancesOf(doc)).toEqual([]);
  });
});

describe('threats told as what will be done, and captures', () => {
  it('reads the object of what is threatened, and a capture, as opposition', async () => {
    const doc = await extract(
      [
        'The United States threatened to revoke the visas of the Palestinian delegation.',
        "Russia threatened to expel Estonia's ambassador.",
        'Colombia captured two Venezuelan soldiers.',
      ].join(' '),
    );
    expect(stancesOf(doc)).toEqual([
      'country:US OPPOSES country:PS',
      'country:RU OPPOSES country:EE',
      'country:CO OPPOSES country:VE',
    ]);
  });

  it('reads nothing from threatening to do something to no actor', async () => {
    const doc = await extract('The United States threatened to leave the talks. Colombia captured the town.');
    expect(stancesOf(doc)).toEqual([]);
  });
});

describe('allies given as examples', () => {
  it('reads "X\'s allies like Y" and "X\'s partners such as Y" as Y backing X', async () => {
    const doc = await extract(
      "The US is deterring Cuba's allies like Venezuela. India's partners such as Japan raised funds.",
    );
    expect(stancesOf(doc)).toEqual(['country:VE BACKS country:CU', 'country:JP BACKS country:IN']);
  });

  it('reads nothing from examples that are not actors', async () => {
    const doc = await extract("The US is deterring Cuba's allies like these.");
    expect(stancesOf(doc)).toEqual([]);
  });
});
