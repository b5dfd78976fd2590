import { actorIds, extract, meetingsOf, stancesOf } from './helpers';

// 2021-06-10 is a Thursday.
const DATE = '2021-06-10';

describe('meetings', () => {
  it('finds "X met with Y" with both named officials, the resolved day and the place', async () => {
    const doc = await extract(
      "Chile's foreign minister Tomas Ibarra met with Peruvian Foreign Minister Lucia Vargas in Lima on Tuesday.",
      { date: DATE },
    );
    expect(doc.meetings).toHaveLength(1);
    expect(doc.meetings[0]).toMatchObject({
      participants: ['official:cl:tomas-ibarra', 'official:pe:lucia-vargas'],
      date: '2021-06-08',
      place: 'Lima',
      planned: false,
    });
    expect(doc.meetings[0]!.evidence).toBe(
      "Chile's foreign minister Tomas Ibarra met with Peruvian Foreign Minister Lucia Vargas in Lima on Tuesday.",
    );
    expect(doc.meetings[0]!.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('makes the countries participants when counterparts are named only by nationality', async () => {
    const doc = await extract(
      'U.S. Special Envoy for Syria Dana Stroud met his British, German and French counterparts this week.',
      { date: DATE },
    );
    expect(meetingsOf(doc)).toEqual(['country:DE + country:FR + country:GB + official:us:dana-stroud']);
    expect(doc.meetings[0]!.date).toBeNull();
  });

  it('finds talks held between two countries and a summit between two leaders', async () => {
    const doc = await extract(
      'Kenya and Ethiopia held talks in Nairobi on Monday. The summit between Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed ended on Tuesday.',
      { date: DATE },
    );
    expect(meetingsOf(doc)).toEqual(['country:ET + country:KE', 'official:et:abiy-ahmed + official:ke:william-ruto']);
  });

  it('finds phone calls and video conferences', async () => {
    const doc = await extract(
      'French President Emmanuel Macron spoke by phone with Ukrainian President Volodymyr Zelensky on Sunday. Germany and Poland held a video conference on Monday.',
      { date: DATE },
    );
    expect(meetingsOf(doc)).toEqual([
      'official:fr:emmanuel-macron + official:ua:volodymyr-zelensky',
      'country:DE + country:PL',
    ]);
    expect(doc.meetings[0]!.date).toBe('2021-06-06');
    expect(doc.meetings[0]!.summary).toBe('Phone call: Emmanuel Macron, Volodymyr Zelensky');
    const video = await extract('Japan and South Korea met by video conferencing on Friday.', { date: DATE });
    expect(meetingsOf(video)).toEqual(['country:JP + country:KR']);
  });

  it('finds visits and hosted guests', async () => {
    const doc = await extract(
      'Japanese Prime Minister Fumio Kishida visited Vietnam on Wednesday. Egyptian President Abdel Fattah al-Sisi hosted Jordan’s King Abdullah II in Cairo.',
      { date: DATE },
    );
    expect(meetingsOf(doc)).toEqual([
      'country:VN + official:jp:fumio-kishida',
      'official:eg:abdel-fattah-al-sisi + official:jo:abdullah-ii',
    ]);
  });

  it('marks scheduled meetings as planned ("will hold", "to meet", "expected to", "is set to")', async () => {
    const doc = await extract(
      [
        'Brazil and Argentina will hold talks in Brasilia on Monday.',
        'Finnish Foreign Minister Elina Virtanen left for Washington to meet US Secretary of State Antony Blinken.',
        'Indian Prime Minister Narendra Modi is expected to meet Xi Jinping next week.',
        'Chancellor Olaf Scholz is set to meet President Emmanuel Macron in Paris.',
      ].join(' '),
      { date: DATE },
    );
    expect(doc.meetings.map((m) => m.planned)).toEqual([true, true, true, true]);
    expect(doc.meetings[0]!.date).toBe('2021-06-14');
    expect(meetingsOf(doc)[1]).toBe('official:fi:elina-virtanen + official:us:antony-blinken');
  });

  it('ignores refused, negated and hypothetical meetings', async () => {
    const doc = await extract(
      [
        'Iranian President Hassan Rouhani refused to meet Donald Trump.',
        'Russian President Vladimir Putin did not meet Ukrainian President Volodymyr Zelensky.',
        'Trump said he would meet Kim Jong Un if the talks progressed.',
        'Xi Jinping could meet Joe Biden at the summit.',
        '"He wanted to meet Kim directly," the analyst said.',
      ].join(' '),
      { date: DATE },
    );
    expect(doc.meetings).toEqual([]);
  });

  it('reads a definite meeting named with its sides under a negated clause, which does not deny it', async () => {
    const doc = await extract(
      'The intelligence chief said Donald Trump did not brief him about his meeting with Russian President Vladimir Putin in Helsinki.',
      { date: DATE },
    );
    expect(meetingsOf(doc)).toEqual(['official:ru:vladimir-putin + official:us:donald-trump']);
    expect(doc.meetings[0]).toMatchObject({ place: 'Helsinki' });
  });

  it('still ignores a meeting that a negated contact verb holds, or that was called off', async () => {
    const doc = await extract(
      [
        'Russian President Vladimir Putin did not hold talks with Turkish President Recep Tayyip Erdogan.',
        'Donald Trump called off his summit with North Korean leader Kim Jong Un.',
        'There was no meeting between Chinese President Xi Jinping and Japanese Prime Minister Shinzo Abe.',
        'The summit between U.S. President Donald Trump and North Korean leader Kim Jong Un never took place.',
        'If the meeting between Trump and Russian President Vladimir Putin goes ahead, sanctions may ease.',
        'Putin did not hold the meeting with Erdogan.',
      ].join(' '),
      { date: DATE },
    );
    expect(doc.meetings).toEqual([]);
  });

  it('ignores a meeting a relative clause cancels, wherever the parser hangs the clause', async () => {
    const doc = await extract(
      [
        'It came ahead of a planned summit between US President Donald Trump and North Korean leader Kim Jong-un in ' +
          'Singapore on 12 June, which has now been cancelled by Mr Trump.',
        'A visit by Chinese President Xi Jinping to Japan, postponed twice, was not rescheduled.',
      ].join(' '),
      { date: DATE },
    );
    expect(doc.meetings).toEqual([]);
  });

  it('takes back a planned meeting when "the meeting" is then called off in the same sentence', async () => {
    const doc = await extract(
      [
        'President Donald Trump had planned to meet North Korean leader Kim Jong Un, but the meeting was called off.',
        'Trump was due to meet Chinese President Xi Jinping in Buenos Aires, but the summit was cancelled.',
      ].join(' '),
      { date: DATE },
    );
    expect(doc.meetings).toEqual([]);
  });

  it('keeps a meeting held, or one planned, beside another contact that was cancelled', async () => {
    const doc = await extract(
      [
        'President Donald Trump met North Korean leader Kim Jong Un in Hanoi, but the second meeting was cancelled.',
        'Trump will meet Japanese Prime Minister Shinzo Abe, and the summit with Chinese President Xi Jinping was ' +
          'cancelled.',
      ].join(' '),
      { date: DATE },
    );
    expect(meetingsOf(doc)).toEqual([
      'official:kp:kim-jong-un + official:us:donald-trump',
      'official:jp:shinzo-abe + official:us:donald-trump',
    ]);
  });

  it('keeps a meeting whose relative clause does not cancel it', async () => {
    const doc = await extract(
      'The summit between US President Donald Trump and North Korean leader Kim Jong-un in Singapore on 12 June, ' +
        'which both leaders praised, ended with a statement.',
      { date: DATE },
    );
    expect(meetingsOf(doc)).toEqual(['official:kp:kim-jong-un + official:us:donald-trump']);
  });

  it('adds who takes part in or joins a contact between others to its sides', async () => {
    const doc = await extract(
      'U.S. Secretary of State Mike Pompeo took part in the July 25 phone call between President Donald Trump and ' +
        'Ukrainian President Volodymyr Zelenskiy.',
      { date: DATE },
    );
    expect(meetingsOf(doc)).toEqual([
      'official:ua:volodymyr-zelensky + official:us:donald-trump + official:us:mike-pompeo',
    ]);
  });

  it('does not make a critic of a contact one of its sides', async () => {
    const doc = await extract(
      'German Chancellor Angela Merkel criticised the phone call between President Donald Trump and Ukrainian ' +
        'President Volodymyr Zelenskiy.',
      { date: DATE },
    );
    expect(meetingsOf(doc)).toEqual(['official:ua:volodymyr-zelensky + official:us:donald-trump']);
  });

  it('reads a contact told as the setting of what one side asks or tells the other', async () => {
    const doc = await extract(
      'In a recent telephone call, President Donald Trump asked Australian Prime Minister Scott Morrison to help. ' +
        'During the meeting, Japanese Prime Minister Shinzo Abe thanked Indian Prime Minister Narendra Modi.',
      { date: DATE },
    );
    expect(meetingsOf(doc)).toEqual([
      'official:au:scott-morrison + official:us:donald-trump',
      'official:in:narendra-modi + official:jp:shinzo-abe',
    ]);
  });

  it('reads no contact from a setting that names its own other side, or from a speech', async () => {
    const doc = await extract(
      'In a phone call with reporters, President Donald Trump asked Australian Prime Minister Scott Morrison to ' +
        'act. In a speech, Trump urged Morrison to act.',
      { date: DATE },
    );
    expect(doc.meetings).toEqual([]);
  });

  it('reads "contacted" as a contact with its object, and no contact without one', async () => {
    const doc = await extract(
      'Russian Ambassador Sergey Kislyak contacted U.S. national security adviser Michael Flynn on Monday. ' +
        'Russian Foreign Minister Sergei Lavrov said he had been contacted.',
      { date: DATE },
    );
    expect(meetingsOf(doc)).toEqual(['official:ru:sergey-kislyak + official:us:michael-flynn']);
  });

  it('reads "meet with X to discuss" as a meeting with X, however the parser attaches "with"', async () => {
    const doc = await extract(
      'German Chancellor Angela Merkel will also meet with International Monetary Fund Managing Director Christine ' +
        'Lagarde to discuss what financial help Ukraine will need.',
      { date: DATE },
    );
    expect(meetingsOf(doc)).toEqual([
      expect.stringMatching(/official:.*christine-lagarde \+ official:de:angela-merkel/),
    ]);
  });

  it('does not take the subject of a with-clause that is no contact for a participant', async () => {
    const doc = await extract(
      'German Chancellor Angela Merkel spoke, with Russian President Vladimir Putin watching.',
      {
        date: DATE,
      },
    );
    expect(doc.meetings).toEqual([]);
  });

  it('makes the owners of office holders in the plural the participants ("the presidents of the EU")', async () => {
    const doc = await extract(
      'U.S. President Donald Trump met the foreign ministers of France and Germany. Later he met with the presidents ' +
        'of the European Union.',
      { date: DATE },
    );
    expect(meetingsOf(doc)).toEqual([
      'country:DE + country:FR + official:us:donald-trump',
      'official:us:donald-trump + organization:european-union',
    ]);
  });

  it('reads no participant from office holders in the plural whom nothing owns, or from past holders', async () => {
    const doc = await extract(
      'U.S. President Donald Trump met the ministers on Monday. Russian President Vladimir Putin hosted former ' +
        'secretaries of state of the United States.',
      { date: DATE },
    );
    expect(doc.meetings).toEqual([]);
  });

  it('reads no contact between the joint subjects of a one-way verb with no one on its other side', async () => {
    const doc = await extract(
      'Iranian Foreign Minister Mohammad Javad Zarif and President Hassan Rouhani had received U.S. visas. ' +
        "Yet even as Ukraine receives top billing in German Chancellor Angela Merkel's visit, the outrage remains.",
      { date: DATE },
    );
    expect(doc.meetings).toEqual([]);
  });

  it('still reads joint subjects of a reciprocal verb, a one-way verb with its object or "each other", a hosted visit', async () => {
    const doc = await extract(
      'South Korean President Moon Jae-in and North Korean leader Kim Jong Un met. Chinese President Xi Jinping ' +
        "received Russian President Vladimir Putin. Japanese Prime Minister Shinzo Abe hosted Trump's state visit. " +
        'German Chancellor Olaf Scholz and French President Emmanuel Macron greeted each other.',
      { date: DATE },
    );
    expect(meetingsOf(doc)).toEqual(
      expect.arrayContaining([
        'official:kp:kim-jong-un + official:kr:moon-jae-in',
        'official:cn:xi-jinping + official:ru:vladimir-putin',
        'official:jp:shinzo-abe + official:us:donald-trump',
        'official:de:olaf-scholz + official:fr:emmanuel-macron',
      ]),
    );
  });

  it('does not take rebels or the opposition of a state for the state ("Syrian rebel commanders")', async () => {
    const doc = await extract(
      'Turkish President Recep Tayyip Erdogan met Syrian rebel commanders. U.S. Secretary of State Mike Pompeo met ' +
        'Venezuelan opposition leaders.',
      { date: DATE },
    );
    expect(doc.meetings).toEqual([]);
  });

  it("still takes a state's officials for the state, and a rebel group named as such", async () => {
    const doc = await extract(
      "U.S. Secretary of State Mike Pompeo met Venezuelan officials. Yemen's Houthi rebels, who are backed by Iran, spoke.",
      { date: DATE },
    );
    expect(meetingsOf(doc)).toEqual(['country:VE + official:us:mike-pompeo']);
    expect(stancesOf(doc)).toEqual(['country:IR BACKS organization:ye:houthis']);
  });

  it('does not read ongoing negotiations as one meeting', async () => {
    const doc = await extract('There has been no progress in talks between North Korea and the U.S. for months.', {
      date: DATE,
    });
    expect(doc.meetings).toEqual([]);
  });

  it('records one meeting per place when leaders "met twice - in A and at B"', async () => {
    const doc = await extract(
      'Kim Jong Un and Donald Trump met twice last year – in Hanoi and at the Korean Demilitarized Zone.',
      { date: DATE },
    );
    expect(doc.meetings.map((m) => m.place)).toEqual(['Hanoi', 'Korean Demilitarized Zone']);
    expect(doc.meetings.every((m) => m.date === null)).toBe(true);
  });

  it('splits a meeting with officials in two capitals into two meetings', async () => {
    const doc = await extract('Canadian Foreign Minister Marie Tremblay met with officials in Seoul and Tokyo.', {
      date: DATE,
    });
    expect(meetingsOf(doc)).toEqual([
      'country:KR + official:ca:marie-tremblay',
      'country:JP + official:ca:marie-tremblay',
    ]);
  });

  it('reads a pair summit ("the US-North Korea summit") with its place and date', async () => {
    const doc = await extract(
      'She said the US had lost an opportunity at the US-North Korea summit in Hanoi on February 27.',
      { date: '2019-03-15' },
    );
    expect(doc.meetings[0]).toMatchObject({
      participants: ['country:US', 'country:KP'],
      place: 'Hanoi',
      date: '2019-02-27',
    });
  });

  it('gives meetings stable ids', async () => {
    const a = await extract('Kenya and Ethiopia held talks in Nairobi on Monday.', { date: DATE });
    const b = await extract('Kenya and Ethiopia held talks in Nairobi on Monday.', { date: DATE });
    expect(a.meetings[0]!.id).toMatch(/^meeting:[0-9a-f]{16}$/);
    expect(a.meetings[0]!.id).toBe(b.meetings[0]!.id);
  });
});

describe('meetings in conditions', () => {
  it('ignores a meeting inside an if-clause', async () => {
    const doc = await extract('If Russia and Ukraine were to meet, analysts said, a deal could follow.');
    expect(doc.meetings).toEqual([]);
  });
});

describe('meetings told indirectly', () => {
  it('reads "said he would meet" as a planned meeting, not a hypothetical one', async () => {
    const doc = await extract(
      "Iran's Foreign Minister Hossein Amir-Abdollahian said he would meet his Saudi counterpart Prince Faisal bin Farhan soon.",
    );
    expect(doc.meetings).toHaveLength(1);
    expect(doc.meetings[0]).toMatchObject({
      participants: ['official:ir:hossein-amir-abdollahian', 'official:sa:faisal-bin-farhan'],
      planned: true,
    });
  });

  it('gives "the two ministers" the participants of the meeting just reported', async () => {
    const doc = await extract(
      'Greek Foreign Minister Nikos Dendias met Turkish Foreign Minister Mevlut Cavusoglu in Ankara. The two ministers spoke by phone again on Friday.',
    );
    expect(doc.meetings.map((m) => m.participants)).toEqual([
      ['official:gr:nikos-dendias', 'official:tr:mevlut-cavusoglu'],
      ['official:gr:nikos-dendias', 'official:tr:mevlut-cavusoglu'],
    ]);
    expect(doc.meetings[1]!.confidence).toBeLessThan(doc.meetings[0]!.confidence!);
  });

  it('gives "the two presidents" the pair last named, as "X and Y" or as "X-Y", when no meeting was told', async () => {
    const doc = await extract(
      'U.S. President Donald Trump praised Russian President Vladimir Putin. Analysts wrote about the Putin-Trump relationship. After the two presidents met in Alaska, ties improved.',
    );
    expect(doc.meetings.map((m) => m.participants)).toEqual([
      ['official:ru:vladimir-putin', 'official:us:donald-trump'],
    ]);
  });

  it('gives "the two presidents" no one when only one official was named', async () => {
    const doc = await extract(
      'Russian President Vladimir Putin spoke in Moscow. After the two presidents met in Alaska, ties improved.',
    );
    expect(doc.meetings).toEqual([]);
  });

  it('reads one caller speaking to several as a call with each, and a meeting with several as one meeting', async () => {
    const calls = await extract(
      'U.S. President Donald Trump spoke to the leaders of Qatar, Egypt and Jordan on Saturday.',
    );
    expect(calls.meetings.map((m) => m.participants)).toEqual([
      ['official:us:donald-trump', 'country:QA'],
      ['official:us:donald-trump', 'country:EG'],
      ['official:us:donald-trump', 'country:JO'],
    ]);
    const meeting = await extract(
      'U.S. President Donald Trump met the leaders of Qatar, Egypt and Jordan on Saturday.',
    );
    expect(meeting.meetings.map((m) => m.participants)).toEqual([
      ['official:us:donald-trump', 'country:QA', 'country:EG', 'country:JO'],
    ]);
  });

  it('reads officials of two states named together ("US and Cuban officials held talks") as both sides', async () => {
    const doc = await extract('US and Cuban representatives have held talks in recent months.');
    expect(doc.meetings.map((m) => [...m.participants].sort())).toEqual([['country:CU', 'country:US']]);
  });

  it('reads no meeting from the officials of one state holding talks', async () => {
    const doc = await extract('Cuban representatives have held talks in recent months.');
    expect(doc.meetings).toEqual([]);
  });

  it('reads "after N days of talks between X and Y" as a meeting', async () => {
    const doc = await extract(
      "The deal came after four days of talks between Iran's top security official, Ali Shamkhani, and Saudi national security adviser Musaed al-Aiban.",
    );
    expect(doc.meetings.map((m) => m.participants)).toEqual([
      ['official:ir:ali-shamkhani', 'official:sa:musaed-al-aiban'],
    ]);
  });
});

describe('meetings told with a noun phrase', () => {
  it('reads "In a telephone conversation with X, Y ..." with the main clause subject', async () => {
    const doc = await extract(
      'In a telephone conversation with Turkish President Tayyip Erdogan on Monday, Russian President Vladimir Putin voiced concern.',
      { date: '2023-07-12' },
    );
    expect(doc.meetings.map((m) => [...m.participants].sort())).toEqual([
      ['official:ru:vladimir-putin', 'official:tr:recep-tayyip-erdogan'],
    ]);
    expect(doc.meetings[0]).toMatchObject({ date: '2023-07-10', planned: false });
  });

  it('reads "a visit by X to Y" as the visitor meeting the host, and a visit by X alone as no meeting', async () => {
    const doc = await extract(
      'A visit by German Chancellor Angela Merkel to Washington went badly. A visit by Secretary of State Mike ' +
        'Pompeo surprised the press.',
    );
    expect(meetingsOf(doc)).toEqual(['country:US + official:de:angela-merkel']);
  });

  it('reads "after a meeting with" as a past meeting of the main subject, and "sat down with" as a meeting', async () => {
    const doc = await extract(
      "Turkish President Tayyip Erdogan agreed to back Sweden's bid to join NATO after a meeting with Swedish Prime Minister Ulf Kristersson. U.S. President Joe Biden, who sat down with Erdogan on Tuesday, welcomed the decision.",
    );
    expect(doc.meetings.map((m) => [[...m.participants].sort().join(' + '), m.planned])).toEqual([
      ['official:se:ulf-kristersson + official:tr:recep-tayyip-erdogan', false],
      ['official:tr:recep-tayyip-erdogan + official:us:joe-biden', false],
    ]);
  });
});

describe('meetings told as the time of a clause', () => {
  it('reads talks told as the time of a clause, whatever that clause denies or cancels', async () => {
    const doc = await extract(
      'Following talks in Ankara, U.S. Secretary of State Antony Blinken and Turkish Foreign Minister Mevlut ' +
        'Cavusoglu stopped short of a deal. After a meeting in Paris, German Chancellor Olaf Scholz and French ' +
        'President Emmanuel Macron did not sign the accord.',
    );
    expect(meetingsOf(doc)).toEqual([
      'official:tr:mevlut-cavusoglu + official:us:antony-blinken',
      'official:de:olaf-scholz + official:fr:emmanuel-macron',
    ]);
  });

  it('still reads no meeting that the clause itself stops, denies or wishes for', async () => {
    const doc = await extract(
      'U.S. Secretary of State Antony Blinken and Turkish Foreign Minister Mevlut Cavusoglu stopped the talks. ' +
        'German Chancellor Olaf Scholz and French President Emmanuel Macron did not hold talks. ' +
        'Japanese Prime Minister Fumio Kishida asked for a meeting with Chinese President Xi Jinping.',
    );
    expect(doc.meetings).toEqual([]);
  });
});

describe('meetings of "the two countries" just named', () => {
  it('reads "the two countries" and "officials from both countries" as the two states named as "X and Y" before', async () => {
    const doc = await extract(
      'The United States and China announced the deal. The two countries held talks in Beijing. Japan and India ' +
        'signed an accord. Officials from both countries met in Tokyo.',
    );
    expect(meetingsOf(doc)).toEqual(['country:CN + country:US', 'country:IN + country:JP']);
  });

  it('reads no pair from "the two countries" when one state was named before', async () => {
    const doc = await extract('China announced the deal. Officials from the two countries met in Beijing.');
    expect(doc.meetings).toEqual([]);
  });
});

describe('meetings of a name joined to a titled name', () => {
  it('gives "Kerry and visiting British Foreign Minister Hammond" two people, the title only to the second', async () => {
    const doc = await extract(
      'Secretary of State John Kerry spoke in Washington. Asked about a buffer zone after an hour-long meeting in ' +
        'Washington, Kerry and visiting British Foreign Minister Philip Hammond both stopped short of embracing one.',
    );
    expect(doc.actors.find((a) => a.id.endsWith('john-kerry'))).toMatchObject({
      id: 'official:us:john-kerry',
      title: 'Secretary of State',
    });
    expect(meetingsOf(doc)).toEqual(['official:gb:philip-hammond + official:us:john-kerry']);
  });

  it('leaves a name already parsed as its own conjunct as it was', async () => {
    const doc = await extract(
      'Secretary of State John Kerry and British Foreign Minister Philip Hammond met on Monday.',
    );
    expect(actorIds(doc)).toEqual(expect.arrayContaining(['official:us:john-kerry', 'official:gb:philip-hammond']));
    expect(meetingsOf(doc)).toEqual(['official:gb:philip-hammond + official:us:john-kerry']);
  });
});

describe('meetings told as talking a matter over', () => {
  it('reads "discussed X with Y" and "consulted with Y" as talks', async () => {
    const doc = await extract(
      'Estonian Foreign Minister Anna Kowalczyk discussed sanctions with Russian ambassador Piotr Nowak. Chile consulted with Peru on Monday.',
    );
    expect(meetingsOf(doc)).toEqual([
      'official:ee:anna-kowalczyk + official:ru:piotr-nowak',
      'country:CL + country:PE',
    ]);
  });

  it('reads no talks from a matter discussed alone or talks denied', async () => {
    const doc = await extract('Poland discussed the plan on Monday. Britain did not discuss the plan with France.');
    expect(meetingsOf(doc)).toEqual([]);
  });
});

describe('meetings with a counterpart', () => {
  it('meets the person named after "his Chinese counterpart", an official of that state', async () => {
    const doc = await extract('Australian Prime Minister Anthony Albanese met his Chinese counterpart Zhou Wen.');
    expect(meetingsOf(doc)).toEqual(['official:au:anthony-albanese + official:cn:zhou-wen']);
    expect(doc.actors.find((a) => a.name === 'Zhou Wen')?.title ?? null).toBeNull();
  });

  it('meets the states of unnamed counterparts, and makes no official of a counterpart without a state', async () => {
    const doc = await extract(
      'Estonian Foreign Minister Anna Kowalczyk met her British and French counterparts. Her counterpart Piotr Nowak left.',
    );
    expect(meetingsOf(doc)).toEqual(['country:FR + country:GB + official:ee:anna-kowalczyk']);
    expect(doc.actors.filter((a) => a.name === 'Piotr Nowak' && a.kind === 'Official')).toEqual([]);
  });
});

describe('the same meeting told twice', () => {
  it('reads parallel clauses with one verb as separate meetings, not the first object meeting the next object', async () => {
    const doc = await extract(
      'On Monday, Chilean President Tomas Ibarra met Peruvian President Lucia Vargas, Kenyan President Daniel Otieno met Ghanaian President Kwame Asante, and Polish President Jan Nowak met Czech President Petr Dvorak.',
    );
    expect(meetingsOf(doc)).toEqual([
      'official:cl:tomas-ibarra + official:pe:lucia-vargas',
      'official:gh:kwame-asante + official:ke:daniel-otieno',
      'official:cz:petr-dvorak + official:pl:jan-nowak',
    ]);
  });

  it('leaves a reported clause under a saying verb as parsed: the speaker meets no one', async () => {
    const doc = await extract(
      "Chilean President Tomas Ibarra said Peruvian President Lucia Vargas, the summit's host, met Kenyan President Daniel Otieno.",
    );
    expect(meetingsOf(doc)).toEqual(['official:ke:daniel-otieno + official:pe:lucia-vargas']);
  });

  it('reads a meal or a drink shared with someone as a meeting', async () => {
    const doc = await extract(
      'Chilean President Tomas Ibarra had breakfast with Peruvian President Lucia Vargas. Kenyan President Daniel ' +
        'Otieno will have coffee with Ghanaian President Kwame Asante.',
    );
    expect(meetingsOf(doc)).toEqual([
      'official:cl:tomas-ibarra + official:pe:lucia-vargas',
      'official:gh:kwame-asante + official:ke:daniel-otieno',
    ]);
  });

  it('reads no meeting from a meal or drink with no one', async () => {
    const doc = await extract('Kenya drank coffee with milk. Ghana exports coffee and tea with help from Kenya.');
    expect(doc.meetings).toEqual([]);
  });

  it('reads no contact from bases hosting troops or a leader visiting troops abroad', async () => {
    const doc = await extract(
      'Three bases hosting U.S. forces in Iraq were attacked on Monday. Kenyan President Daniel Otieno visited ' +
        'Kenyan troops in Somalia on Tuesday.',
    );
    expect(doc.meetings).toEqual([]);
  });

  it('still reads a state hosting a leader, or a state for talks, as a contact', async () => {
    const doc = await extract('Kenya hosted Ghanaian President Kwame Asante on Monday. Egypt hosted Jordan for talks.');
    expect(meetingsOf(doc)).toEqual(['country:KE + official:gh:kwame-asante', 'country:EG + country:JO']);
  });

  it('folds two tellings of one summit into one record and keeps meetings at different places apart', async () => {
    const doc = await extract(
      [
        'The failed Hanoi summit between North Korean leader Kim Jong Un and US President Donald Trump ended early.',
        'The Vietnam summit between Kim and Trump ended without a deal.',
        'Trump and Kim met twice – in Hanoi and at the Korean Demilitarized Zone.',
      ].join(' '),
    );
    expect(doc.meetings.map((m) => m.place)).toEqual(['Hanoi', 'Korean Demilitarized Zone']);
  });

  it('keeps one stance per holder, target and type in an article', async () => {
    const doc = await extract('Canada backed Ukraine. Canada backed Ukraine again on Friday.');
    expect(doc.stances).toHaveLength(1);
  });
});
