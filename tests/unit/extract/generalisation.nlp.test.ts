import { extract, meetingsOf, stancesOf } from './helpers';

// Rules of English news added after scoring the held-out articles (tests/fixtures/heldout); every sentence here is our own.
describe('meetings: venues, hosts and separate guests', () => {
  it('does not take the occasion after "met on the sidelines of" or "met at" as a participant', async () => {
    const doc = await extract(
      'Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese met on the sidelines of the G20 summit in Rome.',
    );
    expect(meetingsOf(doc)).toEqual(['official:au:anthony-albanese + official:in:narendra-modi']);
    const venue = await extract('Greek Foreign Minister Nikos Dendias met at NATO headquarters on Tuesday.');
    expect(meetingsOf(venue)).toEqual([]);
  });

  it('still takes a participant after "met in <place> with"', async () => {
    const doc = await extract(
      'Chilean President Gabriel Boric met in Santiago with Argentine President Javier Milei on Monday.',
    );
    expect(meetingsOf(doc)).toEqual(['official:ar:javier-milei + official:cl:gabriel-boric']);
  });

  it("splits a host's guests who met the host separately", async () => {
    const doc = await extract(
      'Turkish President Recep Tayyip Erdogan hosted Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev in Ankara on Friday, meeting them separately.',
    );
    expect(meetingsOf(doc).sort()).toEqual([
      'official:am:nikol-pashinyan + official:tr:recep-tayyip-erdogan',
      'official:az:ilham-aliyev + official:tr:recep-tayyip-erdogan',
    ]);
  });

  it('counts the host of talks between two parties as a participant, also in a headline-style pair', async () => {
    const doc = await extract('Norway will host talks between Colombia and Venezuela in Oslo next week.');
    expect(meetingsOf(doc)).toEqual(['country:CO + country:NO + country:VE']);
    expect(doc.meetings[0]!.planned).toBe(true);
    const pair = await extract('Qatar hosted US-Taliban talks in Doha on Saturday.');
    expect(meetingsOf(pair)).toEqual(['country:QA + country:US + organization:af:taliban']);
  });

  it('reads "was due to receive" a titled guest as a planned visit, and "welcomed X\'s role" as no visit', async () => {
    const doc = await extract(
      'Kenyan President William Ruto was due to receive Somali President Hassan Sheikh Mohamud later this month.',
    );
    expect(meetingsOf(doc)).toEqual(['official:ke:william-ruto + official:so:hassan-sheikh-mohamud']);
    expect(doc.meetings[0]!.planned).toBe(true);
    const welcome = await extract("The government in Tripoli welcomed Italy's role in the talks.");
    expect(meetingsOf(welcome)).toEqual([]);
    expect(stancesOf(welcome)).toEqual(['country:LY BACKS country:IT']);
  });
});

describe('stances: allies, speakers, statements and sub-clauses', () => {
  it('reads an ally apposition both ways ("X, Y\'s traditional ally," and "X, a close ally of Y,")', async () => {
    const a = await extract("Belarus, Russia's closest ally, stayed silent on Monday.");
    expect(stancesOf(a)).toEqual(['country:BY BACKS country:RU']);
    const b = await extract(
      'Cuban President Miguel Diaz-Canel, a close ally of Venezuelan President Nicolas Maduro, arrived in Caracas.',
    );
    expect(stancesOf(b)).toEqual(['official:cu:miguel-diaz-canel BACKS official:ve:nicolas-maduro']);
  });

  it('reads the relation as a title before the name ("U.S. ally Israel", "Russian ally Syria")', async () => {
    const doc = await extract(
      'Egypt signed a peace treaty with vital U.S. ally Israel. Moscow sent weapons to Russian ally Syria.',
    );
    // Sending weapons to Syria is Moscow backing it, too (arms given, stances.nlp.test.ts).
    expect(stancesOf(doc)).toEqual([
      'country:IL BACKS country:US',
      'country:RU BACKS country:SY',
      'country:SY BACKS country:RU',
    ]);
  });

  it('reads no relation from a title before a name without an owner, or from trade ("U.S. trading partner China")', async () => {
    const doc = await extract(
      'Egypt signed a peace treaty with ally Israel. Officials met key ally Japan. Exports to U.S. trading partner China fell.',
    );
    expect(stancesOf(doc)).toEqual([]);
  });

  it('does not read a plain apposition or a list as alliance', async () => {
    const doc = await extract('Serbia, Hungary and Slovakia, the three holdouts, abstained.');
    expect(stancesOf(doc)).toEqual([]);
  });

  it('gives the speaker the stance in "X said ... and criticised Y"', async () => {
    const doc = await extract(
      "Iran's foreign minister Abbas Araghchi said the Israeli strikes broke international law and condemned the United States for supplying the bombs.",
    );
    // What he says of Israel's strikes (they "broke international law") is his criticism of Israel.
    expect(stancesOf(doc).sort()).toEqual([
      'official:ir:abbas-araghchi OPPOSES country:IL',
      'official:ir:abbas-araghchi OPPOSES country:US',
    ]);
  });

  it('does not let a possessor inside an object become the subject of the next verb', async () => {
    const doc = await extract(
      "The government in Khartoum welcomed Egypt's mediation but accused Ethiopia of stalling.",
    );
    expect(stancesOf(doc)).toEqual(['country:SD BACKS country:EG', 'country:SD OPPOSES country:ET']);
  });

  it('reads "have thrown their weight behind"', async () => {
    const doc = await extract('Spain and Portugal have thrown their weight behind Morocco.');
    expect(stancesOf(doc)).toEqual(['country:ES BACKS country:MA', 'country:PT BACKS country:MA']);
  });
});

