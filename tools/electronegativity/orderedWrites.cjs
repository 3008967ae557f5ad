// Loaded into Electronegativity's process (node --require). Electronegativity 1.10.3 writes its CSV
// report with two asynchronous fs.writeFile calls, the header and then the rows (appended), without
// waiting for the first: on a loaded machine the header lands last and overwrites the start of the
// first row (seen in CI: a row left with no check and no severity). Writing synchronously there keeps
// the two writes in the order they were made; callbacks still run asynchronously, as callers expect.
'use strict';
const fs = require('node:fs');

fs.writeFile = function writeFileInOrder(file, data, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  const settings = typeof options === 'function' ? undefined : options;
  let failure = null;
  try {
    fs.writeFileSync(file, data, settings);
  } catch (error) {
    failure = error;
  }
  if (typeof done === 'function') process.nextTick(done, failure);
  else if (failure) throw failure;
};
