import { chooseLang, currentLang, forgetLangChoice, officeLang } from '../../../src/addin/lang';

const g = globalThis as unknown as { Office?: unknown };

afterEach(() => {
  delete g.Office;
});

describe('officeLang', () => {
  it('is Swedish outside Office', () => {
    expect(officeLang()).toBe('sv');
  });

  it("follows Office's display language: Swedish for sv-*, English for others", () => {
    for (const [language, lang] of [
      ['sv-SE', 'sv'],
      ['sv-FI', 'sv'],
      ['en-US', 'en'],
      ['fi-FI', 'en'],
    ]) {
      g.Office = { context: { displayLanguage: language } };
      expect(officeLang()).toBe(lang);
    }
  });

  it('is Swedish when Office does not yet know its language', () => {
    g.Office = { context: {} };
    expect(officeLang()).toBe('sv');
    g.Office = {
      get context(): never {
        throw new Error('Office.context is not ready');
      },
    };
    expect(officeLang()).toBe('sv');
  });
});

describe('currentLang', () => {
  afterEach(() => forgetLangChoice());

  it("is Office's language until the official switches, then the switch", () => {
    g.Office = { context: { displayLanguage: 'sv-SE' } };
    expect(currentLang()).toBe('sv');
    chooseLang('en');
    expect(currentLang()).toBe('en');
    g.Office = { context: { displayLanguage: 'en-US' } };
    chooseLang('sv');
    expect(currentLang()).toBe('sv');
    forgetLangChoice();
    expect(currentLang()).toBe('en');
  });
});
