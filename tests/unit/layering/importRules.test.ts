/**
 * The import rules of ARCHITECTURE.md fail the build when broken: these
 * tests feed the real lint config and the real src compiler settings a
 * file that breaks each rule, and expect a refusal.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function lintErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('src/ stays pure', () => {
  it.each([
    ["import { app } from 'electron';", 'electron'],
    ["import { readFile } from 'node:fs/promises';", 'node:*'],
    ["import { useState } from 'react';", 'react'],
    ["import Dexie from 'dexie';", 'dexie'],
  ])('refuses %s', async (code) => {
    expect(await lintErrors(`${code}\nexport {};`, 'src/domain/layeringProbe.ts')).toContain('no-restricted-imports');
  });

  it('refuses DOM globals in lint', async () => {
    expect(await lintErrors('export const title = document.title;', 'src/domain/layeringProbe.ts')).toContain('no-restricted-globals');
  });

  it('does not compile DOM or Node types under the src project settings', () => {
    const config = ts.getParsedCommandLineOfConfigFile(resolve(root, 'tsconfig.src.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
    if (!config) throw new Error('tsconfig.src.json did not parse');
    const probe = resolve(root, 'src/domain/__layeringProbe.ts');
    const source = 'export const a = document.title; export const b = process.env;';
    const host = ts.createCompilerHost(config.options);
    const readFile = host.readFile.bind(host);
    host.readFile = (name) => (name === probe ? source : readFile(name));
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (name) => name === probe || fileExists(name);
    const program = ts.createProgram([probe], { ...config.options, noEmit: true, composite: false, declaration: false, emitDeclarationOnly: false }, host);
    const messages = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(messages.some((m) => m.includes("Cannot find name 'document'"))).toBe(true);
    expect(messages.some((m) => m.includes("Cannot find name 'process'"))).toBe(true);
  });
});

describe('process boundaries', () => {
  it('keeps the preload to electron and the host contract', async () => {
    expect(await lintErrors("import { createRouter } from '../../src/host/router';\nexport { createRouter };", 'electron/preload/probe.ts')).toContain('no-restricted-imports');
    expect(await lintErrors("import { isChannel } from '../../src/host/contract';\nexport { isChannel };", 'electron/preload/probe.ts')).toEqual([]);
  });

  it('keeps electron and node out of the renderer', async () => {
    expect(await lintErrors("import { ipcRenderer } from 'electron';\nexport { ipcRenderer };", 'renderer/src/probe.ts')).toContain('no-restricted-imports');
    expect(await lintErrors("import { readFileSync } from 'node:fs';\nexport { readFileSync };", 'renderer/src/probe.ts')).toContain('no-restricted-imports');
  });
});
