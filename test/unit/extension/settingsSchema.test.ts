import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { settingsShape, type SettingKey } from '../../../src/extension/settingsSchema';

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8'));
const properties: Record<string, { default: unknown; minimum?: number; maximum?: number }> = manifest.contributes.configuration.properties;
const keys = Object.keys(settingsShape) as SettingKey[];

describe('settings schema and package.json agree', () => {
  it('contributes exactly the settings the schema parses', () => {
    assert.deepStrictEqual(Object.keys(properties).sort(), keys.map((k) => `corroborate.${k}`).sort());
  });

  it('has the same default for every setting', () => {
    for (const key of keys) {
      const contributed = properties[`corroborate.${key}`].default;
      assert.deepStrictEqual(settingsShape[key].parse(undefined), settingsShape[key].parse(contributed), `corroborate.${key}`);
    }
  });

  it('accepts the contributed numeric bounds and rejects values beyond them', () => {
    for (const key of keys) {
      const { minimum, maximum } = properties[`corroborate.${key}`];
      if (minimum !== undefined) {
        assert.ok(settingsShape[key].safeParse(minimum).success, `${key} accepts ${minimum}`);
        assert.ok(!settingsShape[key].safeParse(minimum - 1).success, `${key} rejects ${minimum - 1}`);
      }
      if (maximum !== undefined) {
        assert.ok(settingsShape[key].safeParse(maximum).success, `${key} accepts ${maximum}`);
        assert.ok(!settingsShape[key].safeParse(maximum + 1).success, `${key} rejects ${maximum + 1}`);
      }
    }
  });

  it('reads one severity for every verdict, or one per verdict over the defaults', () => {
    assert.deepStrictEqual(settingsShape.diagnosticSeverity.parse('error'), { contested: 'error', unverified: 'error', supported: 'error' });
    assert.deepStrictEqual(settingsShape.diagnosticSeverity.parse({ unverified: 'warning' }), { contested: 'warning', unverified: 'warning', supported: 'hint' });
    assert.ok(!settingsShape.diagnosticSeverity.safeParse('loud').success);
  });
});
