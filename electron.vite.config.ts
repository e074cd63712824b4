import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const pdfjsRoot = resolve('node_modules/pdfjs-dist');
// PDF JavaScript (quickjs) is left out on purpose: records never run scripts.
const pdfjsAssetFolders = ['standard_fonts', 'cmaps', 'wasm', 'iccs'];
const isPdfjsAsset = (name: string) => !name.startsWith('LICENSE') && !name.startsWith('quickjs');

/** Serves and bundles pdf.js's fonts, CMaps and codecs under /pdfjs/, so records render offline. */
function pdfjsAssets(): Plugin {
  return {
    name: 'workstation-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use('/pdfjs', (req, res, next) => {
        const [folder, name, ...rest] = (req.url ?? '').split('?')[0]!.split('/').filter(Boolean);
        if (!folder || !name || rest.length || !pdfjsAssetFolders.includes(folder) || !isPdfjsAsset(name) || name.includes('..')) return next();
        createReadStream(resolve(pdfjsRoot, folder, name)).on('error', () => next()).pipe(res);
      });
    },
    generateBundle() {
      for (const folder of pdfjsAssetFolders) {
        for (const name of readdirSync(resolve(pdfjsRoot, folder)).filter(isPdfjsAsset)) {
          this.emitFile({ type: 'asset', fileName: `pdfjs/${folder}/${name}`, source: readFileSync(resolve(pdfjsRoot, folder, name)) });
        }
      }
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          // The embedded case service runs in a utility process of its own.
          caseService: resolve('src/server/childProcessEntry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload is a single CommonJS file that requires only electron.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), pdfjsAssets()],
    build: {
      outDir: 'out/renderer',
      // A clinical workstation runs offline: every asset is bundled, nothing is fetched.
      assetsInlineLimit: 0,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
