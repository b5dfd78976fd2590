import { cleanText } from '../../../import/src/extract/cleanText';

const clean = (text: string, format: 'text' | 'html' | 'markdown' = 'text') => cleanText({ file: 'x', text, format });

describe('cleanText', () => {
  it('keeps the first meaningful line as the title and reads a publisher-and-date header line', () => {
    const c = clean(
      'Talks stall in Geneva\n\nExample Broadcasting 2021-05-04\n\nViews 12\n\nThe envoys met on Monday and agreed to keep talking about the ceasefire plan.',
    );
    expect(c.title).toBe('Talks stall in Geneva');
    expect(c.date).toBe('2021-05-04');
    expect(c.publisher).toBe('Example Broadcasting');
    expect(c.paragraphs).toEqual(['The envoys met on Monday and agreed to keep talking about the ceasefire plan.']);
  });

  it('reads a byline and a written-out date under the title', () => {
    const c = clean(
      'Ministers trade barbs\n\nMaria Lopez\nJune 2, 2022\n\nThe foreign ministers of both countries exchanged sharp words at the meeting in Lisbon on Thursday.',
    );
    expect(c.date).toBe('2022-06-02');
    expect(c.author).toBe('Maria Lopez');
    expect(c.paragraphs[0]).toMatch(/^The foreign ministers/);
  });

  it('reads a wire dateline, strips it from the first sentence and leaves the date null when the year is missing', () => {
    const c = clean(
      'Envoys meet\n\nNAIROBI, March 3 (Reuters) - Kenyan President William Ruto met the envoy on Friday to discuss the truce in detail.',
    );
    expect(c.publisher).toBe('Reuters');
    expect(c.date).toBeNull();
    expect(c.paragraphs[0]).toMatch(/^Kenyan President William Ruto met/);
  });

  it('drops navigation lists, share buttons, shortcodes, comment forms, copyright lines and read-time badges', () => {
    const text = [
      'Daily World Wire',
      '',
      'Home | World News | Politics | Sports News | Weather | Business',
      '',
      'Leaders agree to new round of talks',
      '',
      '5 min read',
      '  • 3 years ago',
      'Share This Video',
      'Download',
      'Report form',
      'Advertisements',
      '[soliloquy id="123"]',
      'The leaders agreed on Tuesday to hold a new round of talks in Vienna next month.',
      'Read the full Times report here.',
      'Discuss This Article',
      'Recommended',
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
      'Copyright © All rights reserved. | All content is copyrighted © 2020 by Daily World Wire.',
    ].join('\n');
    const c = clean(text);
    expect(c.title).toBe('Leaders agree to new round of talks');
    expect(c.publisher).toBe('Daily World Wire');
    expect(c.paragraphs).toEqual(['The leaders agreed on Tuesday to hold a new round of talks in Vienna next month.']);
  });

  it('drops lines written mostly in another script', () => {
    const c = clean(
      'Allies coordinate\n한미 외교장관회담 개최\n\nThe two allies coordinated their positions during a call on Friday afternoon.',
    );
    expect(c.paragraphs).toEqual(['The two allies coordinated their positions during a call on Friday afternoon.']);
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const c = clean('Title here now\n\nThe minister said the talks would\ncontinue next week in Oslo.');
    expect(c.paragraphs).toEqual(['The minister said the talks would continue next week in Oslo.']);
  });

  it('cleans an HTML page: drops script, style, nav, header, footer, aside and forms, keeps the h1 and reads meta tags', () => {
    const html = `<html><head><title>Summit ends | The Daily</title>
      <meta property="og:site_name" content="The Daily"><meta property="article:published_time" content="2020-01-09T10:00:00Z">
      <script>document.write("<p>Do not read me</p>")</script><style>p{}</style></head>
      <body><header><nav><a>Home</a> <a>World</a></nav><h1>Summit ends without a deal</h1></header>
      <p>The summit in Hanoi ended without a deal on Thursday, officials said.
      <p>Both sides said they would keep talking.</div>
      <aside>Most read: ten recipes</aside><form>Subscribe</form><footer>&copy; 2020 The Daily</footer></body></html>`;
    const c = clean(html, 'html');
    expect(c.title).toBe('Summit ends without a deal');
    expect(c.date).toBe('2020-01-09');
    expect(c.publisher).toBe('The Daily');
    expect(c.paragraphs).toEqual([
      'The summit in Hanoi ended without a deal on Thursday, officials said.',
      'Both sides said they would keep talking.',
    ]);
  });

  it('cleans Markdown and reads its front matter', () => {
    const md =
      '---\ntitle: "Envoys meet in Doha"\ndate: 2022-02-03\nauthor: A. Writer\n---\n\n# Envoys meet in Doha\n\nThe **envoys** met in [Doha](http://x.org) on Monday.\n\n- First point of the story.\n';
    const c = clean(md, 'markdown');
    expect(c.title).toBe('Envoys meet in Doha');
    expect(c.date).toBe('2022-02-03');
    expect(c.paragraphs).toEqual(['The envoys met in Doha on Monday.', 'First point of the story.']);
  });

  it('marks a title-like line inside the body as a possible teaser headline', () => {
    const c = clean(
      'Main story title\n\nThe talks continued on Monday between the two delegations.\n\nCelebrity Chef Opens New Restaurant Downtown\nThe restaurant serves seafood and pasta every day of the week.',
    );
    expect(c.headings).toEqual([1]);
  });
});

describe('cleanText on page furniture', () => {
  it('drops related-link lists, share bars and comment sections marked by class, but never the article container', () => {
    const html = `<html><body><article class="post has-comments"><h1>Leaders meet</h1>
      <p>Kenya and Ethiopia held talks in Nairobi on Monday about the border and trade.</p>
      <ul class="related-links"><li>Related: Sudan protests continue</li></ul>
      <div class="share-bar">Share on Facebook</div>
      <div id="comments"><h3>Leave a Reply</h3><p>Great article!</p></div></article></body></html>`;
    const c = cleanText({ file: 'x.html', text: html, format: 'html' });
    expect(c.title).toBe('Leaders meet');
    expect(c.paragraphs).toEqual(['Kenya and Ethiopia held talks in Nairobi on Monday about the border and trade.']);
  });
});
