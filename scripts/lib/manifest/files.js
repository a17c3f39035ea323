/** Checks of addresses (https only) and of the icon files they point at (PNG, right size). */
const fs = require('node:fs');
const path = require('node:path');
const { URL } = require('node:url');
const { readPngSize } = require('../png');
const { issue, localName, childrenNamed, find, descendants, allValues } = require('./tree');

const RIBBON_ICON_SIZES = ['16', '32', '80'];
/** Task pane add-ins: IconUrl 32×32 and HighResolutionIconUrl 64×64 (Office documentation). */
const ADDIN_ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 };

/** Every address in the manifest, with a label for messages. */
function collectUrls(root, resources) {
  const urls = [];
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const element = find(root, [name]);
    if (element) allValues(element).forEach((url) => urls.push({ label: name, url }));
  }
  const source = find(root, ['DefaultSettings', 'SourceLocation']);
  if (source) allValues(source).forEach((url) => urls.push({ label: 'SourceLocation', url }));
  const domains = find(root, ['AppDomains']);
  if (domains)
    domains.children.forEach((d) => urls.push({ label: 'AppDomain', url: d.text.trim() }));
  for (const { kind, element } of resources) {
    if (kind === 'image' || kind === 'url') {
      allValues(element).forEach((url) =>
        urls.push({ label: `Resursen "${element.attributes.id}"`, url }),
      );
    }
  }
  return urls;
}

function checkHttps(urls) {
  return urls.flatMap(({ label, url }) => {
    let protocol;
    try {
      protocol = new URL(url).protocol;
    } catch {
      return [
        issue(
          'bad-url',
          `${label}: "${url}" är ingen giltig adress`,
          `${label}: "${url}" is not a valid address`,
        ),
      ];
    }
    return protocol === 'https:'
      ? []
      : [
          issue(
            'not-https',
            `${label}: "${url}" måste börja med https://`,
            `${label}: "${url}" must start with https://`,
          ),
        ];
  });
}

/** Checks that the file an icon address points at (under rootDir) is a PNG of size×size. */
function checkIconFile(url, size, label, rootDir) {
  let file;
  try {
    file = path.join(rootDir, decodeURIComponent(new URL(url).pathname));
  } catch {
    return []; // checkHttps reports the bad address
  }
  const shown = path.relative(rootDir, file);
  if (!fs.existsSync(file)) {
    return [
      issue(
        'icon-missing',
        `${label}: filen ${shown} finns inte`,
        `${label}: the file ${shown} does not exist`,
      ),
    ];
  }
  const actual = readPngSize(fs.readFileSync(file));
  if (!actual)
    return [
      issue(
        'icon-not-png',
        `${label}: ${shown} är ingen PNG-bild`,
        `${label}: ${shown} is not a PNG image`,
      ),
    ];
  if (actual.width === size && actual.height === size) return [];
  return [
    issue(
      'icon-size',
      `${label}: ${shown} är ${actual.width}×${actual.height} bildpunkter men ska vara ${size}×${size}`,
      `${label}: ${shown} is ${actual.width}×${actual.height} pixels but must be ${size}×${size}`,
    ),
  ];
}

function checkIcons(root, resources, rootDir) {
  const issues = [];
  for (const [name, size] of Object.entries(ADDIN_ICON_SIZES)) {
    const element = find(root, [name]);
    if (element)
      allValues(element).forEach((url) => issues.push(...checkIconFile(url, size, name, rootDir)));
  }
  const images = new Map(
    resources.filter((r) => r.kind === 'image').map((r) => [r.element.attributes.id, r.element]),
  );
  const overrides = find(root, ['VersionOverrides']);
  const icons = overrides ? descendants(overrides).filter((e) => localName(e) === 'Icon') : [];
  for (const icon of icons) {
    const sizes = childrenNamed(icon, 'Image').map((image) => image.attributes.size);
    const missing = RIBBON_ICON_SIZES.filter((size) => !sizes.includes(size));
    if (missing.length) {
      issues.push(
        issue(
          'icon-sizes',
          `<Icon> på rad ${icon.line} saknar storlek ${missing.join(', ')}`,
          `<Icon> on line ${icon.line} lacks size ${missing.join(', ')}`,
        ),
      );
    }
    for (const image of childrenNamed(icon, 'Image')) {
      const resource = images.get(image.attributes.resid);
      const label = `Resursen "${image.attributes.resid}" (storlek/size ${image.attributes.size})`;
      if (resource)
        allValues(resource).forEach((url) =>
          issues.push(...checkIconFile(url, Number(image.attributes.size), label, rootDir)),
        );
    }
  }
  return issues;
}

module.exports = { collectUrls, checkHttps, checkIcons };
