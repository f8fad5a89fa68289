// Build step: the SQL migrations sit beside the store's code, so the compiled store finds them
// at dist/store/migrations just as the TypeScript sources find src/store/migrations.
import { cpSync, rmSync } from 'node:fs';

rmSync('dist/store/migrations', { recursive: true, force: true });
cpSync('src/store/migrations', 'dist/store/migrations', { recursive: true });
