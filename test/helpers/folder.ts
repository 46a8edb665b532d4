import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Lets the page's `showDirectoryPicker()` (the File System Access API, which Sveltia CMS's "Work with Local
 * Repository" uses) answer with `folder`, as if the editor had picked it in Chrome's dialog: the handles the page gets
 * read and write the real files, through functions the test exposes (a headless browser cannot show the dialog).
 * Every path stays inside `folder`.
 */
export async function pickFolder(page: Page, folder: string): Promise<void> {
  const inside = (path: string) => {
    const file = resolve(folder, path);
    if (file !== folder && !file.startsWith(folder + sep)) throw new Error(`outside the folder: ${path}`);
    return file;
  };
  await page.exposeFunction('__fsList', async (path: string) =>
    (await readdir(inside(path), { withFileTypes: true })).map((entry) => [entry.name, entry.isDirectory()]),
  );
  await page.exposeFunction('__fsKind', async (path: string) => {
    const found = await stat(inside(path)).catch(() => undefined);
    return found ? (found.isDirectory() ? 'directory' : 'file') : null;
  });
  await page.exposeFunction('__fsRead', async (path: string) => {
    const file = inside(path);
    return [(await readFile(file)).toString('base64'), (await stat(file)).mtimeMs];
  });
  await page.exposeFunction('__fsWrite', async (path: string, base64: string) => {
    const file = inside(path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, Buffer.from(base64, 'base64'));
  });
  await page.exposeFunction('__fsMkdir', async (path: string) => void (await mkdir(inside(path), { recursive: true })));
  await page.exposeFunction('__fsRemove', async (path: string) => void (await rm(inside(path), { recursive: true })));
  await page.exposeFunction(
    '__fsMove',
    async (from: string, to: string) => void (await rename(inside(from), inside(to))),
  );
  await page.addInitScript(() => {
    type Bridge = Record<string, (...args: unknown[]) => Promise<unknown>>;
    const fs = window as unknown as Bridge;
    const join = (dir: string, name: string) => (dir ? `${dir}/${name}` : name);
    const notFound = (path: string) => new DOMException(`${path} not found`, 'NotFoundError');
    const toBase64 = async (data: unknown) => {
      const blob = data instanceof Blob ? data : new Blob([data as BlobPart]);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (const byte of bytes) text += String.fromCharCode(byte);
      return btoa(text);
    };
    // Class instances: IndexedDB can store them (their data, not their methods), as Sveltia stores the handle.
    class Handle {
      constructor(
        public name: string,
        public path: string,
      ) {}
      async isSameEntry(other: { path?: string }) {
        return other.path === this.path;
      }
      async queryPermission() {
        return 'granted';
      }
      async requestPermission() {
        return 'granted';
      }
    }
    class FileHandle extends Handle {
      kind = 'file';
      async getFile() {
        const [base64, modified] = (await fs.__fsRead!(this.path)) as [string, number];
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        return new File([bytes], this.name, { lastModified: modified });
      }
      async createWritable() {
        const parts: unknown[] = [];
        const path = this.path;
        return {
          write: async (data: unknown) => void parts.push(data),
          close: async () => fs.__fsWrite!(path, await toBase64(new Blob(parts as BlobPart[]))),
          abort: async () => undefined,
        };
      }
      async move(target: DirectoryHandle | string, name?: string) {
        const to =
          typeof target === 'string'
            ? join(this.path.slice(0, Math.max(0, this.path.lastIndexOf('/'))), target)
            : join(target.path, name ?? this.name);
        await fs.__fsMove!(this.path, to);
        this.path = to;
        this.name = to.slice(to.lastIndexOf('/') + 1);
      }
    }
    class DirectoryHandle extends Handle {
      kind = 'directory';
      async *entries(): AsyncGenerator<[string, FileHandle | DirectoryHandle]> {
        for (const [name, isDirectory] of (await fs.__fsList!(this.path)) as [string, boolean][]) {
          const path = join(this.path, name);
          yield [name, isDirectory ? new DirectoryHandle(name, path) : new FileHandle(name, path)];
        }
      }
      async *values() {
        for await (const [, handle] of this.entries()) yield handle;
      }
      async *keys() {
        for await (const [name] of this.entries()) yield name;
      }
      [Symbol.asyncIterator]() {
        return this.entries();
      }
      /** The path of a child of this folder, made (empty) if asked to and absent; a child of the other kind fails. */
      async child(name: string, kind: 'file' | 'directory', create = false) {
        const path = join(this.path, name);
        const found = await fs.__fsKind!(path);
        if (found && found !== kind) throw new DOMException(`${path} is not a ${kind}`, 'TypeMismatchError');
        if (!found) {
          if (!create) throw notFound(path);
          await (kind === 'directory' ? fs.__fsMkdir!(path) : fs.__fsWrite!(path, ''));
        }
        return path;
      }
      async getDirectoryHandle(name: string, options: { create?: boolean } = {}) {
        return new DirectoryHandle(name, await this.child(name, 'directory', options.create));
      }
      async getFileHandle(name: string, options: { create?: boolean } = {}) {
        return new FileHandle(name, await this.child(name, 'file', options.create));
      }
      async removeEntry(name: string) {
        const path = join(this.path, name);
        if (!(await fs.__fsKind!(path))) throw notFound(path);
        await fs.__fsRemove!(path);
      }
      async resolve(other: { path: string }) {
        return other.path.startsWith(this.path) ? other.path.slice(this.path.length).split('/').filter(Boolean) : null;
      }
    }
    Object.assign(window, { showDirectoryPicker: async () => new DirectoryHandle('site', '') });
  });
}
