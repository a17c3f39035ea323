/**
 * Offline checks of Målkoll's add-in manifest (manifest.xml). Office's own
 * validator calls a remote service; these checks need nothing but the file
 * and the icons in assets/, and catch the mistakes that stop an add-in from
 * loading or leave it half translated.
 *
 * Every check returns issues { code, sv, en }: a stable code for tests and the
 * same message in Swedish and English for the report.
 */
const { parseXml, XmlError } = require('./xml');
const { issue, localName, find, descendants } = require('./manifest/tree');
const { checkRoot, checkRequired, checkOrder, checkBasics } = require('./manifest/structure');
const {
  checkTopLevelTexts,
  collectResources,
  checkResources,
  checkControlIds,
  checkReferences,
} = require('./manifest/texts');
const { collectUrls, checkHttps, checkIcons } = require('./manifest/files');

/** @typedef {import('./manifest/tree').Issue} Issue */

/** The shared runtime only starts when the ribbon's page, the pane and the runtime are the same resid. */
function checkSharedRuntime(root) {
  const overrides = find(root, ['VersionOverrides']);
  const all = overrides ? descendants(overrides) : [];
  const runtime = all.find((e) => localName(e) === 'Runtime');
  const issues = all
    .filter((e) => localName(e) === 'Action' && e.attributes['xsi:type'] === 'ExecuteFunction')
    .filter((action) => !(find(action, ['FunctionName'])?.text ?? '').trim())
    .map((action) =>
      issue(
        'missing-element',
        `ExecuteFunction på rad ${action.line} saknar FunctionName`,
        `ExecuteFunction on line ${action.line} lacks FunctionName`,
      ),
    );
  if (!runtime) return issues;
  if (runtime.attributes.lifetime !== 'long') {
    issues.push(
      issue(
        'runtime',
        'Runtime ska ha lifetime="long" för en delad körmiljö',
        'Runtime must have lifetime="long" for a shared runtime',
      ),
    );
  }
  const pages = all.filter(
    (e) =>
      localName(e) === 'FunctionFile' ||
      (localName(e) === 'SourceLocation' && e.attributes.resid !== undefined),
  );
  for (const page of pages.filter((p) => p.attributes.resid !== runtime.attributes.resid)) {
    issues.push(
      issue(
        'runtime',
        `<${page.name}> på rad ${page.line} ska använda samma resid som Runtime ("${runtime.attributes.resid}")`,
        `<${page.name}> on line ${page.line} must use the same resid as Runtime ("${runtime.attributes.resid}")`,
      ),
    );
  }
  return issues;
}

function unique(issues) {
  const seen = new Set();
  return issues.filter((i) => !seen.has(i.sv) && seen.add(i.sv));
}

/**
 * All checks of one manifest. An empty list means the manifest passed.
 * @param {string} xml the manifest's text
 * @param {{ rootDir: string }} options rootDir: where an address's path is looked up (repo root)
 * @returns {Issue[]}
 */
function validateManifest(xml, { rootDir }) {
  let root;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    return [
      issue(
        'xml',
        `Manifestet är inte välformad XML: ${error.sv}`,
        `The manifest is not well-formed XML: ${error.en}`,
      ),
    ];
  }
  const resources = collectResources(root);
  return unique([
    ...checkRoot(root),
    ...checkRequired(root),
    ...checkOrder(root),
    ...checkBasics(root),
    ...checkTopLevelTexts(root),
    ...checkResources(resources),
    ...checkControlIds(root),
    ...checkReferences(root, resources),
    ...checkHttps(collectUrls(root, resources)),
    ...checkIcons(root, resources, rootDir),
    ...checkSharedRuntime(root),
  ]);
}

module.exports = { validateManifest };
