/**
 * office-addin-mock requires office-addin-manifest only for its OfficeApp
 * enum (to tell Outlook from the others); the real package is ESM-only, which
 * jest's CommonJS runtime cannot load. jest.config.js maps the module here.
 */
const OfficeApp = {
  Excel: 'excel',
  OneNote: 'onenote',
  Outlook: 'outlook',
  PowerPoint: 'powerpoint',
  Project: 'project',
  Word: 'word',
};

module.exports = { OfficeApp };
