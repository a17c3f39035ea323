import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateManifest } from '../../scripts/validate-manifest';

const rootDir = path.join(__dirname, '..', '..');
const manifest = readFileSync(path.join(rootDir, 'manifest.xml'), 'utf8');

/** Replaces exactly one occurrence, so a test fails loudly if the manifest changed under it. */
function variant(search: string, replacement: string): string {
  expect(manifest.split(search)).toHaveLength(2);
  return manifest.replace(search, replacement);
}

function codesOf(xml: string): string[] {
  return validateManifest(xml, { rootDir }).map((issue) => issue.code);
}

function messagesOf(xml: string): string[] {
  return validateManifest(xml, { rootDir }).map((issue) => issue.sv);
}

describe('the real manifest', () => {
  it('passes every offline check', () => {
    expect(validateManifest(manifest, { rootDir })).toEqual([]);
  });

  it('puts the two buttons in a Målkoll group on the Home tab', () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">\s*<Group id="Malkoll.Group">/);
    expect(manifest).toContain('<FunctionName>assess</FunctionName>');
    expect(manifest).toContain('<Action xsi:type="ShowTaskpane">');
    expect(manifest).toContain('<bt:String id="AssessButton.Label" DefaultValue="Bedöm">');
    expect(manifest).toContain('<bt:String id="PaneButton.Label" DefaultValue="Visa panel">');
  });
});

describe('broken manifests', () => {
  it('reports a resource string without its en-US Override', () => {
    const xml = variant('<bt:Override Locale="en-US" Value="Assess"/>', '');
    expect(codesOf(xml)).toEqual(['missing-override']);
    expect(messagesOf(xml)[0]).toContain('"AssessButton.Label"');
  });

  it('reports a missing Override on DisplayName', () => {
    const xml = variant('<Override Locale="en-US" Value="Målkoll"/>', '');
    expect(messagesOf(xml)).toEqual(['DisplayName saknar <Override Locale="en-US">']);
  });

  it('reports a duplicate control id', () => {
    const xml = variant('id="Malkoll.PaneButton"', 'id="Malkoll.AssessButton"');
    expect(codesOf(xml)).toEqual(['duplicate-id']);
    expect(messagesOf(xml)[0]).toContain('Malkoll.AssessButton');
  });

  it('reports a duplicate resource id', () => {
    const xml = variant('<bt:String id="PaneButton.Title"', '<bt:String id="PaneButton.Label"');
    expect(codesOf(xml)).toContain('duplicate-id');
  });

  it('reports an address that is not https', () => {
    const xml = variant(
      '<bt:Url id="Support.Url" DefaultValue="https://',
      '<bt:Url id="Support.Url" DefaultValue="http://',
    );
    expect(codesOf(xml)).toEqual(['not-https']);
    expect(messagesOf(xml)[0]).toContain('"Support.Url"');
  });

  it('reports a ribbon icon of the wrong pixel size, read from the PNG itself', () => {
    const xml = variant(
      'id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
      'id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-32.png"',
    );
    expect(codesOf(xml)).toEqual(['icon-size']);
    expect(messagesOf(xml)[0]).toContain('32×32');
  });

  it('reports an icon file that does not exist', () => {
    const xml = variant('assets/icon-64.png', 'assets/icon-65.png');
    expect(codesOf(xml)).toEqual(['icon-missing']);
  });

  it('reports a resid that Resources does not define', () => {
    const xml = variant('<Label resid="Group.Label"/>', '<Label resid="Grupp.Label"/>');
    expect(messagesOf(xml)).toEqual([expect.stringContaining('"Grupp.Label"')]);
  });

  it('reports a function file that would split the shared runtime', () => {
    const xml = variant(
      '<FunctionFile resid="Taskpane.Url"/>',
      '<FunctionFile resid="Support.Url"/>',
    );
    expect(codesOf(xml)).toEqual(['runtime']);
  });

  it('reports a missing required element', () => {
    const xml = variant('<Permissions>ReadWriteDocument</Permissions>', '');
    expect(messagesOf(xml)).toEqual(['Elementet Permissions saknas']);
  });

  it('reports elements in the wrong order', () => {
    const xml = variant(
      '<Version>1.0.0.0</Version>\n  <ProviderName>Målkoll</ProviderName>',
      '<ProviderName>Målkoll</ProviderName>\n  <Version>1.0.0.0</Version>',
    );
    expect(codesOf(xml)).toEqual(['order']);
  });

  it('reports a string longer than the schema allows', () => {
    const xml = variant('DefaultValue="Visa panel"', `DefaultValue="${'x'.repeat(126)}"`);
    expect(codesOf(xml)).toEqual(['too-long']);
  });
});

describe('malformed XML', () => {
  it.each([
    ['an unclosed element', '</Group>', '', '</OfficeTab> stänger <Group>'],
    [
      'an unquoted attribute',
      '<Group id="Malkoll.Group">',
      '<Group id=Malkoll.Group>',
      'citattecken',
    ],
    ['an unknown entity', 'Målkoll är redo', 'Målkoll&nbsp;är redo', 'Okänd entitet &nbsp;'],
    ['a bare ampersand', 'Målkoll är redo', 'Mål & koll', '&amp;'],
    [
      'a repeated attribute',
      '<Group id="Malkoll.Group">',
      '<Group id="Malkoll.Group" id="x">',
      'två gånger',
    ],
  ])('reports %s with its line', (_what, search, replacement, expected) => {
    const messages = messagesOf(variant(search, replacement));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(expected);
    expect(messages[0]).toMatch(/\(rad \d+, kolumn \d+\)$/);
  });

  it('reports a second root element', () => {
    expect(messagesOf(`${manifest}<Extra/>`)).toEqual([
      expect.stringContaining('Mer än ett rotelement'),
    ]);
  });

  it('reports the right line for a crossed closing tag', () => {
    const xml = '<?xml version="1.0"?>\n<a>\n  <b>\n  </a>\n</b>\n';
    expect(messagesOf(xml)).toEqual([expect.stringContaining('(rad 4, kolumn')]);
  });
});
