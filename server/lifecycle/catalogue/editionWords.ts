/**
 * Edition words procurement lists add to a product name ("Windows 7 Professional", "Windows Server 2019
 * Datacenter", "Office Professional Plus 2016"). Microsoft's lifecycle data lists one product for all
 * editions of most releases (its Windows 7 page covers every edition), so when a name is otherwise
 * unknown the resolver retries without these words. Products whose name contains an edition word
 * ("Windows 10 Home and Pro", "SharePoint Foundation 2013") are matched before this step.
 */
import { keyTokens } from './searchKey.js';

const EDITION_WORDS = new Set([
  'home', 'premium', 'basic', 'starter', 'professional', 'pro', 'plus', 'ultimate', 'enterprise', 'business',
  'standard', 'datacenter', 'essentials', 'education', 'edition',
]);

/**
 * Variants of a search key to retry: "professional" as "pro" (Microsoft's Windows 10/11 edition
 * name), then every edition word removed (never the first word). Only variants that differ.
 */
export function editionVariants(key: string): string[] {
  const tokens = keyTokens(key);
  const variants = [
    tokens.map((t) => (t === 'professional' ? 'pro' : t)).join(' '),
    tokens.filter((t, i) => i === 0 || !EDITION_WORDS.has(t)).join(' '),
  ];
  return [...new Set(variants)].filter((v) => v !== key && v !== '');
}
