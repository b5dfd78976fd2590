import { claimKeyText, curationProblems, parseClaimKey } from '../../core/curation';

describe('claim keys', () => {
  it('reads stance and meeting keys back to what they were made from', () => {
    const stance = {
      kind: 'stance',
      type: 'OPPOSES',
      from: 'country:KP',
      to: 'country:US',
      article: 'article:1',
    } as const;
    expect(parseClaimKey(claimKeyText(stance))).toEqual(stance);
    expect(parseClaimKey('meeting|meeting:abc')).toEqual({ kind: 'meeting', meeting: 'meeting:abc' });
  });

  it('refuses a key with another stance type, missing parts or another kind, quoting it', () => {
    expect(() => parseClaimKey('stance|LIKES|a|b|c')).toThrow('claim "stance|LIKES|a|b|c": the stance type must be');
    expect(() => parseClaimKey('stance|BACKS|a||c')).toThrow(/expected "stance\|BACKS/);
    expect(() => parseClaimKey('actor|x')).toThrow(/expected/);
    expect(() => parseClaimKey('meeting|')).toThrow(/expected/);
  });
});

describe('exported curations', () => {
  const good = {
    id: 'c1',
    action: 'reject',
    target: 'meeting|m1',
    payload: {},
    by: 'ana',
    note: null,
    at: '2026-12-01T10:00:00Z',
    undoneAt: null,
  };

  it('accepts a curation as the export writes it', () => {
    expect(curationProblems(good, '/curations/0')).toEqual([]);
  });

  it('names each problem by pointer: unknown action, bad time, bad claim key, missing author', () => {
    expect(curationProblems({ ...good, action: 'smash' }, '/curations/0')).toEqual([
      expect.stringMatching(/^\/curations\/0\/action: must be one of reject, confirm/),
    ]);
    expect(curationProblems({ ...good, at: 'yesterday' }, '/c')).toEqual(['/c/at: must be an ISO date-time']);
    expect(curationProblems({ ...good, target: 'nothing' }, '/c')[0]).toMatch(/^\/c\/target: claim "nothing"/);
    expect(curationProblems({ ...good, by: '' }, '/c')).toEqual(['/c/by: must be a non-empty string']);
    expect(curationProblems('x', '/c')).toEqual(['/c: must be an object']);
  });
});
