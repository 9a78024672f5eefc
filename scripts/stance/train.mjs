// The stance model's learning part, with TensorFlow.js (CPU backend: deterministic, no native code):
// a softmax layer over standardised features, with an optional hidden ReLU layer, trained by Adam with L2
// and per-example weights, in a fixed seeded order. Exports the weights in the engine's model format.
// Loaded through esbuild (scripts/lib.mjs loadEngineModule), because tfjs-core registers its gradients
// from extensionless ES modules that Node cannot import directly.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';

export const CLASSES = ['supports', 'conflicts', 'mentions', 'unrelated'];

/**
 * Trains on rows `{ x: number[], label, weight }`. Options: hidden (units, 0 for none), epochs, batch,
 * rate, l2, seed, and `shuffle(rows, seed)` (a seeded shuffle) for the order of each epoch. Returns one
 * head of the model (engine format, see src/engine/stance/model.ts): { mean, scale, hidden, output }.
 */
export async function trainHead(rows, featureNames, { hidden = 16, epochs = 40, batch = 256, rate = 0.01, l2 = 1e-4, seed = 1, shuffle } = {}) {
  tf.env().set('IS_TEST', true);
  await tf.setBackend('cpu');
  const d = featureNames.length;
  const mean = new Array(d).fill(0);
  const scale = new Array(d).fill(0);
  for (const r of rows) r.x.forEach((v, i) => { mean[i] += v / rows.length; });
  for (const r of rows) r.x.forEach((v, i) => { scale[i] += (v - mean[i]) ** 2 / rows.length; });
  for (let i = 0; i < d; i++) scale[i] = Math.sqrt(scale[i]) || 1;
  const standard = (x) => x.map((v, i) => (v - mean[i]) / scale[i]);

  const init = (shape, s) => tf.variable(tf.randomNormal(shape, 0, Math.sqrt(2 / shape[0]), 'float32', s));
  const W1 = hidden ? init([d, hidden], seed) : null;
  const b1 = hidden ? tf.variable(tf.zeros([hidden])) : null;
  const W2 = init([hidden || d, CLASSES.length], seed + 1);
  const b2 = tf.variable(tf.zeros([CLASSES.length]));
  const optimizer = tf.train.adam(rate);
  const forward = (x) => {
    const h = W1 ? tf.relu(tf.add(tf.matMul(x, W1), b1)) : x;
    return tf.add(tf.matMul(h, W2), b2);
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = shuffle(rows, seed * 1000 + epoch);
    for (let i = 0; i < order.length; i += batch) {
      const part = order.slice(i, i + batch);
      const x = tf.tensor2d(part.map((r) => standard(r.x)));
      const y = tf.oneHot(tf.tensor1d(part.map((r) => CLASSES.indexOf(r.label)), 'int32'), CLASSES.length);
      const w = tf.tensor1d(part.map((r) => r.weight));
      optimizer.minimize(() => {
        const logits = forward(x);
        const ce = tf.neg(tf.sum(tf.mul(y, tf.logSoftmax(logits)), 1));
        const data = tf.div(tf.sum(tf.mul(ce, w)), tf.sum(w));
        const reg = [W1, W2].filter(Boolean).map((v) => tf.mul(l2, tf.sum(tf.square(v))));
        return reg.reduce((a, b) => tf.add(a, b), data);
      });
      tf.dispose([x, y, w]);
    }
  }
  const rowsOf = (t) => { const a = t.arraySync(); return a[0].map((_, j) => a.map((r) => r[j])); };
  const round = (v) => Math.round(v * 1e6) / 1e6;
  const head = {
    mean: mean.map(round), scale: scale.map(round),
    hidden: W1 ? { weights: rowsOf(W1).map((r) => r.map(round)), bias: Array.from(b1.dataSync()).map(round) } : null,
    output: { weights: rowsOf(W2).map((r) => r.map(round)), bias: Array.from(b2.dataSync()).map(round) },
  };
  tf.dispose([W1, b1, W2, b2].filter(Boolean));
  optimizer.dispose();
  return head;
}
