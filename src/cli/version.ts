/** The package version; esbuild inlines only this field of package.json into dist/cli.js. */
import { version } from '../../package.json';

export const TOOL = { name: 'corroborate', version } as const;
