import { editionVariants } from './editionWords.js';
import { searchKey } from './searchKey.js';

describe('edition words', () => {
  it('tries "professional" as Microsoft\'s "pro", then without edition words', () => {
    expect(editionVariants(searchKey('Windows 10 Professional 21H2'))).toEqual(['windows 10 pro 21 h 2', 'windows 10 21 h 2']);
    expect(editionVariants(searchKey('Windows Server 2019 Datacenter'))).toEqual(['windows server 2019']);
    expect(editionVariants(searchKey('Office Professional Plus 2016'))).toEqual(['office pro plus 2016', 'office 2016']);
  });
  it('never removes the first word and gives nothing when there is nothing to remove', () => {
    expect(editionVariants(searchKey('Enterprise Library 5'))).toEqual([]);
    expect(editionVariants(searchKey('Windows 7'))).toEqual([]);
  });
});
