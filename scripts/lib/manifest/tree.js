/**
 * Helpers over the tree that scripts/lib/xml.js returns, shared by the manifest checks.
 * Names are compared without their namespace prefix ("bt:Image" is an Image).
 */

/** @typedef {{ code: string, sv: string, en: string }} Issue */
/** @typedef {import('../xml').XmlElement} XmlElement */

function issue(code, sv, en) {
  return { code, sv, en };
}

/** Element name without its namespace prefix: "bt:Image" → "Image". */
function localName(element) {
  return element.name.slice(element.name.indexOf(':') + 1);
}

function childrenNamed(element, name) {
  return element.children.filter((child) => localName(child) === name);
}

function find(element, names) {
  return names.reduce((found, name) => found && childrenNamed(found, name)[0], element);
}

/** Every element below `element` (itself included), depth first. */
function descendants(element) {
  return [element, ...element.children.flatMap(descendants)];
}

function overrideValue(element, locale) {
  const override = childrenNamed(element, 'Override').find((o) => o.attributes.Locale === locale);
  return override ? override.attributes.Value : undefined;
}

/** DefaultValue and every Override Value of a localisable element. */
function allValues(element) {
  return [
    element.attributes.DefaultValue,
    ...childrenNamed(element, 'Override').map((o) => o.attributes.Value),
  ].filter((value) => value !== undefined);
}

module.exports = { issue, localName, childrenNamed, find, descendants, overrideValue, allValues };
