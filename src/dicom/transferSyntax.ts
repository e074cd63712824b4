/** Transfer syntaxes whose pixel data is stored native (uncompressed). */
export const transferSyntaxes = {
  implicitLittle: '1.2.840.10008.1.2',
  explicitLittle: '1.2.840.10008.1.2.1',
  deflatedExplicitLittle: '1.2.840.10008.1.2.1.99',
  explicitBig: '1.2.840.10008.1.2.2',
} as const;

const native: ReadonlySet<string> = new Set([
  transferSyntaxes.implicitLittle,
  transferSyntaxes.explicitLittle,
  transferSyntaxes.explicitBig,
]);

export function isNativePixelSyntax(uid: string): boolean {
  return native.has(uid);
}
