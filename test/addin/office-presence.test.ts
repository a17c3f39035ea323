import { hostInfoLang, insideOffice, type PageLike } from '../../src/addin/office-presence';

function page(search: string, extra: Partial<PageLike> = {}): PageLike {
  return { location: { search, hash: '' }, ...extra };
}

describe('insideOffice', () => {
  it("knows Office by the host info Office puts in the page's address", () => {
    expect(insideOffice(page('?_host_Info=Excel$Win32$16.01$sv-SE$$$$0'))).toBe(true);
    expect(insideOffice(page('?a=1&_host_info=Excel|Web|16.00|en-US'))).toBe(true);
  });

  it('knows Office by the host info Office.js kept, or by a webview bridge', () => {
    const stored = {
      getItem: (key: string) => (key === 'hostInfoValue' ? 'Excel$Mac$16$sv-SE' : null),
    };
    expect(insideOffice(page('', { sessionStorage: stored }))).toBe(true);
    expect(insideOffice(page('', { chrome: { webview: {} } }))).toBe(true);
    expect(insideOffice(page('', { webkit: { messageHandlers: { Agave: {} } } }))).toBe(true);
  });

  it('is false in a plain browser', () => {
    const none = { getItem: () => null };
    expect(insideOffice(page('?demo=1', { sessionStorage: none, chrome: {} }))).toBe(false);
  });
});

describe('hostInfoLang', () => {
  it("reads Office's display language from the host info", () => {
    expect(hostInfoLang(page('?_host_Info=Excel$Win32$16.01$sv-SE$$$$0'))).toBe('sv');
    expect(hostInfoLang(page('?_host_Info=Excel%24Win32%2416.01%24en-US%24%24%24%240'))).toBe('en');
    expect(hostInfoLang(page(''))).toBeNull();
  });
});
