import { GATEWAY_NODE_FLAGS, missingNodeFlags } from './nodeFlags.js';

describe('the V8 flags the gateway runs with', () => {
  it('are all missing from a plain `node main.js`, and none once given', () => {
    expect(missingNodeFlags([])).toEqual([...GATEWAY_NODE_FLAGS]);
    expect(missingNodeFlags([...GATEWAY_NODE_FLAGS])).toEqual([]);
  });
  it('an operator value wins, on the command line or in NODE_OPTIONS, with either spelling', () => {
    expect(missingNodeFlags(['--max-semi-space-size=64'])).toEqual([]);
    expect(missingNodeFlags([], '--inspect --max_semi_space_size=4')).toEqual([]);
    expect(missingNodeFlags(['--inspect'], '--enable-source-maps')).toEqual([...GATEWAY_NODE_FLAGS]);
  });
});
