/** Why a request to Kolada failed; the faces turn it into one plain sentence. */
export type KoladaFailure =
  | { kind: 'network'; url: string; detail: string }
  | { kind: 'timeout'; url: string; seconds: number }
  | { kind: 'status'; url: string; status: number }
  | { kind: 'shape'; url: string; detail: string };

export class KoladaError extends Error {
  constructor(readonly failure: KoladaFailure) {
    super(`${failure.kind}: ${failure.url}`);
    this.name = 'KoladaError';
  }
}

export function isKoladaError(error: unknown): error is KoladaError {
  return error instanceof KoladaError;
}
