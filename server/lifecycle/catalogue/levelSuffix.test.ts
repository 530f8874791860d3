import { levelKey, splitLevelSuffix } from './levelSuffix.js';
import { searchKey } from './searchKey.js';

const split = (text: string) => splitLevelSuffix(searchKey(text));

describe('a level written after the product name', () => {
  it.each([
    ['Windows 7 SP1', 'windows 7', 'SP1'],
    ['Windows 7 Service Pack 1', 'windows 7', 'SP1'],
    ['Windows XP SP1a', 'windows xp', 'SP1A'],
    ['WINDOWS 7 rtm', 'windows 7', 'RTM'],
    ['Windows 7 Original Release', 'windows 7', 'RTM'],
    ['Windows 7 ESU Year 2', 'windows 7', 'ESU2'],
    ['Windows 7 Extended Security Update Year 2', 'windows 7', 'ESU2'],
    ['Windows 7 ESU2', 'windows 7', 'ESU2'],
    ['Exchange Server 2016 ESU', 'exchange server 2016', 'ESU'],
    ['Visual Studio 2015 Update 3', 'visual studio 2015', 'UPDATE3'],
    ['Windows 10 Enterprise 21H2', 'windows 10 enterprise', '21H2'],
    ['Windows 10 Enterprise version 1809', 'windows 10 enterprise', '1809'],
    ['Visual Studio 2019 16.11', 'visual studio 2019', '16.11'],
  ])('%s → product %s, level %s', (text, base, code) => {
    expect(split(text)).toEqual({ baseKey: base, levelKey: levelKey(code) });
  });
  it('a name without a level suffix, or a bare version, is not split', () => {
    expect(split('Windows Server')).toBeNull();
    expect(split('2016')).toBeNull();
    expect(split('SP1')).toBeNull();
  });
  it('refuses very long input instead of scanning it', () => {
    expect(splitLevelSuffix(`${'a '.repeat(200)}sp 1`)).toBeNull();
  });
});
