import { actorIds, extract } from './helpers';

/** The countries an invented text makes actors of (locations excluded), by code. */
async function countries(text: string): Promise<string[]> {
  const doc = await await extract(text);
  return doc.actors.filter((a) => a.kind === 'Country').map((a) => a.country!);
}

describe('countries', () => {
  it('finds countries by name, abbreviation, demonym and official name', async () => {
    expect(
      await countries(
        'Britain, the U.S., the USA, the DPRK and the Russian Federation agreed; German and French envoys left.',
      ),
    ).toEqual(['DE', 'FR', 'GB', 'KP', 'RU', 'US']);
  });

  it('reads "US" but not the pronoun "us"', async () => {
    expect(await countries('Let us see what the US does next.')).toEqual(['US']);
  });

  it('does not take the US state of Georgia, a person called Jordan, or Washington, DC for countries', async () => {
    expect(await countries('Atlanta, Georgia voters and Michael Jordan visited Washington, DC.')).toEqual([]);
    expect(await countries('Georgia and Armenia signed the deal, and Jordan hosted the talks.')).toEqual([
      'AM',
      'GE',
      'JO',
    ]);
  });

  it('does not make a state an actor where its name only names a war, but does where it acts', async () => {
    expect(await countries('Veterans of the Vietnam War and of the Iraq war marched on Monday.')).toEqual([]);
    expect(await countries('Vietnam condemned the war, and Iraq warned of more fighting.')).toEqual(['IQ', 'VN']);
  });

  it('treats a capital as its government when it acts and as a place after "in"', async () => {
    expect(await countries('Washington said it would act, but the talks were held in Pyongyang.')).toEqual(['US']);
    expect(await countries('Envoys met officials in Seoul and Tokyo.')).toEqual(['JP', 'KR']);
    expect(await countries('The Kremlin rejected the offer.')).toEqual(['RU']);
  });

  it('reads "the North" as North Korea only when the article names North Korea, and not in an article about Sudan', async () => {
    expect(await countries('North Korea tested a rocket. The North fired a missile.')).toEqual(['KP']);
    expect(await countries('The North fired a missile.')).toEqual([]);
    expect(await countries('Sudan and South Sudan signed a truce. The North accused rebels of attacks.')).toEqual([
      'SD',
      'SS',
    ]);
  });

  it('takes the countries of a locative phrase in a sentence without a claim as places, and a list that acts as actors', async () => {
    expect(
      await countries(
        'Before that, she worked for the United Nations in Kosovo, the Gaza Strip, Iraq, Colombia and Myanmar.',
      ),
    ).toEqual([]);
    expect(await countries('The photo was taken at a forum in Kuala Lumpur, Malaysia.')).toEqual([]);
    expect(await countries('Kosovo, Iraq and Colombia have long disputed the figures.')).toEqual(['CO', 'IQ', 'XK']);
  });

  it('takes the far side of a border and the post of an envoy as places', async () => {
    expect(await countries('Hungary is building a fence along its borders with Serbia and Romania.')).toEqual(['HU']);
    expect(await countries('Dan Coats served as the US ambassador to Germany.')).toEqual(['US']);
  });

  it('still takes a state that acts beside a border, or sends an envoy, as an actor', async () => {
    expect((await countries('France sided with Germany on the border dispute.')).sort()).toEqual(['DE', 'FR']);
    expect((await countries('Erdogan discussed the crisis in the region with Russia.')).sort()).toEqual(['RU', 'TR']);
    expect((await countries("Germany's ambassador to Russia was summoned.")).sort()).toEqual(['DE']);
  });

  it('takes a capital naming an event as a place ("the Hanoi summit")', async () => {
    expect(await countries('The talks resumed after the Hanoi summit ended.')).toEqual([]);
  });
});

