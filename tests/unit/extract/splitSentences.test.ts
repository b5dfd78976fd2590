import { splitSentences } from '../../../import/src/extract/splitSentences';

const split = (p: string) => splitSentences(p).map((s) => s.text);

describe('splitSentences', () => {
  it('does not split after U.S., Feb., Dr., Jr. or initials', () => {
    expect(split('The U.S. envoy met Dr. Lee on Feb. 27, 2019. He also met Martin Luther King Jr. and George H.W. Bush. It ended.')).toEqual([
      'The U.S. envoy met Dr. Lee on Feb. 27, 2019.',
      'He also met Martin Luther King Jr. and George H.W. Bush.',
      'It ended.',
    ]);
  });

  it('splits after U.S. when a new sentence clearly starts', () => {
    expect(split('Talks stalled between North Korea and the U.S. The envoys went home.')).toEqual([
      'Talks stalled between North Korea and the U.S.',
      'The envoys went home.',
    ]);
  });

  it('keeps mid-sentence ellipses and double dashes, and splits after closing quotes', () => {
    expect(split('With neither budging,... both sides waited -- and waited. "We are ready." She left… Then it rained.')).toEqual([
      'With neither budging,... both sides waited -- and waited.',
      '"We are ready."',
      'She left…',
      'Then it rained.',
    ]);
  });
});