describe('actors: opposition leaders, stop-word surnames and Congo', () => {
  it('reads an opposition leader with his country as an actor', async () => {
    const doc = await extract("Georgia's opposition leader Nika Melia criticized Russia on Sunday.");
    expect(stancesOf(doc)).toEqual(['official:ge:nika-melia OPPOSES country:RU']);
  });

  it('reads bare "Congo" as DR Congo only when the article already names DR Congo', async () => {
    const doc = await extract(
      'Congolese President Felix Tshisekedi spoke in Kinshasa. Congo accuses Rwanda of backing the rebels.',
    );
    expect(stancesOf(doc)).toContain('country:CD OPPOSES country:RW');
    const alone = await extract('Congo accuses Rwanda of backing the rebels.');
    expect(stancesOf(alone)).toEqual([]);
  });
});

describe('recognition and "They" after a meeting', () => {
  it('reads "recognised X as a state" as backing, but not "recognised X\'s efforts"', async () => {
    expect(stancesOf(await extract('Ireland recognised Palestine as a state on Tuesday.'))).toEqual([
      'country:IE BACKS country:PS',
    ]);
    expect(stancesOf(await extract("Canada recognised Ukraine's efforts."))).toEqual([]);
  });

  it('takes a sentence-initial "They" to be the pair of the meeting just reported', async () => {
    const doc = await extract(
      'Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on Monday. They spoke by phone again on Friday.',
    );
    expect(doc.meetings.map((m) => m.summary?.split(':')[0])).toEqual(['Meeting', 'Phone call']);
    expect(meetingsOf(doc)).toEqual([
      'official:in:narendra-modi + official:jp:fumio-kishida',
      'official:in:narendra-modi + official:jp:fumio-kishida',
    ]);
    const inside = await extract(
      'Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on Monday. Analysts said they met because of trade.',
    );
    expect(inside.meetings).toHaveLength(1);
  });
});

describe('rules added after the second held-out batch (no longer blind there)', () => {
  it('reads a given name spelled like a capital after a title as a name, not as Chile ("President Santiago Peña")', async () => {
    const doc = await extract(
      'Paraguayan President Santiago Peña met Brazilian President Luiz Inacio Lula da Silva in Asuncion on Monday.',
    );
    expect(meetingsOf(doc)).toEqual(['official:br:luiz-inacio-lula-da-silva + official:py:santiago-pena']);
    // "Santiago" here is part of Peña's name: no Chile anywhere in this article.
    expect(doc.actors.some((a) => a.id === 'country:CL')).toBe(false);
  });

  it('still reads the capital where it is a place ("flew to Santiago"), without making it an official\'s name', async () => {
    const city = await extract('Chilean President Gabriel Boric flew to Santiago on Monday.');
    expect(city.actors.map((a) => a.id)).toContain('official:cl:gabriel-boric');
    expect(city.actors.some((a) => a.name.includes('Santiago'))).toBe(false);
  });

  it('gives "The pair reaffirmed their cooperation with X" to both of the meeting just reported', async () => {
    const doc = await extract(
      'Thai Foreign Minister Maris Sangiampongsa met Indonesian Foreign Minister Sugiono in Jakarta on Monday. The pair reaffirmed their close cooperation with Japan.',
    );
    expect(stancesOf(doc)).toEqual([
      'official:th:maris-sangiampongsa BACKS country:JP',
      'official:id:sugiono BACKS country:JP',
    ]);
  });
});