describe('officials', () => {
  it('finds an official introduced by a demonym and a title, without any gazetteer entry', async () => {
    const doc = await extract('Estonian Foreign Minister Anna Kowalczyk met her counterparts on Monday.');
    const official = doc.actors.find((a) => a.kind === 'Official');
    expect(official).toMatchObject({
      id: 'official:ee:anna-kowalczyk',
      name: 'Anna Kowalczyk',
      country: 'EE',
      title: 'Foreign Minister',
    });
  });

  it('places "Pope" as the Holy See\'s head of state, but not another church\'s pope', async () => {
    const doc = await extract('Pope Anselm met Chilean President Tomas Ibarra in Rome on Monday.');
    expect(doc.actors.find((a) => a.name === 'Anselm')).toMatchObject({ kind: 'Official', country: 'VA' });
    const coptic = await extract('Coptic Pope Anselm met Chilean President Tomas Ibarra in Cairo on Monday.');
    expect(coptic.actors.map((a) => a.id)).not.toContain('country:VA');
  });

  it('reads the state of an envoy from the possessor, not from where the envoy is posted', async () => {
    const doc = await extract("China's new ambassador to the United Nations, Li Wei, said China regrets the move.");
    expect(doc.actors.find((a) => a.kind === 'Official')).toMatchObject({ country: 'CN', organization: null });
    const body = await extract('United Nations envoy Li Wei said the talks would resume.');
    expect(body.actors.find((a) => a.kind === 'Official')).toMatchObject({
      organization: 'organization:united-nations',
    });
  });

  it('reads a "UN Ambassador" as the ambassador a state posts to the body, and a "UN envoy" as the body\'s own', async () => {
    const doc = await extract('Chilean UN Ambassador Li Wei said the talks would resume.');
    expect(doc.actors.find((a) => a.kind === 'Official')).toMatchObject({ country: 'CL', organization: null });
    const bare = await extract('UN Ambassador Li Wei said the talks would resume.');
    expect(bare.actors.find((a) => a.kind === 'Official')).toMatchObject({ country: null, organization: null });
    const own = await extract('UN envoy Li Wei said the talks would resume.');
    expect(own.actors.find((a) => a.kind === 'Official')).toMatchObject({
      organization: 'organization:united-nations',
    });
  });

  it('never places an official in a country the text has them travel to, but still by the state they speak of', async () => {
    const doc = await extract(
      'President Anna Kowalczyk spoke on Monday. Kowalczyk waited until 2006 to make her first visit to Afghanistan.',
    );
    expect(doc.actors.find((a) => a.kind === 'Official')).toMatchObject({ country: null });
    const placed = await extract('President Anna Kowalczyk spoke on Monday. Kowalczyk said Afghanistan would vote.');
    expect(placed.actors.find((a) => a.kind === 'Official')).toMatchObject({ country: 'AF' });
  });

  it('reads two-word offices whose last word alone is no office ("Attorney General", "special counsel")', async () => {
    const doc = await extract(
      'Attorney General Anna Kowalczyk spoke on Monday, and special counsel Piotr Nowak said he would testify.',
    );
    expect(doc.actors.filter((a) => a.kind === 'Official').map((a) => [a.name, a.title])).toEqual([
      ['Anna Kowalczyk', 'Attorney General'],
      ['Piotr Nowak', 'Special Counsel'],
    ]);
  });

  it('makes the title of a known body political even where its words name a company elsewhere ("Fund", "Bank")', async () => {
    const doc = await extract('International Monetary Fund Managing Director Christine Lagarde said the plan works.');
    expect(doc.actors.filter((a) => a.kind === 'Official').map((a) => a.name)).toEqual(['Christine Lagarde']);
    const firm = await extract('Hedge fund Managing Director John Paulson said the plan works.');
    expect(firm.actors.filter((a) => a.kind === 'Official')).toEqual([]);
  });

  it('makes a person of a state\'s own body its official ("Salem al-Zaabi of the Emirati Foreign Ministry")', async () => {
    const doc = await extract(
      'The WAM news agency quoted Salem al-Zaabi of the Emirati Foreign Ministry as saying the UAE joined the coalition.',
    );
    expect(doc.actors.find((a) => a.name === 'Salem al-Zaabi')).toMatchObject({ kind: 'Official', country: 'AE' });
  });

  it("makes no official of a person of a state's academy, or of a newspaper", async () => {
    const doc = await extract(
      'Ivan Petrov of the Russian Academy of Sciences said the plan works. Jane Roe of the New York Times wrote.',
    );
    expect(doc.actors.filter((a) => a.kind === 'Official')).toEqual([]);
  });

  it('does not make a lawyer or a general of a company an official', async () => {
    const doc = await extract('Defense counsel Anna Kowalczyk spoke, and General Motors chief Piotr Nowak listened.');
    expect(doc.actors.filter((a) => a.kind === 'Official')).toEqual([]);
  });

  it('finds an official introduced by a possessive country and a lower-case title', async () => {
    const doc = await extract("Chile's foreign minister Tomas Ibarra spoke on Monday.");
    expect(doc.actors.find((a) => a.kind === 'Official')).toMatchObject({
      id: 'official:cl:tomas-ibarra',
      title: 'Foreign Minister',
    });
  });

  it('places a head of state named without a state in the country the sentences around name', async () => {
    const doc = await extract(
      'Fighting resumed in Iraq this week. U.S. President Barack Obama said the U.S. stands with the new president, Fouad Massoum.',
    );
    expect(doc.actors.find((a) => a.name === 'Fouad Massoum')).toMatchObject({ kind: 'Official', country: 'IQ' });
  });

  it('places a head of state who is the subject in the state of that sentence over states named before', async () => {
    const doc = await extract(
      'Iran seized a tanker. Iran said the crew was safe. Saudi Arabia said that King Salman backed the move.',
    );
    expect(doc.actors.find((a) => a.name === 'Salman')).toMatchObject({ kind: 'Official', country: 'SA' });
  });

  it("does not place a guest in the host's state, nor a visitor in the country visited", async () => {
    const text = (who: string): string =>
      `Prime Minister Imran Qadir says China and Pakistan are friends. China's President Xi Jinping met ${who} Imran Qadir in Beijing. China praised the ties. China and Pakistan signed deals.`;
    const guest = await extract(text('visiting Prime Minister'));
    expect(guest.actors.find((a) => a.name === 'Imran Qadir')).toMatchObject({ kind: 'Official', country: 'PK' });
    // The same text without "visiting": China, named most, is taken for his state.
    const host = await extract(text('Prime Minister'));
    expect(host.actors.find((a) => a.name === 'Imran Qadir')).toMatchObject({ kind: 'Official', country: 'CN' });
    const visitor = await extract(
      'Prime Minister Imran Qadir visits Beijing. China and Pakistan signed deals. China praised Prime Minister Imran Qadir.',
    );
    expect(visitor.actors.find((a) => a.name === 'Imran Qadir')).toMatchObject({ kind: 'Official', country: 'PK' });
  });

  it('places a former holder ("then-prime minister") in the state whose office another holds now', async () => {
    const doc = await extract(
      "Canadian Prime Minister Mark Carney spoke in Ottawa. Canada's ties with India fell in 2023 after then-prime minister Paul Tremblay spoke out in Ottawa.",
    );
    expect(doc.actors.find((a) => a.name === 'Paul Tremblay')).toMatchObject({ kind: 'Official', country: 'CA' });
    const current = await extract(
      "Canadian Prime Minister Mark Carney spoke in Ottawa. Canada's ties with India fell in 2023 after prime minister Paul Tremblay spoke out in Ottawa.",
    );
    expect(current.actors.find((a) => a.name === 'Paul Tremblay')?.country ?? null).not.toBe('CA');
  });

  it('does not give a state a second holder of an office, nor guess between two states', async () => {
    const held = await extract(
      'U.S. President Barack Obama spoke on Monday. He said the U.S. stands with President Fouad Massoum.',
    );
    expect(held.actors.find((a) => a.name === 'Fouad Massoum')?.country ?? null).toBeNull();
    const tied = await extract(
      'Iran and Iraq traded accusations. The U.S. said it stands with President Fouad Massoum.',
    );
    expect(tied.actors.find((a) => a.name === 'Fouad Massoum')?.country ?? null).toBeNull();
    // The holder may be known without a title in the text: "Trump" alone is the U.S. president.
    const known = await extract(
      'The U.S. economy is growing, Trump said in Washington. Trump hailed his relationship with President Fouad Massoum.',
    );
    expect(known.actors.find((a) => a.name === 'Fouad Massoum')?.country ?? null).toBeNull();
  });

  it('finds an official of an invented country with a null country', async () => {
    const doc = await extract('Ruritanian Foreign Minister Anna Kowalczyk arrived on Monday.');
    expect(doc.actors.find((a) => a.kind === 'Official')).toMatchObject({
      name: 'Anna Kowalczyk',
      country: null,
      title: 'Foreign Minister',
    });
  });

  it('finds long compound titles and appositions', async () => {
    const doc = await extract(
      [
        'US Deputy Assistant Secretary of State for North Korea Alex Wong spoke first.',
        "Norway's nuclear envoy, Ola Brekke, said little.",
        'Rhee Dong-yeol, who heads the South Korean Foreign Ministry’s bureau of peace, left early.',
      ].join(' '),
    );
    const byId = new Map(doc.actors.map((a) => [a.id, a]));
    expect(byId.get('official:us:alex-wong')?.title).toBe('Deputy Assistant Secretary of State for North Korea');
    expect(byId.get('official:no:ola-brekke')?.title).toBe('Nuclear Envoy');
    expect(byId.get('official:kr:rhee-dong-yeol')).toBeDefined();
  });

  it('reads a country name after an honorific as a person, and as the country otherwise', async () => {
    expect(await countries('Mr Holland admitted that some states ran false flag operations.')).toEqual([]);
    expect(await countries('Holland and Belgium criticized the plan.')).toEqual(['BE', 'NL']);
  });

  it('places no one by the topic of what they led, nor by a spelling ("Defence Secretary")', async () => {
    const doc = await extract(
      'Analysts praised the testimony of special counsel Robert Mueller, who led an investigation into Russian ' +
        'meddling in the election. Defence Secretary James Mattis left the administration.',
    );
    for (const name of ['Robert Mueller', 'James Mattis'])
      expect(doc.actors.find((a) => a.name === name)).toMatchObject({ kind: 'Official', country: null });
  });

  it('ends a name before page chrome that repeats it with a formal first name and the nickname in brackets', async () => {
    const doc = await extract(
      'The plan is a mistake, said Sen. Mitt Romney Willard (Mitt) Mitt RomneyNew poll shows gains for the senator.',
    );
    const officials = doc.actors.filter((a) => a.kind === 'Official');
    expect(officials.map((a) => a.name)).toEqual(['Mitt Romney']);
  });

  it('keeps a full name whose later word is bracketed but is not its own first name', async () => {
    const doc = await extract('The plan is a mistake, said Sen. Mitt Romney (Mitt to his friends) on Monday.');
    const officials = doc.actors.filter((a) => a.kind === 'Official');
    expect(officials.map((a) => a.name)).toEqual(['Mitt Romney']);
  });

  it('resolves later surname mentions and spelling variants to one official', async () => {
    const doc = await extract(
      'North Korean leader Kim Jong-un spoke on Monday. Later, Kim Jong Un met the delegation and Kim said the talks went well.',
    );
    const officials = doc.actors.filter((a) => a.kind === 'Official');
    expect(officials).toHaveLength(1);
    expect(officials[0]).toMatchObject({ id: 'official:kp:kim-jong-un', name: 'Kim Jong Un' });
    expect(officials[0]!.aliases).toEqual(expect.arrayContaining(['Kim Jong-un']));
  });

  it('resolves "Minister X" and "Secretary Y" to the officials introduced earlier', async () => {
    const doc = await extract(
      "Peru's foreign minister Lucia Vargas met U.S. Secretary of State Mike Pompeo on Monday. Minister Vargas and Secretary Pompeo reaffirmed their close cooperation.",
    );
    expect(actorIds(doc).filter((id) => id.startsWith('official:'))).toEqual([
      'official:pe:lucia-vargas',
      'official:us:mike-pompeo',
    ]);
  });

  it('resolves a title without a name to the one official the article gave that title', async () => {
    const doc = await extract(
      'North Korean leader Kim Jong Un spoke. The North Korean leader also met Chinese President Xi Jinping on Tuesday.',
    );
    expect(doc.meetings.map((m) => m.participants.sort())).toEqual([
      ['official:cn:xi-jinping', 'official:kp:kim-jong-un'],
    ]);
  });

  it('does not make journalists, analysts or academics actors', async () => {
    const doc = await extract(
      [
        'Lee Ji-won has more.',
        '"It seems both sides were unable to agree," Jenny Town, fellow at the Stimson Center, told reporters.',
        'Matthew Kroenig, associate professor at Georgetown University in Washington, DC, agreed.',
        '"It is a dangerous game," said Harry Kazianis of the Center for the National Interest.',
        'Lee Ji-won, Arirang News.',
      ].join('\n\n'),
    );
    expect(doc.actors.filter((a) => a.kind === 'Official')).toEqual([]);
  });

  it('does not make an unknown bare name an actor', async () => {
    const doc = await extract('Miller said the activity did not surprise him.');
    expect(doc.actors).toEqual([]);
  });
});

