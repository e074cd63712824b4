/**
 * The few globals every runtime of this project has (Node 20, Chromium,
 * Electron's main and renderer). `src` is compiled without DOM or Node types
 * so that it cannot lean on either; these are declared here, narrowly.
 */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
declare const crypto: {
  readonly subtle: {
    digest(algorithm: 'SHA-256', data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer>;
  };
  getRandomValues<T extends ArrayBufferView>(array: T): T;
  randomUUID(): string;
};
