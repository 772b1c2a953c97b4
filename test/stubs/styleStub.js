'use strict';
// CSS modules resolve to their class names so components render with stable class names under jest.
module.exports = new Proxy({}, { get: (_target, key) => (key === '__esModule' ? false : String(key)) });
