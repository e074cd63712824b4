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
declare interface UniversalCryptoKey {
  readonly type: string;
}
declare const crypto: {
  readonly subtle: {
    digest(algorithm: 'SHA-256', data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer>;
    importKey(format: 'spki', keyData: ArrayBufferView | ArrayBuffer, algorithm: { name: 'Ed25519' }, extractable: false, usages: ['verify']): Promise<UniversalCryptoKey>;
    importKey(format: 'raw', keyData: ArrayBufferView | ArrayBuffer, algorithm: { name: 'AES-GCM' } | { name: 'PBKDF2' }, extractable: false, usages: ('encrypt' | 'decrypt' | 'deriveBits')[]): Promise<UniversalCryptoKey>;
    encrypt(algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData?: Uint8Array }, key: UniversalCryptoKey, data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer>;
    decrypt(algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData?: Uint8Array }, key: UniversalCryptoKey, data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer>;
    deriveBits(algorithm: { name: 'PBKDF2'; salt: Uint8Array; iterations: number; hash: 'SHA-256' }, key: UniversalCryptoKey, length: number): Promise<ArrayBuffer>;
    verify(algorithm: { name: 'Ed25519' }, key: UniversalCryptoKey, signature: ArrayBufferView | ArrayBuffer, data: ArrayBufferView | ArrayBuffer): Promise<boolean>;
  };
  getRandomValues<T extends ArrayBufferView>(array: T): T;
  randomUUID(): string;
};
declare function atob(data: string): string;
declare function btoa(data: string): string;
