/**
 * Checks of the localised texts and of ids: every text and resource has a
 * DefaultValue (Swedish) and an en-US Override within the schema's length,
 * ids are unique, and every resid names a resource of the right kind.
 */
const {
  issue,
  localName,
  childrenNamed,
  find,
  descendants,
  overrideValue,
  allValues,
} = require('./tree');

const SECOND_LOCALE = 'en-US';
/** Limits from the manifest schema (bt:ShortString, bt:LongString, resid). */
const MAX_LENGTH = { short: 125, long: 250 };
const MAX_RESID = 32;

/** DefaultValue, the en-US Override and the length limit of one localised text or address. */
function checkLocalised(element, label, maxLength) {
  const issues = [];
  const fallback = element.attributes.DefaultValue;
  if (!fallback || !fallback.trim()) {
    issues.push(
      issue('missing-default', `${label} saknar DefaultValue`, `${label} lacks a DefaultValue`),
    );
  }
  const english = overrideValue(element, SECOND_LOCALE);
  if (!english || !english.trim()) {
    issues.push(
      issue(
        'missing-override',
        `${label} saknar <Override Locale="${SECOND_LOCALE}">`,
        `${label} lacks <Override Locale="${SECOND_LOCALE}">`,
      ),
    );
  }
  if (maxLength && allValues(element).some((value) => value.length > maxLength)) {
    issues.push(
      issue(
        'too-long',
        `${label} är längre än ${maxLength} tecken`,
        `${label} is longer than ${maxLength} characters`,
      ),
    );
  }
  return issues;
}

function checkTopLevelTexts(root) {
  return [
    ['DisplayName', MAX_LENGTH.short],
    ['Description', MAX_LENGTH.long],
  ].flatMap(([name, max]) => {
    const element = find(root, [name]);
    return element ? checkLocalised(element, name, max) : [];
  });
}

/** The resources of VersionOverrides, each with its kind: image, url, short or long. */
function collectResources(root) {
  const resources = find(root, ['VersionOverrides', 'Resources']);
  if (!resources) return [];
  const groups = { Images: 'image', Urls: 'url', ShortStrings: 'short', LongStrings: 'long' };
  return Object.entries(groups).flatMap(([group, kind]) =>
    childrenNamed(resources, group).flatMap((list) =>
      list.children.map((element) => ({ kind, element })),
    ),
  );
}

function checkResources(resources) {
  const issues = [];
  const seen = new Set();
  for (const { kind, element } of resources) {
    const id = element.attributes.id;
    if (!id) {
      issues.push(
        issue(
          'missing-id',
          `En resurs på rad ${element.line} saknar id`,
          `A resource on line ${element.line} lacks an id`,
        ),
      );
      continue;
    }
    if (seen.has(id))
      issues.push(
        issue(
          'duplicate-id',
          `Resurs-id "${id}" används två gånger`,
          `The resource id "${id}" is used twice`,
        ),
      );
    seen.add(id);
    if (id.length > MAX_RESID)
      issues.push(
        issue(
          'too-long',
          `Resurs-id "${id}" är längre än ${MAX_RESID} tecken`,
          `The resource id "${id}" is longer than ${MAX_RESID} characters`,
        ),
      );
    issues.push(...checkLocalised(element, `Resursen "${id}"`, MAX_LENGTH[kind]));
  }
  return issues;
}

function checkControlIds(root) {
  const overrides = find(root, ['VersionOverrides']);
  if (!overrides) return [];
  const issues = [];
  const seen = new Set();
  const named = descendants(overrides).filter((e) =>
    ['Group', 'Control', 'Item'].includes(localName(e)),
  );
  for (const element of named) {
    const id = element.attributes.id;
    if (!id) {
      issues.push(
        issue(
          'missing-id',
          `<${element.name}> på rad ${element.line} saknar id`,
          `<${element.name}> on line ${element.line} lacks an id`,
        ),
      );
    } else if (seen.has(id)) {
      issues.push(
        issue('duplicate-id', `Id "${id}" används två gånger`, `The id "${id}" is used twice`),
      );
    } else if (id.length > MAX_LENGTH.short) {
      issues.push(issue('too-long', `Id "${id}" är för långt`, `The id "${id}" is too long`));
    }
    seen.add(id);
  }
  return issues;
}

/** Which kind of resource a resid on this element must name. */
function expectedKind(element) {
  const name = localName(element);
  if (name === 'Image') return 'image';
  if (name === 'Label' || name === 'Title' || name === 'Namespace') return 'short';
  if (name === 'Description') return 'long';
  return 'url';
}

function checkReferences(root, resources) {
  const overrides = find(root, ['VersionOverrides']);
  if (!overrides) return [];
  const kinds = new Map(resources.map(({ kind, element }) => [element.attributes.id, kind]));
  return descendants(overrides)
    .filter((element) => element.attributes.resid !== undefined)
    .flatMap((element) => {
      const resid = element.attributes.resid;
      const wanted = expectedKind(element);
      if (kinds.get(resid) === wanted) return [];
      const where = `<${element.name} resid="${resid}"> (rad ${element.line})`;
      const whereEn = `<${element.name} resid="${resid}"> (line ${element.line})`;
      return kinds.has(resid)
        ? [
            issue(
              'wrong-kind',
              `${where} pekar på en resurs av fel slag (${kinds.get(resid)}, inte ${wanted})`,
              `${whereEn} names a resource of the wrong kind (${kinds.get(resid)}, not ${wanted})`,
            ),
          ]
        : [
            issue(
              'undefined-resid',
              `${where} pekar på en resurs som inte finns i Resources`,
              `${whereEn} names a resource that Resources does not define`,
            ),
          ];
    });
}

module.exports = {
  checkTopLevelTexts,
  collectResources,
  checkResources,
  checkControlIds,
  checkReferences,
};