describe('organisations', () => {
  it('finds international organisations with a null country', async () => {
    const doc = await extract('NATO and the UN Security Council discussed the crisis, and the EU backed Ukraine.');
    expect(doc.actors.filter((a) => a.kind === 'Organization').map((a) => [a.id, a.country])).toEqual([
      ['organization:european-union', null],
      ['organization:nato', null],
      ['organization:un-security-council', null],
    ]);
  });

  it('normalises national foreign ministries under their country', async () => {
    for (const phrase of [
      "South Korea's Foreign Ministry",
      "Seoul's foreign ministry",
      'the South Korean ministry of foreign affairs',
    ]) {
      const doc = await extract(`${phrase} said the talks went well.`);
      expect(doc.actors.find((a) => a.kind === 'Organization')).toMatchObject({
        id: 'organization:kr:ministry-of-foreign-affairs',
        name: 'Ministry of Foreign Affairs',
        country: 'KR',
      });
    }
  });

  it("finds well-known national bodies and parties, and no Korean party in the Workers' Party of Brazil", async () => {
    const doc = await extract("The State Department and the Blue House spoke, as did the Workers' Party of Korea.");
    expect(actorIds(doc)).toEqual(
      expect.arrayContaining([
        'organization:us:department-of-state',
        'organization:kr:blue-house',
        'organization:kp:workers-party-of-korea',
      ]),
    );
    const brazil = await extract(
      "Brazilian President Luiz Inacio Lula da Silva, the leader of the Workers' Party, met Venezuelan President Nicolas Maduro.",
    );
    expect(actorIds(brazil).filter((id) => id.startsWith('organization:'))).toEqual([]);
    expect(actorIds(brazil)).not.toContain('country:KP');
  });

  it('does not take a country named at the end of a longer place name for that country ("New Jersey")', async () => {
    const doc = await extract(
      'Governor Phil Murphy of New Jersey criticized Russia. Protests in Northern Ireland worried Britain.',
    );
    expect(actorIds(doc)).not.toContain('country:JE');
    expect(actorIds(doc)).not.toContain('country:IE');
    expect(actorIds(doc)).toEqual(expect.arrayContaining(['country:RU', 'country:GB']));
  });

  it('still reads a country whose own name is longer, or two countries named side by side', async () => {
    const doc = await extract('Papua New Guinea criticized Indonesia. The Russia Ukraine talks ended on Monday.');
    expect(actorIds(doc)).toEqual(expect.arrayContaining(['country:PG', 'country:ID', 'country:RU', 'country:UA']));
    expect(actorIds(doc)).not.toContain('country:GN');
  });

  it('reads a state named by its people as a plural noun that is not its demonym plus -s ("the Turks")', async () => {
    const doc = await extract(
      'Secretary of State Mike Pompeo talked with the Turks about Syria. The Swedes criticized Russia.',
    );
    expect(actorIds(doc)).toEqual(expect.arrayContaining(['country:TR', 'country:SE']));
    expect(doc.meetings.map((m) => m.participants)).toEqual([['official:us:mike-pompeo', 'country:TR']]);
  });

  it('does not read a people noun inside another name ("the Young Turks", "Turks and Caicos")', async () => {
    const doc = await extract('The Young Turks criticized Denmark. The minister visited the Turks and Caicos Islands.');
    expect(actorIds(doc)).not.toContain('country:TR');
    expect(doc.stances).toEqual([]);
  });

  it("does not take a church's General Assembly for the UN General Assembly", async () => {
    const doc = await extract('The General Assembly of the Presbyterian Church condemned Israel.');
    expect(actorIds(doc)).not.toContain('organization:un-general-assembly');
    expect(doc.stances).toEqual([]);
    const un = await extract('The UN General Assembly condemned Russia.');
    expect(un.stances.map((s) => `${s.from} ${s.type} ${s.to}`)).toEqual([
      'organization:un-general-assembly OPPOSES country:RU',
    ]);
  });

  it('gives an official of an international organisation that organisation', async () => {
    const doc = await extract(
      'NATO Secretary-General Jens Halvorsen met Polish President Adam Nowak in Warsaw on Monday.',
    );
    expect(doc.actors.find((a) => a.name === 'Jens Halvorsen')).toMatchObject({
      country: null,
      organization: 'organization:nato',
    });
  });
});

