/** Types for scripts/validate-manifest.js, so TypeScript tests can import its checks. */
export interface ManifestIssue {
  /** Stable name of the failed check, e.g. 'missing-override', 'duplicate-id', 'not-https'. */
  code: string;
  sv: string;
  en: string;
}

/** All offline checks of a manifest's text; an empty list means it passed. */
export function validateManifest(xml: string, options: { rootDir: string }): ManifestIssue[];
