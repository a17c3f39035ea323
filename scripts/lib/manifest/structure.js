/** Checks of the manifest's outline: root, required elements, their order, basic values. */
const { issue, localName, find } = require('./tree');

const DEFAULT_LOCALE = 'sv-SE';
const OFFICE_APP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'VersionOverrides',
  'ExtendedOverrides',
];
const REQUIRED_PATHS = [
  ['Id'],
  ['Version'],
  ['ProviderName'],
  ['DefaultLocale'],
  ['DisplayName'],
  ['Description'],
  ['IconUrl'],
  ['HighResolutionIconUrl'],
  ['SupportUrl'],
  ['Hosts', 'Host'],
  ['DefaultSettings', 'SourceLocation'],
  ['Permissions'],
  ['VersionOverrides'],
  ['VersionOverrides', 'Hosts', 'Host'],
  ['VersionOverrides', 'Resources'],
];
const PERMISSIONS = [
  'Restricted',
  'ReadDocument',
  'ReadAllDocument',
  'WriteDocument',
  'ReadWriteDocument',
];

function checkRoot(root) {
  if (localName(root) !== 'OfficeApp') {
    return [
      issue(
        'root',
        `Rotelementet ska vara OfficeApp, inte ${root.name}`,
        `The root element must be OfficeApp, not ${root.name}`,
      ),
    ];
  }
  const type = root.attributes['xsi:type'];
  return type === 'TaskPaneApp'
    ? []
    : [
        issue(
          'root',
          `OfficeApp ska ha xsi:type="TaskPaneApp" (är ${type})`,
          `OfficeApp must have xsi:type="TaskPaneApp" (is ${type})`,
        ),
      ];
}

function checkRequired(root) {
  return REQUIRED_PATHS.filter((names) => !find(root, names)).map((names) =>
    issue(
      'missing-element',
      `Elementet ${names.join('/')} saknas`,
      `The element ${names.join('/')} is missing`,
    ),
  );
}

function checkOrder(root) {
  const issues = [];
  let last = -1;
  for (const child of root.children) {
    const index = OFFICE_APP_ORDER.indexOf(localName(child));
    if (index < 0) {
      issues.push(
        issue(
          'unknown-element',
          `Okänt element <${child.name}> i OfficeApp (rad ${child.line})`,
          `Unknown element <${child.name}> in OfficeApp (line ${child.line})`,
        ),
      );
    } else if (index < last) {
      issues.push(
        issue(
          'order',
          `<${child.name}> står i fel ordning (rad ${child.line}); Office läser då inte manifestet`,
          `<${child.name}> is out of order (line ${child.line}); Office then rejects the manifest`,
        ),
      );
    } else {
      last = index;
    }
  }
  return issues;
}

function checkBasics(root) {
  const issues = [];
  const text = (name) => (find(root, [name])?.text ?? '').trim();
  if (
    find(root, ['Id']) &&
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text('Id'))
  ) {
    issues.push(issue('format', 'Id ska vara ett GUID', 'Id must be a GUID'));
  }
  if (find(root, ['Version']) && !/^\d+(\.\d+){0,3}$/.test(text('Version'))) {
    issues.push(issue('format', 'Version ska vara som 1.0.0.0', 'Version must look like 1.0.0.0'));
  }
  if (find(root, ['ProviderName']) && !text('ProviderName')) {
    issues.push(issue('format', 'ProviderName är tomt', 'ProviderName is empty'));
  }
  if (find(root, ['DefaultLocale']) && text('DefaultLocale') !== DEFAULT_LOCALE) {
    issues.push(
      issue(
        'locale',
        `DefaultLocale ska vara ${DEFAULT_LOCALE}: texterna skrivs på svenska i första hand`,
        `DefaultLocale must be ${DEFAULT_LOCALE}: Swedish is the default language`,
      ),
    );
  }
  if (find(root, ['Permissions']) && !PERMISSIONS.includes(text('Permissions'))) {
    issues.push(
      issue(
        'format',
        `Okänd behörighet "${text('Permissions')}"`,
        `Unknown permission "${text('Permissions')}"`,
      ),
    );
  }
  return issues;
}

module.exports = { checkRoot, checkRequired, checkOrder, checkBasics };