describe('false friends', () => {
  it('does not take company presidents, sports events, food or university cities for state actors', async () => {
    const doc = await extract(
      [
        'Apple CEO Tim Cook met with investors in New York, and company President Jane Miles praised the new phone.',
        'The US Open ended, and Turkey sandwiches were served.',
        'Professor Ana Ruiz of the University of Lisbon spoke.',
      ].join(' '),
    );
    expect(doc.actors).toEqual([]);
    expect(doc.meetings).toEqual([]);
  });
});

describe('countries named only as places', () => {
  it('does not take a list of places after "in" for actors, even where the parse hangs it elsewhere', async () => {
    const doc = await extract(
      'Pushkar Sharma is a fellow; he has worked with the United Nations in Kosovo, the Gaza Strip, Iraq, Colombia and Myanmar.',
    );
    expect(actorIds(doc).filter((id) => id.startsWith('country:'))).toEqual([]);
  });
});

describe('countries named only as origins', () => {
  it("does not take a person's heritage or parents' nationality for a state that acts", async () => {
    const doc = await extract(
      'Anna Kowalczyk is of Puerto Rican heritage. Her parents were Palestinian immigrants. His parents are ' +
        'Lebanese and Syrian.',
    );
    expect(actorIds(doc).filter((id) => id.startsWith('country:'))).toEqual([]);
  });

  it("does not take a private person's nationality for a state: a national, a journalist, a name's apposition", async () => {
    const doc = await extract(
      'Charges against the captain, an Indian national, were dropped. A British journalist said the law would pass. ' +
        'He quoted Anna Kowalczyk, the famous Argentine Marxist revolutionary.',
    );
    expect(actorIds(doc).filter((id) => id.startsWith('country:'))).toEqual([]);
  });

  it('still takes a nationality on an office in apposition to a name for the state', async () => {
    const doc = await extract('Ana Ruiz, the Chilean foreign minister, spoke on Monday.');
    expect(actorIds(doc).filter((id) => id.startsWith('country:'))).toEqual(['country:CL']);
  });

  it('still takes a nationality on a government noun for the state', async () => {
    const doc = await extract('Palestinian officials rejected the plan, and Syrian forces shelled the town.');
    expect(
      actorIds(doc)
        .filter((id) => id.startsWith('country:'))
        .sort(),
    ).toEqual(['country:PS', 'country:SY']);
  });
});
