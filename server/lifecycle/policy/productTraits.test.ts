import { productTraits } from './productTraits.js';
import { office2000, productFixture, surfacePro3, contosoHeadset, windows7 } from '../../testing/lifecycleFixtures.js';

describe('productTraits', () => {
  it('recognises a Home edition desktop OS as a consumer desktop OS', () => {
    const home = productFixture({ slug: 'windows-vista-home-premium', name: 'Windows Vista Home Premium', category: 'DESKTOP_OS' });
    expect(productTraits(home).consumerDesktopOs).toBe(true);
  });

  it('recognises Media Center editions from the slug and consumer service-pack families', () => {
    const mce = productFixture({ slug: 'windows-xp-media-center-edition-2005', name: 'Windows XP MCE 2005', category: 'DESKTOP_OS' });
    expect(productTraits(mce).consumerDesktopOs).toBe(true);
    const consumerFamily = productFixture({ slug: 'os', name: 'Some OS', category: 'DESKTOP_OS', spFamily: 'CONSUMER' });
    expect(productTraits(consumerFamily).consumerDesktopOs).toBe(true);
  });

  it('treats Windows 7, listed for all editions, and a Home server product as not consumer desktop OSes', () => {
    expect(productTraits(windows7).consumerDesktopOs).toBe(false);
    const server = productFixture({ slug: 'windows-home-server-2011', name: 'Windows Home Server 2011', category: 'BUSINESS' });
    expect(productTraits(server).consumerDesktopOs).toBe(false);
  });

  it('recognises Surface hardware but not other hardware or software named Surface', () => {
    expect(productTraits(surfacePro3).surface).toBe(true);
    expect(productTraits(contosoHeadset).surface).toBe(false);
    expect(productTraits(productFixture({ slug: 'surface-sdk', name: 'Surface SDK' })).surface).toBe(false);
  });

  it('recognises Office 2000 and nothing else as Download Center only', () => {
    expect(productTraits(office2000).downloadCenterOnly).toBe(true);
    expect(productTraits(productFixture({ slug: 'office-2003', name: 'Office 2003' })).downloadCenterOnly).toBe(false);
    expect(productTraits(productFixture({ slug: 'office-20000', name: 'Office 20000' })).downloadCenterOnly).toBe(false);
  });
});
