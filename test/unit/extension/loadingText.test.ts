import * as assert from 'assert';
import { loadingText } from '../../../src/extension/loadingText';

describe('loading text (status bar and sidebar)', () => {
  it('says how far reading and indexing are, and nothing once loaded or when there is no corpus', () => {
    assert.strictEqual(loadingText({ state: 'loading' }), 'loading the corpus');
    assert.strictEqual(loadingText({ state: 'loading', progress: { phase: 'reading', done: 40, total: 120 } }), 'reading 40 of 120 sources');
    assert.strictEqual(loadingText({ state: 'loading', progress: { phase: 'indexing', done: 120, total: 120 } }), 'indexing 120 of 120 sources');
    assert.strictEqual(loadingText({ state: 'ready', progress: { phase: 'indexing', done: 1, total: 2 } }), undefined);
    assert.strictEqual(loadingText({ state: 'empty' }), undefined);
  });
});
